import { useContext, useEffect, useMemo } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { billedFor, configurationKey } from '../../../cloud/price/fleet-pricing.ts';
import { priceInstances } from '../../../cloud/price/price-instances.ts';
import { useFormatPrice } from '../../../cloud/price/use-format-price.ts';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useLocalized, type Localized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { RowCostsContext, type RowCosts } from './row-costs-context.ts';

// The list's "Cost / hour" column: what each row costs per hour now, from the same quotes and rules as the overview's
// burn rate (cloud/price/fleet-pricing.ts) — one quote per distinct configuration on the page, shared by the console's
// server with the whole team for ten minutes. The rows never wait for it. This module loads with the column.

const messages = {
  en: {
    perHour: (amount: string) => `${amount}/h`,
    disksOnly: 'disks only (stop-charging)',
    plusTraffic: '+ traffic per GB',
    notBilled: 'Not billed',
    unpriced: (reason: string) => `No quote: ${reason}`,
  },
  'zh-CN': {
    perHour: (amount: string) => `${amount}/小时`,
    disksOnly: '仅云硬盘（关机不收费）',
    plusTraffic: '另按流量计费',
    notBilled: '不计费',
    unpriced: (reason: string) => `无法询价：${reason}`,
  },
} satisfies Localized<{ perHour: (amount: string) => string; disksOnly: string; plusTraffic: string; notBilled: string; unpriced: (reason: string) => string }>;

/** Prices the page's rows and hands the figures to the list (which holds them for the cells); draws nothing. */
export function RowCostsFetcher({ scope, instances, onChange }: { scope: CloudScope | undefined; instances: readonly Instance[]; onChange: (costs: RowCosts) => void }) {
  // What decides a row's price: its configuration, network and whether it is billed now.
  const shape = useMemo(
    () => instances.map((i) => [i.InstanceId, configurationKey(i), i.InternetAccessible.InternetChargeType, i.InternetAccessible.InternetMaxBandwidthOut, billedFor(i)].join('|')),
    [instances],
  );
  const query = useQuery({
    queryKey: ['row-costs', scope?.account, scope?.region, shape],
    queryFn:
      scope && instances.length > 0
        ? ({ signal }) =>
            priceInstances(
              scope.account,
              instances.map((instance) => ({ region: scope.region, instance })),
              { signal },
            )
        : skipToken,
    staleTime: 10 * 60_000,
    placeholderData: (previous) => previous,
  });
  const loading = query.isPending && query.fetchStatus === 'fetching';
  useEffect(() => onChange({ answer: query.data, loading }), [onChange, query.data, loading]);
  return null;
}

export function CostCell({ instance }: { instance: Instance }) {
  const t = useT();
  const m = useLocalized(messages);
  const price = useFormatPrice();
  const costs = useContext(RowCostsContext);
  const cost = costs?.answer?.costs.get(instance.InstanceId);
  if (!cost) return costs?.loading ? <Skeleton className="h-4 w-20" /> : <span className="text-fg-subtle">{t.common.emptyValue}</span>;
  if (cost.kind === 'free') return <span className="text-fg-subtle">{m.notBilled}</span>;
  if (cost.kind === 'unpriced') return <span className="text-fg-subtle">{m.unpriced(t.chargeTypes[cost.reason as keyof typeof t.chargeTypes] ?? cost.reason)}</span>;
  return (
    <span className="whitespace-nowrap tabular-nums">
      {m.perHour(price.unit(cost.perHour))}
      {cost.savedPerHour > 0 && <span className="block text-xs text-fg-muted">{m.disksOnly}</span>}
      {cost.trafficBilled && <span className="block text-xs text-fg-muted">{m.plusTraffic}</span>}
    </span>
  );
}

import { useMemo } from 'react';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useFormatPrice } from '../../../cloud/price/use-format-price.ts';
import { perMonthOf } from '../../../cloud/price/fleet-pricing.ts';
import { Card } from '../../../components/ui/card.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useFleetCosts } from '../api/use-fleet-costs.ts';
import type { RegionFleet } from '../api/use-fleet.ts';
import { burnRateOf, type CostGroup } from '../burn-rate.ts';
import { overviewMessages } from '../messages.ts';

/**
 * What the fleet costs right now: per hour and per month, by region, instance family and billing mode, and what
 * stop-charging saves — each figure the sum of the cloud's own quotes, labelled as the estimate it is.
 */
export function BurnRateCard({ scope, fleet, readAt, nameOf }: { scope: CloudScope; fleet: RegionFleet[]; readAt: number; nameOf: (region: string) => string }) {
  const m = useLocalized(overviewMessages);
  const t = useT();
  const price = useFormatPrice();
  const formatTimestamp = useFormatTimestamp();
  const { members, costs, progress } = useFleetCosts(scope, fleet, readAt);
  const burn = useMemo(() => (members && costs.data ? burnRateOf(members, costs.data.costs) : undefined), [members, costs.data]);

  return (
    <Card title={m.burnTitle}>
      {costs.isFetching && progress && (
        <p role="status" className="text-sm text-fg-muted">
          {m.pricing(progress.done, progress.total)}
        </p>
      )}
      {costs.isFetching && !progress && <Spinner label={m.pricingStart} />}
      {costs.isError && <ErrorPanel error={costs.error} title={m.pricingFailed} onRetry={() => void costs.refetch()} />}
      {burn && costs.data && !costs.isFetching && (
        <div className="space-y-4">
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Figure label={m.perHour} value={price.total(burn.perHour)} />
            <Figure label={m.perMonth} value={price.total(burn.perMonth)} />
            <Figure label={m.billedInstances} value={String(burn.instances)} />
            <Figure label={m.stopChargingSaves} value={price.total(burn.stopCharging.savedPerHour)} detail={m.savesDetail(burn.stopCharging.instances)} />
          </dl>
          <div className="grid gap-4 xl:grid-cols-3">
            <CostTable caption={m.byRegion} groups={burn.byRegion} name={nameOf} />
            <CostTable caption={m.byFamily} groups={burn.byFamily} name={(family) => family} />
            <CostTable caption={m.byBilling} groups={burn.byBilling} name={(mode) => t.chargeTypes[mode as keyof typeof t.chargeTypes] ?? mode} />
          </div>
          <div className="space-y-1 text-xs text-fg-muted">
            <p>{m.estimate(costs.data.quotes, formatTimestamp(new Date(costs.data.at).toISOString()))}</p>
            {burn.keptCharging.instances > 0 && <p>{m.couldSave(price.total(burn.keptCharging.couldSavePerHour), burn.keptCharging.instances)}</p>}
            {burn.trafficBilled > 0 && <p>{m.trafficBilled(burn.trafficBilled)}</p>}
            {burn.unpriced.map(({ reason, instances }) => (
              <p key={reason}>{m.unpriced(instances, t.chargeTypes[reason as keyof typeof t.chargeTypes] ?? reason)}</p>
            ))}
          </div>
        </div>
      )}
    </Card>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div>
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums text-fg">{value}</dd>
      {detail && <dd className="text-xs text-fg-muted">{detail}</dd>}
    </div>
  );
}

function CostTable({ caption, groups, name }: { caption: string; groups: CostGroup[]; name: (key: string) => string }) {
  const m = useLocalized(overviewMessages);
  const price = useFormatPrice();
  return (
    <div className="self-start overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="pb-1 text-left text-xs font-semibold text-fg">{caption}</caption>
        <thead className="bg-surface-2 text-left text-xs text-fg-muted">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium">
              <span className="sr-only">{caption}</span>
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {m.instances}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {m.perHour}
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium">
              {m.perMonthShort}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line tabular-nums">
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row" className="px-2 py-1.5 text-left font-medium text-fg">
                {name(group.key)}
              </th>
              <td className="px-2 py-1.5 text-right">{group.instances}</td>
              <td className="px-2 py-1.5 text-right">{price.total(group.perHour)}</td>
              <td className="px-2 py-1.5 text-right">{price.total(perMonthOf(group.perHour))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

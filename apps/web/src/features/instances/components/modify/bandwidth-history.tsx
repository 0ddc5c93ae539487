import { cvm, type Instance } from '@cvm/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useFormatTimestamp } from '../../../../i18n/format.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { modifyMessages } from './messages.ts';

const th = 'py-1.5 pr-3 text-left text-xs font-medium text-fg-muted';
const td = 'py-1.5 pr-3 tabular-nums';

/**
 * What a subscription's prepaid bandwidth has been, and since when (DescribeInstanceInternetBandwidthConfigs): each
 * configuration with the time it held from and until, the one in force last, running to the end of the subscription.
 * Asked only for BANDWIDTH_PREPAID bandwidth, the only kind the cloud keeps configurations of.
 */
export function BandwidthHistory({ instance, scope }: { instance: Instance; scope: CloudScope }) {
  const m = useLocalized(modifyMessages);
  const t = useT();
  const formatTimestamp = useFormatTimestamp();
  const headingId = useId();
  const history = useQuery({
    queryKey: ['bandwidth-configs', scope.account, scope.region, instance.InstanceId],
    queryFn: ({ signal }) => callAction(cvm.DescribeInstanceInternetBandwidthConfigs, { InstanceId: instance.InstanceId }, scope, signal),
    select: (answer) => answer.InternetBandwidthConfigSet,
    // Asked again at every opening: a change made a moment ago, here or by a teammate, adds a row.
    staleTime: 0,
  });
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="mb-1 text-xs font-medium text-fg-subtle">
        {m.bandwidthHistory}
      </h3>
      {history.isError ? (
        <p className="text-sm text-fg-muted">{m.bandwidthHistoryFailed}</p>
      ) : !history.data ? (
        <Spinner label={m.bandwidthHistoryLoading} className="text-fg-muted" />
      ) : (
        <table className="w-full text-sm">
          <thead className="border-b border-line">
            <tr>
              <th scope="col" className={th}>
                {m.bandwidthHistoryColumns.from}
              </th>
              <th scope="col" className={th}>
                {m.bandwidthHistoryColumns.until}
              </th>
              <th scope="col" className={th}>
                {m.bandwidthHistoryColumns.cap}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {history.data.map((config) => (
              <tr key={`${config.StartTime}/${config.EndTime}/${config.InternetAccessible.InternetMaxBandwidthOut}`}>
                <td className={td}>{formatTimestamp(config.StartTime)}</td>
                <td className={td}>{formatTimestamp(config.EndTime)}</td>
                <td className={td}>{t.common.mbps(config.InternetAccessible.InternetMaxBandwidthOut)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

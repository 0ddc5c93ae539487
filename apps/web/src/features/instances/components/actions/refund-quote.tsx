import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useFormatCurrency } from '../../../../i18n/format.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { actionDialogMessages } from './messages.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useRefundQuote } from '../../api/inquiry-price-terminate.ts';

/** What terminating these prepaid instances gives back, per instance and in total, from InquiryPriceTerminateInstances. */
export function RefundQuote({ scope, instances }: { scope: CloudScope; instances: Instance[] }) {
  const m = useLocalized(actionDialogMessages);
  const formatCurrency = useFormatCurrency();
  const quote = useRefundQuote(
    scope,
    instances.map((i) => i.InstanceId),
    true,
  );

  if (quote.isError) return <ErrorPanel error={quote.error} title={m.refundFailed} onRetry={() => void quote.refetch()} />;
  if (!quote.data) {
    return (
      <p className="flex items-center gap-2 text-fg-muted">
        <Spinner /> {m.refundLoading}
      </p>
    );
  }

  const refunds = quote.data.InstanceRefundsSet;
  const total = refunds.reduce((sum, refund) => sum + refund.Refunds, 0);
  const nameOf = (id: string) => {
    const instance = instances.find((i) => i.InstanceId === id);
    return instance ? instanceLabel(instance) : id;
  };

  return (
    <table className="w-full text-sm" aria-label={m.refundTitle}>
      <thead className="border-b border-line text-left text-xs text-fg-muted">
        <tr>
          <th scope="col" className="py-1.5 font-medium">
            {m.refundInstance}
          </th>
          <th scope="col" className="py-1.5 text-right font-medium">
            {m.refundAmount}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {refunds.map((refund) => (
          <tr key={refund.InstanceId}>
            <td className="py-1.5">
              {nameOf(refund.InstanceId)} <span className="font-mono text-xs text-fg-muted">{refund.InstanceId}</span>
            </td>
            <td className="py-1.5 text-right tabular-nums">{formatCurrency(refund.Refunds)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t border-line-strong font-semibold">
        <tr>
          <th scope="row" className="py-1.5 text-left">
            {m.refundTotal}
          </th>
          <td className="py-1.5 text-right tabular-nums">{formatCurrency(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

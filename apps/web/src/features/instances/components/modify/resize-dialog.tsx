import { cvm } from '@cvm/shared';
import { useId, useMemo, useState } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { cn } from '../../../../components/ui/cn.ts';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { Field } from '../../../../components/ui/field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { useFormatPrice } from '../../../../cloud/price/use-format-price.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useChangeFlow, type RunningChoice } from '../../api/change-flow.ts';
import { useChangeQuote } from '../../api/change-quote.ts';
import { useInstanceModification, useTypePriceDifference, type TypePriceDifference } from '../../api/instance-modification.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { StopFirstProgress } from './flow-progress.tsx';
import { flowError } from './flow-error.ts';
import { modifyMessages } from './messages.ts';
import { QuoteView, useChangeLines } from './quote-view.tsx';
import { RunningChoiceField } from './running-choice.tsx';

interface TypeRow {
  type: string;
  family: string;
  cpu: number;
  memory: number;
  gpu: number;
  available: boolean;
  reason: string;
}

/**
 * Resize (ResetInstancesType): the types DescribeInstancesModification allows, the ones it cannot take greyed with the
 * cloud's reason, each with what it costs more or less than now; the chosen one quoted exactly before confirming. A
 * running instance asks how to stop: the console's "stop first" (every step shown) or the cloud's forced stop.
 */
export function ResizeDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const t = useT();
  const familyId = useId();
  const list = useInstanceModification(scope, instance.InstanceId);
  // A subscription's downgrades are counted per period (INSTANCE_DEGRADE); -1 means no limit, and nothing is said.
  const downgrades = useQuery({
    queryKey: ['operation-limit', scope.account, scope.region, instance.InstanceId, 'INSTANCE_DEGRADE'],
    queryFn:
      instance.InstanceChargeType === 'PREPAID'
        ? ({ signal }) => callAction(cvm.DescribeInstancesOperationLimit, { InstanceIds: [instance.InstanceId], Operation: 'INSTANCE_DEGRADE' }, scope, signal)
        : skipToken,
    select: (answer) => answer.InstanceOperationLimitSet.find((limit) => limit.InstanceId === instance.InstanceId),
  }).data;
  const prices = useTypePriceDifference(scope, instance);
  const [family, setFamily] = useState('');
  const [chosen, setChosen] = useState('');
  const [choice, setChoice] = useState<RunningChoice>('stop-first');
  const flow = useChangeFlow(scope);
  const quote = useChangeQuote(scope, cvm.InquiryPriceResetInstancesType, chosen ? { InstanceIds: [instance.InstanceId], InstanceType: chosen } : undefined);
  const lines = useChangeLines(instance);
  const running = instance.InstanceState === 'RUNNING';
  const ownFamily = instance.InstanceType.split('.')[0]!;

  const rows = useMemo<TypeRow[]>(
    () =>
      (list.data ?? [])
        .map((item) => ({
          type: item.InstanceTypeConfig.InstanceType,
          family: item.InstanceTypeConfig.InstanceFamily,
          cpu: item.InstanceTypeConfig.CPU,
          memory: item.InstanceTypeConfig.Memory,
          gpu: item.InstanceTypeConfig.GPU,
          available: item.Status === 'SELL',
          reason: item.Message,
        }))
        // The instance's own family first (the likeliest move), then by size.
        .sort((a, b) => Number(b.family === ownFamily) - Number(a.family === ownFamily) || a.family.localeCompare(b.family) || a.cpu - b.cpu || a.memory - b.memory),
    [list.data, ownFamily],
  );
  const families = [...new Set(rows.map((row) => row.family))];
  const shown = family ? rows.filter((row) => row.family === family) : rows;

  const confirm = () =>
    void flow.run(
      {
        instance,
        operation: 'ResetInstancesType',
        choice,
        send: ({ forceStop }) => callAction(cvm.ResetInstancesType, { InstanceIds: [instance.InstanceId], InstanceType: chosen, ...(forceStop ? { ForceStop: true } : {}) }, scope),
      },
      onSucceeded,
    );

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.resizeTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={flow.pending}
      ready={chosen !== ''}
      error={flowError(flow.error, m, t)}
      onConfirm={confirm}
      size="lg"
      progress={<StopFirstProgress flow={flow} running={running} choice={choice} changeText={m.stepResize(chosen)} />}
    >
      <p className="text-fg-muted">{m.resizeNow(instance.InstanceType, t.common.cores(instance.CPU), t.common.memoryGb(instance.Memory))}</p>
      {downgrades && downgrades.LimitCount >= 0 && (
        <p className="text-fg-muted">{m.downgradesLeft(Math.max(0, downgrades.LimitCount - downgrades.CurrentCount), downgrades.LimitCount)}</p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <Field htmlFor={familyId} label={m.family} className="w-56">
          <Select id={familyId} value={family} onChange={(event) => setFamily(event.target.value)}>
            <option value="">{m.allFamilies}</option>
            {families.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <p className="text-xs text-fg-muted">{prices.difference.per === 'hour' ? m.differenceHourNote : m.differencePeriodNote}</p>
      </div>
      {list.isError ? (
        <ErrorPanel error={list.error} title={m.typesFailed} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Spinner label={m.typesLoading} className="text-fg-muted" />
      ) : rows.length === 0 ? (
        <p className="text-fg-muted">{m.typesEmpty}</p>
      ) : (
        <TypeTable rows={shown} chosen={chosen} onChoose={setChosen} difference={prices.priced ? prices.difference : undefined} pricesLoading={prices.loading} />
      )}
      <QuoteView quote={quote} lines={lines} idleText={m.chooseTypeFirst} note={instance.InstanceChargeType === 'PREPAID' ? m.noRefundNote : m.wholeInstanceNote} />
      {running ? <RunningChoiceField value={choice} onChange={setChoice} disabled={flow.pending || flow.stoppedByUs} /> : <p className="text-fg-muted">{m.staysStopped}</p>}
    </ActionDialogFrame>
  );
}

interface TypeTableProps {
  rows: TypeRow[];
  chosen: string;
  onChoose: (type: string) => void;
  difference: TypePriceDifference | undefined;
  pricesLoading: boolean;
}

/** The types as a radio table: each radio is named by its type and described by its price difference or its reason. */
function TypeTable({ rows, chosen, onChoose, difference, pricesLoading }: TypeTableProps) {
  const m = useLocalized(modifyMessages);
  const t = useT();
  const price = useFormatPrice();
  const name = useId();
  const signed = (value: number) => {
    const text = difference?.per === 'hour' ? price.unit(Math.abs(value)) : price.total(Math.abs(value));
    return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
  };
  const th = 'px-2 py-2 text-left text-xs font-medium whitespace-nowrap text-fg-muted first:pl-3';
  return (
    <div className="max-h-72 overflow-y-auto rounded-md border border-line">
      <table className="w-full border-collapse text-[13px]" aria-label={m.typesLabel}>
        <thead className="sticky top-0 bg-surface-2">
          <tr className="border-b border-line">
            <th scope="col" className={th}>
              {m.columns.type}
            </th>
            <th scope="col" className={th}>
              {m.columns.cpu}
            </th>
            <th scope="col" className={th}>
              {m.columns.memory}
            </th>
            <th scope="col" className={cn(th, 'text-right')}>
              {difference?.per === 'period' ? m.columns.differencePeriod : m.columns.differenceHour}
            </th>
            <th scope="col" className={th}>
              {m.columns.availability}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => {
            const id = `${name}-${row.type}`;
            const value = difference?.of(row.type);
            return (
              <tr
                key={row.type}
                onClick={() => row.available && onChoose(row.type)}
                className={cn(row.available ? 'cursor-pointer hover:bg-surface-2' : 'text-fg-subtle', chosen === row.type && 'bg-accent-soft hover:bg-accent-soft')}
              >
                <td className="px-2 py-1.5 pl-3 whitespace-nowrap">
                  <span className="flex items-center gap-2">
                    <input
                      id={id}
                      type="radio"
                      name={name}
                      value={row.type}
                      checked={chosen === row.type}
                      disabled={!row.available}
                      onChange={() => onChoose(row.type)}
                      aria-describedby={`${id}-price ${id}-why`}
                      className="size-4 shrink-0 accent-accent"
                    />
                    <label htmlFor={id} className={cn('font-medium', row.available && 'cursor-pointer')}>
                      {row.type}
                    </label>
                  </span>
                </td>
                <td className="px-2 py-1.5 whitespace-nowrap tabular-nums">{t.common.cores(row.cpu)}</td>
                <td className="px-2 py-1.5 whitespace-nowrap tabular-nums">{t.common.memoryGb(row.memory)}</td>
                <td id={`${id}-price`} className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums">
                  {value !== undefined ? signed(value) : pricesLoading ? <Spinner className="text-fg-subtle" /> : t.common.emptyValue}
                </td>
                <td id={`${id}-why`} className="w-full px-2 py-1.5 pr-3 text-xs">
                  {row.available ? m.available : row.reason || m.unavailable}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

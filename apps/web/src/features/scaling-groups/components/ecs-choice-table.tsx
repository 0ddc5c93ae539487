import { useId } from 'react';
import type { EcsInstance, ScalingGroup } from '@cvm/shared';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { ineligibilityText, scalingMessages } from '../messages.ts';
import type { Ineligibility } from '../model/attach-eligibility.ts';
import { parseWeight } from '../model/weight.ts';

export interface EcsChoiceRow {
  instance: EcsInstance;
  /** Why it cannot join, as far as the browser can tell. */
  reason: Ineligibility | undefined;
  /** Which group it is in is still being asked. */
  checking: boolean;
  chosen: boolean;
  /** The choice is at its limit and this one is not in it. */
  full: boolean;
  weightText: string;
}

interface EcsChoiceTableProps {
  rows: EcsChoiceRow[];
  group: ScalingGroup;
  limit: number;
  groupName: (id: string) => string;
  onToggle: (instance: EcsInstance, on: boolean) => void;
  onWeight: (instanceId: string, text: string) => void;
}

/** One page of ECS instances to choose from, each with its checkbox, its weight and whether it can join. */
export function EcsChoiceTable({ rows, group, limit, groupName, onToggle, onWeight }: EcsChoiceTableProps) {
  const m = useLocalized(scalingMessages);
  return (
    <DataTable label={m.ecsTableLabel}>
      <HeaderRow>
        <Th className="w-8">
          <span className="sr-only">{m.ecsColumns.choose}</span>
        </Th>
        <Th>{m.ecsColumns.instance}</Th>
        <Th>{m.ecsColumns.status}</Th>
        <Th>{m.ecsColumns.weight}</Th>
        <Th>{m.ecsColumns.note}</Th>
      </HeaderRow>
      <tbody>
        {rows.map((row) => (
          <ChoiceRow key={row.instance.InstanceId} row={row} group={group} limit={limit} groupName={groupName} onToggle={onToggle} onWeight={onWeight} />
        ))}
      </tbody>
    </DataTable>
  );
}

function ChoiceRow({ row, group, limit, groupName, onToggle, onWeight }: { row: EcsChoiceRow } & Omit<EcsChoiceTableProps, 'rows'>) {
  const m = useLocalized(scalingMessages);
  const noteId = useId();
  const weightErrorId = useId();
  const { instance, reason } = row;
  const name = instance.InstanceName || instance.InstanceId;
  const note = reason
    ? ineligibilityText(m, reason, group.ScalingGroupId, groupName)
    : row.checking
      ? undefined
      : row.full
        ? limit === 0
          ? m.groupFull
          : m.limitReached(limit)
        : m.canJoin;
  const disabled = Boolean(reason) || row.checking || (row.full && !row.chosen);
  const weight = parseWeight(row.weightText);
  const weightError = weight.ok ? undefined : m.weightProblems[weight.problem];
  const network = instance.InstanceNetworkType === 'classic' ? m.classicNetwork : instance.VpcAttributes.VpcId;

  return (
    <tr className={cn('border-b border-line align-top last:border-b-0', row.chosen && 'bg-accent-soft', reason && 'text-fg-muted')}>
      <Td className="pt-3">
        <Checkbox
          aria-label={m.selectInstance(name)}
          aria-describedby={noteId}
          checked={row.chosen}
          disabled={disabled && !row.chosen}
          onChange={(event) => onToggle(instance, event.target.checked)}
        />
      </Td>
      <Td>
        <div className="font-medium text-fg">{name}</div>
        <div className="font-mono text-xs whitespace-nowrap text-fg-muted">{instance.InstanceId}</div>
        <div className="text-xs whitespace-nowrap text-fg-subtle">
          {instance.ZoneId} · <span className={instance.InstanceNetworkType === 'classic' ? undefined : 'font-mono'}>{network}</span>
        </div>
      </Td>
      <Td className="whitespace-nowrap">{m.ecsStates[instance.Status]}</Td>
      <Td>
        <input
          type="text"
          inputMode="numeric"
          aria-label={m.weightOf(name)}
          aria-invalid={weightError ? true : undefined}
          aria-describedby={weightError ? weightErrorId : undefined}
          value={row.weightText}
          disabled={Boolean(reason)}
          onChange={(event) => onWeight(instance.InstanceId, event.target.value)}
          className={cn(
            'h-8 w-16 rounded-md border border-line bg-surface px-2 text-right text-sm text-fg tabular-nums',
            'hover:border-line-strong disabled:opacity-50 aria-invalid:border-red-500',
          )}
        />
        {weightError && (
          <p id={weightErrorId} className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
            {weightError}
          </p>
        )}
      </Td>
      <Td id={noteId} className={cn('min-w-40 text-xs', reason ? 'text-fg-muted' : 'text-emerald-700 dark:text-emerald-300')}>
        {note ?? <span className="text-fg-subtle">…</span>}
      </Td>
    </tr>
  );
}

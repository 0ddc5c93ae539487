import type { ScalingGroup } from '@cvm/shared';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { scalingMessages, type ScalingMessages } from '../messages.ts';
import { isClassicGroup } from '../model/attach-eligibility.ts';
import { GroupStateBadge } from './state-badges.tsx';

/** A group's network in words: its VPC's ID, or the classic network. */
export function groupNetwork(group: ScalingGroup, m: ScalingMessages): string {
  return isClassicGroup(group) ? m.classicNetwork : group.VpcId;
}

/** The region's groups; each row opens its group (members and activities) by the group's name. */
export function GroupTable({ groups, onOpen }: { groups: ScalingGroup[]; onOpen: (groupId: string) => void }) {
  const m = useLocalized(scalingMessages);
  const format = useFormatTimestamp();
  return (
    <DataTable label={m.tableLabel}>
      <HeaderRow>
        <Th>{m.columns.group}</Th>
        <Th>{m.columns.state}</Th>
        <Th>{m.columns.capacity}</Th>
        <Th className="text-right">{m.columns.min}</Th>
        <Th>{m.columns.network}</Th>
        <Th>{m.columns.loadBalancers}</Th>
        <Th>{m.columns.created}</Th>
      </HeaderRow>
      <tbody>
        {groups.map((group) => {
          const balancers = group.LoadBalancerIds.LoadBalancerId;
          return (
            <tr key={group.ScalingGroupId} className="border-b border-line last:border-b-0 hover:bg-surface-2">
              <Td>
                <button
                  type="button"
                  onClick={() => onOpen(group.ScalingGroupId)}
                  aria-label={m.open(group.ScalingGroupName)}
                  className="text-left font-medium text-accent hover:underline"
                >
                  {group.ScalingGroupName}
                </button>
                <div className="font-mono text-xs text-fg-muted">{group.ScalingGroupId}</div>
              </Td>
              <Td>
                <GroupStateBadge state={group.LifecycleState} />
              </Td>
              <Td className="whitespace-nowrap">
                <span className="tabular-nums">{m.capacity(group.TotalCapacity, group.MaxSize)}</span>
                {group.PendingCapacity > 0 && <span className="ml-2 text-xs text-fg-muted">{m.pending(group.PendingCapacity)}</span>}
              </Td>
              <Td className="text-right tabular-nums">{group.MinSize}</Td>
              <Td className={isClassicGroup(group) ? undefined : 'font-mono text-xs'}>{groupNetwork(group, m)}</Td>
              <Td className="font-mono text-xs">{balancers.length > 0 ? balancers.join(', ') : <span className="font-sans text-fg-subtle">{m.none}</span>}</Td>
              <Td className="whitespace-nowrap">{format(group.CreationTime)}</Td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

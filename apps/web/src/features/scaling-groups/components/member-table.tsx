import type { EcsInstance, ScalingInstance } from '@cvm/shared';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { scalingMessages } from '../messages.ts';
import { MemberStateBadge } from './state-badges.tsx';

interface MemberTableProps {
  groupName: string;
  members: ScalingInstance[];
  /** ECS's view of the members, for their names; IDs alone until it arrives. */
  instances: Map<string, EcsInstance> | undefined;
}

/** The instances in a group: how each joined, where it is in its lifecycle, its load balancer weight and zone. */
export function MemberTable({ groupName, members, instances }: MemberTableProps) {
  const m = useLocalized(scalingMessages);
  const format = useFormatTimestamp();
  return (
    <DataTable label={m.membersLabel(groupName)}>
      <HeaderRow>
        <Th>{m.memberColumns.instance}</Th>
        <Th>{m.memberColumns.creationType}</Th>
        <Th>{m.memberColumns.state}</Th>
        <Th className="text-right">{m.memberColumns.weight}</Th>
        <Th>{m.memberColumns.zone}</Th>
        <Th>{m.memberColumns.since}</Th>
      </HeaderRow>
      <tbody>
        {members.map((member) => {
          const name = instances?.get(member.InstanceId)?.InstanceName;
          return (
            <tr key={member.InstanceId} className="border-b border-line last:border-b-0">
              <Td>
                {name && <div className="font-medium">{name}</div>}
                <div className="font-mono text-xs whitespace-nowrap text-fg-muted select-all">{member.InstanceId}</div>
              </Td>
              <Td>{m.creationTypes[member.CreationType]}</Td>
              <Td>
                <MemberStateBadge state={member.LifecycleState} />
              </Td>
              <Td className="text-right tabular-nums">{member.LoadBalancerWeight}</Td>
              <Td className="whitespace-nowrap">{member.ZoneId}</Td>
              <Td className="whitespace-nowrap">{format(member.CreationTime)}</Td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

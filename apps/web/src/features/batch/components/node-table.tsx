import { batch, roleAllows, type ComputeEnvDetail, type ComputeNode } from '@cvm/shared';
import { useState } from 'react';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { batchMessages, type BatchMessages } from '../messages.ts';
import { DetachDialog } from './detach-dialog.tsx';
import { instancesPath } from '../../../app/paths.ts';
import { NodeStateBadge } from './node-state-badge.tsx';

/** Why a node cannot be detached by this person, or undefined: the role first, then where the node came from. */
function detachRefusal(node: ComputeNode, canDetach: boolean, needsRole: string, m: BatchMessages): string | undefined {
  if (!canDetach) return needsRole;
  if (node.ResourceOrigin !== 'USER_ATTACHED') return m.detachCreatedByBatch;
  if (node.ComputeNodeState === 'CREATED') return m.detachWhileJoining;
  return undefined;
}

/** An environment's nodes: the instance each one is (a link to it), its state and origin, and Detach where it applies. */
export function NodeTable({ scope, env }: { scope: CloudScope; env: ComputeEnvDetail }) {
  const m = useLocalized(batchMessages);
  const t = useT();
  const format = useFormatTimestamp();
  const user = useSignedInUser();
  const [detaching, setDetaching] = useState<string | null>(null);
  const canDetach = roleAllows(user.role, batch.DetachInstances.minRole);
  const needsRole = t.actions.needsRole(batch.DetachInstances.minRole);

  if (env.ComputeNodeSet.length === 0) return <EmptyState title={m.noNodes} description={m.noNodesHint} />;
  return (
    <>
      <DataTable label={m.nodeTable}>
        <HeaderRow>
          <Th>{m.nodeColumns.node}</Th>
          <Th>{m.nodeColumns.instance}</Th>
          <Th>{m.nodeColumns.state}</Th>
          <Th>{m.nodeColumns.origin}</Th>
          <Th>{m.nodeColumns.size}</Th>
          <Th>{m.nodeColumns.ip}</Th>
          <Th>{m.nodeColumns.created}</Th>
          <Th>
            <span className="sr-only">{m.detach}</span>
          </Th>
        </HeaderRow>
        <tbody>
          {env.ComputeNodeSet.map((node) => {
            const reason = detachRefusal(node, canDetach, needsRole, m);
            return (
              <tr key={node.ComputeNodeId} data-node-instance={node.ComputeNodeInstanceId} className="border-b border-line last:border-b-0">
                <Td className="font-mono text-xs">{node.ComputeNodeId}</Td>
                <Td>
                  <AppLink
                    href={instancesPath(scope, { instance: node.ComputeNodeInstanceId })}
                    aria-label={m.openInstance(node.ComputeNodeInstanceId)}
                    className="font-mono text-xs text-accent hover:underline"
                  >
                    {node.ComputeNodeInstanceId}
                  </AppLink>
                </Td>
                <Td>
                  <NodeStateBadge state={node.ComputeNodeState} />
                </Td>
                <Td>{m.origins[node.ResourceOrigin] ?? node.ResourceOrigin}</Td>
                <Td className="whitespace-nowrap">{m.size(node.Cpu, node.Mem)}</Td>
                <Td className="font-mono text-xs">{node.PrivateIpAddresses.join(', ')}</Td>
                <Td className="whitespace-nowrap">{format(node.ResourceCreatedTime)}</Td>
                <Td className="text-right">
                  <Button
                    variant="secondary"
                    aria-label={m.detachFor(node.ComputeNodeInstanceId)}
                    aria-disabled={reason ? true : undefined}
                    aria-describedby={reason ? `detach-reason-${node.ComputeNodeId}` : undefined}
                    title={reason}
                    onClick={() => {
                      if (!reason) setDetaching(node.ComputeNodeInstanceId);
                    }}
                  >
                    {m.detach}
                  </Button>
                  {reason && (
                    <span id={`detach-reason-${node.ComputeNodeId}`} className="sr-only">
                      {reason}
                    </span>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      {detaching && <DetachDialog scope={scope} envId={env.EnvId} envName={env.EnvName} instanceId={detaching} onClose={() => setDetaching(null)} />}
    </>
  );
}

import { Suspense, useState } from 'react';
import type { HaiInstance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { HAI_ACTIONS } from '../actions/hai-actions.ts';
import { haiRefusal, type HaiAction } from '../actions/hai-action.ts';
import { useHaiInstances } from '../api/describe-instances.ts';
import { HaiStateBadge } from './hai-state-badge.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { haiMessages } from '../messages.ts';
import { Timestamp } from '../../../components/ui/timestamp.tsx';

/** The region's HAI instances with their state and the actions each allows; refused ones say why. */
export function InstancesPanel({ scope }: { scope: CloudScope | undefined }) {
  const t = useT();
  const h = useLocalized(haiMessages);
  const user = useSignedInUser();
  const query = useHaiInstances(scope);
  const [asked, setAsked] = useState<{ action: HaiAction; instance: HaiInstance } | undefined>(undefined);

  return (
    <>
      <QueryPanel query={query} loadFailed={h.instancesLoadFailed} empty={h.instancesEmpty}>
        {(instances) => (
          <DataTable label={h.instancesLabel}>
            <HeaderRow>
              <Th>{h.columns.name}</Th>
              <Th>{h.columns.state}</Th>
              <Th>{h.columns.application}</Th>
              <Th>{h.columns.bundle}</Th>
              <Th>{h.columns.disk}</Th>
              <Th>{h.columns.publicIp}</Th>
              <Th>{h.columns.created}</Th>
              <Th>{h.columns.actions}</Th>
            </HeaderRow>
            <tbody>
              {instances.map((instance) => (
                <tr key={instance.InstanceId} className="border-b border-line last:border-b-0 hover:bg-surface-2">
                  <Td>
                    <div className="font-medium text-fg">{instance.InstanceName}</div>
                    <div className="font-mono text-xs text-fg-muted">{instance.InstanceId}</div>
                  </Td>
                  <Td>
                    <HaiStateBadge state={instance.InstanceState} />
                  </Td>
                  <Td>{instance.ApplicationName}</Td>
                  <Td>
                    <div>{instance.BundleName}</div>
                    <div className="text-xs text-fg-muted">{h.bundleSpec(instance.GPUCount, instance.GPUMemory, instance.CPU, instance.Memory)}</div>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {t.common.diskGb(instance.SystemDisk.DiskSize)}
                    <div className="text-xs text-fg-muted">
                      {Object.hasOwn(h.diskTypes, instance.SystemDisk.DiskType) ? h.diskTypes[instance.SystemDisk.DiskType] : instance.SystemDisk.DiskType}
                    </div>
                  </Td>
                  <Td className="font-mono text-xs">{instance.PublicIpAddresses[0] ?? t.common.emptyValue}</Td>
                  <Td className="text-xs whitespace-nowrap text-fg-muted">
                    {/* HAI writes Beijing time without a zone: read as such, written as every time is. */}
                    <Timestamp value={instance.CreateTime} />
                  </Td>
                  <Td>
                    <div className="flex gap-1.5">
                      {HAI_ACTIONS.map((action) => {
                        const refusal = haiRefusal(action, instance, user.role, t);
                        return (
                          <Button
                            key={action.id}
                            variant={action.danger && !refusal ? 'danger' : 'secondary'}
                            className="h-7 px-2 text-xs"
                            disabled={refusal !== undefined}
                            title={refusal}
                            aria-label={`${action.label(t)} ${instance.InstanceName || instance.InstanceId}`}
                            onClick={() => setAsked({ action, instance })}
                          >
                            {action.label(t)}
                          </Button>
                        );
                      })}
                    </div>
                  </Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </QueryPanel>
      {asked && scope && (
        // The dialog loads the first time one opens (actions/hai-action.ts).
        <Suspense fallback={null}>
          <asked.action.Dialog action={asked.action} instance={asked.instance} scope={scope} onClose={() => setAsked(undefined)} />
        </Suspense>
      )}
    </>
  );
}

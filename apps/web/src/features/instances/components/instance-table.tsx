import type { KeyboardEvent, ReactNode } from 'react';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { isoInstant, useFormatTimestamp } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { InlineRename } from './inline-rename.tsx';
import { OperationFailedMark } from './operation-failed-mark.tsx';
import { OperationMark } from './operation-mark.tsx';
import { StateBadge } from './state-badge.tsx';
import { instanceLabel } from '../actions/refusal.ts';

export interface RowSelection {
  isSelected: (id: string) => boolean;
  onToggle: (id: string) => void;
  /** Ticks (or, when all are ticked, unticks) every row on the page. */
  onToggleAll: () => void;
  all: 'none' | 'some' | 'all';
}

interface InstanceTableProps {
  /** Undefined while the first page loads: skeleton rows are shown. */
  instances: Instance[] | undefined;
  skeletonRows: number;
  /** True while a newer answer is on its way and the rows shown are the previous ones. */
  stale: boolean;
  selectedId: string | undefined;
  onOpen: (id: string) => void;
  selection: RowSelection;
  /** The row's action menu. */
  renderActions: (instance: Instance) => ReactNode;
  /** Where the rows' instances live: the name is renamed in place there. */
  scope: CloudScope | undefined;
}

const DATA_COLUMNS = 8;

// The row opens the detail panel on click; clicks on its checkbox or action menu are theirs alone.
const stopRowClick = (event: { stopPropagation: () => void }) => event.stopPropagation();

/** Public addresses first, as the cloud console lists them; each tagged, since both share a column. */
function IpAddresses({ instance }: { instance: Instance }) {
  const t = useT();
  const rows = [
    ...(instance.PublicIpAddresses ?? []).map((ip) => ({ ip, kind: t.instances.publicIp })),
    ...(instance.PrivateIpAddresses ?? []).map((ip) => ({ ip, kind: t.instances.privateIp })),
  ];
  if (rows.length === 0) return <span className="text-fg-subtle">{t.common.emptyValue}</span>;
  return (
    <span className="flex flex-col whitespace-nowrap">
      {rows.map(({ ip, kind }) => (
        <span key={`${kind}:${ip}`}>
          <span className="font-mono text-xs leading-5">{ip}</span> <span className="text-fg-subtle">({kind})</span>
        </span>
      ))}
    </span>
  );
}

export function InstanceTable({ instances, skeletonRows, stale, selectedId, onOpen, selection, renderActions, scope }: InstanceTableProps) {
  const t = useT();
  const formatTimestamp = useFormatTimestamp();
  const c = t.instances.columns;

  // Rows act as buttons: reachable with Tab, opened with Enter or Space as well as a click.
  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };

  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[960px] border-collapse text-[13px]" aria-label={t.instances.tableLabel} aria-busy={instances === undefined || stale}>
        <thead>
          <tr className="border-b border-line bg-surface-2 text-left text-xs font-medium text-fg-muted">
            <th scope="col" className="w-10 py-2.5 pr-1 pl-4">
              <Checkbox
                aria-label={t.selection.selectAll}
                checked={selection.all === 'all'}
                indeterminate={selection.all === 'some'}
                disabled={!instances || instances.length === 0}
                onChange={selection.onToggleAll}
              />
            </th>
            {[c.idName, c.state, c.zone, c.type, c.cpuMemory, c.ip, c.chargeType, c.created].map((label) => (
              <th key={label} scope="col" className="px-2 py-2.5 font-medium whitespace-nowrap">
                {label}
              </th>
            ))}
            <th scope="col" className="w-14 py-2.5 pr-4 pl-2 text-right font-medium whitespace-nowrap">
              {c.actions}
            </th>
          </tr>
        </thead>
        <tbody className={cn('divide-y divide-line transition-opacity', stale && 'opacity-60')}>
          {instances === undefined
            ? Array.from({ length: skeletonRows }, (_, i) => (
                <tr key={i} aria-hidden="true">
                  <td className="py-3.5 pr-1 pl-4" />
                  {Array.from({ length: DATA_COLUMNS }, (_, j) => (
                    <td key={j} className="px-2 py-3.5">
                      <Skeleton className={j === 0 ? 'w-32' : j === 1 ? 'w-16' : 'w-20'} />
                      {j === 0 && <Skeleton className="mt-2 w-20" />}
                    </td>
                  ))}
                  <td />
                </tr>
              ))
            : instances.map((instance) => (
                <tr
                  key={instance.InstanceId}
                  tabIndex={0}
                  data-instance-id={instance.InstanceId}
                  onClick={() => onOpen(instance.InstanceId)}
                  onKeyDown={(event) => onRowKeyDown(event, instance.InstanceId)}
                  className={cn(
                    'cursor-pointer align-middle transition-colors hover:bg-surface-2 focus-visible:-outline-offset-2',
                    (selectedId === instance.InstanceId || selection.isSelected(instance.InstanceId)) && 'bg-accent-soft hover:bg-accent-soft',
                  )}
                >
                  <td className="py-2 pr-1 pl-4" onClick={stopRowClick}>
                    <Checkbox
                      aria-label={t.selection.selectRow(instanceLabel(instance))}
                      checked={selection.isSelected(instance.InstanceId)}
                      onChange={() => selection.onToggle(instance.InstanceId)}
                    />
                  </td>
                  <td className="px-2 py-2">
                    <span className="block font-mono text-xs leading-5 text-accent">{instance.InstanceId}</span>
                    {scope ? (
                      <InlineRename instance={instance} scope={scope} className="max-w-40 text-fg-muted">
                        <span title={instance.InstanceName}>{instance.InstanceName || <span className="text-fg-subtle italic">{t.instances.unnamed}</span>}</span>
                      </InlineRename>
                    ) : (
                      <span className="block max-w-32 truncate text-fg-muted" title={instance.InstanceName}>
                        {instance.InstanceName || <span className="text-fg-subtle italic">{t.instances.unnamed}</span>}
                      </span>
                    )}
                  </td>
                  <td className="px-2 py-2">
                    <span className="inline-flex flex-wrap items-center gap-1.5">
                      <StateBadge state={instance.InstanceState} />
                      <OperationMark instance={instance} />
                      <OperationFailedMark instance={instance} />
                    </span>
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">{instance.Placement.Zone}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{instance.InstanceType}</td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums">
                    <span className="block">{t.common.cores(instance.CPU)}</span>
                    <span className="block">{t.common.memoryGb(instance.Memory)}</span>
                  </td>
                  <td className="px-2 py-2">
                    <IpAddresses instance={instance} />
                  </td>
                  <td className="px-2 py-2">
                    {Object.hasOwn(t.chargeTypes, instance.InstanceChargeType) ? t.chargeTypes[instance.InstanceChargeType] : instance.InstanceChargeType}
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums" title={isoInstant(instance.CreatedTime)}>
                    {/* Date over time keeps the column narrow enough for a 1024px screen. */}
                    <span className="block">{formatTimestamp(instance.CreatedTime, 'date')}</span>
                    <span className="block text-fg-subtle">{formatTimestamp(instance.CreatedTime, 'time')}</span>
                  </td>
                  <td className="py-2 pr-4 pl-2 text-right" onClick={stopRowClick}>
                    {renderActions(instance)}
                  </td>
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}

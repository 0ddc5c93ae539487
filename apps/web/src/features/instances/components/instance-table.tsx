import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useKeyboardShortcut } from '../../../lib/use-keyboard-shortcut.ts';
import { InlineRename } from './inline-rename.tsx';
import type { InstanceColumn } from '../columns/instance-columns.tsx';
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
  /** Ticking rows for the batch toolbar; without it the table has no checkboxes. */
  selection?: RowSelection;
  /** The row's action menu. */
  renderActions?: (instance: Instance) => ReactNode;
  /** Where the rows' instances live: the name is renamed in place there. */
  scope: CloudScope | undefined;
  /** The person's columns, after ID / name. */
  columns: readonly InstanceColumn[];
  /** The table's accessible name; the instance list's unless told otherwise. */
  label?: string;
}

// The row opens the detail panel on click; clicks on its checkbox or action menu are theirs alone.
const stopRowClick = (event: { stopPropagation: () => void }) => event.stopPropagation();

// The checkbox and the ID / name stay in view while the table scrolls sideways within itself (a laptop, many
// columns); they take the row's background so what scrolls under them does not show through.
const STICKY_CHECK = 'sticky left-0 z-[1] bg-inherit';
const STICKY_ID = 'sticky z-[1] bg-inherit';

export function InstanceTable({ instances, skeletonRows, stale, selectedId, onOpen, selection, renderActions, scope, columns, label }: InstanceTableProps) {
  const t = useT();
  const formatTimestamp = useFormatTimestamp();
  const context = { t, formatTimestamp };
  const c = t.instances.columns;
  // The ID / name sticks beside the checkbox column, or at the edge when there is none.
  const idLeft = selection ? 'left-10' : 'left-0 pl-4';

  // Rows act as buttons: reachable with Tab, opened with Enter or Space as well as a click. From one row, the arrow
  // keys or j / k move to the next or previous, and x ticks it.
  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.altKey || event.metaKey) return;
    const row = event.currentTarget;
    const move = (to: Element | null) => {
      event.preventDefault();
      if (to instanceof HTMLElement) to.focus();
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key === 'ArrowDown' || event.key === 'j') move(row.nextElementSibling);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(row.previousElementSibling);
    else if (event.key === 'x' && selection) {
      event.preventDefault();
      selection.onToggle(id);
    }
  };
  // j from anywhere else on the page goes to the first row (the list with checkboxes: the page's own list).
  const body = useRef<HTMLTableSectionElement>(null);
  useKeyboardShortcut('j', () => body.current?.querySelector<HTMLElement>('tr[data-instance-id]')?.focus(), selection !== undefined);

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-[13px]" aria-label={label ?? t.instances.tableLabel} aria-busy={instances === undefined || stale}>
        <thead>
          <tr className="border-b border-line bg-surface-2 text-left text-xs font-medium text-fg-muted">
            {selection && (
              <th scope="col" className={cn('w-10 py-2.5 pr-1 pl-4', STICKY_CHECK)}>
                <Checkbox
                  aria-label={t.selection.selectAll}
                  checked={selection.all === 'all'}
                  indeterminate={selection.all === 'some'}
                  disabled={!instances || instances.length === 0}
                  onChange={selection.onToggleAll}
                />
              </th>
            )}
            <th scope="col" className={cn('px-2 py-2.5 font-medium whitespace-nowrap', STICKY_ID, idLeft)}>
              {c.idName}
            </th>
            {columns.map((column) => (
              <th key={column.id} scope="col" data-column={column.id} className="px-2 py-2.5 font-medium whitespace-nowrap">
                {c[column.id]}
              </th>
            ))}
            {renderActions && (
              <th scope="col" className="w-14 py-2.5 pr-4 pl-2 text-right font-medium whitespace-nowrap">
                {c.actions}
              </th>
            )}
          </tr>
        </thead>
        <tbody ref={body} className={cn('divide-y divide-line transition-opacity', stale && 'opacity-60')}>
          {instances === undefined
            ? Array.from({ length: skeletonRows }, (_, i) => (
                <tr key={i} aria-hidden="true">
                  {selection && <td className="py-3.5 pr-1 pl-4" />}
                  {Array.from({ length: columns.length + 1 }, (_, j) => (
                    <td key={j} className="px-2 py-3.5">
                      <Skeleton className={j === 0 ? 'w-32' : j === 1 ? 'w-16' : 'w-20'} />
                      {j === 0 && <Skeleton className="mt-2 w-20" />}
                    </td>
                  ))}
                  {renderActions && <td />}
                </tr>
              ))
            : instances.map((instance) => (
                <tr
                  key={instance.InstanceId}
                  tabIndex={0}
                  aria-keyshortcuts={selection ? 'Enter j k x' : 'Enter j k'}
                  data-instance-id={instance.InstanceId}
                  onClick={() => onOpen(instance.InstanceId)}
                  onKeyDown={(event) => onRowKeyDown(event, instance.InstanceId)}
                  className={cn(
                    'cursor-pointer bg-surface align-middle transition-colors hover:bg-surface-2 focus-visible:-outline-offset-2',
                    (selectedId === instance.InstanceId || selection?.isSelected(instance.InstanceId)) && 'bg-accent-soft hover:bg-accent-soft',
                  )}
                >
                  {selection && (
                    <td className={cn('py-2 pr-1 pl-4', STICKY_CHECK)} onClick={stopRowClick}>
                      <Checkbox
                        aria-label={t.selection.selectRow(instanceLabel(instance))}
                        checked={selection.isSelected(instance.InstanceId)}
                        onChange={() => selection.onToggle(instance.InstanceId)}
                      />
                    </td>
                  )}
                  <td className={cn('px-2 py-2', STICKY_ID, idLeft)}>
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
                  {columns.map((column) => (
                    <td key={column.id} className={cn('px-2 py-2', column.className)}>
                      {column.cell(instance, context)}
                    </td>
                  ))}
                  {renderActions && (
                    <td className="py-2 pr-4 pl-2 text-right" onClick={stopRowClick}>
                      {renderActions(instance)}
                    </td>
                  )}
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}

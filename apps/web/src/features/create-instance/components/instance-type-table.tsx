import { useId } from 'react';
import type { InstanceTypeQuotaItem } from '@cvm/shared';
import { Badge } from '../../../components/ui/badge.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { ChevronDownIcon } from '../../../components/ui/icons.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { createMessages } from '../messages.ts';
import { useFormatPrice } from '../../../cloud/price/use-format-price.ts';
import { listPrice, type TypeSort, type TypeSortKey } from '../state/type-table.ts';

interface InstanceTypeTableProps {
  rows: InstanceTypeQuotaItem[];
  chosen: string;
  onChoose: (type: string) => void;
  sort: TypeSort;
  onSort: (key: TypeSortKey) => void;
  prepaid: boolean;
  describedBy?: string | undefined;
}

/**
 * The zone's instance types as a table of radio buttons (one choice; arrow keys move it). Sold-out types stay listed,
 * marked, and cannot be chosen. CPU, memory and price sort from their column headers (aria-sort says how).
 */
export function InstanceTypeTable({ rows, chosen, onChoose, sort, onSort, prepaid, describedBy }: InstanceTypeTableProps) {
  const m = useLocalized(createMessages);
  const t = useT();
  const price = useFormatPrice();
  const name = useId();
  const hasGpu = rows.some((row) => row.Gpu > 0 || row.GpuCount > 0);
  const c = m.columns;

  const sortHeader = (key: TypeSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className="px-2 py-2 font-medium">
        <button
          type="button"
          onClick={() => onSort(key)}
          title={m.sortBy(label)}
          className="inline-flex items-center gap-1 rounded px-1 py-0.5 whitespace-nowrap hover:bg-surface-3 hover:text-fg"
        >
          {label}
          <ChevronDownIcon aria-hidden="true" className={cn('size-3 transition-transform', !active && 'opacity-30', active && sort.direction === 'asc' && 'rotate-180')} />
        </button>
      </th>
    );
  };

  return (
    <div className="max-h-[30rem] overflow-auto rounded-md border border-line">
      <table className="w-full min-w-[720px] border-collapse text-[13px]" aria-label={m.typesLabel} aria-describedby={describedBy}>
        <thead className="sticky top-0 z-[1] bg-surface-2">
          <tr className="border-b border-line text-left text-xs text-fg-muted">
            <th scope="col" className="w-10 py-2 pl-3">
              <span className="sr-only">{c.choose}</span>
            </th>
            {sortHeader('type', c.type)}
            <th scope="col" className="px-2 py-2 font-medium">
              {c.family}
            </th>
            {sortHeader('cpu', c.cpu)}
            {sortHeader('memory', c.memory)}
            {hasGpu && (
              <th scope="col" className="px-2 py-2 font-medium">
                {c.gpu}
              </th>
            )}
            <th scope="col" className="px-2 py-2 font-medium">
              {c.bandwidth}
            </th>
            {sortHeader('price', prepaid ? c.monthly : c.hourly)}
            <th scope="col" className="px-2 py-2 pr-3 font-medium">
              {c.status}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => {
            const soldOut = row.Status === 'SOLD_OUT';
            const selected = row.InstanceType === chosen;
            const labelId = `${name}-${row.InstanceType}`;
            const choose = () => {
              if (!soldOut) onChoose(row.InstanceType);
            };
            return (
              <tr
                key={row.InstanceType}
                onClick={choose}
                aria-disabled={soldOut || undefined}
                className={cn(
                  'transition-colors',
                  soldOut ? 'cursor-not-allowed text-fg-subtle' : 'cursor-pointer hover:bg-surface-2',
                  selected && 'bg-accent-soft hover:bg-accent-soft',
                )}
              >
                <td className="py-2 pl-3">
                  <input
                    type="radio"
                    name={name}
                    value={row.InstanceType}
                    checked={selected}
                    disabled={soldOut}
                    onChange={choose}
                    onClick={(event) => event.stopPropagation()}
                    aria-labelledby={labelId}
                    className="size-4 accent-accent"
                  />
                </td>
                <td className="px-2 py-2 font-mono text-xs whitespace-nowrap" id={labelId}>
                  {row.InstanceType}
                </td>
                <td className="px-2 py-2 whitespace-nowrap">{row.TypeName || row.InstanceFamily}</td>
                <td className="px-2 py-2 whitespace-nowrap tabular-nums">{t.common.cores(row.Cpu)}</td>
                <td className="px-2 py-2 whitespace-nowrap tabular-nums">{t.common.memoryGb(row.Memory)}</td>
                {hasGpu && <td className="px-2 py-2 tabular-nums">{row.GpuCount || row.Gpu || t.common.emptyValue}</td>}
                <td className="px-2 py-2 whitespace-nowrap tabular-nums">{row.InstanceBandwidth ? m.gbps(row.InstanceBandwidth) : t.common.emptyValue}</td>
                <td className="px-2 py-2 whitespace-nowrap tabular-nums">{prepaid ? price.total(listPrice(row)) : m.perHourUnit(price.unit(listPrice(row)))}</td>
                <td className="px-2 py-2 pr-3">
                  {soldOut ? (
                    <Badge tone="neutral" title={row.SoldOutReason || undefined}>
                      {m.soldOut}
                    </Badge>
                  ) : row.StatusCategory === 'UnderStock' ? (
                    <Badge tone="warning">{m.lowStock}</Badge>
                  ) : (
                    <Badge tone="success">{m.inStock}</Badge>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

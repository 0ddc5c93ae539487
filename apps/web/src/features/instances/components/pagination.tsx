import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ChevronLeftIcon, ChevronRightIcon } from '../../../components/ui/icons.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { PAGE_SIZES, type PageSize } from '../hooks/use-instance-list-params.ts';

interface PaginationProps {
  page: number;
  size: PageSize;
  /** Undefined until the first answer arrives. */
  total: number | undefined;
  onPageChange: (page: number) => void;
  onSizeChange: (size: PageSize) => void;
}

/** Server-side paging: the total comes from DescribeInstances' TotalCount, pages from Offset/Limit. */
export function Pagination({ page, size, total, onPageChange, onSizeChange }: PaginationProps) {
  const t = useT();
  const sizeId = useId();
  const known = total ?? 0;
  const pages = Math.max(1, Math.ceil(known / size));
  const from = known === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(page * size, known);

  return (
    <nav aria-label={t.pagination.label} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2.5">
      <p className="text-sm text-fg-muted tabular-nums" aria-live="polite">
        {total === undefined ? '\u00a0' : t.pagination.range(from, to, total)}
      </p>
      <div className="flex items-center gap-3">
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId} className="text-sm text-fg-muted">
            {t.pagination.pageSize}
          </label>
          <Select id={sizeId} value={size} onChange={(event) => onSizeChange(Number(event.target.value) as PageSize)} className="w-28">
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {t.pagination.perPage(n)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex items-center gap-1">
          <Button iconOnly aria-label={t.pagination.previous} title={t.pagination.previous} disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
            <ChevronLeftIcon />
          </Button>
          <span className="min-w-20 text-center text-sm text-fg-muted tabular-nums">{t.pagination.pageOf(Math.min(page, pages), pages)}</span>
          <Button iconOnly aria-label={t.pagination.next} title={t.pagination.next} disabled={total === undefined || page >= pages} onClick={() => onPageChange(page + 1)}>
            <ChevronRightIcon />
          </Button>
        </div>
      </div>
    </nav>
  );
}

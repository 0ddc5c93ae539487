import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ChevronLeftIcon, ChevronRightIcon, FirstPageIcon, LastPageIcon } from '../../../components/ui/icons.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
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

/**
 * Server-side paging: the total comes from DescribeInstances' TotalCount, pages from Offset/Limit. Any page is one
 * step away: first, previous, a page number typed (Enter or leaving the box goes there), next, last.
 */
export function Pagination({ page, size, total, onPageChange, onSizeChange }: PaginationProps) {
  const t = useT();
  const sizeId = useId();
  const known = total ?? 0;
  const pages = Math.max(1, Math.ceil(known / size));
  const from = known === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(page * size, known);
  const shown = Math.min(page, pages);
  const pageBoxId = useId();
  // The box shows the page; what is typed in it goes there (clamped to the pages there are) on Enter or on leaving it.
  const goTo = (input: HTMLInputElement) => {
    const n = Math.min(Math.max(1, Math.trunc(Number(input.value)) || shown), pages);
    input.value = String(n);
    if (n !== page) onPageChange(n);
  };

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
          <Button iconOnly aria-label={t.pagination.first} title={t.pagination.first} disabled={page <= 1} onClick={() => onPageChange(1)}>
            <FirstPageIcon />
          </Button>
          <Button iconOnly aria-label={t.pagination.previous} title={t.pagination.previous} disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
            <ChevronLeftIcon />
          </Button>
          <span className="flex items-center gap-1.5 px-1 text-sm text-fg-muted tabular-nums">
            <label htmlFor={pageBoxId}>{t.pagination.page}</label>
            <TextInput
              key={shown}
              id={pageBoxId}
              type="number"
              min={1}
              max={pages}
              defaultValue={shown}
              onBlur={(event) => goTo(event.currentTarget)}
              onKeyDown={(event) => event.key === 'Enter' && goTo(event.currentTarget)}
              className="w-16"
            />
            <span>{t.pagination.ofPages(pages)}</span>
          </span>
          <Button iconOnly aria-label={t.pagination.next} title={t.pagination.next} disabled={total === undefined || page >= pages} onClick={() => onPageChange(page + 1)}>
            <ChevronRightIcon />
          </Button>
          <Button iconOnly aria-label={t.pagination.last} title={t.pagination.last} disabled={total === undefined || page >= pages} onClick={() => onPageChange(pages)}>
            <LastPageIcon />
          </Button>
        </div>
      </div>
    </nav>
  );
}

import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { cn } from './cn.ts';

/** A titled group of facts: a <section> named by its heading, so it is a findable landmark-like region. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="border-b border-line px-6 py-5 last:border-b-0">
      <h3 id={id} className="mb-3 text-xs font-semibold tracking-wide text-fg-muted uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-1 gap-x-8 gap-y-3 sm:grid-cols-2">{children}</dl>;
}

interface DetailItemProps {
  label: string;
  children: ReactNode;
  /** IDs, IPs and other machine text read better (and copy more reliably) in monospace. */
  mono?: boolean;
  /** Spans both columns, for long values. */
  wide?: boolean;
}

/** One label/value pair; an empty value (null, undefined, '', empty list) shows as a dash. */
export function DetailItem({ label, children, mono = false, wide = false }: DetailItemProps) {
  const t = useT();
  const empty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div className={cn('min-w-0', wide && 'sm:col-span-2')}>
      <dt className="text-xs text-fg-subtle">{label}</dt>
      <dd className={cn('mt-0.5 text-sm break-words text-fg', mono && !empty && 'font-mono text-[13px]')}>
        {empty ? <span className="text-fg-subtle">{t.common.emptyValue}</span> : children}
      </dd>
    </div>
  );
}

/** A list of machine values (IPs, IDs), one per line. */
export function ValueList({ values }: { values: readonly string[] | null | undefined }) {
  if (!values || values.length === 0) return null;
  return (
    <ul>
      {values.map((value) => (
        <li key={value}>{value}</li>
      ))}
    </ul>
  );
}

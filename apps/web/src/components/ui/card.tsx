import { useId, type ReactNode } from 'react';
import { cn } from './cn.ts';

interface CardProps {
  title?: string;
  description?: string;
  className?: string;
  children: ReactNode;
}

/** A bordered panel on the page; with a title it is a named region, findable by its heading. */
export function Card({ title, description, className, children }: CardProps) {
  const id = useId();
  return (
    <section aria-labelledby={title ? id : undefined} className={cn('rounded-lg border border-line bg-surface shadow-xs', className)}>
      {title && (
        <header className="border-b border-line px-5 py-3.5">
          <h2 id={id} className="text-sm font-semibold text-fg">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-fg-muted">{description}</p>}
        </header>
      )}
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}

import { useId, type ReactNode } from 'react';

/** One step's card: a region named by the step's heading, so the step on screen can be found by its name. */
export function StepFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-surface shadow-xs">
      <header className="border-b border-line px-5 py-3.5">
        <h2 id={id} className="text-base font-semibold text-fg">
          {title}
        </h2>
        {intro && <p className="mt-0.5 text-sm text-fg-muted">{intro}</p>}
      </header>
      <div className="divide-y divide-line">{children}</div>
    </section>
  );
}

/** A titled part of a step (System disk, Data disks, ...). */
export function Block({ title, hint, children }: { title?: string; hint?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <div role={title ? 'group' : undefined} aria-labelledby={title ? id : undefined} className="space-y-3 px-5 py-4">
      {title && (
        <div>
          <h3 id={id} className="text-sm font-semibold text-fg">
            {title}
          </h3>
          {hint && <p className="mt-0.5 text-xs text-fg-muted">{hint}</p>}
        </div>
      )}
      {children}
    </div>
  );
}

/** A field's refusal under it, read with the control through aria-describedby (the id). */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="text-xs font-medium text-red-700 dark:text-red-300">
      {text}
    </p>
  );
}

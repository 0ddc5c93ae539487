import type { KeyboardEvent, ReactNode } from 'react';
import { useNativeDialog } from './use-native-dialog.ts';
import { cn } from './cn.ts';

interface ModalDialogProps {
  /** Id of the heading inside that names the dialog (aria-labelledby). */
  labelledBy: string;
  describedBy?: string;
  /** Called for Escape, the close button or the browser closing the dialog; the owner unmounts the dialog. */
  onClose: () => void;
  size?: 'md' | 'lg';
  children: ReactNode;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A centred modal dialog on the native <dialog>: showModal() gives role="dialog", the top layer (so it opens above
 * the detail side panel too), an inert page behind and Escape. Tab is kept inside by wrapping at both ends rather
 * than letting it escape to the browser's own controls. Mount to open, unmount to close. The first element marked
 * `data-autofocus` gets focus; otherwise the browser focuses the first focusable one.
 */
export function ModalDialog({ labelledBy, describedBy, onClose, size = 'md', children }: ModalDialogProps) {
  const { ref } = useNativeDialog(onClose, (dialog) => dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus());

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      className={cn(
        'm-auto max-h-[calc(100dvh-4rem)] w-[calc(100vw-2rem)] overflow-hidden rounded-lg border border-line bg-surface p-0 text-fg shadow-2xl',
        'backdrop:bg-black/45',
        size === 'lg' ? 'max-w-3xl' : 'max-w-lg',
      )}
    >
      <div className="flex max-h-[calc(100dvh-4rem)] flex-col">{children}</div>
    </dialog>
  );
}

/** The dialog's title row. */
export function DialogHeader({ id, title, subtitle }: { id: string; title: string; subtitle?: ReactNode }) {
  return (
    <header className="border-b border-line px-6 py-4">
      <h2 id={id} className="text-base font-semibold text-fg">
        {title}
      </h2>
      {subtitle && <div className="mt-1 text-sm text-fg-muted">{subtitle}</div>}
    </header>
  );
}

export function DialogBody({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('min-h-0 flex-1 space-y-4 overflow-y-auto px-6 py-5 text-sm', className)}>{children}</div>;
}

/** Buttons, primary last (rightmost), as most consoles place them. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <footer className="flex items-center justify-end gap-2 border-t border-line bg-surface-2 px-6 py-3">{children}</footer>;
}

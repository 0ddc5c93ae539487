import type { MouseEvent, ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { Button } from './button.tsx';
import { CloseIcon } from './icons.tsx';
import { useNativeDialog } from './use-native-dialog.ts';

interface SidePanelProps {
  /** Id of the heading inside that names the panel (aria-labelledby). */
  labelledBy: string;
  /** Called for Escape, a click on the backdrop, or the browser closing the dialog. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal side sheet built on the native <dialog>: showModal() gives role="dialog", a focus trap,
 * an inert page behind and Escape handling without a library. Mount it to open, unmount to close;
 * the caller owns "is it open" (here, the URL).
 */
export function SidePanel({ labelledBy, onClose, children }: SidePanelProps) {
  const { ref, close } = useNativeDialog(onClose);

  // The panel's content fills the dialog box, so a click whose target is the dialog itself landed on the backdrop.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onClick={onClick}
      className={
        'fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-[min(760px,100vw)] max-w-none overflow-hidden ' +
        'border-0 border-l border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40 motion-safe:animate-slide-in'
      }
    >
      <div className="flex h-full flex-col">{children}</div>
    </dialog>
  );
}

interface SidePanelHeaderProps {
  /** The heading's id, the panel's labelledBy. */
  titleId: string;
  /** What kind of thing the panel shows ("Scaling group"), above its name. */
  label: string;
  title: ReactNode;
  /** Under the title: the ID, the state, the panel's buttons. */
  children?: ReactNode;
  /** Between the title and the close button (a refresh spinner). */
  aside?: ReactNode;
  onClose: () => void;
}

/** A side panel's header: what it shows and its name, what goes with them, and the close button. */
export function SidePanelHeader({ titleId, label, title, children, aside, onClose }: SidePanelHeaderProps) {
  const t = useT();
  return (
    <header className="flex items-start gap-3 border-b border-line px-6 py-4">
      <div className="min-w-0 flex-1">
        <p className="text-xs text-fg-subtle">{label}</p>
        <h2 id={titleId} className="mt-0.5 truncate text-lg font-semibold text-fg">
          {title}
        </h2>
        {children}
      </div>
      {aside}
      <Button variant="ghost" iconOnly aria-label={t.common.close} title={t.common.close} onClick={onClose}>
        <CloseIcon />
      </Button>
    </header>
  );
}

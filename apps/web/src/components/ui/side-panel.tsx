import type { MouseEvent, ReactNode } from 'react';
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

import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a native <dialog> as a modal while the component is mounted and closes it on unmount. Escape ("cancel") is
 * turned into a call to onClose, so the owner's state (or the URL) closes it and the screen never disagrees with it;
 * "close" covers the browser closing it anyway. Whatever had focus before gets it back afterwards.
 */
export function useNativeDialog(
  onClose: () => void,
  focusFirst?: (dialog: HTMLDialogElement) => void,
): {
  ref: RefObject<HTMLDialogElement | null>;
  close: () => void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const focusRef = useRef(focusFirst);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    focusRef.current?.(dialog);
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    const onNativeClose = () => onCloseRef.current();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return { ref, close: () => onCloseRef.current() };
}

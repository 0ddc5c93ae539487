import { useEffect, useRef } from 'react';

/** Where a key is text being typed (or a control's own key), not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [role="menu"], dialog[open]') !== null;
}

/**
 * A one-key shortcut for the whole page (`/` to search, `j` to the first row): not while someone types in a field,
 * works in a menu or a dialog, or holds Ctrl, Alt or Meta (those belong to the browser).
 */
export function useKeyboardShortcut(key: string, handler: (event: KeyboardEvent) => void, enabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      latest.current(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}

import { lazy, Suspense, useEffect, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { SearchIcon } from '../../components/ui/icons.tsx';
import { useT } from '../../i18n/use-t.ts';

// The palette's code and words load the first time it opens.
const CommandPalette = lazy(() => import('./command-palette.tsx').then((module) => ({ default: module.CommandPalette })));

/** The header's way into the command palette, and its shortcut: Ctrl-K (Cmd-K on a Mac) from anywhere. */
export function PaletteButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <>
      {/* Named by its words ("Go to…", for screen readers) and the shortcut it shows. */}
      <Button title={`${t.header.palette} (Ctrl K)`} aria-keyshortcuts="Control+K Meta+K" onClick={() => setOpen(true)}>
        <SearchIcon />
        <span className="sr-only">{t.header.palette}</span>
        <kbd className="font-sans text-xs text-fg-muted">Ctrl K</kbd>
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CommandPalette onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

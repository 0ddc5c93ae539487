import { useEffect, useRef, useState } from 'react';

/**
 * Local state for a text box whose committed value lives elsewhere (the URL): typing updates the
 * box at once and commits after `delayMs` of quiet, so each keystroke does not cost an API call.
 * When the committed value changes from outside (Back button, "Clear filters"), the box follows.
 */
export function useDebouncedInput(committed: string, commit: (value: string) => void, delayMs = 300) {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const lastCommitted = useRef(committed);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  // Adjusting state during render (not in an effect) avoids a frame showing the stale text.
  // Our own commits echo back through `committed`; those are ignored so typing in the meantime is kept.
  if (committed !== seen) {
    setSeen(committed);
    if (committed !== lastCommitted.current) {
      lastCommitted.current = committed;
      setDraft(committed);
    }
  }

  useEffect(() => {
    if (draft === lastCommitted.current) return;
    const timer = window.setTimeout(() => {
      lastCommitted.current = draft;
      commitRef.current(draft);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [draft, delayMs]);

  return [draft, setDraft] as const;
}

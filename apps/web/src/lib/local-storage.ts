// localStorage throws in some privacy modes and sandboxed frames; a preference that cannot be
// stored should fall back to the default, never break the page.

export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Ignored: the choice still applies for this page view.
  }
}

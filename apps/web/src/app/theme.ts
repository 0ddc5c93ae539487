import { useCallback, useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../lib/local-storage.ts';

// Theme is a `dark` class on <html> (Tailwind's dark variant is keyed to it in index.css).
// It is applied from main.tsx before the first render, since a strict CSP rules out the usual
// inline <script> in index.html; the stored choice wins, else the system preference.

export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'cvm-console.theme';
const THEME_EVENT = 'cvm:themechange';

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function storedTheme(): Theme | null {
  const value = readStorage(STORAGE_KEY);
  return value === 'light' || value === 'dark' ? value : null;
}

export function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  window.dispatchEvent(new Event(THEME_EVENT));
}

/** Called once at start-up; afterwards follows the system setting until the person picks a theme. */
export function initTheme(): void {
  applyTheme(storedTheme() ?? systemTheme());
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!storedTheme()) applyTheme(systemTheme());
  });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(THEME_EVENT, onChange);
  return () => window.removeEventListener(THEME_EVENT, onChange);
}

export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme);
  const setTheme = useCallback((next: Theme) => {
    writeStorage(STORAGE_KEY, next);
    applyTheme(next);
  }, []);
  return [theme, setTheme];
}

import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from './cn.ts';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

interface TabListProps<K extends string> {
  /** Names the tab list for screen readers. */
  label: string;
  /** Prefix of the tabs' and panels' ids, so each tab controls its panel (`<idBase>-tab-<key>`, `<idBase>-panel-<key>`). */
  idBase: string;
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  className?: string;
}

/** Where each key moves the selection, from index `at` among `n` tabs (wrapping at both ends). */
const KEY_MOVES: Record<string, (at: number, n: number) => number> = {
  ArrowRight: (at, n) => (at + 1) % n,
  ArrowLeft: (at, n) => (at - 1 + n) % n,
  Home: () => 0,
  End: (_at, n) => n - 1,
};

export const tabId = (idBase: string, key: string) => `${idBase}-tab-${key}`;
export const tabPanelId = (idBase: string, key: string) => `${idBase}-panel-${key}`;

/**
 * A WAI-ARIA tab list: Tab reaches the selected tab only, the arrow keys (and Home/End) move between tabs and select
 * the one they land on. Pair each tab with a <TabPanel> of the same key and idBase.
 */
export function TabList<K extends string>({ label, idBase, tabs, selected, onSelect, className }: TabListProps<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const key =
      tabs[
        move(
          tabs.findIndex((tab) => tab.key === selected),
          tabs.length,
        )
      ]!.key;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className={cn('flex gap-1 border-b border-line', className)}>
      {tabs.map((tab) => {
        const active = tab.key === selected;
        return (
          <button
            key={tab.key}
            ref={(element) => {
              if (element) refs.current.set(tab.key, element);
              else refs.current.delete(tab.key);
            }}
            type="button"
            role="tab"
            id={tabId(idBase, tab.key)}
            aria-selected={active}
            aria-controls={tabPanelId(idBase, tab.key)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors',
              active ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:border-line-strong hover:text-fg',
            )}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** The content of one tab; hidden (not unmounted) while another tab is selected, so what it started keeps going. */
export function TabPanel({ idBase, tabKey, selected, children, className }: { idBase: string; tabKey: string; selected: boolean; children: ReactNode; className?: string }) {
  return (
    <div role="tabpanel" id={tabPanelId(idBase, tabKey)} aria-labelledby={tabId(idBase, tabKey)} hidden={!selected} tabIndex={0} className={className}>
      {children}
    </div>
  );
}

import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { cn } from '../../../components/ui/cn.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useSearchSuggestions } from './use-search-suggestions.ts';

export interface SuggestionsListProps {
  id: string;
  scope: CloudScope | undefined;
  /** The search box's text; the last token is the one finished. */
  text: string;
  onTake: (value: string) => void;
  /** Set to the handler of the search box's keys: true when it used the key. */
  keys: RefObject<((event: KeyboardEvent<HTMLInputElement>) => boolean) | null>;
  /** The option the arrows are on (the box's aria-activedescendant), or undefined while none shows. */
  onActiveChange: (optionId: string | undefined) => void;
}

/**
 * The search box's suggestions (loaded the first time the box is focused, with the reads they need): a listbox under
 * it; the arrows choose, Enter or Tab takes one, Escape puts them away until the next keystroke.
 */
export function SearchSuggestionsList({ id, scope, text, onTake, keys, onActiveChange }: SuggestionsListProps) {
  const t = useT();
  const suggestions = useSearchSuggestions(scope, text);
  // The arrows' place, for the text it was chosen in: typing starts again from the first suggestion.
  const [active, setActive] = useState({ text, index: 0 });
  const [dismissedFor, setDismissedFor] = useState<string>();
  const showing = dismissedFor !== text && suggestions.length > 0;
  const current = Math.min(active.text === text ? active.index : 0, suggestions.length - 1);
  const optionId = (index: number) => `${id}-${index}`;
  const activeId = showing ? optionId(current) : undefined;

  useEffect(() => onActiveChange(activeId), [activeId, onActiveChange]);
  keys.current = (event) => {
    if (!showing) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') setActive({ text, index: (current + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length });
    else if ((event.key === 'Enter' || event.key === 'Tab') && suggestions[current]) onTake(suggestions[current].value);
    else if (event.key === 'Escape') setDismissedFor(text);
    else return false;
    event.preventDefault();
    return true;
  };

  if (!showing) return null;
  return (
    <div
      id={id}
      role="listbox"
      aria-label={t.filters.suggestions}
      className="absolute top-[3.75rem] right-0 left-0 z-20 max-h-72 overflow-y-auto rounded-md border border-line bg-surface py-1 shadow-lg"
    >
      {suggestions.map((suggestion, index) => (
        <div
          key={suggestion.value}
          id={optionId(index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === current}
          // Taken on mouse down, before the box loses focus and the list goes.
          onMouseDown={(event) => {
            event.preventDefault();
            onTake(suggestion.value);
          }}
          className={cn('flex cursor-pointer items-baseline gap-3 px-3 py-1.5 text-sm', index === current && 'bg-accent-soft')}
        >
          <span className="font-mono text-xs">{suggestion.value}</span>
          {suggestion.detail && <span className="truncate text-xs text-fg-muted">{suggestion.detail}</span>}
        </div>
      ))}
    </div>
  );
}

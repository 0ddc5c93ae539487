import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { INSTANCE_STATES, MAX_FILTER_VALUES, parseInstanceSearch } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { SearchIcon } from '../../../components/ui/icons.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { useDebouncedInput } from '../../../lib/use-debounced-input.ts';
import { useKeyboardShortcut } from '../../../lib/use-keyboard-shortcut.ts';
import { useZones } from '../../../cloud/regions/describe-zones.ts';
import { accept } from '../search/search-suggestions.ts';
import { hasActiveFilters, type FilterKey, type InstanceListFilters } from '../hooks/use-instance-list-params.ts';

interface InstanceFiltersProps {
  scope: CloudScope | undefined;
  filters: InstanceListFilters;
  onFilterChange: (key: FilterKey, value: string | undefined, mode?: 'push' | 'replace') => void;
  onClear: () => void;
  allRegions: boolean;
  onAllRegionsChange: (on: boolean) => void;
}

const SearchSuggestionsList = lazy(() => import('../search/search-suggestions-list.tsx').then((module) => ({ default: module.SearchSuggestionsList })));

/** State and zone apply at once; the search applies after typing pauses. All are pushed down as API filters. */
export function InstanceFilters({ scope, filters, onFilterChange, onClear, allRegions, onAllRegionsChange }: InstanceFiltersProps) {
  const t = useT();
  const ids = { state: useId(), zone: useId(), search: useId(), searchHint: useId(), allRegions: useId(), suggestions: useId() };
  const zones = useZones(scope);

  // Typing refines the same view, so it replaces the history entry instead of adding one per pause.
  // `/` goes to the search from anywhere on the page, as in most consoles and code hosts.
  const searchBox = useRef<HTMLInputElement>(null);
  useKeyboardShortcut('/', (event) => {
    event.preventDefault();
    searchBox.current?.focus();
    searchBox.current?.select();
  });
  const [search, setSearch] = useDebouncedInput(filters.q, (value) => onFilterChange('q', value, 'replace'));
  // Suggestions finish the last token (a key, a tag and its value, a VPC…), from a part loaded when the box is
  // first focused (search/search-suggestions-list.tsx), which also takes the box's arrows, Enter, Tab and Escape.
  const [focused, setFocused] = useState(false);
  const [everFocused, setEverFocused] = useState(false);
  const [activeSuggestion, setActiveSuggestion] = useState<string>();
  const suggestionKeys = useRef<((event: KeyboardEvent<HTMLInputElement>) => boolean) | null>(null);
  // Tokens that cannot be sent are named with the reason, rather than sent to earn the cloud's error mid-typing.
  const { problems } = parseInstanceSearch(search);
  const searchHint = problems.length > 0 ? problems.map((problem) => t.filters.searchProblem(problem.kind, problem.token, MAX_FILTER_VALUES)).join(' ') : undefined;

  const zoneOptions = zones.data ?? [];
  const zoneKnown = !filters.zone || zoneOptions.some((z) => z.Zone === filters.zone);

  return (
    <div role="search" aria-label={t.filters.label} className="flex flex-wrap items-end gap-3">
      <Field htmlFor={ids.state} label={t.filters.state} className="w-44">
        <Select id={ids.state} value={filters.state ?? ''} onChange={(event) => onFilterChange('state', event.target.value || undefined)}>
          <option value="">{t.filters.allStates}</option>
          {INSTANCE_STATES.map((state) => (
            <option key={state} value={state}>
              {t.states[state]}
            </option>
          ))}
        </Select>
      </Field>

      <Field htmlFor={ids.zone} label={t.filters.zone} className="w-52">
        <Select
          id={ids.zone}
          value={filters.zone ?? ''}
          onChange={(event) => onFilterChange('zone', event.target.value || undefined)}
          title={zones.isError ? t.filters.zonesFailed : allRegions ? t.filters.zoneInAllRegions : undefined}
          disabled={allRegions}
        >
          <option value="">{t.filters.allZones}</option>
          {/* A zone from a shared link stays selectable even before (or without) the zone list. */}
          {!zoneKnown && <option value={filters.zone}>{filters.zone}</option>}
          {zoneOptions.map((zone) => (
            <option key={zone.Zone} value={zone.Zone}>
              {zone.ZoneName && zone.ZoneName !== zone.Zone ? `${zone.ZoneName} (${zone.Zone})` : zone.Zone}
            </option>
          ))}
        </Select>
      </Field>

      <Field htmlFor={ids.search} label={t.filters.search} className="relative w-[28rem] max-w-full">
        <TextInput
          id={ids.search}
          ref={searchBox}
          type="search"
          aria-keyshortcuts="/"
          aria-describedby={ids.searchHint}
          aria-invalid={problems.length > 0 || undefined}
          aria-controls={activeSuggestion ? ids.suggestions : undefined}
          aria-autocomplete="list"
          aria-activedescendant={focused ? activeSuggestion : undefined}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => suggestionKeys.current?.(event)}
          onFocus={() => {
            setFocused(true);
            setEverFocused(true);
          }}
          onBlur={() => setFocused(false)}
          placeholder={t.filters.searchPlaceholder}
          icon={<SearchIcon />}
          autoComplete="off"
          spellCheck={false}
        />
        {everFocused && (
          <Suspense fallback={null}>
            <div hidden={!focused}>
              <SearchSuggestionsList
                id={ids.suggestions}
                scope={scope}
                text={search}
                onTake={(value) => setSearch(accept(search, value))}
                keys={suggestionKeys}
                onActiveChange={setActiveSuggestion}
              />
            </div>
          </Suspense>
        )}
        <p id={ids.searchHint} className={searchHint ? 'text-xs text-amber-700 dark:text-amber-300' : 'text-xs text-slate-600 dark:text-slate-400'}>
          {searchHint ?? t.filters.searchHelp}
        </p>
      </Field>

      <label htmlFor={ids.allRegions} className="flex h-8 cursor-pointer items-center gap-2 self-start pt-6 text-sm whitespace-nowrap">
        <Checkbox id={ids.allRegions} checked={allRegions} onChange={(event) => onAllRegionsChange(event.target.checked)} />
        {t.filters.allRegions}
      </label>

      {hasActiveFilters(filters) && (
        <Button variant="ghost" onClick={onClear}>
          {t.filters.reset}
        </Button>
      )}
    </div>
  );
}

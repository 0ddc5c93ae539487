import { useId } from 'react';
import { INSTANCE_STATES } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { SearchIcon } from '../../../components/ui/icons.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { useDebouncedInput } from '../../../lib/use-debounced-input.ts';
import { useZones } from '../../../cloud/regions/describe-zones.ts';
import { MAX_ID_VALUES, parseInstanceIds } from '../api/to-api-filters.ts';
import { hasActiveFilters, type FilterKey, type InstanceListFilters } from '../hooks/use-instance-list-params.ts';

interface InstanceFiltersProps {
  scope: CloudScope | undefined;
  filters: InstanceListFilters;
  onFilterChange: (key: FilterKey, value: string | undefined, mode?: 'push' | 'replace') => void;
  onClear: () => void;
}

/** State and zone apply at once; name and ID apply after typing pauses. All are pushed down as API filters. */
export function InstanceFilters({ scope, filters, onFilterChange, onClear }: InstanceFiltersProps) {
  const t = useT();
  const ids = { state: useId(), zone: useId(), name: useId(), id: useId(), idHint: useId() };
  const zones = useZones(scope);

  // Typing refines the same view, so it replaces the history entry instead of adding one per pause.
  const [name, setName] = useDebouncedInput(filters.name, (value) => onFilterChange('name', value, 'replace'));
  const [id, setId] = useDebouncedInput(filters.id, (value) => onFilterChange('id', value, 'replace'));
  // Only complete IDs are sent; say so rather than flash a Malformed error while the person is still typing.
  const idProblem = parseInstanceIds(id);
  const idHint = idProblem.incomplete.length > 0 ? t.filters.idIncomplete : idProblem.dropped > 0 ? t.filters.idTooMany(MAX_ID_VALUES) : undefined;

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
          title={zones.isError ? t.filters.zonesFailed : undefined}
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

      <Field htmlFor={ids.name} label={t.filters.name} className="w-56">
        <TextInput
          id={ids.name}
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t.filters.namePlaceholder}
          icon={<SearchIcon />}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>

      <Field htmlFor={ids.id} label={t.filters.instanceId} className="w-56">
        <TextInput
          id={ids.id}
          aria-describedby={idHint ? ids.idHint : undefined}
          aria-invalid={idProblem.incomplete.length > 0 || undefined}
          value={id}
          onChange={(event) => setId(event.target.value)}
          placeholder={t.filters.instanceIdPlaceholder}
          icon={<SearchIcon />}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
        />
        {idHint && (
          <p id={ids.idHint} className="text-xs text-amber-700 dark:text-amber-300">
            {idHint}
          </p>
        )}
      </Field>

      {hasActiveFilters(filters) && (
        <Button variant="ghost" onClick={onClear}>
          {t.filters.reset}
        </Button>
      )}
    </div>
  );
}

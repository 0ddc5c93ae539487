import { useMemo } from 'react';
import { DEFAULT_INSTANCE_COLUMNS, type InstanceColumnId } from '@cvm/shared';
import { usePreferences, useSavePreference } from '../../../api/preferences.ts';
import { instanceColumn, type InstanceColumn } from './instance-columns.tsx';

/**
 * The person's instance-list columns: their saved choice, or the default while they have none (and while it loads —
 * the list does not wait for it). `save(undefined)` goes back to the default.
 */
export function useInstanceColumns() {
  const preferences = usePreferences();
  const saver = useSavePreference('instanceColumns');
  const ids: readonly InstanceColumnId[] = preferences.data?.instanceColumns ?? DEFAULT_INSTANCE_COLUMNS;
  const columns: InstanceColumn[] = useMemo(() => ids.map(instanceColumn), [ids]);
  return { ids, columns, save: saver.mutateAsync };
}

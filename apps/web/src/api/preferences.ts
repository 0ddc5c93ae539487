import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsolePreferences, PreferenceName } from '@cvm/shared';
import { getConsole, sendConsole } from './console-api.ts';

// The signed-in person's preferences, kept by the server (GET/PUT/DELETE /api/console/preferences): what they choose
// in one browser is what they find in the next.

export const preferenceKeys = { all: ['preferences'] as const };

export const preferencesQueryOptions = queryOptions({
  queryKey: preferenceKeys.all,
  queryFn: ({ signal }) => getConsole<ConsolePreferences>('/api/console/preferences', signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export function usePreferences() {
  return useQuery(preferencesQueryOptions);
}

/**
 * Saves one preference (undefined: back to the console's default). Shown at once; if the server refuses, what it
 * holds is read again, so the page never shows a choice that was not kept.
 */
export function useSavePreference<K extends PreferenceName>(name: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: ConsolePreferences[K] | undefined) =>
      value === undefined
        ? sendConsole<null>('DELETE', `/api/console/preferences/${name}`)
        : sendConsole<{ value: ConsolePreferences[K] }>('PUT', `/api/console/preferences/${name}`, { value }),
    onMutate: async (value) => {
      await queryClient.cancelQueries({ queryKey: preferenceKeys.all });
      queryClient.setQueryData<ConsolePreferences>(preferenceKeys.all, (old) => {
        const next = { ...old };
        if (value === undefined) delete next[name];
        else next[name] = value;
        return next;
      });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: preferenceKeys.all }),
  });
}

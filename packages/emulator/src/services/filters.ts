import type { Filter } from '@cvm/shared';
import { CloudError } from '../http/cloud-error.ts';

/** A predicate over one item for one filter's values; Values are ORed inside it. */
export type FilterMatcher<T> = (item: T, values: string[], name: string) => boolean;

export interface FilterDefinition<T> {
  match: FilterMatcher<T>;
  /** Checks each value's format before any item is looked at; throws the documented code. */
  validate?: (value: string, name: string) => void;
  /**
   * For filters an index can answer (services/cvm/instances.ts): the values an item is filed under — the filter
   * matches exactly when one of them is among its Values (through `lookupKey`, when a value names something else).
   */
  index?: { keys: (item: T) => readonly string[]; lookupKey?: (value: string, name: string) => string };
}

/** The definition a filter name resolves to (`tag:<key>` to `tag:`), or undefined. */
export function definitionOf<T>(name: string, definitions: Record<string, FilterDefinition<T>>): { key: string; definition: FilterDefinition<T> } | undefined {
  if (Object.hasOwn(definitions, name)) return { key: name, definition: definitions[name]! };
  if (name.startsWith('tag:') && name.length > 4 && definitions['tag:']) return { key: 'tag:', definition: definitions['tag:'] };
  return undefined;
}

/**
 * Applies the API's filter rule (protocol.md §9): several Filters are ANDed, several Values in one Filter are ORed.
 * `tag:<key>` is resolved through the `tag:` entry when the definitions have one. Unknown names answer InvalidFilter.
 */
export function compileFilters<T>(
  filters: Filter[] | undefined,
  definitions: Record<string, FilterDefinition<T>>,
  /** The code for a filter name the action does not know; the VPC API has its own. */
  unknownFilterCode = 'InvalidFilter',
): (item: T) => boolean {
  if (!filters?.length) return () => true;
  const compiled = filters.map((filter) => {
    const definition = Object.hasOwn(definitions, filter.Name)
      ? definitions[filter.Name]
      : filter.Name.startsWith('tag:') && filter.Name.length > 4
        ? definitions['tag:']
        : undefined;
    if (!definition) {
      throw new CloudError(
        unknownFilterCode,
        `The filter \`${filter.Name}\` is not supported. Supported filters: ${Object.keys(definitions)
          .map((n) => (n === 'tag:' ? 'tag:<tag-key>' : n))
          .join(', ')}.`,
      );
    }
    for (const value of filter.Values) definition.validate?.(value, filter.Name);
    return (item: T) => definition.match(item, filter.Values, filter.Name);
  });
  return (item) => compiled.every((matches) => matches(item));
}

export function paginate<T>(items: readonly T[], offset = 0, limit = 20): T[] {
  return items.slice(offset, offset + limit);
}

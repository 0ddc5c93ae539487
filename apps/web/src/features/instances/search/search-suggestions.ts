import { SEARCH_KEY_NAMES } from '@cvm/shared';

// What the search box offers to finish the token being typed (the last one): a key (`vpc:`), a tag key
// (`tag:env=`), a tag's value (`tag:env=prod`), or a value of a key whose values the console can list.

export interface Suggestion {
  /** What replaces the token being typed. */
  value: string;
  /** Shown beside it (a VPC's name, a state in words). */
  detail?: string;
}

/** The token under the caret at the end of the text, and where it starts. */
export function lastToken(text: string): { token: string; start: number } {
  const start = /\S*$/.exec(text)!.index;
  return { token: text.slice(start), start };
}

/** What a token needs listed to be finished: nothing, a tag's keys, one tag key's values, or one search key's values. */
export type SuggestionNeed = { kind: 'none' } | { kind: 'keys' } | { kind: 'tag-keys' } | { kind: 'tag-values'; key: string } | { kind: 'values'; key: string };

export function needOf(token: string): SuggestionNeed {
  if (!token) return { kind: 'none' };
  const colon = token.indexOf(':');
  if (colon < 0) return { kind: 'keys' };
  const key = token.slice(0, colon).toLowerCase();
  const rest = token.slice(colon + 1);
  if (key === 'tag') {
    const equals = rest.indexOf('=');
    return equals < 0 ? { kind: 'tag-keys' } : { kind: 'tag-values', key: rest.slice(0, equals) };
  }
  return SEARCH_KEY_NAMES.includes(key) ? { kind: 'values', key } : { kind: 'none' };
}

const MAX = 8;

/**
 * The suggestions for `token`, from what the console knows: `values` are the listed values of the key (or tag) the
 * token names. Matches start with what is typed after the key, then contain it (in the value or its detail); at most eight.
 */
export function suggest(token: string, values: readonly Suggestion[]): Suggestion[] {
  const need = needOf(token);
  if (need.kind === 'none') return [];
  if (need.kind === 'keys') {
    const typed = token.toLowerCase();
    return SEARCH_KEY_NAMES.filter((key) => key.startsWith(typed))
      .map((key) => ({ value: key === 'tag' ? 'tag:' : `${key}:` }))
      .slice(0, MAX);
  }
  const prefix = need.kind === 'tag-keys' ? 'tag:' : need.kind === 'tag-values' ? `tag:${need.key}=` : token.slice(0, token.indexOf(':') + 1);
  const typed = token.slice(prefix.length).toLowerCase();
  const starts = values.filter((v) => v.value.toLowerCase().startsWith(typed));
  // Then those whose value or name contains it: `vpc:prod` finds the VPC called prod-network.
  const contains = values.filter((v) => !v.value.toLowerCase().startsWith(typed) && `${v.value}\n${v.detail ?? ''}`.toLowerCase().includes(typed));
  return [...starts, ...contains]
    .slice(0, MAX)
    .map((v) => ({ ...v, value: need.kind === 'tag-keys' ? `${prefix}${v.value}=` : `${prefix}${v.value}` }))
    .filter((v) => v.value.toLowerCase() !== token.toLowerCase());
}

/** The text with its last token replaced by `value`; a finished token is followed by a space. */
export function accept(text: string, value: string): string {
  const { start } = lastToken(text);
  const finished = !value.endsWith(':') && !value.endsWith('=');
  return `${text.slice(0, start)}${value}${finished ? ' ' : ''}`;
}

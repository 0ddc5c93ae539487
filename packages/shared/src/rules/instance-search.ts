// The instance list's search box: typed tokens turned into DescribeInstances Filters, so the cloud does the searching
// and paging stays exact. Tokens are separated by spaces; a token is `key:value` for a key below, or bare:
//   ins-xxxxxxxx → instance-id · vpc-… → vpc-id · subnet-… → subnet-id · sg-… → security-group-id ·
//   an IPv4 address → private or public address · anything else → the name (bare words join into one name).
// Keys: name id ip private-ip public-ip vpc subnet sg type zone state billing project, tag:Key=Value and tag:Key.
// Filters of different keys are ANDed and values of one key ORed, as the reference defines (at most 5 values a filter,
// the reference's limit). An address may be private or public, which one filter cannot say: it comes back apart
// (`addresses`), for the caller to ask both ways and merge.

/** One DescribeInstances filter. */
export interface SearchFilter {
  Name: string;
  Values: string[];
}

export type SearchProblemKind = 'unknown-key' | 'empty-value' | 'too-many-values' | 'bad-address' | 'bad-id';

export interface SearchProblem {
  /** The token as typed. */
  token: string;
  kind: SearchProblemKind;
}

export interface InstanceSearch {
  filters: SearchFilter[];
  /** IPv4 addresses to find as a private or a public address (ORed); empty when none was asked for. */
  addresses: string[];
  problems: SearchProblem[];
}

/** The reference's limit on values in one filter. */
export const MAX_FILTER_VALUES = 5;

const KEYS: Record<string, string> = {
  name: 'instance-name',
  id: 'instance-id',
  'private-ip': 'private-ip-address',
  'public-ip': 'public-ip-address',
  vpc: 'vpc-id',
  subnet: 'subnet-id',
  sg: 'security-group-id',
  type: 'instance-type',
  zone: 'zone',
  state: 'instance-state',
  billing: 'instance-charge-type',
  project: 'project-id',
};

/** The keys the search box understands, for suggesting them as someone types: each `key:` and `tag:key=value`. */
export const SEARCH_KEY_NAMES: readonly string[] = [...Object.keys(KEYS), 'tag'];

/** Own keys only: `constructor:x` is a name with a colon, not a key. */
const isKey = (key: string) => Object.hasOwn(KEYS, key);

const INSTANCE_ID = /^ins-[a-z0-9]{8}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Bare tokens that are plainly an ID of another resource. */
const BARE_PREFIXES: [RegExp, string][] = [
  [/^vpc-[a-z0-9]{8}$/, 'vpc-id'],
  [/^subnet-[a-z0-9]{8}$/, 'subnet-id'],
  [/^sg-[a-z0-9]{8}$/, 'security-group-id'],
];

export function parseInstanceSearch(text: string): InstanceSearch {
  const values = new Map<string, string[]>();
  const addresses: string[] = [];
  const problems: SearchProblem[] = [];
  const words: string[] = [];
  const add = (name: string, value: string, token: string) => {
    const list = values.get(name) ?? [];
    if (list.includes(value)) return;
    if (list.length >= MAX_FILTER_VALUES) return problems.push({ token, kind: 'too-many-values' });
    list.push(value);
    values.set(name, list);
  };
  const address = (value: string, token: string) => {
    if (!IPV4.test(value)) return problems.push({ token, kind: 'bad-address' });
    if (addresses.includes(value)) return;
    if (addresses.length >= MAX_FILTER_VALUES) return problems.push({ token, kind: 'too-many-values' });
    addresses.push(value);
  };

  for (const token of text.split(/\s+/).filter(Boolean)) {
    const colon = token.indexOf(':');
    if (colon <= 0) {
      if (INSTANCE_ID.test(token)) add('instance-id', token, token);
      else if (IPV4.test(token)) address(token, token);
      else {
        const prefixed = BARE_PREFIXES.find(([pattern]) => pattern.test(token));
        if (prefixed) add(prefixed[1], token, token);
        else words.push(token);
      }
      continue;
    }
    const key = token.slice(0, colon).toLowerCase();
    const value = token.slice(colon + 1);
    if (key === 'tag') {
      // tag:Key=Value (that value of the key) or tag:Key (any value).
      const equals = value.indexOf('=');
      const tagKey = equals < 0 ? value : value.slice(0, equals);
      if (!tagKey || (equals >= 0 && equals === value.length - 1)) problems.push({ token, kind: 'empty-value' });
      else if (equals < 0) add('tag-key', tagKey, token);
      else add(`tag:${tagKey}`, value.slice(equals + 1), token);
      continue;
    }
    if (!value) {
      problems.push({ token, kind: isKey(key) || key === 'ip' ? 'empty-value' : 'unknown-key' });
      continue;
    }
    if (key === 'ip') address(value, token);
    else if (key === 'private-ip' || key === 'public-ip') {
      if (IPV4.test(value)) add(KEYS[key]!, value, token);
      else problems.push({ token, kind: 'bad-address' });
    } else if (key === 'id' && !INSTANCE_ID.test(value)) problems.push({ token, kind: 'bad-id' });
    else if (isKey(key)) add(KEYS[key]!, key === 'state' || key === 'billing' ? value.toUpperCase() : value, token);
    // Not a key: a name that holds a colon ("db:primary").
    else words.push(token);
  }
  if (words.length) add('instance-name', words.join(' '), words.join(' '));
  return { filters: [...values].map(([Name, Values]) => ({ Name, Values })), addresses, problems };
}

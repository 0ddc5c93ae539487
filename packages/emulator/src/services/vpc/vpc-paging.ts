import { CloudError } from '../../http/cloud-error.ts';
import { paginate } from '../filters.ts';

// The VPC API pages with Offset and Limit written as strings (default 0 and 20, Limit at most 100), and refuses a
// list of IDs together with Filters (InvalidParameterCoexist).

/** A page's size: 20 by default, 1 to 100 (InvalidParameterValue.Range naming the parameter that set it). */
function pageSize(size: number | undefined, name: 'Limit' | 'MaxResults'): number {
  if (size === undefined) return 20;
  if (!(size >= 1 && size <= 100)) throw new CloudError('InvalidParameterValue.Range', `The value of parameter \`${name}\` must be between 1 and 100, got ${size}.`);
  return size;
}

export function vpcPage<T>(items: readonly T[], offset: string | undefined, limit: string | undefined): T[] {
  return paginate(items, offset === undefined ? 0 : Number(offset), pageSize(limit === undefined ? undefined : Number(limit), 'Limit'));
}

/** How long a NextToken holds ("每个分页令牌在 24 小时后过期", the SDK's DescribeSubnetsRequest). */
const TOKEN_LIFETIME_MS = 24 * 3600_000;

interface PageToken {
  /** Where the next page starts. */
  at: number;
  /** The query it continues: the other parameters must stay as they were. */
  query: string;
  /** When it was given, by the emulator's clock. */
  issued: number;
}

/**
 * A page by Offset/Limit or by MaxResults/NextToken, and the NextToken of the page after it ("" when none follows).
 * Offset with NextToken, or Limit with MaxResults, is `InvalidParameterCoexist`; a token that is not one the emulator
 * gave for this query, or is older than a day, `InvalidParameterValue`.
 */
export function tokenPage<T>(
  items: readonly T[],
  params: { Offset?: string; Limit?: string; MaxResults?: number; NextToken?: string },
  query: unknown,
  now: number,
): { page: T[]; nextToken: string } {
  if (params.NextToken !== undefined && params.Offset !== undefined) {
    throw new CloudError('InvalidParameterCoexist', 'The parameters `NextToken` and `Offset` cannot be specified at the same time.');
  }
  if (params.MaxResults !== undefined && params.Limit !== undefined) {
    throw new CloudError('InvalidParameterCoexist', 'The parameters `MaxResults` and `Limit` cannot be specified at the same time.');
  }
  const key = JSON.stringify(query ?? null);
  let start = params.Offset === undefined ? 0 : Number(params.Offset);
  if (params.NextToken) {
    const token = readToken(params.NextToken);
    if (!token || token.query !== key) {
      throw new CloudError('InvalidParameterValue', 'The parameter `NextToken` is not a token this query gave; keep every other parameter as it was.');
    }
    if (now - token.issued > TOKEN_LIFETIME_MS) throw new CloudError('InvalidParameterValue', 'The parameter `NextToken` has expired: tokens live 24 hours.');
    start = token.at;
  }
  const size = params.MaxResults !== undefined ? pageSize(params.MaxResults, 'MaxResults') : pageSize(params.Limit === undefined ? undefined : Number(params.Limit), 'Limit');
  const page = paginate(items, start, size);
  const next = start + size;
  const nextToken = next < items.length ? Buffer.from(JSON.stringify({ at: next, query: key, issued: now } satisfies PageToken)).toString('base64url') : '';
  return { page, nextToken };
}

function readToken(text: string): PageToken | undefined {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<PageToken>;
    // The token is the client's to send back: one altered to start before the first item is no token of ours.
    return Number.isSafeInteger(token.at) && token.at! >= 0 && typeof token.query === 'string' && typeof token.issued === 'number' ? (token as PageToken) : undefined;
  } catch {
    return undefined;
  }
}

export function refuseIdsWithFilters(idsName: string, ids: readonly string[] | undefined, filters: readonly unknown[] | undefined): void {
  if (ids?.length && filters?.length) {
    throw new CloudError('InvalidParameterCoexist', `The parameters \`${idsName}\` and \`Filters\` cannot be specified at the same time.`);
  }
}

export function checkIds(idsName: string, ids: readonly string[] | undefined, pattern: RegExp): void {
  for (const id of ids ?? []) {
    if (!pattern.test(id)) throw new CloudError('InvalidParameterValue.Malformed', `The ID \`${id}\` in \`${idsName}\` is malformed.`);
  }
}

export const tagFilters = <T extends { TagSet: { Key: string; Value: string }[] }>() => ({
  'tag-key': { match: (item: T, values: string[]) => item.TagSet.some((t) => values.includes(t.Key)) },
  'tag:': { match: (item: T, values: string[], name: string) => item.TagSet.some((t) => t.Key === name.slice(4) && values.includes(t.Value)) },
});

export const isDefaultFilter = <T extends { IsDefault: boolean }>() => ({
  match: (item: T, values: string[]) => values.includes(String(item.IsDefault)),
});

export const UNKNOWN_FILTER_CODE = 'InvalidParameter.FilterInvalidKey';

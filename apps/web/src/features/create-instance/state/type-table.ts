import type { InstanceTypeQuotaItem } from '@cvm/shared';

// Searching, filtering and sorting the instance-type table: pure, so the table component only renders.

export type TypeSortKey = 'type' | 'cpu' | 'memory' | 'price';
export interface TypeSort {
  key: TypeSortKey;
  direction: 'asc' | 'desc';
}

/** What a type costs in the table's column: per hour for pay-as-you-go, per month for a subscription. */
export function listPrice(item: InstanceTypeQuotaItem): number {
  return item.InstanceChargeType === 'PREPAID' ? item.Price.DiscountPrice : item.Price.UnitPriceDiscount;
}

/** By type: family by family, then the sizes within it; the other columns by their numbers. */
const compareBy: Record<TypeSortKey, (a: InstanceTypeQuotaItem, b: InstanceTypeQuotaItem) => number> = {
  type: (a, b) => a.InstanceFamily.localeCompare(b.InstanceFamily) || a.Cpu - b.Cpu || a.Memory - b.Memory,
  cpu: (a, b) => a.Cpu - b.Cpu,
  memory: (a, b) => a.Memory - b.Memory,
  price: (a, b) => listPrice(a) - listPrice(b),
};

/** What a search asks for: sizes written as the reader writes them ("4 cores", "4核", "16 GB", "16G"), and words. */
export interface TypeSearch {
  cpu?: number;
  memory?: number;
  words: string[];
}

const CPU = /(\d+)\s*(?:cores?|vcpus?|核|c)(?![a-z])/gi;
const MEMORY = /(\d+)\s*(?:gib|gb|g)(?![a-z])/gi;

export function parseTypeSearch(text: string): TypeSearch {
  let rest = text;
  let cpu: number | undefined;
  let memory: number | undefined;
  rest = rest.replace(CPU, (_, n: string) => ((cpu = Number(n)), ' '));
  rest = rest.replace(MEMORY, (_, n: string) => ((memory = Number(n)), ' '));
  return {
    ...(cpu !== undefined ? { cpu } : {}),
    ...(memory !== undefined ? { memory } : {}),
    words: rest
      .toLowerCase()
      .split(/[\s,，、]+/)
      .filter(Boolean),
  };
}

function matches(item: InstanceTypeQuotaItem, search: TypeSearch): boolean {
  if (search.cpu !== undefined && item.Cpu !== search.cpu) return false;
  if (search.memory !== undefined && item.Memory !== search.memory) return false;
  const haystack = `${item.InstanceType} ${item.TypeName} ${item.InstanceFamily}`.toLowerCase();
  return search.words.every((word) => haystack.includes(word));
}

/**
 * The rows to show: of `family` (all when empty), matching the search (sizes exactly, words anywhere in the type or
 * family name), sorted with ties broken by CPU, memory and name so the order never jumps.
 */
export function visibleTypes(items: readonly InstanceTypeQuotaItem[], family: string, search: string, sort: TypeSort): InstanceTypeQuotaItem[] {
  const wanted = parseTypeSearch(search);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return items
    .filter((item) => (!family || item.InstanceFamily === family) && matches(item, wanted))
    .sort((a, b) => sign * compareBy[sort.key](a, b) || a.Cpu - b.Cpu || a.Memory - b.Memory || a.InstanceType.localeCompare(b.InstanceType));
}

/** The families on offer, in the order first seen, with the cloud's name for each. */
export function familiesOf(items: readonly InstanceTypeQuotaItem[]): { family: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const item of items) if (!seen.has(item.InstanceFamily)) seen.set(item.InstanceFamily, item.TypeName);
  return [...seen].map(([family, name]) => ({ family, name }));
}

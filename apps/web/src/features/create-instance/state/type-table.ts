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

/**
 * The rows to show: of `family` (all when empty), matching every word of `search` against the type, the family
 * name and the sizes (`words(item)` gives the sizes as the reader writes them), sorted with ties broken by CPU,
 * memory and name so the order never jumps.
 */
export function visibleTypes(
  items: readonly InstanceTypeQuotaItem[],
  family: string,
  search: string,
  sort: TypeSort,
  words: (item: InstanceTypeQuotaItem) => string,
): InstanceTypeQuotaItem[] {
  const terms = search.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return items
    .filter((item) => !family || item.InstanceFamily === family)
    .filter((item) => {
      if (terms.length === 0) return true;
      const haystack = `${item.InstanceType} ${item.TypeName} ${item.InstanceFamily} ${words(item)}`.toLowerCase();
      return terms.every((term) => haystack.includes(term));
    })
    .sort(
      (a, b) =>
        sign * compareBy[sort.key](a, b) ||
        a.Cpu - b.Cpu ||
        a.Memory - b.Memory ||
        a.InstanceType.localeCompare(b.InstanceType),
    );
}

/** The families on offer, in the order first seen, with the cloud's name for each. */
export function familiesOf(items: readonly InstanceTypeQuotaItem[]): { family: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const item of items) if (!seen.has(item.InstanceFamily)) seen.set(item.InstanceFamily, item.TypeName);
  return [...seen].map(([family, name]) => ({ family, name }));
}

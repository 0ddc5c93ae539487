import { describe, expect, it } from 'vitest';
import type { InstanceTypeQuotaItem } from '@cvm/shared';
import { familiesOf, parseTypeSearch, visibleTypes } from './type-table.ts';

const offer = (type: string, family: string, cpu: number, memory: number, price: number): InstanceTypeQuotaItem =>
  ({
    InstanceType: type,
    InstanceFamily: family,
    TypeName: `Standard ${family}`,
    Cpu: cpu,
    Memory: memory,
    InstanceChargeType: 'POSTPAID_BY_HOUR',
    Price: { UnitPriceDiscount: price, DiscountPrice: 0 },
  }) as unknown as InstanceTypeQuotaItem;

const offers = [offer('S5.LARGE8', 'S5', 4, 8, 0.43), offer('SA2.MEDIUM4', 'SA2', 2, 4, 0.13), offer('S5.MEDIUM4', 'S5', 2, 4, 0.21)];

describe('visibleTypes', () => {
  it('filters by family and by every search word', () => {
    expect(visibleTypes(offers, 'S5', '', { key: 'cpu', direction: 'asc' }).map((o) => o.InstanceType)).toEqual(['S5.MEDIUM4', 'S5.LARGE8']);
    expect(visibleTypes(offers, '', '4 cores', { key: 'cpu', direction: 'asc' }).map((o) => o.InstanceType)).toEqual(['S5.LARGE8']);
    expect(visibleTypes(offers, '', 'sa2', { key: 'cpu', direction: 'asc' }).map((o) => o.InstanceType)).toEqual(['SA2.MEDIUM4']);
  });

  it('reads sizes as people write them', () => {
    expect(parseTypeSearch('4 cores 16GB s5')).toEqual({ cpu: 4, memory: 16, words: ['s5'] });
    expect(parseTypeSearch('8核 32G')).toEqual({ cpu: 8, memory: 32, words: [] });
    expect(parseTypeSearch('S5.LARGE8')).toEqual({ words: ['s5.large8'] });
    expect(visibleTypes(offers, '', '4 GB', { key: 'cpu', direction: 'asc' }).map((o) => o.InstanceType)).toEqual(['S5.MEDIUM4', 'SA2.MEDIUM4']);
  });

  it('sorts by price either way, ties broken the same way each time', () => {
    const up = visibleTypes(offers, '', '', { key: 'price', direction: 'asc' }).map((o) => o.InstanceType);
    expect(up).toEqual(['SA2.MEDIUM4', 'S5.MEDIUM4', 'S5.LARGE8']);
    expect(visibleTypes(offers, '', '', { key: 'price', direction: 'desc' }).map((o) => o.InstanceType)).toEqual([...up].reverse());
    expect(visibleTypes(offers, '', '', { key: 'type', direction: 'asc' }).map((o) => o.InstanceType)).toEqual(['S5.MEDIUM4', 'S5.LARGE8', 'SA2.MEDIUM4']);
  });

  it('lists each family once, with the cloud’s name', () => {
    expect(familiesOf(offers)).toEqual([
      { family: 'S5', name: 'Standard S5' },
      { family: 'SA2', name: 'Standard SA2' },
    ]);
  });
});

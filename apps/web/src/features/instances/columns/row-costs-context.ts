import { createContext } from 'react';
import type { FleetCosts } from '../../../cloud/price/price-instances.ts';

/**
 * The page's prices for the "Cost / hour" column, as its fetcher (cost-column.tsx, loaded with the column) last read
 * them: held by the list, read by each cell, like the CPU column's series.
 */
export interface RowCosts {
  answer: FleetCosts | undefined;
  loading: boolean;
}

export const RowCostsContext = createContext<RowCosts | null>(null);

import { createContext } from 'react';
import type { SeriesAnswer } from '../../../cloud/monitor/monitor-reads.ts';

/**
 * The page's CPU for the "CPU (1 h)" column, as the list's fetcher (cpu-column.tsx, loaded with the column) last read
 * it: held by the list, read by each cell. Only this and a type load with the list; the reads and the cells do not.
 */
export interface CpuSeries {
  answer: SeriesAnswer | undefined;
  loading: boolean;
}

export const CpuSeriesContext = createContext<CpuSeries | null>(null);

import { monitor } from '@cvm/shared';

// How much the console asks of GetMonitorData. Apart from the reads (monitor-reads.ts), so what only needs the figures
// (the Compare action's rule) does not load them.

/** Instances a call asks for: the service's documented limit (50 since 2026-03). */
export const INSTANCES_PER_CALL = monitor.MONITOR_MAX_INSTANCES;
/**
 * What a call asks for after the service refused more with LimitExceeded.LimitedAccess ("查询实例数受到限制"): its
 * earlier documented limit, which an account whose limit was never raised may still have.
 */
export const INSTANCES_PER_CALL_FALLBACK = 10;
/** Points one chart draws, and one call reads: the service's earlier per-call limit, and about a chart's width. */
export const CHART_MAX_POINTS = 1440;
/** Lines one Compare chart draws (more are not told apart). */
export const COMPARE_MAX_INSTANCES = 10;

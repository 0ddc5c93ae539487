// What one GetMonitorData call of the console asks for at most: the smaller, older per-call limits the service
// documented until 2026 (10 instances, 1,440 points), which every version of it accepts. Apart from the reads
// (monitor-reads.ts), so what only needs the figures (the Compare action's rule) does not load them.
export const CONSOLE_MAX_INSTANCES = 10;
export const CONSOLE_MAX_POINTS = 1440;

export { startConsole, type RunningConsole, type StartOptions } from './console-server.ts';
export { loadConfig, type Config } from './config.ts';
export { createLogger, REDACTED_PATHS } from './logger.ts';
export { openDatabase, migrate } from './db/database.ts';
export { ManualClock, systemClock, type Clock } from './time/clock.ts';

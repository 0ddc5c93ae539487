export { startConsole, type RunningConsole } from './console-server.ts';
export { loadConfig, type Config } from './config.ts';
export { createLogger, REDACTED_PATHS } from './logger.ts';

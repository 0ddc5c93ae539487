import { ConfigError, loadConfig } from './config.ts';
import { startConsole } from './console-server.ts';
import { DataDirLocked } from './db/data-dir-lock.ts';

try {
  const config = loadConfig();
  const running = await startConsole(config);
  running.logger.info({ url: running.url, mode: config.target.mode }, `CVM console ready at ${running.url}`);
  if (process.stdout.isTTY || process.env.CI) {
    console.log(`\n  CVM console: ${running.url}${config.target.mode === 'emulator' ? '  (local emulator — simulated instances)' : ''}\n`);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void running.close().then(() => process.exit(0)));
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof DataDirLocked) {
    console.error(`${error.message} Two consoles on one embedded database would corrupt it; for several replicas use PostgreSQL (DATABASE_URL).`);
    process.exit(2);
  }
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`The port is already in use; set PORT to another one. (${(error as Error).message})`);
    process.exit(2);
  }
  throw error;
}

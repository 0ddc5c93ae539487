import { findAction } from '@cvm/shared';

// The console as apps/server/src/main.ts starts it (configuration from the environment), with one change made before
// it loads: its own budget for DescribeInstances (the documented 40/s, kept at 36 per 1.2 s per account) is lifted, so
// that a closed loop measures the proxy rather than the budget. There is no setting for this; the catalog entry is
// changed in this process only.

(findAction('cvm', 'DescribeInstances')!.rateLimit as { perSecond: number }).perSecond = 1_000_000;
const { loadConfig, startConsole } = await import('@cvm/server');
const running = await startConsole(loadConfig());
running.logger.info({ url: running.url }, `CVM console ready at ${running.url} (DescribeInstances budget lifted for the bench)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void running.close().then(() => process.exit(0)));
}

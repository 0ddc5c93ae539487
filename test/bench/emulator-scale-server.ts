// The emulator alone in its own process, for test/bench/emulator-scale.ts: started with N generated instances and
// its rate limits off, it reports on stdout one JSON line — where it listens, how long the start took, its RSS — and
// then serves until it is killed.
import { startEmulator } from '@cvm/emulator';

const instances = Number(process.argv[2] ?? 0);
const started = performance.now();
const emulator = await startEmulator({ bulkInstances: instances, rateLimits: false });
const startMs = performance.now() - started;
globalThis.gc?.();
console.log(JSON.stringify({ url: emulator.url, instances, startMs, rssMb: process.memoryUsage().rss / 2 ** 20, heapMb: process.memoryUsage().heapUsed / 2 ** 20 }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void emulator.close().then(() => process.exit(0)));

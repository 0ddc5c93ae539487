import { startEmulator } from '@cvm/emulator';

// The emulator as a process of its own for the bench: `node --import tsx emulator-process.ts <instances>`. Like
// `pnpm emulator --instances N` (packages/emulator/src/cli.ts), but with the documented rate limits off, which the CLI
// has no flag for: a closed loop at 50 concurrent is far past DescribeInstances' 40/s. Prints one READY line.

const instances = Number(process.argv[2] ?? 0);
const began = performance.now();
const emulator = await startEmulator({ port: 0, bulkInstances: instances, rateLimits: false });
const total = [...emulator.world.regions.values()].reduce((sum, region) => sum + region.instances.size, 0);
console.log(`BENCH_EMULATOR_READY ${JSON.stringify({ url: emulator.url, instances: total, seedMs: Math.round(performance.now() - began) })}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void emulator.close().then(() => process.exit(0)));
}

// `pnpm bench` (emulator sizes): the emulator alone, in a process of its own with its rate limits off, at each size of
// BENCH_SCALE_SIZES (default 10000,100000,1000000 generated instances): its start-up (spawn → listening), its RSS
// idle and after the queries, and req/s at 50 concurrent of two filtered DescribeInstances queries — RUNNING in one
// zone (a page of 20), and 100 InstanceIds (Limit 100) — with a fresh TC3 signature per request. A size the emulator
// cannot reach (it exits, or takes longer than BENCH_SCALE_START_TIMEOUT_S) is printed as "not reached" with why.
import { closedLoop, envelopeFailure, type LoopResult } from './support/closed-loop.ts';
import { peakRssOf, rssOf } from './support/processes.ts';
import { startEmulatorProcess } from './support/servers.ts';
import { signedShot } from './support/signed-shot.ts';
import { MB, median } from './support/stats.ts';
import { fixed, printTable, type Cell } from './support/table.ts';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '10000,100000,1000000').split(',').map((s) => Number(s.trim()));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const START_TIMEOUT_S = Number(process.env.BENCH_SCALE_START_TIMEOUT_S ?? 240);
/** Node flags for the emulator process, e.g. --max-old-space-size=8192 for the largest sizes. */
const NODE_FLAGS = (process.env.BENCH_EMULATOR_NODE_FLAGS ?? '').split(' ').filter(Boolean);
/** Enough to keep a single-threaded server busy; more only lengthens the queue. */
const CONCURRENCY = Number(process.env.BENCH_SCALE_CONCURRENCY ?? 10);
const ZONE = 'ap-guangzhou-3';

if (SIZES.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`BENCH_SCALE_SIZES: whole numbers separated by commas, got "${process.env.BENCH_SCALE_SIZES}"`);

console.log(
  `emulator sizes: ${SIZES.join(', ')} instances; req/s at ${CONCURRENCY} concurrent, medians of ${ROUNDS} rounds of ${SECONDS} s; node flags: ${NODE_FLAGS.join(' ') || 'none'}`,
);
const rows: Cell[][] = [];
for (const size of SIZES) {
  let emulator: Awaited<ReturnType<typeof startEmulatorProcess>>;
  try {
    emulator = await startEmulatorProcess(size, { timeoutMs: START_TIMEOUT_S * 1000, nodeFlags: NODE_FLAGS });
  } catch (error) {
    const reason = (error as Error).message.split('\n').filter(Boolean);
    // The first line says how it ended; the last line of its output usually says why (heap out of memory, an error).
    rows.push([size, `not reached (${reason[0]}${reason.length > 1 ? `: ${reason.at(-1)!.trim().slice(0, 120)}` : ''})`]);
    console.log(`  ${size}: not reached`);
    continue;
  }
  try {
    const idleRss = rssOf(emulator.process.pid);
    const host = new URL(emulator.url).host;
    // 100 IDs from the middle of the list, as a person's selection would be.
    const listing = await fetch(emulator.url, { method: 'POST', ...signedShot(host, 'DescribeInstances', { Limit: 100, Offset: Math.floor(size / 2) }) });
    const ids = ((await listing.json()) as { Response: { InstanceSet: { InstanceId: string }[] } }).Response.InstanceSet.map((i) => i.InstanceId);
    const queries = {
      state: {
        Limit: 20,
        Filters: [
          { Name: 'instance-state', Values: ['RUNNING'] },
          { Name: 'zone', Values: [ZONE] },
        ],
      },
      ids: { InstanceIds: ids, Limit: 100 },
    };
    const results: Record<keyof typeof queries, LoopResult[]> = { state: [], ids: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['state', 'ids'] as const) {
        results[name].push(
          await closedLoop(emulator.url, {
            concurrency: CONCURRENCY,
            durationMs: SECONDS * 1000,
            next: () => signedShot(host, 'DescribeInstances', queries[name]),
            failure: envelopeFailure,
          }),
        );
      }
    }
    const failures = [...results.state, ...results.ids].reduce((sum, r) => sum + [...r.failures.values()].reduce((a, b) => a + b, 0), 0);
    rows.push([
      size,
      fixed(emulator.startupMs),
      fixed(emulator.seedMs),
      fixed(idleRss / MB),
      fixed(peakRssOf(emulator.process.pid) / MB),
      fixed(median(results.state.map((r) => r.perSecond))),
      fixed(median(results.state.map((r) => r.p50)), 1),
      fixed(median(results.ids.map((r) => r.perSecond))),
      fixed(median(results.ids.map((r) => r.p50)), 1),
      ids.length === 100 ? (failures ? `${failures} failed` : 'none') : `only ${ids.length} IDs`,
    ]);
    console.log(`  ${size}: done`);
  } finally {
    await emulator.process.stop();
  }
}
printTable(
  'The emulator at scale (its own process, rate limits off)',
  ['instances', 'start-up ms', 'seed ms', 'idle RSS MB', 'peak RSS MB', `RUNNING+zone req/s @${CONCURRENCY}`, 'p50 ms', `100 IDs req/s @${CONCURRENCY}`, 'p50 ms', 'failures'],
  rows,
  [
    'start-up: spawn → listening (node and tsx included); seed: inside the process, building the world and listening.',
    "The client and the emulator share this machine's cores: figures are indicative.",
  ],
);

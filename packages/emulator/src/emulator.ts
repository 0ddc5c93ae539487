import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestHandler } from './http/handle-request.ts';
import { readRequestBody } from './http/read-body.ts';
import { answerClientError } from './http/client-error.ts';
import {
  DEFAULT_ALIYUN_CREDENTIAL,
  NonceLedger,
  aliyunHandlers,
  createAliyunWorld,
  createRpcRequestHandler,
  isAliyunRpc,
  type AliyunCredential,
  type AliyunWorld,
} from './aliyun/index.ts';
import type { EmulatorCredential } from './http/authenticate.ts';
import { CallStats } from './http/call-stats.ts';
import { RateLimiter } from './http/rate-limiter.ts';
import { ServiceRegistry } from './http/service-registry.ts';
import { TENCENT_SERVICES } from './services/tencent-services.ts';
import { FaultInjector, Timeline, type FaultRule } from './state/change-over-time/index.ts';
import { TravellingClock, systemClock, type Clock } from './state/clock.ts';
import { createTimeTravelHandler, isTimeTravelRequest } from './http/time-travel.ts';
import { seededRandom } from './state/random.ts';
import { World } from './state/world.ts';
import { SEED_IMAGES } from './seed/images.ts';
import { SEED_REGIONS } from './seed/regions.ts';
import { seedInstances } from './seed/demo-instances.ts';
import { fitQuotasToSeed } from './seed/quotas.ts';
import { seedComputeEnvs } from './seed/compute-envs.ts';

export const DEFAULT_CREDENTIAL: EmulatorCredential = { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' };

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  credentials?: EmulatorCredential[];
  /** AccessKey pairs of the emulated Alibaba Cloud account (ECS and Auto Scaling, RPC style on the same port). */
  aliyunCredentials?: AliyunCredential[];
  /** Extra generated instances in ap-guangzhou, for scale work. */
  bulkInstances?: number;
  /** Multiplies how long transitions take (0 = instant). */
  transitionScale?: number;
  /** Seconds at scale 1 by transition name ('cvm.StartInstances': 30), replacing the defined durations. */
  transitionSeconds?: Record<string, number>;
  /** Which changes fail from the start (`--fail`); tests may add more through `faults`. */
  failures?: FaultRule[];
  clock?: Clock;
  /**
   * Serve `/_emulator/time` (http/time-travel.ts): the clock runs in real time and can be moved forward, so what is due
   * later happens now. Ignored when `clock` is given (a test's ManualClock is moved by the test).
   */
  timeTravel?: boolean;
  /** Seed of the world's random generator; the same seed gives the same IDs. */
  seed?: number;
  /** Enforce the documented per-second request limits (on by default); a function supplies the time they count in. */
  rateLimits?: boolean | { nowMs: () => number };
}

export interface RunningEmulator {
  url: string;
  port: number;
  world: World;
  credentials: EmulatorCredential[];
  /** The emulated Alibaba Cloud account, served on the same port to RPC-style requests. */
  aliyun: AliyunWorld;
  aliyunCredentials: AliyunCredential[];
  /** What it answered, for benchmarks and tests that count what a client caused: calls, refusal codes, busiest seconds. */
  stats: CallStats;
  /** Failure injection for both clouds: `faults.failNext('cvm.StartInstances')` makes the next start fail. */
  faults: FaultInjector;
  /** Whether `/_emulator/time` is served (EmulatorOptions.timeTravel). */
  timeTravel: boolean;
  server: Server;
  close(): Promise<void>;
}

export function createWorld(options: EmulatorOptions = {}): World {
  const clock = options.clock ?? systemClock;
  const scale = options.transitionScale ?? 1;
  // Failures draw from a generator of their own, so asking for them never changes an ID the world hands out.
  const faults = new FaultInjector(seededRandom((options.seed ?? 20170312) + 2));
  for (const rule of options.failures ?? []) faults.add(rule);
  const changes = new Timeline(clock, { scale, seconds: options.transitionSeconds, faults });
  const world = new World(clock, seededRandom(options.seed ?? 20170312), SEED_IMAGES, SEED_REGIONS, scale, changes);
  seedInstances(world, { bulkInstances: options.bulkInstances });
  fitQuotasToSeed(world);
  seedComputeEnvs(world);
  // The newest-first order is built now, not by the first request (a second at a million instances).
  for (const region of world.regions.values()) world.instanceIndex(region).all();
  return world;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const travelling = options.timeTravel && !options.clock ? new TravellingClock() : undefined;
  const world = createWorld(travelling ? { ...options, clock: travelling } : options);
  const registry = new ServiceRegistry();
  for (const [service, handlers] of Object.entries(TENCENT_SERVICES)) registry.register(service, [...handlers]);
  const credentials = options.credentials ?? [DEFAULT_CREDENTIAL];
  const stats = new CallStats();
  const handler = createRequestHandler({
    world,
    registry,
    credentials,
    rateLimiter: options.rateLimits === false ? undefined : new RateLimiter(typeof options.rateLimits === 'object' ? options.rateLimits.nowMs : undefined),
    onCall: ({ service, action, code }) => stats.record(service, action, code),
  });
  const aliyun = createAliyunWorld(world.changes, seededRandom((options.seed ?? 20170312) + 1));
  const aliyunCredentials = options.aliyunCredentials ?? [DEFAULT_ALIYUN_CREDENTIAL];
  const rpcHandler = createRpcRequestHandler({
    world: aliyun,
    handlers: aliyunHandlers,
    credentials: aliyunCredentials,
    nonces: new NonceLedger(),
    onCall: ({ service, action, code }) => stats.record(service, action, code),
  });
  // One port for both clouds, told apart by how a request is signed (isAliyunRpc): Tencent's every request style
  // (JSON, multipart, form and GET; v3 or v1) on one side, Alibaba Cloud's RPC on the other.
  const timeTravel = travelling && createTimeTravelHandler(travelling, world);
  // A GET may carry 32 KB of parameters in its URL (reference 001 line 4444), past Node's default 16 KB of headers.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    if (timeTravel && isTimeTravelRequest(req)) return void timeTravel(req, res);
    void readRequestBody(req).then(
      ({ bytes, complete }) => (isAliyunRpc(req, bytes) ? rpcHandler(req, res, bytes) : handler(req, res, bytes, complete)),
      () => res.destroy(),
    );
  });
  // Past those 64 KB Node refuses the request itself: answered in the Tencent envelope all the same (client-error.ts).
  server.on('clientError', answerClientError);
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    world,
    credentials,
    aliyun,
    aliyunCredentials,
    stats,
    faults: world.changes.faults,
    timeTravel: Boolean(timeTravel),
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

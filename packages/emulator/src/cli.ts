import { parseArgs } from 'node:util';
import { DEFAULT_CREDENTIAL, startEmulator } from './emulator.ts';
import { transitionNames, type FaultRule } from './state/change-over-time/index.ts';

// `pnpm emulator [--port 8930] [--instances 10000] [--transition-scale 1] [--duration NAME=SECONDS]... [--fail NAME[=P]]... [--no-rate-limits] [--time-travel]`:
// the local CVM alone, for SDK users.

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    instances: { type: 'string' },
    'transition-scale': { type: 'string' },
    duration: { type: 'string', multiple: true },
    fail: { type: 'string', multiple: true },
    'no-rate-limits': { type: 'boolean' },
    'time-travel': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: pnpm emulator [--port 8930] [--instances N] [--transition-scale 1] [--duration NAME=SECONDS]... [--fail NAME[=PROBABILITY]]... [--no-rate-limits] [--time-travel]
  --duration cvm.StartInstances=30   that transition takes 30 s (before the scale)
  --fail cvm.StartInstances          the next StartInstances fails when it lands; =0.2 fails one in five; * names every transition
  --no-rate-limits                   answer every call, past the documented per-second limits (load tests)
  --time-travel                      serve /_emulator/time: POST {"AdvanceSeconds": 3600} makes what is due in an hour happen now
Transitions: ${transitionNames().join(', ')}
Env: EMULATOR_PORT, EMULATOR_SECRET_ID, EMULATOR_SECRET_KEY, EMULATOR_TIME_TRAVEL=1`);
  process.exit(0);
}

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`emulator: ${name} must be a non-negative number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

/** `NAME=VALUE` pairs of --duration and --fail; the value is optional for --fail. */
function named(flag: string, raw: string, valueRequired: boolean): { name: string; value?: number } {
  const [name = '', value] = raw.split('=');
  const known = name === '*' ? flag === '--fail' : transitionNames().includes(name);
  const number = value === undefined ? undefined : Number(value);
  if (!known || (valueRequired && value === undefined) || (number !== undefined && !(Number.isFinite(number) && number >= 0))) {
    console.error(
      `emulator: ${flag} ${raw}: expected NAME${valueRequired ? '=' : '[='}number${valueRequired ? '' : ']'}, NAME one of ${transitionNames().join(', ')}${flag === '--fail' ? ' or *' : ''}`,
    );
    process.exit(2);
  }
  return { name, value: number };
}

const transitionSeconds = Object.fromEntries(
  (values.duration ?? []).map((raw) => {
    const { name, value } = named('--duration', raw, true);
    return [name, value!];
  }),
);
const failures: FaultRule[] = (values.fail ?? []).map((raw) => {
  const { name, value } = named('--fail', raw, false);
  if (value !== undefined && value > 1) {
    console.error(`emulator: --fail ${raw}: a probability is from 0 to 1`);
    process.exit(2);
  }
  return value === undefined ? { transition: name, times: 1 } : { transition: name, probability: value };
});

const credential = {
  secretId: process.env.EMULATOR_SECRET_ID || DEFAULT_CREDENTIAL.secretId,
  secretKey: process.env.EMULATOR_SECRET_KEY || DEFAULT_CREDENTIAL.secretKey,
};
const emulator = await startEmulator({
  port: integer('--port', values.port ?? process.env.EMULATOR_PORT, 8930),
  bulkInstances: integer('--instances', values.instances, 0),
  transitionScale: integer('--transition-scale', values['transition-scale'], 1),
  transitionSeconds,
  failures,
  credentials: [credential],
  ...(values['no-rate-limits'] ? { rateLimits: false } : {}),
  timeTravel: values['time-travel'] || process.env.EMULATOR_TIME_TRAVEL === '1',
});

const instanceCount = [...emulator.world.regions.values()].reduce((sum, r) => sum + r.instances.size, 0);
console.log(`Local Tencent Cloud CVM emulator listening on ${emulator.url}
  SecretId:  ${credential.secretId}
  SecretKey: ${credential.secretKey === DEFAULT_CREDENTIAL.secretKey ? credential.secretKey : '(from EMULATOR_SECRET_KEY)'}
  Regions:   ${[...emulator.world.regions.keys()].join(', ')}
  Instances: ${instanceCount}
Point any Tencent Cloud SDK at it, e.g. Node: new cvm.v20170312.Client({ credential: { secretId, secretKey },
  region: 'ap-guangzhou', profile: { httpProfile: { endpoint: '${emulator.url.replace('http://', '')}', protocol: 'http://' } } })
It is also an Alibaba Cloud account (ECS 2014-05-26, Auto Scaling 2014-08-28, RPC style) on the same address:
  AccessKey ID:     ${emulator.aliyunCredentials[0]!.accessKeyId}
  AccessKey secret: ${emulator.aliyunCredentials[0]!.accessKeySecret}
  e.g. new RPCClient({ accessKeyId, accessKeySecret, endpoint: '${emulator.url}', apiVersion: '2014-08-28' }) (@alicloud/pop-core)`);
if (emulator.timeTravel) console.log(`Time travel: POST ${emulator.url}/_emulator/time {"AdvanceSeconds": 3600} moves its clock an hour ahead`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void emulator.close().then(() => process.exit(0)));
}

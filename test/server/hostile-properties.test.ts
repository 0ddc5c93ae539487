import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_HEADER, REGION_HEADER, allActions, escapeUnstorable, type ActionSpec } from '@cvm/shared';
import { setupAdmin, startTestConsole, type ApiResult, type ConsoleClient, type TestConsole } from '../support/console.ts';
import { aliyunCall } from '../support/aliyun-call.ts';
import {
  ACTION_TIMEOUT_MS,
  BASE_SEED,
  COMMON_POOL,
  NUM_RUNS,
  PARAMETER_CODE,
  bodyText,
  collectIds,
  describeBody,
  hostileBody,
  knownKeys,
  messageNamesInput,
  prototypeNames,
  seedFor,
  sentKeys,
  type HostileBody,
} from '../support/hostile-arbitraries.ts';

// Property: whatever body reaches POST /api/<service>/<action>, for every action in the catalog, the console answers
// below 500; a 4xx says what it is (a local 400 names the field or the body, any other 4xx is the cloud's own answer
// with its requestId); a refusal changes nothing in either cloud; and every mutation that reached a cloud has a settled
// audit entry with the RequestId the cloud gave it. Bodies that happen to be valid may change things, but only as
// audited successes. Reproduce a failure with FC_SEED=<seed> (printed below); FC_RUNS=<n> hunts longer.

const CLOUDS = {
  tencent: { region: 'ap-guangzhou', account: 'emulator' },
  aliyun: { region: 'cn-hangzhou', account: 'emulator-aliyun' },
} as const;

let running: TestConsole;
let admin: ConsoleClient;
let pool: string[] = COMMON_POOL;
/** What the runs met, printed at the end: statuses and codes, and the mutations that reached a cloud. */
const answers = new Map<string, number>();
const count = (what: string) => answers.set(what, (answers.get(what) ?? 0) + 1);

beforeAll(async () => {
  // Transitions land at the next read, so the world a snapshot sees cannot move between two snapshots by itself.
  running = await startTestConsole({ EMULATOR_TRANSITION_SCALE: '0' });
  admin = await setupAdmin(running);
  console.log(`hostile properties (console): FC_SEED=${BASE_SEED}, ${NUM_RUNS} runs per action`);
  const ids = new Set<string>();
  const reads: [string, string, object, keyof typeof CLOUDS][] = [
    ['cvm', 'DescribeInstances', { Limit: 100 }, 'tencent'],
    ['cvm', 'DescribeKeyPairs', {}, 'tencent'],
    ['vpc', 'DescribeVpcs', {}, 'tencent'],
    ['vpc', 'DescribeSubnets', {}, 'tencent'],
    ['vpc', 'DescribeSecurityGroups', {}, 'tencent'],
    ['hai', 'DescribeInstances', {}, 'tencent'],
    ['hai', 'DescribeApplications', {}, 'tencent'],
    ['batch', 'DescribeComputeEnvs', {}, 'tencent'],
    ['ecs', 'DescribeInstances', {}, 'aliyun'],
    ['ess', 'DescribeScalingGroups', {}, 'aliyun'],
  ];
  for (const [service, action, params, cloud] of reads) {
    const { json } = await admin.call(service, action, params, { [REGION_HEADER]: CLOUDS[cloud].region, [ACCOUNT_HEADER]: CLOUDS[cloud].account });
    collectIds(json, ids);
  }
  pool = [...COMMON_POOL, ...[...ids].sort()];
});
afterAll(async () => {
  const seen = [...answers].sort(([a], [b]) => a.localeCompare(b)).map(([what, n]) => `${what} ${n}`);
  console.log(`hostile properties (console) answers: ${seen.join(', ')}`);
  await running.close();
});

/**
 * What a refusal must leave as it was: every instance of ap-guangzhou, read from the embedded emulator's world (not
 * through its API, whose DescribeInstances rate the calls under test use), and the Alibaba Cloud account's scaling
 * instances, asked of the embedded emulator directly.
 */
async function snapshot(): Promise<string> {
  const world = running.emulator!.world;
  const instances = world.listInstances(world.region(CLOUDS.tencent.region)!).map(({ instance: i }) => [i.InstanceId, i.InstanceState, i.InstanceName, i.InstanceType]);
  const ess = await aliyunCall(running.emulator!.url, 'DescribeScalingInstances', { RegionId: CLOUDS.aliyun.region, PageSize: 50 });
  expect(ess.status).toBe(200);
  return JSON.stringify({
    cvm: instances,
    ess: [
      ess.body.TotalCount,
      ess.body.ScalingInstances.ScalingInstance.map((i: Record<string, unknown>) => [i.InstanceId, i.ScalingGroupId, i.LifecycleState, i.LoadBalancerWeight]),
    ],
  });
}

const maxAuditId = async () =>
  Number(
    (
      await running.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst()
    )?.id ?? 0,
  );

/** A local 400 names the body, a header, or a parameter the body sent or the action documents (path included). */
function namesAParameter(field: unknown, spec: ActionSpec, body: HostileBody): boolean {
  if (typeof field !== 'string' || !field) return false;
  if (field === '(body)' || field === REGION_HEADER || field === ACCOUNT_HEADER) return true;
  return [...knownKeys(spec), ...sentKeys(body)].map(escapeUnstorable).some((key) => field === key || field.startsWith(`${key}.`));
}

async function send(spec: ActionSpec, body: HostileBody): Promise<ApiResult> {
  const { region, account } = CLOUDS[spec.cloud];
  return admin.request('POST', `/api/${spec.service}/${spec.action}`, bodyText(body), { [REGION_HEADER]: region, [ACCOUNT_HEADER]: account });
}

const callCount = (key: string) => running.emulator!.stats.calls.get(key) ?? 0;

describe('every catalog action through the console, with hostile bodies', () => {
  // Actions the server keeps to itself (AssumeRole) are refused before any body is read: roles.test.ts holds them.
  for (const spec of allActions().filter((s) => !s.serverOnly)) {
    const key = `${spec.service}.${spec.action}`;
    it(
      `${key} (${spec.kind}, ${spec.cloud})`,
      async () => {
        const prototypeBefore = prototypeNames();
        await fc.assert(
          fc.asyncProperty(hostileBody(spec, pool), async (body) => {
            const before = await snapshot();
            const auditBefore = await maxAuditId();
            const callsBefore = callCount(key);

            const { status, json, text } = await send(spec, body);

            const reachedCloud = callCount(key) > callsBefore;
            const what = `${key} ${describeBody(body)} → ${status} ${text.slice(0, 300)}`;
            expect(status, what).toBeLessThan(500);
            expect(status >= 200 && status < 300 ? 'ok' : status >= 400 ? 'refused' : 'other', what).not.toBe('other');

            const requestId: unknown = status < 300 ? json.RequestId : json.requestId;
            count(`${status} ${status < 300 ? 'ok' : json.code}${requestId === undefined ? '' : ' (cloud)'}`);
            if (status >= 400) {
              expect(json.code, what).toEqual(expect.any(String));
              expect(json.message, what).toEqual(expect.any(String));
              if (requestId === undefined) {
                // Refused by the console itself: a 400 naming what was wrong, 413 for the size, or 429 while the
                // action's documented rate is used up.
                expect([400, 413, 429], what).toContain(status);
                if (status === 400) expect(namesAParameter(json.field, spec, body), `${what}: field ${json.field}`).toBe(true);
                else expect(json.code, what).toBe(status === 413 ? 'RequestSizeLimitExceeded' : 'ConsoleBusy');
              } else if (status === 400 && PARAMETER_CODE.test(json.code)) {
                expect(messageNamesInput(json.message, spec, body), `${what}: the message names no parameter`).toBe(true);
              }
            }
            // Whatever the cloud answered reaches the caller with the cloud's RequestId. A read may be answered from
            // an identical read shared a moment ago; a mutation never is, so without a RequestId it was never sent.
            if (reachedCloud) expect(requestId, `${what}: reached the cloud`).toEqual(expect.any(String));
            else if (spec.kind === 'mutate') expect(requestId, `${what}: never reached the cloud`).toBeUndefined();

            const entries = await running.database.db.selectFrom('audit_log').select(['id', 'action', 'outcome', 'request_id']).where('id', '>', auditBefore).execute();
            // Nothing is left half-written: every entry this call made is settled.
            expect(
              entries.filter((e) => e.outcome === 'pending'),
              what,
            ).toEqual([]);
            let auditedSuccess = false;
            if (spec.kind === 'mutate' && reachedCloud) {
              const entry = entries.find((e) => e.action === key && e.request_id === requestId);
              expect(entry, `${what}: audit entry with RequestId ${String(requestId)}`).toBeDefined();
              if (status < 300) expect(entry!.outcome, what).toBe('success');
              auditedSuccess = entry!.outcome === 'success';
              count(`mutation audited as ${entry!.outcome}`);
            }

            const after = await snapshot();
            // Only a mutation the cloud carried out, audited as such, may have changed anything.
            if (!auditedSuccess) expect(after, `${what}: state changed`).toBe(before);
            expect(prototypeNames(), `${what}: Object.prototype polluted`).toBe(prototypeBefore);
          }),
          { seed: seedFor(key), numRuns: NUM_RUNS },
        );
      },
      ACTION_TIMEOUT_MS,
    );
  }
});

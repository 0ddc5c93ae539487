import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { allActions, cvm, batch, hai, vpc } from '@cvm/shared';
import { signedCall, type Envelope } from '../support/signed-call.ts';
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
  messageNamesInput,
  prototypeNames,
  seedFor,
} from '../support/hostile-arbitraries.ts';

// Property: whatever signed body reaches any Tencent Cloud action of the emulator, it answers HTTP 200 with the cloud's
// envelope: a success, or an Error whose Code is one of the cloud's documented kinds (parameter errors, limits, state,
// not found, ...) — never InternalError, which is what the emulator answers when one of its rules threw. Reproduce a
// failure with FC_SEED=<seed> (printed below); FC_RUNS=<n> hunts longer.

/** The kinds of code the cloud documents; `InternalError.CallCvm` is Batch's own, carrying CVM's code in its message. */
const DOCUMENTED =
  /^(MissingParameter|UnknownParameter|InvalidParameter|InvalidParameterValue|InvalidParameterCombination|InvalidParameterCoexist|InvalidFilter|InvalidFilterValue|Invalid[A-Z][A-Za-z]*|LimitExceeded|RequestSizeLimitExceeded|UnsupportedOperation|UnsupportedRegion|OperationDenied|FailedOperation|ResourceNotFound|ResourceInsufficient|ResourcesSoldOut|ResourceUnavailable|ResourceInUse|UnauthorizedOperation|MutexOperation|[A-Z][A-Za-z]*QuotaLimitExceeded|DryRunOperation|VpcIpIsUsed|VpcAddrNotInSubNet|InternalError\.CallCvm)(\.[A-Za-z0-9]+)*$/;

let emulator: RunningEmulator;
let pool: string[] = COMMON_POOL;
const codes = new Map<string, number>();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
  console.log(`hostile properties (emulator): FC_SEED=${BASE_SEED}, ${NUM_RUNS} runs per action`);
  const ids = new Set<string>();
  for (const spec of [
    cvm.DescribeInstances,
    cvm.DescribeKeyPairs,
    vpc.DescribeVpcs,
    vpc.DescribeSubnets,
    vpc.DescribeSecurityGroups,
    hai.DescribeInstances,
    hai.DescribeApplications,
    batch.DescribeComputeEnvs,
  ]) {
    collectIds(await signedCall(emulator.url, spec.action, {}, { service: spec.service, version: spec.version }), ids);
  }
  pool = [...COMMON_POOL, ...[...ids].sort()];
});
afterAll(async () => {
  const seen = [...codes].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${code} ${n}`);
  console.log(`hostile properties (emulator) answers: ${seen.join(', ')}`);
  await emulator.close();
});

describe('every Tencent Cloud action of the emulator, with hostile signed bodies', () => {
  for (const spec of allActions().filter((s) => s.cloud === 'tencent')) {
    const key = `${spec.service}.${spec.action}`;
    it(
      `${key} (${spec.kind})`,
      async () => {
        const prototypeBefore = prototypeNames();
        await fc.assert(
          fc.asyncProperty(hostileBody(spec, pool), async (body) => {
            // signedCall fails on any HTTP status but 200: the cloud answers errors inside the envelope.
            const envelope: Envelope = await signedCall(emulator.url, spec.action, {}, { service: spec.service, version: spec.version, rawBody: bodyText(body) });
            const { Error: error, RequestId } = envelope.Response;
            const what = `${key} ${describeBody(body)} → ${JSON.stringify(envelope.Response).slice(0, 300)}`;
            expect(RequestId, what).toEqual(expect.any(String));
            const code = error ? error.Code : 'success';
            codes.set(code, (codes.get(code) ?? 0) + 1);
            if (error) {
              expect(error.Code, what).not.toBe('InternalError');
              expect(error.Code, what).toMatch(DOCUMENTED);
              expect(error.Message, what).toEqual(expect.any(String));
              expect(error.Message.length, what).toBeGreaterThan(0);
              if (error.Code === 'InternalError.CallCvm') expect(error.Message, what).toMatch(/^The CVM call /);
              // A parameter error names the parameter, or quotes the value, or says it is the body.
              if (PARAMETER_CODE.test(error.Code)) expect(messageNamesInput(error.Message, spec, body), `${what}: names nothing`).toBe(true);
            }
            expect(prototypeNames(), `${what}: Object.prototype polluted`).toBe(prototypeBefore);
          }),
          { seed: seedFor(key), numRuns: NUM_RUNS },
        );
      },
      ACTION_TIMEOUT_MS,
    );
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { signedCall } from '../support/signed-call.ts';

// The emulator refuses what the cloud cannot store or parse, as the cloud refuses invalid input: with the documented
// parameter codes and the parameter named, never InternalError.

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());

describe('text and bodies no cloud can keep', () => {
  it('refuses a NUL or an unpaired surrogate with InvalidParameterValue naming the parameter', async () => {
    const nul = await signedCall(emulator.url, 'DescribeInstances', { Filters: [{ Name: 'instance-name', Values: ['web\u0000'] }] });
    expect(nul.Response.Error).toMatchObject({ Code: 'InvalidParameterValue', Message: expect.stringContaining('Filters.0.Values.0') });
    const lone = await signedCall(emulator.url, 'ModifyInstancesAttribute', { InstanceIds: ['ins-00000000'], InstanceName: 'evade\ud800' });
    expect(lone.Response.Error).toMatchObject({ Code: 'InvalidParameterValue', Message: expect.stringContaining('InstanceName') });
  });

  it('refuses a body nested 5,000 deep before parsing it', async () => {
    const rawBody = `{"Placement":{"Zone":"ap-guangzhou-3"},"ActionTimer":{"Externals":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`;
    const { Response } = await signedCall(emulator.url, 'RunInstances', {}, { rawBody });
    expect(Response.Error).toMatchObject({ Code: 'InvalidParameter', Message: expect.stringMatching(/nested deeper than 32/) });
  });
});

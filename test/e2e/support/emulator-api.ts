import { expect, type APIRequestContext } from '@playwright/test';
import { postAsSignedIn } from './session.ts';

/** How long an instance bought here may take to run or stop (transitions take 1–3 s with EMULATOR_TRANSITION_SCALE=0.2). */
const SETTLE = { timeout: 30_000 };

/**
 * Cloud actions through the console's API on the embedded emulator's account in `region`, as the signed-in person of
 * the request context: how a spec sets up what it needs (an instance of its own, an interface) without the pages.
 */
export function emulatorApi(region: string) {
  const headers = { 'X-Region': region, 'X-Account': 'emulator' };

  /** One action, expected to succeed (a failure names the action and the answer); its answer. */
  const api = async (request: APIRequestContext, service: 'cvm' | 'vpc' | 'monitor', action: string, params: object) => {
    const response = await postAsSignedIn(request, `/api/${service}/${action}`, params, headers);
    expect(response.status(), `${action}: ${await response.text()}`).toBe(200);
    return response.json();
  };

  /** An instance's InstanceState, as DescribeInstances has it. */
  const instanceState = async (request: APIRequestContext, id: string): Promise<string | undefined> =>
    (await api(request, 'cvm', 'DescribeInstances', { InstanceIds: [id] })).InstanceSet[0]?.InstanceState;

  /**
   * A pay-as-you-go S5.MEDIUM4 of img-eb30mz89 in the region's zone 1 (`params` add to that or replace it), bought
   * with RunInstances and waited for until RUNNING; its ID.
   */
  const launchRunning = async (request: APIRequestContext, params: object): Promise<string> => {
    const run = await api(request, 'cvm', 'RunInstances', { Placement: { Zone: `${region}-1` }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', ...params });
    const id: string = run.InstanceIdSet[0];
    await expect.poll(() => instanceState(request, id), SETTLE).toBe('RUNNING');
    return id;
  };

  return { api, instanceState, launchRunning };
}

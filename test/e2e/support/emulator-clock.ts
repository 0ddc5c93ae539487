import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Moves the main console's embedded emulator's clock forward (EMULATOR_TIME_TRAVEL, on E2E_EMULATOR_PORT): what falls
 * due in that time — an action timer — has happened by the next call. Forward only and for every test after, so a spec
 * moves it by minutes, never by days. Answers the emulator's new now, in ms.
 */
export async function advanceEmulatorClock(request: APIRequestContext, seconds: number): Promise<number> {
  const response = await request.post(`http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}/_emulator/time`, { data: { AdvanceSeconds: seconds } });
  expect(response.status(), await response.text()).toBe(200);
  return Date.parse(((await response.json()) as { Now: string }).Now);
}

/** The main console's emulator's now, in ms: real time plus however far tests have moved it. */
export async function emulatorNow(request: APIRequestContext): Promise<number> {
  const response = await request.get(`http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}/_emulator/time`);
  expect(response.status()).toBe(200);
  return Date.parse(((await response.json()) as { Now: string }).Now);
}

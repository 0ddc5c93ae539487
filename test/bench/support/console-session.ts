import { DEFAULT_CREDENTIAL } from '@cvm/emulator';
import { SETUP_TOKEN } from './servers.ts';

// Signing in through the console's real API, as a browser does: the setup token makes the first administrator and
// answers with the session cookie and the CSRF token, which every later call sends.

export interface ConsoleSession {
  /** Headers of a cloud action call, for `account`. */
  headers(account: string): Record<string, string>;
  /** Headers of the console's own admin API. */
  adminHeaders: Record<string, string>;
}

export async function signInFirstAdmin(url: string): Promise<ConsoleSession> {
  const response = await fetch(`${url}/api/console/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1' },
    body: JSON.stringify({ setupToken: SETUP_TOKEN, username: 'perf', password: 'a benchmark passphrase' }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 201 || !cookie || !body.csrfToken) throw new Error(`console setup failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  const adminHeaders = { 'Content-Type': 'application/json', 'X-CVM-Console': '1', 'X-CSRF-Token': body.csrfToken, Cookie: cookie };
  return { adminHeaders, headers: (account) => ({ ...adminHeaders, 'X-Region': 'ap-guangzhou', 'X-Account': account }) };
}

/**
 * Adds `count` cloud accounts holding the emulator's key (they reach the console's TENCENTCLOUD_ENDPOINT, as the
 * built-in one does) and returns their IDs.
 */
export async function addEmulatorAccounts(url: string, session: ConsoleSession, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/api/console/accounts`, {
      method: 'POST',
      headers: session.adminHeaders,
      body: JSON.stringify({ name: `bench-${i}`, secretId: DEFAULT_CREDENTIAL.secretId, secretKey: DEFAULT_CREDENTIAL.secretKey, defaultRegion: 'ap-guangzhou' }),
    });
    const body = (await response.json()) as { account?: { id: string } };
    if (response.status !== 201 || !body.account) throw new Error(`adding an account failed: HTTP ${response.status} ${JSON.stringify(body)}`);
    ids.push(body.account.id);
  }
  return ids;
}

import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Person } from './people.ts';

const CLIENT = { 'X-CVM-Console': '1' };

/** The CSRF token of the session the request context's cookie belongs to. */
export async function csrfTokenOf(request: APIRequestContext): Promise<string> {
  const session = await (await request.get('/api/console/session')).json();
  expect(session.user, 'signed in').not.toBeNull();
  return session.csrfToken as string;
}

/** A state-changing API call as the signed-in person of `request`, with the headers the browser app would send. */
export async function postAsSignedIn(request: APIRequestContext, path: string, data: unknown, headers: Record<string, string> = {}) {
  const csrf = await csrfTokenOf(request);
  const response = await request.post(path, { data, headers: { ...CLIENT, 'X-CSRF-Token': csrf, ...headers } });
  return response;
}

/** Signs a person in over the API in a fresh browser context and saves its storage state (the session cookie). */
export async function saveSignedInState(browser: Browser, baseURL: string, person: Person, path: string): Promise<void> {
  // Signed out explicitly: inside a test, a new context starts from the project's storage state (someone's session),
  // and signing in over it would end that session (a new session ID at every sign-in).
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await context.request.post('/api/console/sign-in', { data: { username: person.username, password: person.password }, headers: CLIENT });
  expect(response.status(), `sign-in of ${person.username}`).toBe(200);
  await context.storageState({ path });
  await context.close();
}

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughPage(page: Page, person: Person): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await page.getByLabel('Username', { exact: true }).fill(person.username);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

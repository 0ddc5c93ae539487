import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { emulatorApi } from './support/emulator-api.ts';
import { BIG_ADMIN_STATE, BIG_URL } from './support/big-console.ts';
import { postAsSignedIn } from './support/session.ts';

// Two-factor sign-in from Your account, for an administrator of this test's own (made over the API): set up by
// scanning — here, reading the secret the page shows, as an authenticator app would — confirmed with a code, the
// recovery codes shown once; terminating then asks for a second factor first (step-up) and goes ahead after it;
// signing in asks for a code after the password, and a recovery code works instead.

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
const codeNow = (secret: string) => TOTP.generate({ secret: Secret.fromBase32(secret) });
const REGION = 'na-siliconvalley';
const { instanceState, launchRunning } = emulatorApi(REGION);

async function passwordStep(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('sets up two-factor sign-in, steps up with it to terminate, then signs in with a code, and once with a recovery code', async ({ page, browser, baseURL }) => {
  const username = `tf${Math.random().toString(36).slice(2, 8)}`;
  const password = 'Two-Factor-Garden-7';
  const created = await postAsSignedIn(page.request, '/api/console/users', { username, role: 'admin', password });
  expect(created.status()).toBe(201);

  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const them = await context.newPage();
  await passwordStep(them, username, password);
  await expect(them.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await them.goto('/profile');
  await them.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(them.getByRole('img', { name: 'QR code to add the console to an authenticator app' })).toBeVisible();
  const secret = (await them.getByLabel('Secret for the authenticator app').inputValue()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await them.getByLabel('Code from the app').fill('000000' === codeNow(secret) ? '111111' : '000000');
  await them.getByRole('button', { name: 'Turn on' }).click();
  await expect(them.getByText('That code is not the one the app shows now')).toBeVisible();
  const confirmCode = codeNow(secret);
  await them.getByLabel('Code from the app').fill(confirmCode);
  await them.getByRole('button', { name: 'Turn on' }).click();
  const shown = them.getByRole('region', { name: 'Recovery codes' });
  await expect(shown.getByRole('listitem')).toHaveCount(10);
  const recoveryCodes = await shown.getByRole('listitem').allTextContents();
  await shown.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await them.screenshot({ path: `${shots}/two-factor.png` });
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(them.getByText('On. 10 recovery codes left.')).toBeVisible();

  // This session signed in with the password alone: terminating asks for a second factor first, then goes ahead.
  const name = `e2e-stepup-${username}`;
  const id = await launchRunning(them.request, { InstanceName: name });
  await them.goto(`/?region=${REGION}&id=${id}`);
  await them.getByRole('button', { name: `Actions for ${name}` }).click();
  await them
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: 'Terminate' })
    .click();
  const terminate = them.getByRole('dialog', { name: `Terminate ${name}?` });
  await terminate.getByLabel(`Type the instance name, ${name}, to confirm`).fill(name);
  await terminate.getByRole('button', { name: 'Terminate', exact: true }).click();
  const stepUp = them.getByRole('dialog', { name: 'Confirm it is you' });
  await expect(stepUp).toContainText('asks for a code from your authenticator app');
  await stepUp.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await stepUp.getByLabel('Recovery code').fill('wrong-code0');
  await stepUp.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(stepUp.getByText('That code is not right')).toBeVisible();
  await stepUp.getByLabel('Recovery code').fill(recoveryCodes[1]!);
  await stepUp.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(stepUp).toBeHidden();
  await expect(terminate).toBeHidden();
  await expect.poll(() => instanceState(them.request, id), { timeout: 30_000 }).not.toBe('RUNNING');
  await context.close();

  // Signing in now takes the code after the password.
  const next = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const again = await next.newPage();
  await passwordStep(again, username, password);
  await expect(again.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  await expect(again.getByLabel('Code from your authenticator app')).toHaveAttribute('autocomplete', 'one-time-code');
  await again.getByLabel('Code from your authenticator app').fill('123456' === codeNow(secret) ? '654321' : '123456');
  await again.getByRole('button', { name: 'Verify' }).click();
  await expect(again.getByRole('alert')).toContainText('That code is not right');
  // The code the app shows — a fresh one: the 30-second step that turned it on is spent.
  await expect.poll(() => codeNow(secret), { timeout: 35_000, intervals: [1000] }).not.toBe(confirmCode);
  await again.getByLabel('Code from your authenticator app').fill(codeNow(secret));
  await again.getByRole('button', { name: 'Verify' }).click();
  await expect(again.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await next.close();

  // Without the phone: a recovery code, once.
  const lost = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const noPhone = await lost.newPage();
  await passwordStep(noPhone, username, password);
  await noPhone.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await noPhone.getByLabel('Recovery code').fill(recoveryCodes[0]!);
  await noPhone.getByRole('button', { name: 'Verify' }).click();
  await expect(noPhone.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await noPhone.goto('/profile');
  await expect(noPhone.getByText('On. 8 recovery codes left.')).toBeVisible();
  await lost.close();
});

test('keeps an operator to setting up two-factor sign-in where the role requires it, then lets them in', async ({ browser }) => {
  // The big console requires it of operators (TWO_FACTOR_REQUIRED_ROLES=operator).
  const adminContext = await browser.newContext({ baseURL: BIG_URL, storageState: BIG_ADMIN_STATE });
  const username = `op${Math.random().toString(36).slice(2, 8)}`;
  const password = 'Required-Factor-Pine-4';
  expect((await postAsSignedIn(adminContext.request, '/api/console/users', { username, role: 'operator', password })).status()).toBe(201);
  await adminContext.close();

  const context = await browser.newContext({ baseURL: BIG_URL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await passwordStep(page, username, password);
  await expect(page.getByRole('heading', { name: 'Set up two-factor sign-in', level: 1 })).toBeVisible();
  await expect(page.getByText('The Operator role signs in with a code from an authenticator app')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toHaveCount(0);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.getByLabel('Secret for the authenticator app').inputValue()).trim();
  await page.getByLabel('Code from the app').fill(codeNow(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByRole('region', { name: 'Recovery codes' }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await context.close();
});

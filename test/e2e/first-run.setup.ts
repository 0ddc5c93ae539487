import { expect, test } from '@playwright/test';
import { ADMIN, OPERATOR, SETUP_TOKEN, VIEWER, storageStateOf } from './support/people.ts';
import { postAsSignedIn, saveSignedInState } from './support/session.ts';
import { setUpBigConsole } from './support/big-console.ts';

// First run, through the UI: a fresh console sends everyone to /setup; a wrong setup token is refused in words; the
// right one creates the first administrator and signs them in. Then the operator and the viewer the other tests use
// are created with the admin's session, and every person's signed-in state is saved.

test('completes the first-run setup, refusing a wrong setup token first', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Set up the console', level: 1 })).toBeVisible();
  await expect(page.getByText(/printed in the server’s log/)).toBeVisible();

  // Sent with nothing typed: the missing fields are named in words, before any request.
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('Enter the setup token the server printed at start.')).toBeVisible();
  await expect(page.getByText('Choose a user name.')).toBeVisible();
  await expect(page.getByLabel('Setup token')).toBeFocused();

  await page.getByLabel('Setup token').fill('not-the-right-token-at-all');
  await expect(page.getByText('Enter the setup token the server printed at start.')).toHaveCount(0);
  await page.getByLabel('Username', { exact: true }).fill(ADMIN.username);
  await page.getByLabel('Display name (optional)').fill(ADMIN.displayName);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('That setup token is not right.')).toBeVisible();
  await expect(page.getByLabel('Setup token')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/setup$/);

  // The refusal was about the token as it was: typing another one clears it.
  await page.getByLabel('Setup token').fill(SETUP_TOKEN);
  await expect(page.getByText('That setup token is not right.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: `${ADMIN.displayName}, Admin` })).toBeVisible();
  await page.context().storageState({ path: storageStateOf(ADMIN) });

  // The setup token is void now: /setup sends a signed-in admin on to the console.
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/$/);

  for (const person of [OPERATOR, VIEWER]) {
    const response = await postAsSignedIn(page.request, '/api/console/users', {
      username: person.username,
      displayName: person.displayName,
      role: person.role,
      password: person.password,
    });
    expect(response.status(), `creating ${person.username}`).toBe(201);
    await saveSignedInState(browser, baseURL!, person, storageStateOf(person));
  }
});

test('sets up the big console (10,000 instances) for the tests that need a big list', async ({ browser }) => {
  await setUpBigConsole(browser);
});

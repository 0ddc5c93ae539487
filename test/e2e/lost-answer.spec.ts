import { expect, test, type Page } from '@playwright/test';
import { emulatorApi } from './support/emulator-api.ts';

// Answers the console cannot be sure of, as the browser shows them: a change whose answer was lost (a warning, and the
// list read again to show what happened) and a busy server (reads retried after Retry-After, "Busy, retrying…" in the
// header meanwhile). The answers are rewritten on their way to the page; the call itself still reaches the server.
// As the admin, on instances of the test's own in na-siliconvalley, found by ID (as modify.spec.ts does).

const REGION = 'na-siliconvalley';
const SETTLE = { timeout: 30_000 };
const { launchRunning } = emulatorApi(REGION);

async function openList(page: Page, id: string) {
  await page.goto(`/?region=${REGION}&id=${id}`);
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
}

// The README's pictures: written to docs/screenshots with UPDATE_SCREENSHOTS=1, else beside the other test output.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

const rowOf = (page: Page, id: string) => page.locator(`tr[data-instance-id="${id}"]`);

test('a stop whose answer was lost is a warning, not a failure, and the row shows that it happened', async ({ page }) => {
  const name = `e2e-lost-${Math.random().toString(36).slice(2, 7)}`;
  const id = await launchRunning(page.request, { InstanceName: name });
  // The stop is carried out; only its answer does not come back.
  await page.route('**/api/cvm/StopInstances', async (route) => {
    const sent = await route.fetch();
    const { RequestId } = await sent.json();
    await route.fulfill({
      status: 504,
      json: {
        code: 'CloudAnswerLost',
        message: 'StopInstances was sent to Tencent Cloud, but its answer was lost: the cloud may have carried it out.',
        requestId: RequestId,
        mayHaveHappened: true,
      },
    });
  });

  await openList(page, id);
  await expect(rowOf(page, id)).toContainText('Running');
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: 'Stop', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Stop ${name}?` });
  await dialog.getByRole('button', { name: 'Stop', exact: true }).click();

  const warning = dialog.getByRole('alert');
  await expect(warning).toHaveAttribute('data-tone', 'warning');
  await expect(warning).toContainText('The change may have been carried out');
  await expect(warning).toContainText('will show what happened');
  await expect(warning).not.toContainText('Could not stop');
  await expect(warning).toContainText('CloudAnswerLost');
  await expect(warning).toContainText(/Request ID\s*[0-9a-f-]{36}/i);
  await dialog.screenshot({ path: `${shots}/lost-answer.png` });

  // Behind the dialog the list was read again, and shows the stop the cloud did carry out.
  await expect(rowOf(page, id)).toContainText(/Stopping|Stopped/, SETTLE);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, id)).toContainText('Stopped', SETTLE);
});

test('a busy list is retried after Retry-After, saying so in the header, then shown', async ({ page }) => {
  const id = await launchRunning(page.request, { InstanceName: `e2e-busy-${Math.random().toString(36).slice(2, 7)}` });
  let refused = 0;
  await page.route('**/api/cvm/DescribeInstances', async (route) => {
    if (refused >= 2) return route.continue();
    refused++;
    await route.fulfill({
      status: 429,
      headers: { 'Retry-After': '1' },
      json: { code: 'ConsoleBusy', message: "The team's cloud budget is full; try again in 1 s.", retryAfterSeconds: 1 },
    });
  });

  await openList(page, id);
  const busy = page.getByRole('banner').getByRole('status').filter({ hasText: 'Busy, retrying…' });
  await expect(busy).toBeVisible();
  await expect(rowOf(page, id)).toContainText('Running', SETTLE);
  await expect(busy).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(refused).toBe(2);
});

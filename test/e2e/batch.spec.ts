import { expect, test, type Page } from '@playwright/test';
import { emulatorApi } from './support/emulator-api.ts';
import { OPERATOR, storageStateOf } from './support/people.ts';

// Batch (批量计算): adding a running instance to a compute environment, which reinstalls it, and the compute
// environments page. As the admin (the project's storage state), in na-siliconvalley, where the emulator seeds two
// environments (sv-batch in zone 1, sv-batch-zone2 in zone 2) and a spot instance; the test buys its own instance and
// finds it by ID, so the other specs' counts are untouched. Transitions take about 1–3 s (EMULATOR_TRANSITION_SCALE=0.2).

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
const REGION = 'na-siliconvalley';
const SETTLE = { timeout: 30_000 };

const { launchRunning } = emulatorApi(REGION);

/** A pay-as-you-go instance of this test's own in zone 1, RUNNING, with some UserData the reinstall will erase. */
async function launch(page: Page): Promise<{ id: string; name: string }> {
  const name = `e2e-batch-${Math.random().toString(36).slice(2, 7)}`;
  const id = await launchRunning(page.request, {
    InstanceName: name,
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    UserData: Buffer.from('#!/bin/sh\necho from e2e').toString('base64'),
  });
  return { id, name };
}

const batchGroup = (page: Page) => page.getByRole('group', { name: 'Actions on selected instances' }).getByRole('group', { name: 'Batch' });

test('adds a running instance to a compute environment: warned, confirmed, reinstalled, and a node of it', async ({ page }) => {
  const { id, name } = await launch(page);
  await page.goto(`/?region=${REGION}&id=${id}`);
  const row = page.locator(`tr[data-instance-id="${id}"]`);
  await expect(row).toContainText('Running');
  await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await batchGroup(page).getByRole('button', { name: 'Add to Batch compute environment' }).click();

  const dialog = page.getByRole('dialog', { name: `Add ${name} to a Batch compute environment?` });
  await expect(dialog.getByRole('alert')).toContainText("reinstalls the operating system: everything on the system disk and the instance's UserData are erased");
  await expect(dialog).toContainText(`${name} can be added.`);
  // The environment in the other zone is offered, but not to be chosen, and says why.
  const otherZone = dialog.getByRole('radio', { name: /^sv-batch-zone2/ });
  await expect(otherZone).toBeDisabled();
  await expect(otherZone).toHaveAccessibleDescription(`In ${REGION}-2: ${name} is in ${REGION}-1`);
  const add = dialog.getByRole('button', { name: 'Add to Batch compute environment' });
  await dialog.getByRole('radio', { name: /^sv-batch \(env-/ }).check();
  await expect(add).toBeDisabled();
  await dialog.getByLabel(`Type the instance name, ${name}, to confirm`).fill(name);
  await expect(add).toBeEnabled();
  await add.click();
  await expect(dialog).toBeHidden();

  // The row shows the reinstall under way, live, and running again once it lands.
  await expect(row).toContainText('Reinstalling…');
  await expect(row).not.toContainText('Reinstalling…', SETTLE);
  await expect(row).toContainText('Running');

  // The environments page (from the header), in this region: the instance is a node of sv-batch, added by us.
  await page.getByRole('button', { name: 'Console sections' }).click();
  await page.getByRole('menuitem', { name: 'Batch' }).click();
  await expect(page.getByRole('heading', { name: 'Batch compute environments', level: 1 })).toBeVisible();
  await page.getByLabel('Region', { exact: true }).selectOption(REGION);
  await page.getByRole('button', { name: 'Open sv-batch', exact: true }).click();
  const panel = page.getByRole('dialog', { name: /sv-batch/ });
  const node = panel.locator(`tr[data-node-instance="${id}"]`);
  await expect(node).toContainText('Added by you');
  await expect(node).toContainText('Running', SETTLE);
  await expect(panel.getByRole('button', { name: `Detach ${id}` })).toBeEnabled();
  await expect(panel).toContainText('Running: 1');

  // The node links to its instance.
  await node.getByRole('link', { name: `Open instance ${id}` }).click();
  await expect(page.getByRole('dialog', { name: new RegExp(name) })).toBeVisible();
});

test('says before sending that a spot instance cannot join', async ({ page }) => {
  await page.goto(`/?region=${REGION}&name=sv-spot-render`);
  await page.getByRole('checkbox', { name: 'Select sv-spot-render' }).check();
  const add = batchGroup(page).getByRole('button', { name: 'Add to Batch compute environment' });
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  await expect(add).toHaveAttribute('title', 'Spot instances cannot join a compute environment (sv-spot-render is a spot instance)');
});

test('lists the environments of a region with their nodes; nodes Batch created are not detached', async ({ page }) => {
  await page.goto('/batch?region=ap-guangzhou');
  const table = page.getByRole('table', { name: 'Compute environments' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const analytics = table.getByRole('row', { name: /analytics-batch/ });
  await expect(analytics).toContainText('ap-guangzhou-6');
  await expect(table.getByRole('row', { name: /hpc-bare-metal/ })).toContainText('Bare metal (CPM)');
  await analytics.getByRole('button', { name: 'Open analytics-batch' }).click();
  const panel = page.getByRole('dialog', { name: /analytics-batch/ });
  const nodes = panel.getByRole('table', { name: 'Compute nodes' });
  await expect(nodes.getByRole('row')).toHaveCount(3);
  const detach = nodes.getByRole('button', { name: /^Detach ins-/ }).first();
  await expect(detach).toHaveAttribute('aria-disabled', 'true');
  await expect(detach).toHaveAccessibleDescription('Created by Batch for this environment: only instances added to it can be detached');
  await expect(page).toHaveURL(/env=env-[a-z0-9]{8}/);
  await page.screenshot({ path: `${shots}/batch.png` });
});

test.describe('as an operator', () => {
  test.use({ storageState: storageStateOf(OPERATOR) });

  test('may not add instances to Batch, and is told which role can', async ({ page }) => {
    await page.goto('/?region=ap-guangzhou&name=web-prod-01');
    await page.getByRole('checkbox', { name: 'Select web-prod-01' }).check();
    const add = batchGroup(page).getByRole('button', { name: 'Add to Batch compute environment' });
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(batchGroup(page)).toContainText('Add to Batch compute environment: Needs the admin role');
  });
});

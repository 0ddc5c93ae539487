import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';

// Tags through the tag service (issue 17): a tag added to three instances at once is what the list's search finds them
// by; one instance's tags edited as a list. In na-siliconvalley, on instances of each test's own.

const REGION = 'na-siliconvalley';
const { api, launchRunning } = emulatorApi(REGION);
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
const suffix = () => Math.random().toString(36).slice(2, 7);

test('adds a tag to three instances at once, and the search finds them by it', async ({ page }) => {
  const group = `e2e-tag-${suffix()}`;
  const ids = await Promise.all([1, 2, 3].map((n) => launchRunning(page.request, { InstanceName: `${group}-${n}` })));
  await page.goto(`/?region=${REGION}`);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(group);
  const rows = page.locator('tbody tr[data-instance-id]');
  await expect(rows).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select all instances on this page' }).check();
  const toolbar = page.getByRole('group', { name: 'Actions on selected instances' });
  await expect(toolbar).toContainText('3 instances selected');
  await toolbar.getByRole('button', { name: 'Tags', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Tags of 3 instances' });
  await dialog.getByLabel('Key', { exact: true }).fill('qcloud:owner');
  await dialog.getByLabel('Value', { exact: true }).fill(group);
  await dialog.getByRole('button', { name: 'Tags', exact: true }).click();
  // The service's own rule, said before anything is sent.
  await expect(dialog.getByText('Keys starting with qcs:, qcloud, tencent, project or 项目 are the cloud’s own.')).toBeVisible();
  await dialog.getByLabel('Key', { exact: true }).fill('release');
  await page.screenshot({ path: `${shots}/tags-batch.png` });
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Tags', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Found by the tag, as DescribeInstances' tag filter finds them.
  await search.fill(`tag:release=${group}`);
  await expect(page).toHaveURL(/q=tag%3Arelease/);
  await expect(rows).toHaveCount(3);
  const found = await api(page.request, 'cvm', 'DescribeInstances', { Filters: [{ Name: 'tag:release', Values: [group] }] });
  expect(found.InstanceSet.map((i: { InstanceId: string }) => i.InstanceId).sort()).toEqual([...ids].sort());

  // Removed from all three at once (ticked once the search's own answer is on screen: a new answer clears the ticks).
  await page.waitForLoadState('networkidle');
  await page.getByRole('checkbox', { name: 'Select all instances on this page' }).check();
  await expect(toolbar).toContainText('3 instances selected');
  await toolbar.getByRole('button', { name: 'Tags', exact: true }).click();
  const again = page.getByRole('dialog', { name: 'Tags of 3 instances' });
  await again.getByRole('radio', { name: 'Remove a tag' }).check();
  await again.getByLabel('Key', { exact: true }).fill('release');
  await again.getByRole('button', { name: 'Tags', exact: true }).click();
  await expect(again).toBeHidden();
  await expect.poll(async () => (await api(page.request, 'cvm', 'DescribeInstances', { Filters: [{ Name: 'tag:release', Values: [group] }] })).TotalCount).toBe(0);
});

test("edits one instance's tags as a list: a value changed, one removed, one added", async ({ page }) => {
  const name = `e2e-tags-${suffix()}`;
  const id = await launchRunning(page.request, {
    InstanceName: name,
    TagSpecification: [
      {
        ResourceType: 'instance',
        Tags: [
          { Key: 'env', Value: 'staging' },
          { Key: 'owner', Value: 'ada' },
        ],
      },
    ],
  });
  await page.goto(`/?region=${REGION}&id=${id}`);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: 'Tags', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Tags of ${name}` });
  await expect(dialog.getByLabel('Key of tag 1')).toHaveValue('env');
  await dialog.getByLabel('Value of tag 1').fill('prod');
  await dialog.getByRole('button', { name: 'Remove the tag owner' }).click();
  await dialog.getByRole('button', { name: 'Add a tag' }).click();
  await dialog.getByLabel('Key of tag 2').fill('cost-center');
  await dialog.getByLabel('Value of tag 2').fill('42');
  await dialog.getByRole('button', { name: 'Tags', exact: true }).click();
  await expect(dialog).toBeHidden();
  const tags = (await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [id] })).InstanceSet[0].Tags;
  expect(tags).toEqual([
    { Key: 'env', Value: 'prod' },
    { Key: 'cost-center', Value: '42' },
  ]);
});

import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';

// Images (issue 21): an image made of a stopped instance from its row, followed on the Images page from Creating to
// Normal, copied to another region (its copy there Copying, then Normal), and another instance reinstalled from it;
// the page's three tabs by operating system, and the shared images the wizard offers. In ap-chengdu, where no other
// spec buys or changes anything; the copy goes to ap-beijing. Changes take a fifth of their time
// (EMULATOR_TRANSITION_SCALE=0.2): an image 3 s, a copy in the same country 6 s.

const REGION = 'ap-chengdu';
const COPY_REGION = 'ap-beijing';
const SETTLE = { timeout: 30_000 };
const PASSWORD = 'Reinstall-Pass-2024';
const suffix = () => Math.random().toString(36).slice(2, 7);
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

const { api, instanceState, launchRunning } = emulatorApi(REGION);

/** A pay-as-you-go S5.MEDIUM4 with a 100 GB data disk, STOPPED, of this test's own. */
async function launchStopped(page: Page, prefix: string): Promise<{ id: string; name: string }> {
  const name = `e2e-${prefix}-${suffix()}`;
  const id = await launchRunning(page.request, {
    InstanceName: name,
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100 }],
  });
  await api(page.request, 'cvm', 'StopInstances', { InstanceIds: [id] });
  await expect.poll(() => instanceState(page.request, id), SETTLE).toBe('STOPPED');
  return { id, name };
}

async function openList(page: Page, id: string) {
  await page.goto(`/?region=${REGION}&id=${id}`);
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
}

async function chooseFromRowMenu(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: action, exact: true })
    .click();
}

test('makes an image of a stopped instance, sees it become Normal, copies it to another region and reinstalls another instance from it', async ({ page }) => {
  const source = await launchStopped(page, 'image-source');
  const target = await launchStopped(page, 'image-target');
  const imageName = `e2e-golden-${suffix()}`;
  const dataDisk = (await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [source.id] })).InstanceSet[0].DataDisks[0].DiskId as string;

  // From the instance's row: a name (checked as typed), the data disk taken along; a stopped instance stays stopped.
  await openList(page, source.id);
  await chooseFromRowMenu(page, source.name, 'Create image');
  const dialog = page.getByRole('dialog', { name: `Create an image of ${source.name}` });
  await expect(dialog).toContainText('The instance is stopped and stays stopped while its disks are read.');
  await dialog.getByRole('button', { name: 'Create image' }).click();
  await expect(dialog.getByText('Give the image a name.')).toBeVisible();
  await dialog.getByLabel('Image name').fill(imageName);
  await dialog.getByLabel('Description').fill('Golden image for the e2e test');
  await dialog.getByRole('checkbox', { name: new RegExp(dataDisk) }).check();
  const sent = page.waitForRequest('**/api/cvm/CreateImage');
  await dialog.getByRole('button', { name: 'Create image' }).click();
  expect((await sent).postDataJSON()).toEqual({ InstanceId: source.id, ImageName: imageName, ImageDescription: 'Golden image for the e2e test', DataDiskIds: [dataDisk] });
  await expect(dialog).toBeHidden();
  const row = page.locator(`tr[data-instance-id="${source.id}"]`);
  await expect(row).toContainText('Creating image…');

  // The Images page, "My images": the image follows from Creating (with its progress) to Normal — the list read once,
  // then only the image under way asked for again.
  const reads: Array<{ Offset?: number; ImageIds?: string[] }> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cvm/DescribeImages')) reads.push(request.postDataJSON());
  });
  await page.goto(`/images?region=${REGION}&tab=custom`);
  await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: /My images/ })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: 'My images' });
  const imageRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(imageName) }) });
  await expect(imageRow).toContainText(/Creating \d+%|Normal/);
  await expect(imageRow).toContainText('Normal', SETTLE);
  await expect(imageRow).toContainText('50 GB · 2 disks');
  const imageId = (await imageRow.getAttribute('data-image-id'))!;
  expect(imageId).toMatch(/^img-[a-z0-9]{8}$/);
  expect(reads.filter((read) => read.Offset === 0)).toHaveLength(1);
  expect(reads.filter((read) => read.ImageIds).every((read) => read.ImageIds!.length === 1 && read.ImageIds![0] === imageId)).toBe(true);
  await expect(row).toHaveCount(0);
  expect(await instanceState(page.request, source.id)).toBe('STOPPED');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/images-custom.png` });

  // Copied to Beijing: the copy is an image of that region, Copying with its own progress, then Normal.
  await page.getByRole('button', { name: `Copy to regions ${imageName}` }).click();
  const copyDialog = page.getByRole('dialog', { name: `Copy ${imageName} to other regions` });
  await copyDialog.getByRole('checkbox', { name: new RegExp(COPY_REGION) }).check();
  await copyDialog.getByRole('button', { name: 'Copy to regions' }).click();
  await expect(copyDialog).toBeHidden();
  const status = page.getByRole('status');
  await expect(status).toContainText('A copy is being made:');
  const copyId = (await status.textContent())!.match(/img-[a-z0-9]{8}/)![0];
  await page.goto(`/images?region=${COPY_REGION}&tab=custom`);
  const copyRow = page.getByRole('table', { name: 'My images' }).locator(`tr[data-image-id="${copyId}"]`);
  await expect(copyRow).toContainText(imageName);
  await expect(copyRow).toContainText(/Copying \d+%|Normal/);
  await expect(copyRow).toContainText('Normal', SETTLE);

  // Another instance reinstalled from it: the Reinstall dialog offers the account's own images.
  await openList(page, target.id);
  await chooseFromRowMenu(page, target.name, 'Reinstall');
  const reinstall = page.getByRole('dialog', { name: `Reinstall ${target.name}?` });
  await reinstall.getByLabel('Image', { exact: true }).selectOption({ label: imageName });
  await reinstall.getByLabel('New password', { exact: true }).fill(PASSWORD);
  await reinstall.getByLabel('Confirm new password').fill(PASSWORD);
  await reinstall.getByLabel(`Type the instance name, ${target.name}, to confirm`).fill(target.name);
  const reset = page.waitForRequest('**/api/cvm/ResetInstance');
  await reinstall.getByRole('button', { name: 'Reinstall', exact: true }).click();
  expect((await reset).postDataJSON()).toMatchObject({ InstanceId: target.id, ImageId: imageId });
  const targetRow = page.locator(`tr[data-instance-id="${target.id}"]`);
  await expect(targetRow).toContainText('Reinstalling…');
  await expect(targetRow).not.toContainText('Reinstalling…', SETTLE);
  expect((await api(page.request, 'cvm', 'DescribeInstances', { InstanceIds: [target.id] })).InstanceSet[0].ImageId).toBe(imageId);
});

test('lists public, own and shared images by operating system, and the wizard offers the shared ones', async ({ page }) => {
  await page.goto('/images?region=ap-guangzhou');
  const tabs = page.getByRole('tablist', { name: 'Kinds of image' });
  await expect(tabs.getByRole('tab', { name: /Public images \(\d+\)/ })).toHaveAttribute('aria-selected', 'true');
  const publicTable = page.getByRole('table', { name: 'Public images' });
  await page.getByLabel('Operating system').selectOption('Windows');
  await expect(publicTable.getByRole('rowheader')).toHaveCount(2);
  await expect(publicTable).toContainText('Windows Server 2019 Datacenter 64bit English');

  await tabs.getByRole('tab', { name: /Shared with me/ }).click();
  const shared = page.getByRole('table', { name: 'Shared with me' });
  await expect(shared.getByRole('rowheader', { name: /partner-nginx-base/ })).toContainText('Shared by 100098765432');
  await expect(page.getByRole('button', { name: 'Copy as my image partner-nginx-base' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The wizard's image step: the account's own images and those shared with it, beside the public ones.
  await page.goto('/instances/create?region=ap-guangzhou');
  await expect(page.getByRole('heading', { name: 'Location and billing', level: 2 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /^\d\. Image/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Image', level: 2 })).toBeVisible();
  await page.getByRole('radio', { name: 'Shared images' }).check();
  await expect(page.getByRole('radio', { name: 'partner-nginx-base' })).toBeVisible();
  await page.getByRole('radio', { name: 'My images' }).check();
  await expect(page.getByRole('radio', { name: 'test-image' })).toBeVisible();
});

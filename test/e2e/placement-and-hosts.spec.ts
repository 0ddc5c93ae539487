import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

// Placement groups and dedicated hosts (issue 21), as the admin on the embedded emulator. The seed's hosts are only
// read (in ap-guangzhou, whose instances other specs count); what is bought here is bought in eu-frankfurt, where the
// other specs only fill the wizard in: a placement group whose spread limit refuses a purchase (which creates nothing),
// and a host bought on the page with an instance bought onto it. Names carry a random suffix: the suite shares a server.

const REGION = 'eu-frankfurt';
const SETTLE = { timeout: 30_000 };
const PASSWORD = 'Placement-Pass-2024';
const suffix = () => Math.random().toString(36).slice(2, 7);
const { api, instanceState } = emulatorApi(REGION);

async function next(page: Page, to: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: to, level: 2 })).toBeVisible();
}

async function goToStep(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: new RegExp(`^\\d\\. ${name}`) })
    .click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function setPassword(page: Page) {
  await page.getByLabel('Login password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm login password', { exact: true }).fill(PASSWORD);
}

test('creates a placement group and sees a purchase beyond its spread limit refused with the reference’s code', async ({ page }) => {
  const name = `e2e-spread-${suffix()}`;
  await page.goto(`/placement-groups?region=${REGION}`);
  await expect(page.getByRole('heading', { name: 'Placement groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Placement pages' }).getByRole('link', { name: 'Placement groups' })).toHaveAttribute('aria-current', 'page');
  // The limits the cloud says (DescribeDisasterRecoverGroupQuota).
  await expect(page.getByText(/A group holds up to 50 instances spread over hosts, 20 over switches, 30 over racks\./)).toBeVisible();

  await page.getByRole('button', { name: 'Create placement group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a placement group' });
  await dialog.getByRole('button', { name: 'Create placement group' }).click();
  await expect(dialog.getByText('Give the group a name.')).toBeVisible();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('radio', { name: 'Switches' }).check();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create placement group' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Placement group ${name} created` })).toBeVisible();
  const row = page.getByRole('table', { name: 'Placement groups' }).getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Switches');
  await expect(row).toContainText('0 of 20');
  const groupId = (await row.locator('td.font-mono').first().textContent())!.trim();
  expect(groupId).toMatch(/^ps-[a-z0-9]{8}$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/placement-groups.png` });

  // The wizard offers the group; 21 instances are one more than a switch group holds.
  await page.goto(`/instances/create?region=${REGION}`);
  await expect(page.getByRole('heading', { name: 'Location and billing', level: 2 })).toBeVisible();
  await page.getByRole('radio', { name: 'Frankfurt Zone 1' }).check();
  await page.getByRole('combobox', { name: 'Placement group' }).selectOption(groupId);
  await next(page, 'Instance type');
  await page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true }).check();
  await goToStep(page, 'Login and details');
  await setPassword(page);
  await page.getByLabel('Instance name').fill(`${name}-{R:1}`);
  await page.getByLabel('Number of instances').fill('21');
  await next(page, 'Review');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review).toContainText(groupId);

  const sent = page.waitForRequest('**/api/cvm/RunInstances');
  await review.getByRole('button', { name: 'Create', exact: true }).click();
  expect((await sent).postDataJSON()).toMatchObject({ DisasterRecoverGroupIds: [groupId], InstanceCount: 21 });
  // "实例个数超过容灾组的配额" (reference line 9803).
  const alert = page.getByRole('alert').filter({ hasText: 'The cloud did not create the instances' });
  await expect(alert).toContainText('ResourceInsufficient.DisasterRecoverGroupCvmQuota');
  await expect(page).toHaveURL(/\/instances\/create/);
  // Nothing was bought: the group is still empty.
  const [group] = (await api(page.request, 'cvm', 'DescribeDisasterRecoverGroups', { DisasterRecoverGroupIds: [groupId] })).DisasterRecoverGroupSet;
  expect(group).toMatchObject({ CurrentNum: 0, CvmQuotaTotal: 20 });

  // An empty group can be deleted.
  await page.goto(`/placement-groups?region=${REGION}`);
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await page
    .getByRole('dialog', { name: `Delete placement group ${name}?` })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `Placement group ${name} deleted` })).toBeVisible();
});

test('lists dedicated hosts, buys one, and buys an instance onto it', async ({ page }) => {
  const name = `e2e-on-host-${suffix()}`;
  // The seed's hosts, with what is free on them.
  await page.goto('/dedicated-hosts?region=ap-guangzhou');
  await expect(page.getByRole('heading', { name: 'Dedicated hosts', level: 1 })).toBeVisible();
  const seeded = page.getByRole('table', { name: 'Dedicated hosts' });
  await expect(seeded.getByRole('row', { name: /cdh-web-gz3/ })).toContainText('HS50');
  await expect(seeded.getByRole('row', { name: /cdh-web-gz3/ })).toContainText('Running');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/dedicated-hosts.png` });

  // One of its own in Frankfurt: Creating, then Running.
  await page.goto(`/dedicated-hosts?region=${REGION}`);
  await page.getByRole('button', { name: 'Buy dedicated host' }).click();
  const buy = page.getByRole('dialog', { name: 'Buy a dedicated host' });
  await buy.getByLabel('Zone').selectOption(`${REGION}-2`);
  await buy.getByLabel('Host type').selectOption('HS50');
  expect(await axeViolations(page)).toEqual([]);
  const allocated = page.waitForResponse('**/api/cvm/AllocateHosts');
  await buy.getByRole('button', { name: 'Buy dedicated host' }).click();
  const hostId = (await (await allocated).json()).HostIdSet[0] as string;
  expect(hostId).toMatch(/^host-[a-z0-9]{8}$/);
  const table = page.getByRole('table', { name: 'Dedicated hosts' });
  const hostRow = table.locator(`tr[data-host="${hostId}"]`);
  await expect(hostRow).toContainText('Running', SETTLE);
  await expect(hostRow).toContainText('126 of 126');

  // Renamed on the page (a new host is 未命名, "unnamed", as the cloud names it).
  await hostRow.getByRole('button', { name: 'Edit 未命名' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit 未命名' });
  await edit.getByLabel('Name').fill(name);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Dedicated host ${name} saved` })).toBeVisible();

  // "Buy instance": the wizard, billed on that host in its zone.
  await hostRow.getByRole('link', { name: `Buy instance on ${name}` }).click();
  await expect(page.getByRole('heading', { name: 'Location and billing', level: 2 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dedicated host' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Frankfurt Zone 2' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Dedicated host' })).toHaveValue(hostId);
  await expect(page).not.toHaveURL(/host=/);
  // No quote for a purchase on a host: the host pays for its vCPUs and memory.
  await expect(page.getByRole('complementary', { name: 'Price' })).toContainText('The host’s monthly price pays for these instances’ vCPUs and memory');
  await next(page, 'Instance type');
  await page.getByRole('radio', { name: 'S5.LARGE8', exact: true }).check();
  await goToStep(page, 'Login and details');
  await setPassword(page);
  await page.getByLabel('Instance name').fill(name);
  await next(page, 'Review');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review).toContainText(hostId);
  const sent = page.waitForRequest('**/api/cvm/RunInstances');
  await review.getByRole('button', { name: 'Create', exact: true }).click();
  const request = await sent;
  expect(request.postDataJSON()).toMatchObject({ InstanceChargeType: 'CDHPAID', Placement: { Zone: `${REGION}-2`, HostIds: [hostId] }, InstanceType: 'S5.LARGE8' });
  const [instanceId] = (await (await request.response())!.json()).InstanceIdSet as string[];
  await expect(page).toHaveURL(new RegExp(`region=${REGION}`));
  await expect.poll(() => instanceState(page.request, instanceId!), SETTLE).toBe('RUNNING');

  // The host lists it, and what it leaves free: 126 − 4 vCPUs, 320 − 8 GiB.
  await page.goto(`/dedicated-hosts?region=${REGION}`);
  await expect(hostRow).toContainText(instanceId!);
  await expect(hostRow).toContainText('122 of 126');
  await expect(hostRow).toContainText('312 of 320 GiB');
  await api(page.request, 'cvm', 'TerminateInstances', { InstanceIds: [instanceId] });
});

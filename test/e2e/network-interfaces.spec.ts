import { expect, test, type Page } from '@playwright/test';
import { emulatorApi } from './support/emulator-api.ts';
import { VIEWER, storageStateOf } from './support/people.ts';

// The instance detail's "Network interfaces" tab (elastic network interfaces, VPC 2017-03-12), as the admin (the
// project's storage state). Each test buys its own instance in na-siliconvalley, where no other spec counts
// interfaces, and finds it by ID. Binding and unbinding are tasks the console follows through DescribeVpcTaskResult;
// they land in about 0.4 s here (EMULATOR_TRANSITION_SCALE=0.2).

const REGION = 'na-siliconvalley';
const ZONE = `${REGION}-1`;
const SETTLE = { timeout: 30_000 };
const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const suffix = () => Math.random().toString(36).slice(2, 7);

const { api, launchRunning } = emulatorApi(REGION);

/** A running pay-as-you-go instance of this test's own. */
async function launch(page: Page, prefix: string, instanceType = 'S5.MEDIUM4'): Promise<{ id: string; name: string }> {
  const name = `e2e-${prefix}-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceType: instanceType, InstanceName: name });
  return { id, name };
}

/** An interface made over the API, in the default VPC (where instances bought without a network land), in `zone`. */
async function createInterface(page: Page, name: string, zone: string): Promise<string> {
  const vpcs = (await api(page.request, 'vpc', 'DescribeVpcs', {})).VpcSet as { VpcId: string; IsDefault: boolean }[];
  const vpcId = vpcs.find((vpc) => vpc.IsDefault)!.VpcId;
  const subnets = await api(page.request, 'vpc', 'DescribeSubnets', {
    Filters: [
      { Name: 'vpc-id', Values: [vpcId] },
      { Name: 'zone', Values: [zone] },
    ],
  });
  const groups = await api(page.request, 'vpc', 'DescribeSecurityGroups', {});
  const created = await api(page.request, 'vpc', 'CreateNetworkInterface', {
    VpcId: vpcId,
    SubnetId: subnets.SubnetSet[0].SubnetId,
    NetworkInterfaceName: name,
    SecurityGroupIds: [groups.SecurityGroupSet[0].SecurityGroupId],
  });
  return created.NetworkInterface.NetworkInterfaceId;
}

/** Opens the instance's detail from the list, then its Network interfaces tab. */
async function openInterfacesTab(page: Page, id: string, name: string) {
  await page.goto(`/?region=${REGION}&id=${id}`);
  await page.getByRole('row', { name: new RegExp(name) }).click();
  const detail = page.getByRole('dialog', { name: new RegExp(name) });
  await detail.getByRole('tab', { name: 'Network interfaces' }).click();
  await expect(page).toHaveURL(/tab=network-interfaces/);
  const panel = detail.getByRole('tabpanel', { name: 'Network interfaces' });
  await expect(panel.getByRole('table', { name: 'Network interfaces of this instance' })).toBeVisible();
  return { detail, panel };
}

/** Every call to a VPC action the page makes, by action name. */
function recordVpcCalls(page: Page): Map<string, Record<string, unknown>[]> {
  const calls = new Map<string, Record<string, unknown>[]>();
  page.on('request', (request) => {
    const match = request.url().match(/\/api\/vpc\/(\w+)$/);
    if (match) calls.set(match[1]!, [...(calls.get(match[1]!) ?? []), request.postDataJSON()]);
  });
  return calls;
}

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('creates an interface and binds it at once, follows the task until it is bound, then unbinds it', async ({ page }) => {
  const { id, name } = await launch(page, 'eni');
  const eniName = `e2e-eni-${suffix()}`;
  const calls = recordVpcCalls(page);
  const { panel } = await openInterfacesTab(page, id, name);
  // The primary interface comes with the instance and is marked; nothing elastic is bound yet.
  await expect(panel.locator('tr[data-primary="true"]')).toContainText('Primary');
  await expect(panel).toContainText('No elastic network interface is bound to this instance.');

  await panel.getByRole('button', { name: 'Create network interface' }).click();
  const dialog = page.getByRole('dialog', { name: `Create a network interface for ${name}` });
  // The instance's VPC and zone, and only the VPC's subnets in that zone.
  await expect(dialog).toContainText(ZONE);
  await expect(dialog.getByLabel('Subnet').locator('option')).toHaveCount(1);
  await expect(dialog.getByLabel('Subnet')).toContainText(`Default-Subnet-${ZONE}`);
  await dialog.getByLabel('Name', { exact: true }).fill(eniName);
  const groups = dialog.getByRole('group', { name: 'Security groups' });
  await groups.getByRole('checkbox').first().check();
  await expect(dialog.getByRole('checkbox', { name: `Bind it to ${name} right away` })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Standard' })).toBeChecked();

  const created = page.waitForResponse((response) => response.url().endsWith('/api/vpc/CreateNetworkInterface'));
  const attached = page.waitForResponse((response) => response.url().endsWith('/api/vpc/AttachNetworkInterface'));
  await dialog.getByRole('button', { name: 'Create and bind' }).click();
  const eniId: string = (await (await created).json()).NetworkInterface.NetworkInterfaceId;
  const taskId: string = (await (await attached).json()).RequestId;
  await expect(dialog).toBeHidden();

  // The task is followed until it lands, then the list is read again: the interface is bound, with what was chosen.
  await expect(panel.getByRole('status').filter({ hasText: `${eniName} is bound` })).toContainText(taskId, SETTLE);
  expect(calls.get('DescribeVpcTaskResult')).toContainEqual({ TaskId: taskId });
  expect(calls.get('AttachNetworkInterface')).toEqual([expect.objectContaining({ NetworkInterfaceId: eniId, InstanceId: id, AttachType: 0, ClientToken: expect.any(String) })]);
  const row = panel.locator(`tr[data-interface-id="${eniId}"]`);
  await expect(row).toContainText('Bound');
  await expect(row).toContainText('Standard');
  await expect(row).toContainText(eniName);
  await expect(panel).not.toContainText('No elastic network interface');
  await page.screenshot({ path: `${shots}/network-interfaces.png` });

  // Unbind, confirmed; the task's progress again, and the interface leaves the instance's list.
  await row.getByRole('button', { name: `Unbind ${eniName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Unbind ${eniName}?` });
  await expect(confirm).toContainText('The interface itself is kept');
  await confirm.getByRole('button', { name: 'Unbind', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: `${eniName} is unbound` })).toBeVisible(SETTLE);
  await expect(row).toHaveCount(0);
  expect(calls.get('DetachNetworkInterface')).toEqual([expect.objectContaining({ NetworkInterfaceId: eniId, InstanceId: id })]);
});

test('binds a free interface from the picker, where one of another zone is offered but refused with the reason, and deletes one', async ({ page }) => {
  const { id, name } = await launch(page, 'eni-pick');
  const near = `e2e-near-${suffix()}`;
  const far = `e2e-far-${suffix()}`;
  const nearId = await createInterface(page, near, ZONE);
  await createInterface(page, far, `${REGION}-2`);
  const { panel } = await openInterfacesTab(page, id, name);

  await panel.getByRole('button', { name: 'Bind network interface' }).click();
  const dialog = page.getByRole('dialog', { name: `Bind a network interface to ${name}` });
  const farChoice = dialog.getByRole('radio', { name: far, exact: true });
  await expect(farChoice).toBeDisabled();
  await expect(farChoice).toHaveAccessibleDescription(new RegExp(`In ${REGION}-2: it binds only to instances of its own zone \\(this one is in ${ZONE}\\)`));

  // An unbound interface can be deleted from the picker, after a confirmation.
  await dialog.getByRole('button', { name: `Delete ${far}` }).click();
  const confirmDelete = page.getByRole('dialog', { name: `Delete the network interface ${far}?` });
  await confirmDelete.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(dialog.getByRole('radio', { name: far, exact: true })).toHaveCount(0);

  await dialog.getByRole('radio', { name: near, exact: true }).check();
  await dialog.getByRole('radio', { name: 'Extension' }).check();
  await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status').filter({ hasText: `${near} is bound` })).toBeVisible(SETTLE);
  const row = panel.locator(`tr[data-interface-id="${nearId}"]`);
  await expect(row).toContainText('Extension');
  await expect(row).toContainText('Bound');
});

test("shows the cloud's refusal with its code and RequestId: the IT5 family takes no elastic interface", async ({ page }) => {
  const { id, name } = await launch(page, 'eni-it5', 'IT5.4XLARGE64');
  const eniName = `e2e-it5-${suffix()}`;
  await createInterface(page, eniName, ZONE);
  // Straight to the tab from a link.
  await page.goto(`/?region=${REGION}&id=${id}&instance=${id}&tab=network-interfaces`);
  const panel = page.getByRole('dialog', { name: new RegExp(name) }).getByRole('tabpanel', { name: 'Network interfaces' });
  await panel.getByRole('button', { name: 'Bind network interface' }).click();
  const dialog = page.getByRole('dialog', { name: `Bind a network interface to ${name}` });
  await dialog.getByRole('radio', { name: eniName, exact: true }).check();
  await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Could not bind the network interface');
  await expect(alert).toContainText('UnsupportedOperation.UnsupportedInstanceFamily');
  await expect(alert).toContainText(REQUEST_ID);
  // Nothing is under way, and the dialog keeps the choice for another try.
  await expect(dialog.getByRole('radio', { name: eniName, exact: true })).toBeChecked();
  await expect(panel.locator('li[data-task-id]')).toHaveCount(0);
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStateOf(VIEWER) });

  test('sees the interfaces, with create and bind refused and the role they need', async ({ page }) => {
    // Only reads: a demo instance of the read-only list is looked at, nothing is changed.
    await page.goto('/?region=ap-guangzhou&name=web-prod-01');
    await page.getByRole('row', { name: /web-prod-01/ }).click();
    const detail = page.getByRole('dialog', { name: /web-prod-01/ });
    const tab = detail.getByRole('tab', { name: 'Network interfaces' });
    // Keyboard reachable: the arrow keys move between the tabs.
    await detail.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = detail.getByRole('tabpanel', { name: 'Network interfaces' });
    await expect(panel.locator('tr[data-primary="true"]')).toContainText('Primary');
    for (const action of ['Create network interface', 'Bind network interface']) {
      const button = panel.getByRole('button', { name: action });
      await expect(button).toHaveAttribute('aria-disabled', 'true');
      await expect(button).toHaveAccessibleDescription('Create network interface, Bind network interface: Needs the operator role');
      await button.dispatchEvent('click');
    }
    await expect(page.getByRole('dialog')).toHaveCount(1);
  });
});

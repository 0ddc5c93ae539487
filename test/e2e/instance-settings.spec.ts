import { expect, test } from '@playwright/test';
import { emulatorApi } from './support/emulator-api.ts';
import { selectFound } from './support/select-found.ts';

// Settings changed on instances (issue 17): a new private IP for a running instance (the cloud stops, changes and starts
// it), and a security group bound to several instances at once. In na-siliconvalley, on instances of each test's own.

const REGION = 'na-siliconvalley';
const SETTLE = { timeout: 30_000 };
const { api, instanceState, launchRunning } = emulatorApi(REGION);
const suffix = () => Math.random().toString(36).slice(2, 7);

const describeInstance = async (request: Parameters<typeof instanceState>[0], id: string) => (await api(request, 'cvm', 'DescribeInstances', { InstanceIds: [id] })).InstanceSet[0];

test('gives a running instance another private IP in its subnet, refusing one outside it first', async ({ page }) => {
  const name = `e2e-ip-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceName: name });
  const before = await describeInstance(page.request, id);
  const subnet = (await api(page.request, 'vpc', 'DescribeSubnets', { SubnetIds: [before.VirtualPrivateCloud.SubnetId] })).SubnetSet[0] as { CidrBlock: string };
  // An address high in the subnet's block that nothing in this test world uses yet.
  const [a, b, c] = subnet.CidrBlock.split('.');
  const wanted = `${a}.${b}.${c}.${200 + Math.floor(Math.random() * 50)}`;

  await page.goto(`/?region=${REGION}&id=${id}`);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: 'Private IP and subnet', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Private IP and subnet of ${name}` });
  await expect(dialog).toContainText(`Now ${before.PrivateIpAddresses[0]}`);
  await dialog.getByLabel('Private IP').fill('192.0.2.10');
  await dialog.getByRole('button', { name: 'Private IP and subnet' }).click();
  await expect(dialog.getByText(`Not inside the subnet's ${subnet.CidrBlock}.`)).toBeVisible();
  await dialog.getByLabel('Private IP').fill(wanted);
  await dialog.getByRole('radio', { name: /^Force off/ }).check();
  await dialog.getByRole('button', { name: 'Private IP and subnet' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await describeInstance(page.request, id)).PrivateIpAddresses, SETTLE).toEqual([wanted]);
  await expect.poll(() => instanceState(page.request, id), SETTLE).toBe('RUNNING');
});

test('binds one security group to three instances at once, after their own', async ({ page }) => {
  const group = `e2e-sg-${suffix()}`;
  const ids = await Promise.all([1, 2, 3].map((n) => launchRunning(page.request, { InstanceName: `${group}-${n}` })));
  const groups = (await api(page.request, 'vpc', 'DescribeSecurityGroups', {})).SecurityGroupSet as { SecurityGroupId: string; SecurityGroupName: string }[];
  const ssh = groups.find((candidate) => candidate.SecurityGroupName === 'ssh-office-only')!;

  const toolbar = await selectFound(page, REGION, group, 3);
  await toolbar.getByRole('button', { name: 'Bind a security group', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Bind a security group to 3 instances' });
  await dialog.getByLabel('Security group').selectOption(ssh.SecurityGroupId);
  await dialog.getByRole('button', { name: 'Bind a security group' }).click();
  await expect(dialog).toBeHidden();
  for (const id of ids) {
    await expect.poll(async () => ((await describeInstance(page.request, id)).SecurityGroupIds as string[]).at(-1), SETTLE).toBe(ssh.SecurityGroupId);
  }
});

test('moves an instance into another of the account’s projects', async ({ page }) => {
  const name = `e2e-project-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceName: name });
  await page.goto(`/?region=${REGION}&id=${id}`);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: 'Move to project', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Move ${name} to a project` });
  await dialog.getByLabel('Project').selectOption({ label: 'data-platform (1046)' });
  await dialog.getByRole('button', { name: 'Move to project' }).click();
  await expect(dialog).toBeHidden();
  expect((await describeInstance(page.request, id)).Placement.ProjectId).toBe(1046);
});

test('says how many downgrades a subscription has left before it is resized', async ({ page }) => {
  const name = `e2e-prepaid-${suffix()}`;
  const id = await launchRunning(page.request, { InstanceName: name, InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } });
  const { InstanceOperationLimitSet } = await api(page.request, 'cvm', 'DescribeInstancesOperationLimit', { InstanceIds: [id], Operation: 'INSTANCE_DEGRADE' });
  const [limit] = InstanceOperationLimitSet as { CurrentCount: number; LimitCount: number }[];
  await page.goto(`/?region=${REGION}&id=${id}`);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: 'Resize', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Resize ${name}` });
  await expect(dialog).toContainText(`A subscription may be downgraded ${limit!.LimitCount} times in its period; ${limit!.LimitCount - limit!.CurrentCount} downgrades are left`);
});

test('turns on auto-renewal for two subscriptions at once from the toolbar', async ({ page }) => {
  const group = `e2e-renew-${suffix()}`;
  const ids = await Promise.all(
    [1, 2].map((n) =>
      launchRunning(page.request, {
        InstanceName: `${group}-${n}`,
        InstanceChargeType: 'PREPAID',
        InstanceChargePrepaid: { Period: 1, RenewFlag: 'NOTIFY_AND_MANUAL_RENEW' },
      }),
    ),
  );
  const toolbar = await selectFound(page, REGION, group, 2);
  await toolbar.getByRole('button', { name: 'Auto-renewal', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Auto-renewal of 2 subscriptions' });
  await dialog.getByRole('radio', { name: /^Notify, renew automatically/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  for (const id of ids) expect((await describeInstance(page.request, id)).RenewFlag).toBe('NOTIFY_AND_AUTO_RENEW');
});

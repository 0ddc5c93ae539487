import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';

const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

// HPC clusters and CHC hosts (issue 21), as the admin on the embedded emulator, in ap-shanghai: no other spec makes
// clusters there or touches its seeded CHC hosts (sh-rack-01 with its out-of-band network, sh-rack-02 bare, sh-gpu-01
// prepared). A cluster is created, listed, renamed and deleted; a host is given its deploy network and seen going
// OPERATING → READY → PREPARED, and a bad address is refused with the cloud's code. Names carry a random suffix.

const REGION = 'ap-shanghai';
const SETTLE = { timeout: 30_000 };
const suffix = () => Math.random().toString(36).slice(2, 7);
const { api } = emulatorApi(REGION);

test('creates an HPC cluster in a zone and sees it listed, renamed and deleted', async ({ page }) => {
  const name = `e2e-hpc-${suffix()}`;
  await page.goto(`/hpc-clusters?region=${REGION}`);
  await expect(page.getByRole('heading', { name: 'HPC clusters', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Placement pages' }).getByRole('link', { name: 'HPC clusters' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Create HPC cluster' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create an HPC cluster' });
  // The name is checked before anything is sent (1–60 characters, 34906).
  await dialog.getByRole('button', { name: 'Create HPC cluster' }).click();
  await expect(dialog.getByText('Give the cluster a name of 1–60 characters.')).toBeVisible();
  await expect(dialog.getByLabel('Zone')).not.toBeDisabled();
  await dialog.getByLabel('Zone').selectOption('ap-shanghai-3');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Remark').fill('made by the browser test');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create HPC cluster' }).click();
  await expect(page.getByRole('status').filter({ hasText: `HPC cluster ${name} created` })).toBeVisible();

  const table = page.getByRole('table', { name: 'HPC clusters' });
  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('ap-shanghai-3');
  await expect(row).toContainText('0 of 50');
  await expect(row).toContainText('made by the browser test');
  const id = (await row.locator('td.font-mono').first().textContent())!.trim();
  expect(id).toMatch(/^hpc-[a-z0-9]{8}$/);
  // The cloud lists it as the page does.
  const { HpcClusterSet } = await api(page.request, 'cvm', 'DescribeHpcClusters', { HpcClusterIds: [id] });
  expect(HpcClusterSet[0]).toMatchObject({ Name: name, Zone: 'ap-shanghai-3', CurrentNum: 0 });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await edit.getByLabel('Name').fill(`${name}-renamed`);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `HPC cluster ${name}-renamed saved` })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: `${name}-renamed` })).toBeVisible();

  await page.getByRole('button', { name: `Delete ${name}-renamed` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete HPC cluster ${name}-renamed?` });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: `HPC cluster ${name}-renamed deleted` })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: `${name}-renamed` })).toHaveCount(0);
});

test('configures a CHC host’s deploy network and sees its state change to Prepared; a bad address is refused with the cloud’s code', async ({ page }) => {
  await page.goto(`/chc-hosts?region=${REGION}`);
  await expect(page.getByRole('heading', { name: 'CHC hosts', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'CHC hosts' });
  const host = table.getByRole('row', { name: /sh-rack-01/ });
  await expect(host).toHaveAttribute('data-state', 'INIT');
  await expect(host).toContainText('Initialized');
  expect(await axeViolations(page)).toEqual([]);

  // What the state allows comes from DescribeChcDeniedActions: the out-of-band network exists, so only the deploy one.
  await expect(page.getByRole('button', { name: 'Configure networks: sh-rack-01' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Configure deploy network: sh-rack-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configure the deploy network of sh-rack-01' });
  await expect(dialog.getByLabel('Subnet')).not.toBeDisabled();
  // An address outside the subnet: the cloud refuses it (VpcAddrNotInSubNet, 22844) and the dialog shows its code.
  await dialog.getByLabel('Private IP').fill('192.168.250.9');
  await dialog.getByRole('button', { name: 'Configure deploy network' }).click();
  await expect(dialog.getByText('VpcAddrNotInSubNet')).toBeVisible();
  await dialog.getByLabel('Private IP').fill('');
  await dialog.getByLabel('Boot mode').selectOption('x86_uefi');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Configure deploy network' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Configuring the deploy network of sh-rack-01' })).toBeVisible();

  // OPERATING, then READY while it boots its MiniOS, then PREPARED: the page follows it without a reload.
  await expect(host).toHaveAttribute('data-state', /OPERATING|READY|PREPARED/);
  await expect(host).toHaveAttribute('data-state', 'PREPARED', SETTLE);
  await expect(host).toContainText('Prepared');
  await page.screenshot({ path: `${shots}/chc-hosts.png` });
  await expect(host.getByRole('button', { name: 'Clear deploy network: sh-rack-01' })).toBeVisible();
  const { ChcHostSet } = await api(page.request, 'cvm', 'DescribeChcHosts', { Filters: [{ Name: 'instance-name', Values: ['sh-rack-01'] }] });
  expect(ChcHostSet[0]).toMatchObject({ InstanceState: 'PREPARED', DeployExtraConfig: { BootType: 'x86_uefi' }, LatestOperationState: 'SUCCESS' });
  await expect(host).toContainText(ChcHostSet[0].DeployIp);
});

test('reads the CHC hosts in Simplified Chinese', async ({ page }) => {
  await page.goto(`/chc-hosts?region=${REGION}`);
  await expect(page.getByRole('heading', { name: 'CHC hosts', level: 1 })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { name: 'CHC 物理服务器', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'CHC 物理服务器' }).getByRole('row', { name: /sh-gpu-01/ })).toContainText('可分配云主机');
});

import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { emulatorApi } from './support/emulator-api.ts';

// Security group rules (issue 17): an admin adds an inbound rule at the top of a group and sees it first, with the
// version moved on; changes it in place and deletes it again; a rule the cloud would refuse is refused before it is sent. In
// na-siliconvalley, whose groups no other spec changes.

const REGION = 'na-siliconvalley';
const { api } = emulatorApi(REGION);
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

test('adds an inbound rule at the top of a security group and sees it first, changes it, then deletes it', async ({ page }) => {
  const groups = (await api(page.request, 'vpc', 'DescribeSecurityGroups', {})).SecurityGroupSet as { SecurityGroupId: string; SecurityGroupName: string }[];
  const web = groups.find((group) => group.SecurityGroupName === 'web-public-80-443')!;
  const before = (await api(page.request, 'vpc', 'DescribeSecurityGroupPolicies', { SecurityGroupId: web.SecurityGroupId })).SecurityGroupPolicySet;

  await page.goto(`/security-groups?region=${REGION}`);
  await expect(page.getByRole('heading', { name: 'Security groups', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /^web-public-80-443 sg-/ }).click();
  const rules = page.getByRole('region', { name: 'Rules of web-public-80-443' });
  await expect(rules).toContainText(`Version ${before.Version}`);
  const inbound = rules.getByRole('table', { name: 'Inbound rules' });
  await expect(inbound.locator('tbody tr')).toHaveCount(before.Ingress.length);

  await rules.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an inbound rule to web-public-80-443' });
  await dialog.getByLabel('Port').fill('70000');
  await dialog.getByLabel('Source').fill('10.0.0.0/33');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog.getByText('Ports go from 1 to 65535, a range low to high.')).toBeVisible();
  await expect(dialog.getByText('Write an IPv4 or IPv6 block')).toBeVisible();
  await dialog.getByLabel('Port').fill('8080-8090');
  await dialog.getByLabel('Source').fill('198.51.100.0/24');
  await dialog.getByLabel('Description').fill('Partner monitoring');
  await page.screenshot({ path: `${shots}/security-group-rule.png` });
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog).toBeHidden();

  // First, as chosen, and the version moved on.
  await expect(inbound.locator('tbody tr')).toHaveCount(before.Ingress.length + 1);
  await expect(inbound.locator('tbody tr').first()).toContainText('8080-8090');
  await expect(inbound.locator('tbody tr').first()).toContainText('198.51.100.0/24');
  await expect(rules).toContainText(`Version ${Number(before.Version) + 1}`);
  const after = (await api(page.request, 'vpc', 'DescribeSecurityGroupPolicies', { SecurityGroupId: web.SecurityGroupId })).SecurityGroupPolicySet;
  expect(after.Ingress[0]).toMatchObject({
    PolicyIndex: 0,
    Protocol: 'TCP',
    Port: '8080-8090',
    CidrBlock: '198.51.100.0/24',
    Action: 'ACCEPT',
    PolicyDescription: 'Partner monitoring',
  });
  await page.screenshot({ path: `${shots}/security-groups.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // Changed in place: still first, the version on again.
  await inbound.getByRole('button', { name: 'Edit rule 1' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit inbound rule 1 of web-public-80-443' });
  await expect(edit.getByLabel('Port')).toHaveValue('8080-8090');
  await edit.getByLabel('Port').fill('9000');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(inbound.locator('tbody tr').first()).toContainText('9000');
  await expect(rules).toContainText(`Version ${Number(before.Version) + 2}`);
  const edited = (await api(page.request, 'vpc', 'DescribeSecurityGroupPolicies', { SecurityGroupId: web.SecurityGroupId })).SecurityGroupPolicySet;
  expect(edited.Ingress[0]).toMatchObject({ PolicyIndex: 0, Port: '9000', CidrBlock: '198.51.100.0/24', PolicyDescription: 'Partner monitoring' });

  await inbound.getByRole('button', { name: 'Delete rule 1' }).click();
  await page.getByRole('dialog', { name: 'Delete inbound rule 1?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(inbound.locator('tbody tr')).toHaveCount(before.Ingress.length);
  await expect(inbound.locator('tbody tr').first()).not.toContainText('9000');
});

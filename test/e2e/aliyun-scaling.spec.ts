import { expect, test, type Page } from '@playwright/test';
import { VIEWER, storageStateOf } from './support/people.ts';

// Alibaba Cloud Auto Scaling, as the admin (the project's storage state) unless a block says otherwise: the account
// switcher moves between the clouds, the scaling groups page, a group's instances and activities, and attaching ECS
// instances. The emulator's Aliyun seed (packages/emulator/src/aliyun/state/aliyun-seed.ts) is used by no other spec:
// only the first test changes it (app-04 and app-05 join web-asg). Activities take about 2.4 s
// (EMULATOR_TRANSITION_SCALE=0.2).

const REQUEST_ID = /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/i;
const ALIYUN_ACCOUNT = 'Local emulator (Alibaba Cloud) (…0001)';
const TENCENT_ACCOUNT = 'Local emulator (…ATOR)';
const SETTLE = { timeout: 20_000 };
// The README's pictures: written to docs/screenshots with UPDATE_SCREENSHOTS=1, else beside the other test output.
const shots = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';

/** Every console API call the page makes to a cloud service, by service ("cvm", "ecs", "ess"...). */
function recordCloudCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const match = new URL(request.url()).pathname.match(/^\/api\/(\w+)\/(\w+)$/);
    if (match && match[1] !== 'console') calls.push(`${match[1]}.${match[2]}`);
  });
  return calls;
}

const isAliyun = (call: string) => call.startsWith('ecs.') || call.startsWith('ess.');

async function openGroupsPage(page: Page) {
  await page.goto('/aliyun/scaling-groups');
  await expect(page.getByRole('heading', { name: 'Scaling groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scaling groups' })).toBeVisible();
}

async function openGroup(page: Page, name: string) {
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  const panel = page.getByRole('dialog', { name });
  await expect(panel.getByRole('heading', { name, level: 2 })).toBeVisible();
  return panel;
}

test('switches to the Alibaba Cloud account and back, never asking one cloud with the other cloud’s account', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('tbody tr').first()).toContainText(/ins-/);
  const account = page.getByLabel('Account', { exact: true });
  // Accounts are grouped by cloud.
  await expect(account.locator('optgroup[label="Tencent Cloud"] option', { hasText: TENCENT_ACCOUNT })).toHaveCount(1);
  await expect(account.locator('optgroup[label="Alibaba Cloud"] option', { hasText: ALIYUN_ACCOUNT })).toHaveCount(1);

  const calls = recordCloudCalls(page);
  await account.selectOption({ label: ALIYUN_ACCOUNT });
  await expect(page).toHaveURL(/\/aliyun\/scaling-groups\?account=emulator-aliyun$/);
  await expect(page.getByRole('heading', { name: 'Scaling groups', level: 1 })).toBeVisible();
  // The regions are ECS's, and the account's default region is open.
  const region = page.getByLabel('Region', { exact: true });
  await expect(region).toHaveValue('cn-hangzhou');
  await expect(region.locator('option')).toHaveCount(2);
  await expect(region.locator('option[value="cn-shanghai"]')).toHaveCount(1);
  // The sections are Alibaba Cloud's.
  const sections = page.getByRole('button', { name: 'Console sections' });
  await expect(sections).toContainText('Scaling groups');
  await sections.click();
  await expect(page.getByRole('menuitem', { name: 'Scaling groups' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Instances' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  const groups = page.getByRole('table', { name: 'Scaling groups' });
  await expect(groups.getByRole('row', { name: /web-asg/ })).toContainText('Active');
  await expect(groups.getByRole('row', { name: /legacy-classic-asg/ })).toContainText('Classic network');
  await expect(groups.getByRole('row', { name: /paused-asg/ })).toContainText('Inactive');

  await region.selectOption('cn-shanghai');
  await expect(groups.getByRole('row')).toHaveCount(2);
  await expect(groups.getByRole('row', { name: /sh-web-asg/ })).toContainText('1 / 4');

  // Back to Tencent Cloud: the CVM list in its own default region.
  const back = calls.length;
  await account.selectOption({ label: TENCENT_ACCOUNT });
  await expect(page).toHaveURL(/\/\?account=emulator$/);
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(region).toHaveValue('ap-guangzhou');
  await expect(page.locator('tbody tr').first()).toContainText(/ins-/);
  await sections.click();
  await expect(page.getByRole('menuitem', { name: 'Instances' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Scaling groups' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // From the switch to the switch back every call went to Alibaba Cloud's products; after it, none did.
  const start = calls.findIndex(isAliyun);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(calls.slice(start, back).every(isAliyun)).toBe(true);
  expect(calls.slice(back).some(isAliyun)).toBe(false);

  // An old link that pairs a Tencent Cloud page with the Alibaba Cloud account explains, and asks the cloud nothing.
  const before = calls.length;
  await page.goto('/?account=emulator-aliyun');
  await expect(page.getByRole('heading', { name: 'Not available for Alibaba Cloud accounts' })).toBeVisible();
  await page.getByRole('link', { name: 'Open Local emulator (Alibaba Cloud)' }).click();
  await expect(page.getByRole('table', { name: 'Scaling groups' })).toBeVisible();
  expect(calls.slice(before).filter((call) => call.startsWith('cvm.'))).toEqual([]);
});

test('attaches two instances with their weights and follows the activity until they are in service', async ({ page }) => {
  await openGroupsPage(page);
  const panel = await openGroup(page, 'web-asg');
  const members = panel.getByRole('table', { name: 'Instances in web-asg' });
  await expect(members.getByRole('row', { name: /web-01/ })).toContainText('In service');
  await expect(members.locator('tbody tr')).toHaveCount(2);
  await expect(panel.getByRole('table', { name: 'Activities of web-asg' })).toHaveCount(0);
  await expect(panel).toContainText('No activities yet');

  await panel.getByRole('button', { name: 'Attach instances' }).click();
  const dialog = page.getByRole('dialog', { name: 'Attach instances to web-asg' });
  await expect(dialog).toContainText('Room for 4 more before MaxSize (2 / 6 now).');
  await expect(dialog).toContainText('At most 20 instances can be attached at a time.');

  // Those that cannot join are disabled, each with the reason.
  const reasons: [string, string][] = [
    ['web-01', 'Already in this group'],
    ['worker-09', 'Already in worker-asg'],
    ['app-06-stopped', 'Not running (Stopped)'],
    ['analytics-07', 'In another VPC'],
    ['legacy-08', 'Classic network instance; the group is in a VPC'],
  ];
  for (const [name, reason] of reasons) {
    const box = dialog.getByRole('checkbox', { name: `Select ${name}`, exact: true });
    await expect(box).toBeDisabled();
    await expect(box).toHaveAccessibleDescription(new RegExp(reason.replace(/[()]/g, '\\$&')));
  }
  await expect(dialog.getByRole('checkbox', { name: 'Select app-04', exact: true })).toHaveAccessibleDescription('Can join');

  await dialog.getByRole('checkbox', { name: 'Select app-04', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Select app-05', exact: true }).check();
  await expect(dialog).toContainText('2 of at most 4 chosen');
  const submit = dialog.getByRole('button', { name: 'Attach 2 instances' });

  // Weights are checked as they are typed; nothing is sent while one is wrong.
  const weight4 = dialog.getByRole('textbox', { name: 'Weight of app-04' });
  await expect(weight4).toHaveValue('50');
  await weight4.fill('101');
  await expect(weight4).toHaveAttribute('aria-invalid', 'true');
  await expect(weight4).toHaveAccessibleDescription('From 0 to 100');
  await expect(submit).toBeDisabled();
  await weight4.fill('8.5');
  await expect(weight4).toHaveAccessibleDescription('A whole number from 0 to 100');
  await weight4.fill('80');
  await expect(weight4).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('textbox', { name: 'Weight of app-05' }).fill('20');
  await expect(submit).toBeEnabled();
  await dialog.screenshot({ path: `${shots}/scaling-attach.png` });

  const sent = page.waitForRequest('**/api/ess/AttachInstances');
  const answered = page.waitForResponse('**/api/ess/AttachInstances');
  await submit.click();
  const body = (await sent).postDataJSON();
  expect(body.InstanceId).toHaveLength(2);
  expect(body.LoadBalancerWeight).toEqual([80, 20]);
  const { ScalingActivityId: activityId } = await (await answered).json();
  expect(activityId).toMatch(/^asa-/);

  // The activity the cloud started, followed until it ends.
  await expect(dialog).toContainText(activityId);
  const progress = dialog.getByRole('progressbar', { name: 'Progress of Add "2" ECS instance(s)' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', '100', SETTLE);
  await expect(dialog).toContainText('Successful');
  await expect(dialog).toContainText('100%');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The group now has them, in service, with their weights; the activity is listed as done.
  await expect(members.locator('tbody tr')).toHaveCount(4);
  const app04 = members.getByRole('row', { name: /app-04/ });
  const app05 = members.getByRole('row', { name: /app-05/ });
  await expect(app04).toContainText('In service', SETTLE);
  await expect(app04).toContainText('Attached');
  await expect(app04.getByRole('cell').nth(3)).toHaveText('80');
  await expect(app05).toContainText('In service', SETTLE);
  await expect(app05.getByRole('cell').nth(3)).toHaveText('20');
  const activities = panel.getByRole('table', { name: 'Activities of web-asg' });
  const activity = activities.getByRole('row', { name: new RegExp(activityId) });
  await expect(activity).toContainText('Successful');
  await expect(activity.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(panel).toContainText('4 / 6');

  await page.screenshot({ path: `${shots}/scaling-group.png` });
});

test('shows the cloud’s refusal with its code and keeps the choice; an inactive group says why it takes none', async ({ page }) => {
  await openGroupsPage(page);
  // api-asg's load balancer is down: only the cloud knows, and says so.
  let panel = await openGroup(page, 'api-asg');
  await panel.getByRole('button', { name: 'Attach instances' }).click();
  let dialog = page.getByRole('dialog', { name: 'Attach instances to api-asg' });
  await dialog.getByRole('checkbox', { name: 'Select app-03', exact: true }).check();
  await dialog.getByRole('button', { name: 'Attach 1 instance' }).click();
  const refusal = dialog.getByRole('alert').filter({ hasText: 'The cloud refused to attach the instances' });
  await expect(refusal).toContainText('IncorrectLoadBalancerStatus');
  await expect(refusal).toContainText(REQUEST_ID);
  await expect(dialog.getByRole('checkbox', { name: 'Select app-03', exact: true })).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('button', { name: 'Close' }).click();

  // paused-asg is Inactive: the dialog says so and sends nothing.
  panel = await openGroup(page, 'paused-asg');
  await panel.getByRole('button', { name: 'Attach instances' }).click();
  dialog = page.getByRole('dialog', { name: 'Attach instances to paused-asg' });
  await expect(dialog.getByRole('status').filter({ hasText: 'Inactive' })).toContainText('The group is Inactive: only an Active group takes instances.');
  await dialog.getByRole('checkbox', { name: 'Select app-03', exact: true }).check();
  await expect(dialog.getByRole('button', { name: 'Attach 1 instance' })).toBeDisabled();
});

test.describe('as a viewer', () => {
  test.use({ storageState: storageStateOf(VIEWER) });

  test('sees the groups, and Attach instances refused with the reason', async ({ page }) => {
    await openGroupsPage(page);
    const panel = await openGroup(page, 'worker-asg');
    await expect(panel.getByRole('table', { name: 'Instances in worker-asg' }).locator('tbody tr')).toHaveCount(2);
    const attach = panel.getByRole('button', { name: 'Attach instances' });
    await expect(attach).toHaveAttribute('aria-disabled', 'true');
    await expect(attach).toHaveAccessibleDescription('Needs the operator role');
    await attach.click({ force: true });
    await expect(page.getByRole('dialog', { name: /Attach instances to/ })).toHaveCount(0);
  });
});

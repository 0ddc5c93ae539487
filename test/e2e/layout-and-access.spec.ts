import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { SIGNED_OUT } from './support/people.ts';

// Every page the console has, as the admin sees it: no WCAG A/AA violation axe can find, in the light theme and the
// dark one; and no sideways scroll of the page on a laptop (1,280 and 1,024 px) — wide tables scroll within themselves.

const PAGES = [
  '/',
  'detail',
  '/overview',
  '/?instance=monitoring',
  '/?regions=all&q=web-prod',
  '/instances/create',
  '/hai',
  '/batch',
  '/key-pairs',
  '/placement-groups',
  '/dedicated-hosts',
  '/hpc-clusters',
  '/chc-hosts',
  '/audit',
  '/admin/users',
  '/admin/accounts',
  '/profile',
] as const;

/** Opens a page and waits for its heading (the detail: the first instance's panel). */
async function visit(page: Page, path: (typeof PAGES)[number]): Promise<void> {
  if (path === '/?instance=monitoring') {
    // The first running instance's Monitoring tab, its charts drawn.
    await page.goto('/?state=RUNNING');
    const id = await page.locator('tbody tr[data-instance-id]').first().getAttribute('data-instance-id');
    await page.goto(`/?instance=${id}&tab=monitoring`);
    await expect(page.getByRole('figure', { name: 'CPU utilization' }).locator('canvas')).toBeVisible();
  } else if (path === 'detail') {
    await page.goto('/');
    const id = await page.locator('tbody tr[data-instance-id]').first().getAttribute('data-instance-id');
    await page.goto(`/?instance=${id}`);
    await expect(page.getByRole('dialog', { name: new RegExp(id!) })).toBeVisible();
  } else {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Whatever loads after the heading (rows, prices, the detail's fields) is part of what is checked.
  await page.waitForLoadState('networkidle');
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any page, or in the column and export dialogs, in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((value) => localStorage.setItem('cvm-console.theme', value), theme);
    const found: string[] = [];
    const check = async (where: string) => {
      for (const violation of await axeViolations(page)) found.push(`${where}: ${violation.rule} (${violation.help}) at ${violation.targets.join(' | ')}`);
    };
    for (const path of PAGES) {
      await visit(page, path);
      await expect(page.locator('html')).toHaveClass(new RegExp(theme === 'dark' ? '\\bdark\\b' : '^(?!.*\\bdark\\b)'));
      await check(path);
    }
    await visit(page, '/');
    await page.getByRole('button', { name: 'Columns' }).click();
    await expect(page.getByRole('dialog', { name: 'Columns' })).toBeVisible();
    await check('column chooser');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog', { name: 'Export instances' })).toBeVisible();
    await check('export dialog');
    expect(found).toEqual([]);
  });
}

test.describe('signed out', () => {
  test.use({ storageState: SIGNED_OUT });
  test('axe finds no violation on the sign-in page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

for (const width of [1680, 1440, 1280, 1024]) {
  test(`no page scrolls sideways at ${width} px, and the sections are on screen or one menu away`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    for (const path of PAGES) {
      await visit(page, path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(clientWidth);
    }
    // The header's sections are a menu below 1,680 px; the sign-out stays on screen.
    await visit(page, '/');
    const userMenu = page.getByRole('button', { name: 'Ada Admin, Admin' });
    await expect(userMenu).toBeInViewport({ ratio: 1 });
    if (width >= 1680) {
      // Wide enough for the sections side by side, every one of them on screen.
      const nav = page.getByRole('navigation', { name: 'Console sections' });
      for (const name of ['Overview', 'Instances', 'Images', 'Placement', 'HAI', 'Batch', 'Security', 'People', 'Cloud accounts', 'Audit log']) {
        await expect(nav.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
      }
      return;
    }
    await page.getByRole('button', { name: 'Console sections' }).click();
    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Console sections' })).toContainText('Audit log');
  });
}

import { expect, test, type Response } from '@playwright/test';

// The first load of the instance list, as the browser receives it: the JS and CSS it transfers are compressed
// (brotli or gzip, chosen by the browser's Accept-Encoding) and stay within the budget of issue 12.
const BUDGET_BYTES = 130 * 1024;

test('transfers at most 130 kB of JS and CSS, compressed, on the first load of the instance list', async ({ page }) => {
  const assets: Response[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') assets.push(response);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  let transferred = 0;
  for (const response of assets) {
    const encoding = await response.headerValue('content-encoding');
    const { responseBodySize } = await response.request().sizes();
    // Files under 1 kB are not worth compressing and go as they are.
    if (responseBodySize > 1024) {
      expect(encoding, response.url()).toMatch(/^(br|gzip)$/);
      expect(await response.headerValue('vary'), response.url()).toMatch(/Accept-Encoding/i);
    }
    transferred += responseBodySize;
  }
  console.log(`first load of the instance list: ${assets.length} JS and CSS files, ${(transferred / 1024).toFixed(1)} kB transferred`);
  expect(transferred).toBeLessThanOrEqual(BUDGET_BYTES);
});

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, openBrowser, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// Issue #27: the /api description for integrators; its Swagger UI for administrators only, reached
// with the webapps' sign-in (a browser does not ask for HTTP Basic on /api).
test('the administrator reads the /api description in Swagger UI; a member is refused it', async (t) => {
  const { page } = browser;
  await page.setViewportSize({ width: 1366, height: 900 });

  await screenshotOnFailure(page, 'api-docs-ui', async () => {
    await webappLogin(page, 'demo', 'admin');
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE_URL}/api/docs/ui`);
    await page.locator('.swagger-ui .information-container').waitFor({ timeout: 30_000 });
    await page.getByText('清廉工作流', { exact: false }).first().waitFor();
    // Feature tags in Chinese, and an operation's Chinese summary once a tag is opened.
    const selfReview = page.locator('.opblock-tag', { hasText: '查改剖' }).first();
    await selfReview.waitFor();
    const opened = await page.locator('.opblock-tag-section.is-open').count();
    if (opened === 0) {
      await selfReview.click();
    }
    await page.locator('.opblock-summary-description').first().waitFor();
    const summaries = await page.locator('.opblock-summary-description').allInnerTexts();
    assert.ok(summaries.some((s) => /[\u4e00-\u9fff]/.test(s)), `Chinese summaries: ${summaries.slice(0, 3)}`);
    assert.deepEqual(errors, [], 'no script errors under the page\'s Content-Security-Policy');
    await screenshot(page, 'api-docs-ui.png');
  });

  await screenshotOnFailure(page, 'api-docs-member', async () => {
    await browser.context.clearCookies();
    await webappLogin(page, 'm0001', 'tasklist');
    const ui = await page.goto(`${BASE_URL}/api/docs/ui`);
    assert.equal(ui.status(), 403, 'a member gets no Swagger UI');
    const docs = await page.goto(`${BASE_URL}/api/docs`);
    assert.equal(docs.status(), 200, 'the description itself is for every signed-in user');
    assert.match(await docs.text(), /"openapi"\s*:\s*"3\./);
  });
  t.diagnostic('Swagger UI for demo with Chinese tags and summaries; m0001: 403 on the UI, 200 on /api/docs');
});

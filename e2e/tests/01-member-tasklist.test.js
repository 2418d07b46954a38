import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, openBrowser, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';
import { TASKLIST_FILTERS, TASKLIST_UI_LABELS } from '../lib/labels.js';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('a member signs in through Tasklist\'s login page and sees Tasklist with the Chinese filters', async (t) => {
  const { page } = browser;
  assert.equal(await page.evaluate(() => navigator.language), 'zh-CN', 'the browser runs in zh-CN');
  await screenshotOnFailure(page, 'tasklist-member', async () => {
    await webappLogin(page, 'm0001');
    await page.waitForURL(/\/camunda\/app\/tasklist\//);
    // A filter's link holds its name and, once focused, its task count: compare the name alone.
    const links = page.locator('.task-filter h4.name a');
    const names = await eventually('the Tasklist filters', async () => {
      const shown = await links.evaluateAll((as) => as.map((a) => a.firstChild.textContent.trim()));
      return TASKLIST_FILTERS.every((name) => shown.includes(name)) && shown;
    }, 20_000, 250);
    for (let i = 0; i < names.length; i++) {
      assert.ok(await links.nth(i).isVisible(), `filter ${names[i]} is visible`);
    }
    for (const label of TASKLIST_UI_LABELS) {
      await page.getByText(label).first().waitFor({ state: 'visible' });
    }
    assert.equal(await page.locator('.create-task-action').isVisible(), false, 'no 新建任务 for work that comes from processes');
    assert.equal(await page.locator('.ce-eol-banner').isVisible(), false, 'no end-of-life banner');
    t.diagnostic(`filters shown: ${names.join('、')}; Chinese UI labels checked: ${TASKLIST_UI_LABELS.length}`);
  });
  await screenshot(page, 'tasklist-member.png');
});

test('a member who opens the report card is told it is for the Party office, the 党组 and administrators', async () => {
  const { page } = browser;
  await page.goto(`${BASE_URL}/report-card/`);
  await page.locator('.status.error').getByText('您没有查看党建报表的权限').waitFor();
  assert.equal(await page.locator('#content').isHidden(), true, 'no figures for a member');
  await screenshot(page, 'report-card-forbidden.png');
});

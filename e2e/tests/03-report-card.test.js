import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { WELCOME_UI_LABELS } from '../lib/labels.js';
import { BASE_URL, PASSWORD, chinaYear, eventually, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

const SAMPLE_TASK_LIST = new URL('../../docs/samples/2027年度任务清单-样例.csv', import.meta.url);

const OFFICE = 'office1';

/** "6,000" → 6000 */
const count = (text) => Number(String(text).replace(/[^\d]/g, ''));

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('without a webapp session the report card says so and links to the Welcome login', async () => {
  const { page } = browser;
  await page.goto(`${BASE_URL}/report-card/`);
  const status = page.locator('.status.error');
  await status.getByText('您尚未登录').waitFor();
  assert.equal(await status.locator('a#login-link').getAttribute('href'), '/camunda/app/welcome/');
  await screenshot(page, 'report-card-signed-out.png');
});

test('the Party office signs in, follows Welcome\'s 党建报表 link and sees the year\'s figures', async (t) => {
  const year = chinaYear();
  // The year's work, arranged over REST: the sample task list and a letter (201, or 409 when they exist)
  // and a campaign for one unit.
  const taskList = await importTaskList(year);
  assert.ok([201, 409].includes(taskList.status), await taskList.text());
  const letter = await rest(OFFICE, 'POST', '/api/letters', { year });
  assert.ok([201, 409].includes(letter.status), JSON.stringify(letter.body));
  const due = `${year + 1}-06-30`;
  const name = `${year}年度查改剖（报表测试）`;
  const launched = await rest(OFFICE, 'POST', '/api/self-review/campaigns', {
    name, year, slug: `e2e-card-${Date.now()}`, unitIds: ['d02'],
    checkDue: due, correctDue: due, analyseDue: due, reviewDue: due, spotCheckRate: 0,
  });
  assert.equal(launched.status, 201, JSON.stringify(launched.body));
  const campaignId = launched.body.campaign.id;
  const members = await eventually('the campaign to enrol its members', async () => {
    const card = await rest(OFFICE, 'GET', `/api/dashboard?year=${year}`);
    return card.body.campaigns?.find((c) => c.id === campaignId)?.figures.members;
  });
  const api = (await rest(OFFICE, 'GET', `/api/dashboard?year=${year}&by=unit`)).body;

  const { page } = browser;
  await screenshotOnFailure(page, 'report-card-demo', async () => {
    await webappLogin(page, OFFICE, 'welcome');
    for (const label of WELCOME_UI_LABELS) {
      await page.getByText(label).first().waitFor({ state: 'visible' });
    }
    await page.getByRole('link', { name: '党建报表' }).click();
    await page.waitForURL(`${BASE_URL}/report-card/`);
    await page.locator('#content').waitFor({ state: 'visible' });

    assert.equal(await page.locator('#summary-year').textContent(), String(year));
    const selfReview = page.locator('#summary article').filter({ hasText: '查改剖' });
    assert.equal(count(await selfReview.locator('.figure-item', { hasText: '应参加' }).locator('dd').textContent()),
      api.total.selfReview.members);
    assert.ok(api.total.selfReview.members >= members && members > 0);
    const org = page.locator('#summary article').filter({ hasText: '组织情况' });
    assert.equal(count(await org.locator('.figure-item', { hasText: '在册人员' }).locator('dd').textContent()), api.organisation.people);
    const tasks = page.locator('#summary article').filter({ hasText: '任务清单' });
    assert.equal(count(await tasks.locator('.figure-item', { hasText: '任务数' }).locator('dd').textContent()), api.total.taskList.tasks);
    assert.ok(api.total.taskList.tasks > 0);
    const letters = page.locator('#summary article').filter({ hasText: '责任书' });
    assert.ok(count(await letters.locator('.figure-item', { hasText: '应签' }).locator('dd').textContent()) > 0);

    const campaign = page.locator(`#progress-campaigns .campaign[data-campaign-id="${campaignId}"]`);
    await campaign.getByText(name).waitFor();
    assert.match(await campaign.textContent(), new RegExp(`应参加 ${members} 人`));
    assert.ok(await page.locator('#progress-cascade .progress').count() >= 2, 'the cascade shows its levels');

    assert.equal(await page.locator('#units tbody tr').count(), api.units.length);
    const hrefs = await page.locator('#exports a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.includes(`/api/task-lists/${year}/export`), hrefs.join(' '));
    assert.ok(hrefs.includes(`/api/letters/${year}/export`), hrefs.join(' '));
    assert.ok(hrefs.includes(`/api/self-review/campaigns/${campaignId}/export`), hrefs.join(' '));
    assert.ok(hrefs.includes(`/api/risk-points/export?year=${year}`), hrefs.join(' '));
    t.diagnostic(`figures shown: 任务数 ${api.total.taskList.tasks}, 查改剖应参加 ${api.total.selfReview.members}, `
      + `责任书应签 ${api.total.letters.expected}, 在册 ${api.organisation.people}, ${api.units.length} units; campaign ${campaignId} with ${members} members`);
    await screenshot(page, 'report-card-demo.png', { fullPage: true });

    // Another year: the page reloads for it (nothing arranged there).
    await page.locator('#year').selectOption(String(year - 1));
    await page.locator('#summary-year', { hasText: String(year - 1) }).waitFor();
    await page.locator('#progress-campaigns').getByText('本年度尚未发起查改剖活动').waitFor();
    assert.match(page.url(), new RegExp(`year=${year - 1}`));
  });
});

/** The sample list in docs/samples (47 tasks), imported for the year by the Party office. */
async function importTaskList(year) {
  const form = new FormData();
  form.append('file', new Blob([await readFile(SAMPLE_TASK_LIST)], { type: 'text/csv' }), '任务清单-样例.csv');
  form.append('year', String(year));
  form.append('signOffDue', `${year}-12-31`);
  return fetch(`${BASE_URL}/api/task-lists/import`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`office1:${PASSWORD}`).toString('base64') },
    body: form,
  });
}

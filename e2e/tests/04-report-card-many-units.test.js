import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, chinaYear, openBrowser, screenshot, screenshotOnFailure } from '../lib/app.js';

// A city's construction system: 240 units and 6,000 people, fed to the page in place of /api/dashboard.
const UNITS = 240;
const HOSTILE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">恶意单位';

function figures(i, people) {
  const tasks = i % 4 === 0 ? 0 : 3 + (i % 5);
  const risks = i % 3 === 0 ? 0 : 1 + (i % 4);
  const high = Math.min(risks, i % 2);
  // Every unit gets at least 30% except the one the sort must put first.
  const share = i === 137 ? 0 : 0.3 + (i % 7) / 10;
  return {
    taskList: { tasks, signed: Math.round(tasks * share), closed: Math.round(tasks * share / 2), overdue: i % 11 === 0 ? 1 : 0 },
    letters: { expected: people, signed: Math.round(people * share) },
    selfReview: { members: people, submitted: Math.round(people * share), approved: Math.round(people * share / 2) },
    riskPoints: { identified: risks, high, medium: Math.max(risks - high - 1, 0), low: risks > high ? 1 : 0,
      controlled: Math.round(risks * share) },
  };
}

function reportCard(year) {
  const units = [];
  for (let i = 0; i < UNITS; i++) {
    const people = 25;
    const name = i === 7 ? HOSTILE : `第${i + 1}建设工程有限公司党支部`;
    units.push({ unitId: `u${String(i).padStart(3, '0')}`, unitName: name, people, figures: figures(i, people) });
  }
  const sum = (pick) => units.reduce((s, u) => s + pick(u.figures), 0);
  const total = {
    taskList: { tasks: sum((f) => f.taskList.tasks), signed: sum((f) => f.taskList.signed), closed: sum((f) => f.taskList.closed),
      overdue: sum((f) => f.taskList.overdue) },
    letters: { expected: sum((f) => f.letters.expected), signed: sum((f) => f.letters.signed) },
    selfReview: { members: sum((f) => f.selfReview.members), submitted: sum((f) => f.selfReview.submitted),
      approved: sum((f) => f.selfReview.approved) },
    riskPoints: { identified: sum((f) => f.riskPoints.identified), high: sum((f) => f.riskPoints.high),
      medium: sum((f) => f.riskPoints.medium), low: sum((f) => f.riskPoints.low), controlled: sum((f) => f.riskPoints.controlled) },
  };
  return {
    year, total, units,
    organisation: { units: UNITS, people: UNITS * 25, newOrganisations: 60, newOrganisationsWithInspector: 41, associations: 12 },
    campaigns: [{ id: 9, name: `${year}年度查改剖专项自查`, status: 'OPEN', reviewDue: `${year}-12-31`, figures: total.selfReview }],
    cascade: { status: 'SIGNING', levels: [{ level: '1', name: '第 1 级', expected: 12, signed: 12 },
      { level: '2', name: '第 2 级', expected: 240, signed: 200 }, { level: '3', name: '第 3 级', expected: 5748, signed: 2100 }] },
  };
}

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('with 240 units and 6,000 people every unit is listed, names stay text, and filter, sort and header work', async (t) => {
  const { page } = browser;
  const year = chinaYear();
  await screenshotOnFailure(page, 'report-card-240-units', async () => {
    await page.route('**/api/dashboard?*', (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: JSON.stringify(reportCard(year)),
    }));
    const started = Date.now();
    await page.goto(`${BASE_URL}/report-card/`);
    await page.locator('#content').waitFor({ state: 'visible' });
    const rows = page.locator('#units tbody tr');
    assert.equal(await rows.count(), UNITS);
    t.diagnostic(`${UNITS} rows rendered ${Date.now() - started} ms after navigation`);
    assert.equal(await page.locator('#unit-count').textContent(), `显示 ${UNITS} / ${UNITS} 个单位`);
    const org = page.locator('#summary article').filter({ hasText: '组织情况' });
    assert.equal(await org.locator('.figure-item', { hasText: '在册人员' }).locator('dd').textContent(), '6,000');

    // A unit name is text, never markup.
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('#units img, #units script').count(), 0);
    assert.equal(await page.locator('#units tbody tr[data-unit-id="u007"] .unit-name').textContent(), HOSTILE);

    // Sticky header: scrolled to the bottom of the table, the header is still at its top.
    const wrap = page.locator('#table-wrap');
    await page.locator('#units-title').evaluate((el) => el.scrollIntoView());
    await wrap.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const wrapBox = await wrap.boundingBox();
    const headBox = await page.locator('#units thead th').first().boundingBox();
    assert.ok(Math.abs(headBox.y - wrapBox.y) <= 2, `header at ${headBox.y}, table top at ${wrapBox.y}`);
    assert.ok(await rows.last().isVisible());
    await screenshot(page, 'report-card-240-units-scrolled.png');
    await wrap.evaluate((el) => { el.scrollTop = 0; });
    await page.evaluate(() => window.scrollTo(0, 0));

    // Lowest completion first: the unit with nothing done leads.
    await page.locator('#sort-preset').selectOption('overall:asc');
    assert.equal(await rows.first().getAttribute('data-unit-id'), 'u137');
    // Header click: overdue tasks, fewest first; again: most first.
    await page.locator('#units thead th[data-key="taskOverdue"] button').click();
    assert.equal(await page.locator('#units thead th[data-key="taskOverdue"]').getAttribute('aria-sort'), 'ascending');
    await page.locator('#units thead th[data-key="taskOverdue"] button').click();
    assert.equal(await page.locator('#units thead th[data-key="taskOverdue"]').getAttribute('aria-sort'), 'descending');
    assert.equal(await rows.first().locator('td').nth(3).textContent(), '1');
    await page.locator('#sort-preset').selectOption('overall:asc');
    await screenshot(page, 'report-card-240-units.png', { fullPage: true });

    // Filter by name.
    await page.locator('#unit-filter').fill('恶意');
    assert.equal(await rows.count(), 1);
    await page.locator('#unit-filter').fill('第12');
    assert.equal(await rows.count(), 11, '第12…, 第120 … 第129');
    await page.locator('#unit-filter').fill('不存在的单位');
    await page.locator('#units-empty').waitFor({ state: 'visible' });
    await page.locator('#unit-filter').fill('');
    assert.equal(await rows.count(), UNITS);
  });
});

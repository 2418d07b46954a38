import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL, OUT_DIR, eventually, launchSelfReviewFor, rest, screenshot, screenshotOnFailure } from '../lib/app.js';
import { openPhone, phoneLogin, scrollsSideways } from '../lib/phone.js';

// How 掌上办 loads on a mid-range phone, from a notice's link, with nothing cached: bytes over the
// wire (asserted: at most 300 KB) and the time until the task's form can be used (measured and
// reported in e2e/out/phone-first-load.json and the README, not asserted: wall times depend on the
// machine). Then the same page at 200 % text size.
const MEMBER = 'm0012';
const BUDGET = 300 * 1024;
const PROFILES = {
  // Lighthouse's mobile profile, which it long called "Fast 3G": 150 ms round trips, 1.6 Mbps down.
  'Fast 3G (Lighthouse)': { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  // DevTools' own preset of that name (now "Slow 4G"): 562.5 ms latency, 1.44 Mbps down.
  'Fast 3G (DevTools preset)': { latency: 562.5, downloadThroughput: 1.6e6 / 8 * 0.9, uploadThroughput: 750e3 / 8 * 0.9 },
};

let phone;
let storage;
let taskId;
before(async () => {
  const { memberKey } = await launchSelfReviewFor(MEMBER, 'first-load');
  taskId = (await eventually('the 查 task', async () => (await rest(MEMBER, 'GET',
    `/engine-rest/task?assignee=${MEMBER}&processInstanceBusinessKey=${encodeURIComponent(memberKey)}`)).body[0])).id;
  phone = await openPhone();
  await phone.page.goto(`${BASE_URL}/m/`);
  await phoneLogin(phone.page, MEMBER);
  await phone.page.locator('.tabs').waitFor();
  storage = await phone.context.storageState(); // the session, without the browser's cache
});
after(async () => { await phone?.close(); });

async function firstLoad(profile) {
  const context = await phone.browser.newContext({
    storageState: storage, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bytes = new Map();
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  await page.goto(`${BASE_URL}/m/tasks/${taskId}`);
  await page.locator('.action-bar button.primary[data-ready="true"]').waitFor({ timeout: 60_000 });
  // The page marks the moment the form is rendered and 提交 enabled (performance.mark 'qinglian:form').
  const interactiveMs = await page.evaluate(() => Math.round(performance.getEntriesByName('qinglian:form')[0].startTime));
  await page.waitForLoadState('networkidle');
  const total = [...bytes.values()].reduce((sum, size) => sum + size, 0);
  await context.close();
  return { interactiveMs, kilobytes: Math.round(total / 1024 * 10) / 10, requests: bytes.size };
}

test('the first load of a notice\'s task weighs at most 300 KB, and its time to a usable form is measured', async (t) => {
  const results = {};
  for (const [name, profile] of Object.entries(PROFILES)) {
    results[name] = await firstLoad(profile);
    t.diagnostic(`${name}, CPU ×4: form usable after ${results[name].interactiveMs} ms; ${results[name].kilobytes} KB in ${results[name].requests} requests`);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'phone-first-load.json'), JSON.stringify({ measuredAt: new Date().toISOString(), cpuSlowdown: 4, results }, null, 2));
  for (const [name, result] of Object.entries(results)) {
    assert.ok(result.kilobytes * 1024 <= BUDGET, `${name}: ${result.kilobytes} KB over the wire`);
  }
});

test('at 200 % text size the lists and the task still fit the screen and every control is reachable', async () => {
  // 200 % of a 390 px phone: the page lays out in 195 CSS px.
  const context = await phone.browser.newContext({
    storageState: storage, viewport: { width: 195, height: 422 }, deviceScaleFactor: 6, isMobile: true, hasTouch: true,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await screenshotOnFailure(page, 'phone-zoom', async () => {
    await page.goto(`${BASE_URL}/m/`);
    await page.locator('.items a').first().waitFor();
    assert.equal(await scrollsSideways(page), false, 'the list does not scroll sideways');
    await screenshot(page, 'phone-zoom-200-list.png');
    await page.goto(`${BASE_URL}/m/tasks/${taskId}`);
    await page.locator('.action-bar button.primary[data-ready="true"]').waitFor();
    assert.equal(await scrollsSideways(page), false, 'the task does not scroll sideways');
    const clipped = await page.evaluate(() => [...document.querySelectorAll('.fjs-form label, .fjs-form .fjs-form-field-text, .action-bar button, .tabs a, h1')]
      .filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent.trim().slice(0, 20)));
    assert.deepEqual(clipped, [], 'no text is cut off');
    await page.locator('.fjs-form').getByLabel('存在此方面问题').first().tap();
    assert.equal(await page.locator('.fjs-form').getByLabel('存在此方面问题').first().isChecked(), true);
    await screenshot(page, 'phone-zoom-200-task.png');
  });
  await context.close();
});

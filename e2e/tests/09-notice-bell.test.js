import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchSelfReviewFor, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

const MEMBER = 'm0002';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('the 消息 bell in Tasklist shows a new 待办 and opens its task; the office reads what was sent', async (t) => {
  const { memberKey } = await launchSelfReviewFor(MEMBER, 'bell');
  const task = await eventually(`the 查 task of ${MEMBER}`, async () => (await rest(MEMBER, 'GET',
    `/engine-rest/task?assignee=${MEMBER}&taskDefinitionKey=userTask_check&processInstanceBusinessKey=${encodeURIComponent(memberKey)}`)).body[0]);
  const notice = await eventually('the member\'s notice of the new task', async () =>
    (await rest(MEMBER, 'GET', '/api/notices/mine?unread=true&size=50')).body.items.find((n) => n.taskId === task.id));
  assert.equal(notice.kindLabel, '待办');
  assert.ok(notice.title.startsWith('待办：'), notice.title);

  const { page } = browser;
  await screenshotOnFailure(page, 'tasklist-bell', async () => {
    await webappLogin(page, MEMBER);
    const bell = page.locator('a.qinglian-bell:visible');
    await eventually('the unread count on the bell', async () => Number(await bell.getAttribute('data-unread')) > 0, 20_000, 500);
    await bell.click();
    const item = page.locator(`.qinglian-bell-panel [data-notice="${notice.id}"]`);
    await item.waitFor();
    assert.match(await item.getAttribute('class'), /unread/);
    await screenshot(page, 'tasklist-bell.png');
    await item.click();
    await page.waitForURL((url) => url.hash.includes(`task=${task.id}`));
    await page.locator('.fjs-form').getByText('查：对照检查').waitFor();
    await screenshot(page, 'tasklist-bell-opened-task.png');
  });
  const after = (await rest(MEMBER, 'GET', '/api/notices/mine?size=50')).body.items.find((n) => n.id === notice.id);
  assert.equal(after.read, true);

  await page.setViewportSize({ width: 390, height: 844 });
  await screenshotOnFailure(page, 'tasklist-bell-phone', async () => {
    // the navbar folds away on a phone; the compact bell beside its menu button stays
    await page.locator('.qinglian-bell-compact a.qinglian-bell').click();
    await page.locator('.qinglian-bell-panel').waitFor();
    await screenshot(page, 'tasklist-bell-phone.png');
  });
  await page.setViewportSize({ width: 1440, height: 900 });

  await browser.context.clearCookies();
  await screenshotOnFailure(page, 'notices-office', async () => {
    await webappLogin(page, 'office1');
    await page.goto(`${BASE_URL}/notices/`);
    await page.locator('#office').waitFor();
    // A write from this page (outside Tasklist, where the webapps' CSRF cookie is not visible) is taken.
    const mine = page.locator('#mine');
    await mine.locator('input[name="digest"]').check();
    await mine.getByRole('button', { name: '保存' }).click();
    await mine.getByText('已保存。').waitFor();
    assert.equal((await rest('office1', 'GET', '/api/notices/settings')).body.preference.digest, true);
    await mine.locator('input[name="digest"]').uncheck();
    await mine.getByRole('button', { name: '保存' }).click();
    await mine.getByText('已保存。').waitFor();
    await page.locator('#filter input[name="person"]').fill(MEMBER);
    await page.locator('#filter button[type="submit"]').click();
    await page.locator('#sent tbody tr', { hasText: notice.title }).first().waitFor();
    await screenshot(page, 'notices-office.png', { fullPage: true });
    // the report card carries the same bell
    await page.goto(`${BASE_URL}/report-card/`);
    await page.locator('a.qinglian-bell[data-unread]').waitFor();
    await page.locator('a.qinglian-bell').click();
    await page.locator('.qinglian-bell-panel').waitFor();
    await screenshot(page, 'report-card-bell.png');
  });
  t.diagnostic(`${MEMBER} opened "${notice.title}" from the bell`);
});

/** A time as China's wall clock, the form the sessions' API takes (yyyy-MM-ddTHH:mm). */
function chinaLocal(date) {
  return new Date(date.getTime() + 8 * 3600e3).toISOString().slice(0, 16);
}

test('a notice about no task opens what it links to: a 学习通知 opens its session on 掌上办', async (t) => {
  const start = new Date(Date.now() + 24 * 3600e3);
  const created = await rest('office1', 'POST', '/api/education/sessions', {
    kind: 'PARTY_DAY', topic: `主题党日：铃铛打开学习活动（浏览器测试 ${Date.now()}）`,
    startsAt: chinaLocal(start), endsAt: chinaLocal(new Date(start.getTime() + 2 * 3600e3)),
    place: '机关二楼会议室', expectedUnits: ['d03'] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { session } = created.body;
  const member = (await rest('demo', 'GET', '/api/org/people')).body.find((p) => p.unitId === 'd03' && /^m\d+$/.test(p.id));
  const notice = await eventually(`${member.id}'s 学习通知`, async () =>
    (await rest(member.id, 'GET', '/api/notices/mine?size=50')).body.items.find((n) => (n.title || '').includes(session.topic)));
  assert.ok(!notice.taskId, 'a session is no task');

  const { page } = browser;
  await screenshotOnFailure(page, 'tasklist-bell-session', async () => {
    await page.context().clearCookies();
    await webappLogin(page, member.id);
    await page.locator('a.qinglian-bell:visible').click();
    await page.locator(`.qinglian-bell-panel [data-notice="${notice.id}"]`).click();
    await page.waitForURL(new RegExp(`/m/sessions/${session.id}`));
    await page.getByText(session.topic).first().waitFor();
    await screenshot(page, 'tasklist-bell-session.png');
  });
  t.diagnostic(`${member.id} opened session ${session.id} from Tasklist's bell`);
});

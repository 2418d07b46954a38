import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, rest, screenshot, screenshotOnFailure } from '../lib/app.js';
import { PHONES, openPhone, phoneLogin, smallTargets } from '../lib/phone.js';

// 党纪教育 on a phone: the office sets a 廉政教育课 that is about to start; a member opens the 学习通知's
// link, signs in to the session with one tap from the room's link, another types the code read out in
// the room; the organiser's page counts them.
const OFFICE = 'office1';

let phone;
before(async () => { phone = await openPhone(PHONES.small); });
after(async () => { await phone?.close(); });

function chinaLocal(date) {
  // yyyy-MM-ddTHH:mm in China time, as the API takes it
  return new Date(date.getTime() + 8 * 3600e3).toISOString().slice(0, 16);
}

test('members sign in to a session on a phone from its link or its code, and the organiser sees them', async (t) => {
  const start = new Date(Date.now() - 5 * 60e3);
  const created = await rest(OFFICE, 'POST', '/api/education/sessions', {
    kind: 'LECTURE', topic: `廉政教育课：以案为鉴（浏览器测试 ${Date.now()}）`, speaker: '驻委纪检监察组',
    startsAt: chinaLocal(start), endsAt: chinaLocal(new Date(start.getTime() + 2 * 3600e3)),
    place: '机关三楼会议室', expectedUnits: ['d02'] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { session, signIn } = created.body;
  const people = (await rest('demo', 'GET', '/api/org/people')).body.filter((p) => p.unitId === 'd02' && /^m\d+$/.test(p.id));
  assert.ok(people.length >= 2, 'two members of d02');
  const [first, second] = people;

  // The notice names the session and opens it on 掌上办.
  const notices = (await rest(first.id, 'GET', '/api/notices/mine')).body;
  const notice = (notices.items || notices).find((n) => (n.title || '').includes(session.topic));
  assert.ok(notice, 'a 学习通知 reached the member');
  assert.ok(notice.link.endsWith(`/m/sessions/${session.id}`), notice.link);

  const { page } = phone;
  await screenshotOnFailure(page, 'phone-session-link', async () => {
    await page.goto(`${BASE_URL}${signIn.link}`);
    await phoneLogin(page, first.id);
    await page.getByRole('heading', { name: session.topic }).waitFor();
    await page.getByText('尚未签到。').waitFor();
    assert.equal(await page.locator('#sign-in-code').count(), 0, 'the room\'s link needs no code');
    await screenshot(page, 'phone-session-before.png');
    await page.getByRole('button', { name: '签到', exact: true }).tap();
    await page.locator('.status-line').getByText('已签到').waitFor();
    await screenshot(page, 'phone-session-signed.png');
    assert.deepEqual(await smallTargets(page), [], 'every control is large enough to tap');
  });

  await screenshotOnFailure(page, 'phone-session-code', async () => {
    await page.context().clearCookies();
    await page.goto(`${BASE_URL}/m/sessions/${session.id}`);
    await phoneLogin(page, second.id);
    const code = page.locator('#sign-in-code');
    await code.fill('12');
    await page.getByRole('button', { name: '签到', exact: true }).tap();
    await page.locator('.toast.error').getByText('6 位签到码').waitFor();
    await code.fill(signIn.code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '签到', exact: true }).tap();
    await page.locator('.toast.error').getByText('签到码不正确').waitFor();
    await code.fill(signIn.code);
    await page.getByRole('button', { name: '签到', exact: true }).tap();
    await page.locator('.status-line').getByText('已签到').waitFor();
  });

  const seen = (await rest(OFFICE, 'GET', `/api/education/sessions/${session.id}`)).body;
  assert.equal(seen.counts.signedIn, 2);
  const ways = Object.fromEntries(seen.attendance.filter((a) => a.signedInAt).map((a) => [a.personId, a.signedInBy]));
  assert.deepEqual(ways, { [first.id]: 'LINK', [second.id]: 'CODE' });

  await screenshotOnFailure(page, 'phone-session-organiser', async () => {
    await page.context().clearCookies();
    await page.goto(`${BASE_URL}/m/sessions/${session.id}`);
    await phoneLogin(page, OFFICE);
    await page.locator('.runner .code').getByText(signIn.code).waitFor();
    await page.locator('.runner').getByText('已签到 2 人').waitFor();
    await screenshot(page, 'phone-session-organiser.png');
  });
  t.diagnostic(`${first.id} signed in from the link, ${second.id} with the code, on a 360 px phone; ${OFFICE} saw 2 in`);
});

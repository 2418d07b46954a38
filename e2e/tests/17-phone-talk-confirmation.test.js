import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, rest, screenshot, screenshotOnFailure } from '../lib/app.js';
import { PHONES, openPhone, phoneLogin } from '../lib/phone.js';

// 廉政谈话 on a phone: a 提醒谈话 planned by the office, approved and held (over REST), reaches the member
// as 确认谈话记录; they read the record on their phone, add their own statement and confirm. The office,
// reading the ledger, sees that it was confirmed — never what was said.
const OFFICE = 'office1';
const RECORD = '浏览器测试：谈话人指出其在工程验收中收受礼品的苗头，本人表示立即退还并作出说明。';

let phone;
before(async () => { phone = await openPhone(PHONES.large); });
after(async () => { await phone?.close(); });

async function openTask(businessKey, step) {
  return eventually(step, async () => (await rest('demo', 'GET',
    `/engine-rest/task?processInstanceBusinessKey=${businessKey}&taskDefinitionKey=${step}`)).body[0], 30_000, 500);
}

test('a member reads the record of their talk on a phone and confirms it with a statement', async (t) => {
  const people = (await rest('demo', 'GET', '/api/org/people')).body;
  const member = people.filter((p) => p.unitId === 'a03' && /^m\d+$/.test(p.id)).at(-1);
  assert.ok(member, 'a member of a03');
  const planned = await rest(OFFICE, 'POST', '/api/integrity-talks', {
    talkKind: 'REMINDER', personIds: [member.id], reason: '浏览器测试：群众反映其参与工程验收时接受宴请', proposedTalker: 'head-a03' });
  assert.equal(planned.status, 201, JSON.stringify(planned.body));
  const key = planned.body.talk.businessKey;

  const approval = await openTask(key, 'userTask_approve');
  assert.equal((await rest(approval.assignee, 'POST', `/engine-rest/task/${approval.id}/complete`, { variables: {
    approval: { value: 'approve' }, talkerChosen: { value: 'head-a03' } } })).status, 204);
  const hold = await openTask(key, 'userTask_hold');
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  const held = await rest('head-a03', 'POST', `/engine-rest/task/${hold.id}/complete`, { variables: {
    talkDate: { value: today }, place: { value: '纪检监察组谈话室' }, recorder: { value: 'office2' }, record: { value: RECORD } } });
  assert.equal(held.status, 204, JSON.stringify(held.body));
  const confirm = await openTask(key, 'userTask_confirm');
  assert.equal(confirm.assignee, member.id);

  const { page } = phone;
  await screenshotOnFailure(page, 'phone-talk-confirm', async () => {
    await page.goto(`${BASE_URL}/m/tasks/${confirm.id}`);
    await phoneLogin(page, member.id);
    const form = page.locator('.fjs-form');
    await form.getByText('确认谈话记录').first().waitFor();
    await form.getByText(RECORD).waitFor();
    await form.getByLabel('本人说明（选填）').fill('礼品已于当日退还，今后严格遵守中央八项规定精神。');
    await form.getByLabel('本人说明（选填）').blur();
    await form.getByLabel('已阅读并确认谈话记录').check();
    await screenshot(page, 'phone-talk-confirm.png', { fullPage: true });
    await page.locator('.action-bar button.primary').tap();
    await page.locator('.toast').getByText('已提交').waitFor();
  });

  const mine = (await rest(member.id, 'GET', `/api/integrity-talks/${planned.body.talk.id}`)).body;
  const own = mine.people.find((p) => p.personId === member.id);
  assert.ok(own && own.confirmedAt, JSON.stringify(mine.people));
  assert.equal(own.statement, '礼品已于当日退还，今后严格遵守中央八项规定精神。');
  const office = await rest(OFFICE, 'GET', `/api/integrity-talks?kind=提醒谈话`);
  assert.equal(office.status, 200);
  assert.ok(!JSON.stringify(office.body).includes('礼品'), 'the office reads no content');
  t.diagnostic(`${member.id} confirmed ${key}'s record with a statement on a 390 px phone; the office's list holds no content`);
});

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchSelfReviewFor, rest, screenshot, screenshotOnFailure } from '../lib/app.js';
import { PHONES, openPhone, phoneLogin } from '../lib/phone.js';

// The approval operations from a phone's 更多操作: a branch secretary copies a member's review to the
// Party office and hands it to another branch secretary; the office finds it under 抄送我的.
const MEMBER = 'm0014';

let secretary;
let office;
before(async () => {
  secretary = await openPhone(PHONES.small);
  office = await openPhone(PHONES.large);
});
after(async () => {
  await secretary?.close();
  await office?.close();
});

async function sheetAction(page, label) {
  await page.locator('.action-bar button', { hasText: '更多操作' }).tap();
  await page.locator('dialog.sheet button', { hasText: label }).tap();
  return page.locator('dialog.sheet form');
}

test('a branch secretary copies a review to the office and transfers it from a phone; the office sees the copy', async (t) => {
  const { memberKey } = await launchSelfReviewFor(MEMBER, 'operations');
  const step = async (key) => eventually(key, async () => (await rest('demo', 'GET',
    `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(memberKey)}&taskDefinitionKey=${key}`)).body[0], 30_000, 500);
  const check = await step('userTask_check');
  assert.equal((await rest(MEMBER, 'POST', `/engine-rest/task/${check.id}/complete`, { variables: {} })).status, 204);
  const analyse = await step('userTask_analyse');
  assert.equal((await rest(MEMBER, 'POST', `/engine-rest/task/${analyse.id}/complete`,
    { variables: { analysis: { value: '对照检查，思想上有所松懈，今后加强学习。' } } })).status, 204);
  const review = await step('userTask_branchReview');
  const other = (await rest('demo', 'GET', '/api/org/people/bs-b2')).body;
  const to = review.assignee === 'bs-b2' ? (await rest('demo', 'GET', '/api/org/people/bs-b3')).body : other;

  const { page } = secretary;
  await screenshotOnFailure(page, 'phone-operations', async () => {
    await page.goto(`${BASE_URL}/m/tasks/${review.id}`);
    await phoneLogin(page, review.assignee);
    await page.locator('.action-bar button.primary[data-ready="true"]').waitFor();

    const copy = await sheetAction(page, '抄送');
    await copy.locator('input[name="to"]').fill(`办公室（office1）`);
    await copy.locator('input[name="to"]').dispatchEvent('change');
    await copy.locator('.chosen li[data-id="office1"]').waitFor();
    await copy.locator('textarea[name="note"]').fill('请办公室知悉😀');
    await screenshot(page, 'phone-copy.png');
    await copy.getByRole('button', { name: '确定' }).tap();
    await page.locator('.toast').getByText('已抄送 1 人。').waitFor();

    const transfer = await sheetAction(page, '转办');
    await transfer.getByRole('button', { name: '确定' }).tap();
    await transfer.locator('.form-error').getByText('请填写“转办给”。').waitFor();
    await transfer.locator('input[name="to"]').fill(`${to.name}（${to.id}）`);
    await transfer.locator('textarea[name="reason"]').fill('本人出差，请代为审核');
    await transfer.getByRole('button', { name: '确定' }).tap();
    await page.locator('.toast').getByText('已转办。').waitFor();
    await page.locator('.tabs').waitFor();
  });
  const moved = (await rest('demo', 'GET', `/engine-rest/task/${review.id}`)).body;
  assert.equal(moved.assignee, to.id, 'the review is the other secretary\'s now');

  await screenshotOnFailure(office.page, 'phone-copied', async () => {
    await office.page.goto(`${BASE_URL}/m/copied`);
    await phoneLogin(office.page, 'office1');
    const item = office.page.locator('.items a', { hasText: '请办公室知悉😀' }).first();
    await item.waitFor();
    await screenshot(office.page, 'phone-copied-list.png');
    await item.tap();
    await office.page.locator('.timeline li').first().waitFor();
    assert.ok((await office.page.locator('.timeline').textContent()).includes('支部书记审核'));
  });
  t.diagnostic(`${review.assignee} copied the review to office1 and transferred it to ${to.id} from a 360 px phone`);
});

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchSelfReviewFor, rest, screenshot, screenshotOnFailure } from '../lib/app.js';
import { PHONES, openLink, openPhone, phoneLogin, scrollsSideways, smallTargets, unlabelledInputs } from '../lib/phone.js';

// 掌上办 on a phone: a member follows a notice's link to their 查, does 查, 改 and 剖, is returned and
// resubmits; their branch secretary reviews from another phone. 生僻字 and emoji go in and come back.
const MEMBER = 'm0001';
const FINDING = '学习笔记缺𠀾𡘙两篇😀，会议记录不完整';
const ANALYSIS = '思想上放松了要求，学习不够深入系统，今后每月自学两次。';
const RETURN_REASON = '剖析不够深入，请联系岗位再写🙂';

let member;
let secretary;
before(async () => {
  member = await openPhone(PHONES.large);
  secretary = await openPhone(PHONES.small);
});
after(async () => {
  await member?.close();
  await secretary?.close();
});

async function taskOf(user, processInstanceId, step) {
  return eventually(`${step} for ${user}`, async () => (await rest(user, 'GET',
    `/engine-rest/task?processInstanceId=${processInstanceId}&taskDefinitionKey=${step}`)).body[0], 30_000, 500);
}

/** A finger on a check box or a radio (a phone has no mouse), and what it shows after. */
async function tick(locator) {
  await locator.tap();
  assert.equal(await locator.isChecked(), true, 'the tap ticked it');
}

async function submit(page) {
  await page.locator('.action-bar button.primary').tap();
}

test('a member opens the notice of their 查 on a phone, signs in, and does 查, 改 and 剖', async (t) => {
  const { memberKey } = await launchSelfReviewFor(MEMBER, 'phone');
  const check = await eventually('the 查 task', async () => (await rest(MEMBER, 'GET',
    `/engine-rest/task?assignee=${MEMBER}&taskDefinitionKey=userTask_check&processInstanceBusinessKey=${encodeURIComponent(memberKey)}`)).body[0]);
  const notice = await eventually('the 待办 notice of the 查', async () => (await rest(MEMBER, 'GET', '/api/notices/mine?size=50'))
    .body.items.find((n) => n.taskId === check.id));
  assert.match(notice.link, new RegExp(`/m/tasks/${check.id}$`), 'the notice links to the task on the phone page');

  const { page } = member;
  await screenshotOnFailure(page, 'phone-member', async () => {
    await openLink(page, notice.link);
    await page.locator('#username').waitFor();
    assert.deepEqual(await unlabelledInputs(page), [], 'every input of the sign-in has a label');
    await screenshot(page, 'phone-login.png');
    await phoneLogin(page, MEMBER);

    // 查: the notice's task opened straight after signing in.
    await page.locator('h1.task-title').getByText('查：对照检查').waitFor();
    const form = page.locator('.fjs-form');
    await tick(form.getByLabel('存在此方面问题').first());
    await form.getByLabel('问题描述（具体表现）').first().fill(FINDING);
    assert.deepEqual(await unlabelledInputs(page), [], 'every input of the form has a label');
    assert.deepEqual(await smallTargets(page), [], 'every control is at least 44 × 44 px');
    assert.equal(await scrollsSideways(page), false);
    await screenshot(page, 'phone-check.png');
    await submit(page);
    await page.locator('.toast').getByText('已提交').waitFor();

    // 改: from the 待办 list; a refused 提交 names the fields and shows the first in Chinese.
    await page.locator('.items a', { hasText: '改：整改措施' }).first().tap();
    await page.locator('h1.task-title').getByText('改：整改措施').waitFor();
    assert.ok((await page.locator('.fjs-form').textContent()).includes(FINDING), 'the finding comes back with its 生僻字 and emoji');
    await submit(page);
    const error = page.locator('.form-error[role=alert]');
    await error.getByText('请检查标红的栏目：整改措施、完成时限。').waitFor();
    await page.locator('.fjs-form-field-error').getByText('此项为必填项。').first().waitFor();
    const first = await page.locator('.fjs-has-errors').first().boundingBox();
    assert.ok(first && first.y >= 0 && first.y + first.height <= PHONES.large.height, `the first error is in view: ${JSON.stringify(first)}`);
    await screenshot(page, 'phone-correct-errors.png');
    await page.locator('.fjs-form').getByLabel('整改措施').first().fill('补齐学习笔记，会议记录当天归档。');
    await tick(page.locator('.fjs-form').getByLabel('立行立改（已当即整改到位）').first());
    await submit(page);
    await page.locator('.toast').getByText('已提交').waitFor();

    // 剖
    await page.locator('.items a', { hasText: '剖：剖析根源并提交' }).first().tap();
    await page.locator('.fjs-form').getByLabel('剖析材料').fill(ANALYSIS);
    await submit(page);
    await page.locator('.toast').getByText('已提交').waitFor();
  });
  const review = await taskOf('demo', check.processInstanceId, 'userTask_branchReview');
  t.diagnostic(`查, 改 and 剖 done on the phone; the review waits for ${review.assignee}`);
  assert.deepEqual(member.problems, [], 'no script error and nothing refused by the page\'s policy');
});

test('the branch secretary returns the 剖 from a phone; the member sees why, resubmits, and it is approved', async (t) => {
  const reviews = await rest('demo', 'GET', `/engine-rest/task?taskDefinitionKey=userTask_branchReview&processInstanceBusinessKeyLike=${encodeURIComponent('%:' + MEMBER)}`);
  const review = reviews.body.find((task) => task.name.includes('浏览器测试 phone'));
  assert.ok(review, 'the member\'s review waits for the branch secretary');
  const reviewer = review.assignee;

  const { page } = secretary;
  await screenshotOnFailure(page, 'phone-secretary', async () => {
    await page.goto(`${BASE_URL}/m/`);
    await phoneLogin(page, reviewer, { remember: true });
    // 在本机记住我: the session's cookie outlives the browser being closed, for 30 days.
    await eventually('the remembered session cookie', async () => {
      const session = (await secretary.context.cookies()).find((c) => c.name === 'JSESSIONID');
      return session && session.expires * 1000 > Date.now() + 29 * 864e5;
    }, 5_000, 200);
    await page.locator('.tabs a[aria-current=page]').getByText('待办').waitFor();
    const item = page.locator('.items a', { hasText: '支部书记审核' }).filter({ hasText: '浏览器测试 phone' }).first();
    await item.waitFor();
    assert.equal(await scrollsSideways(page), false, 'the list fits a 360 px phone');
    await screenshot(page, 'phone-secretary-todo.png');
    await item.tap();
    const form = page.locator('.fjs-form');
    await form.getByText(FINDING).first().waitFor();
    await tick(form.getByLabel('退回修改'));
    // form-js's select is a list it draws itself: tap it open, tap the choice.
    await form.locator('.fjs-form-field-select .fjs-input-group').tap();
    await form.locator('.fjs-dropdownlist-item', { hasText: '剖（剖析根源）' }).tap();
    assert.ok((await form.locator('.fjs-form-field-select').textContent()).includes('剖（剖析根源）'));
    await form.getByLabel('审核意见（退回时必填）').fill(RETURN_REASON);
    await page.locator('.timeline li').first().waitFor();
    await screenshot(page, 'phone-secretary-review.png', { fullPage: true });
    await submit(page);
    await page.locator('.toast').getByText('已提交').waitFor();
  });

  await screenshotOnFailure(member.page, 'phone-member-returned', async () => {
    const { page: phone } = member;
    await phone.goto(`${BASE_URL}/m/`);
    const returned = phone.locator('.items a.returned').first();
    await returned.getByText('【已退回】剖：剖析根源并提交').waitFor();
    assert.ok((await returned.locator('.reason').textContent()).includes(RETURN_REASON), 'the list says why, emoji included');
    await screenshot(phone, 'phone-member-returned.png');
    await returned.tap();
    await phone.locator('.fjs-form').getByText(RETURN_REASON).waitFor();
    await phone.locator('.fjs-form').getByLabel('剖析材料').fill(ANALYSIS + '对照岗位职责，补充了廉洁风险的具体表现。');
    await submit(phone);
    await phone.locator('.toast').getByText('已提交').waitFor();
  });

  const again = await eventually('the review back with the secretary', async () => (await rest(reviewer, 'GET',
    `/engine-rest/task?assignee=${reviewer}&taskDefinitionKey=userTask_branchReview&processInstanceId=${review.processInstanceId}`)).body[0]);
  await screenshotOnFailure(page, 'phone-secretary-approves', async () => {
    await page.goto(`${BASE_URL}/m/tasks/${again.id}`);
    await tick(page.locator('.fjs-form').getByLabel('通过'));
    await submit(page);
    await page.locator('.toast').getByText('已提交').waitFor();
  });
  await eventually('the review to be approved', async () => (await rest('demo', 'GET',
    `/engine-rest/task?processInstanceId=${review.processInstanceId}&taskDefinitionKey=userTask_branchReview`)).body.length === 0, 20_000, 500);
  t.diagnostic(`${reviewer} returned and approved from a 360 px phone; the member resubmitted after reading the reason`);
  assert.deepEqual(secretary.problems, []);
});

test('a member\'s phone never opens another member\'s task', async () => {
  const { memberKey } = await launchSelfReviewFor('m0002', 'foreign');
  const theirs = await eventually('m0002\'s 查', async () => (await rest('m0002', 'GET',
    `/engine-rest/task?assignee=m0002&processInstanceBusinessKey=${encodeURIComponent(memberKey)}`)).body[0]);
  assert.equal((await rest(MEMBER, 'GET', `/api/tasks/${theirs.id}`)).status, 403);
  const { page } = member;
  await screenshotOnFailure(page, 'phone-foreign-task', async () => {
    await page.goto(`${BASE_URL}/m/tasks/${theirs.id}`);
    await page.locator('.problem h1').getByText('无法打开').waitFor();
    assert.equal(await page.locator('.fjs-form').count(), 0);
    assert.ok(!(await page.textContent('body')).includes('m0002'), 'nothing of the other member shows');
    await screenshot(page, 'phone-foreign-task.png');
  });
});

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchSelfReviewFor, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

const MEMBER = 'm0001';
const FINDING = '浏览器测试：会议记录不完整，个别学习未签到。';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('a member fills in and completes the 查 form of a self-review in Tasklist, and the review moves on to 改', async (t) => {
  const { campaign, memberKey } = await launchSelfReviewFor(MEMBER, 'form');

  // The campaign fans out in jobs: wait for the member's 查 task of this campaign.
  const task = await eventually(`the 查 task of ${MEMBER}`, async () => {
    const tasks = await rest(MEMBER, 'GET', `/engine-rest/task?assignee=${MEMBER}&taskDefinitionKey=userTask_check`
      + `&processInstanceBusinessKey=${encodeURIComponent(memberKey)}`);
    assert.equal(tasks.status, 200);
    return tasks.body[0];
  });
  t.diagnostic(`task ${task.id} (${task.name}) arrived for ${MEMBER}`);

  const { page } = browser;
  await screenshotOnFailure(page, 'tasklist-check-form', async () => {
    await webappLogin(page, MEMBER);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${task.id}`);
    const form = page.locator('.fjs-form');
    await form.getByText('查：对照检查').waitFor();
    await form.getByLabel('存在此方面问题').first().check();
    await form.getByLabel('问题描述（具体表现）').first().fill(FINDING);
    await screenshot(page, 'tasklist-check-form.png');
    await page.locator('button[ng-click="complete()"]').click();
  });

  await eventually('the 查 task to be completed', async () =>
    (await rest(MEMBER, 'GET', `/engine-rest/task/${task.id}`)).status === 404, 20_000, 500);
  const next = await eventually('the 改 task', async () => {
    const tasks = await rest(MEMBER, 'GET', `/engine-rest/task?processInstanceId=${task.processInstanceId}`);
    return tasks.body.find((x) => x.taskDefinitionKey === 'userTask_correct');
  }, 20_000, 500);
  assert.equal(next.assignee, MEMBER);
  const review = await rest(MEMBER, 'GET', `/api/self-review/campaigns/${campaign.id}/reviews/${MEMBER}`);
  assert.equal(review.status, 200);
  assert.ok(JSON.stringify(review.body).includes(FINDING), 'the finding typed in the form is recorded');
  t.diagnostic(`after 完成: task ${next.name} waits for ${MEMBER}; the finding is in the review`);
});

test('a refused 改 names the fields and shows the first; 立行立改 hides 完成时限 and 完成 works again', async (t) => {
  const { memberKey } = await launchSelfReviewFor(MEMBER, 'correct');
  const check = await eventually(`the 查 task of ${MEMBER}`, async () => (await rest(MEMBER, 'GET',
    `/engine-rest/task?assignee=${MEMBER}&taskDefinitionKey=userTask_check&processInstanceBusinessKey=${encodeURIComponent(memberKey)}`)).body[0]);
  const done = await rest(MEMBER, 'POST', `/engine-rest/task/${check.id}/complete`,
    { variables: { found1: { value: true }, finding1: { value: FINDING } } });
  assert.equal(done.status, 204, JSON.stringify(done.body));
  const correct = await eventually('the 改 task', async () => (await rest(MEMBER, 'GET',
    `/engine-rest/task?processInstanceId=${check.processInstanceId}`)).body.find((x) => x.taskDefinitionKey === 'userTask_correct'));

  const { page } = browser;
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshotOnFailure(page, 'tasklist-correct-errors', async () => {
    // A fresh load, not a hash change in the page that just completed a task (Tasklist clears its URL then).
    await page.goto('about:blank');
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${correct.id}`);
    const form = page.locator('.fjs-form');
    await form.getByText('改：制定整改措施').waitFor();
    // Members are not offered Tasklist's task-admin controls: forms.js asked /api/tasks and set no class.
    await page.locator(`[cam-tasklist-task-meta][data-qinglian-task^="${correct.id}|"]`).waitFor({ state: 'attached' });
    assert.equal(await page.locator('[cam-tasklist-task-meta].qinglian-task-admin').count(), 0);
    for (const control of ['.followup-date', '[cam-tasklist-task-meta] .groups', '.unclaim']) {
      assert.equal(await page.locator(control).isVisible(), false, `${control} is hidden from the member`);
    }
    const completeButton = page.locator('button[ng-click="complete()"]');
    await completeButton.click();
    const notice = page.locator('.page-notifications .alert-danger');
    await notice.getByText('请检查标红的栏目：整改措施、完成时限。').waitFor();
    const firstError = page.locator('.fjs-has-errors').first();
    assert.ok(await firstError.isVisible());
    const box = await firstError.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 768, `the first error is in view: ${JSON.stringify(box)}`);
    await screenshot(page, 'tasklist-correct-errors.png');

    await form.getByLabel('整改措施').first().fill('补全会议记录，严格学习签到。');
    await form.getByLabel('立行立改（已当即整改到位）').first().check();
    await page.waitForTimeout(300);
    assert.equal(await completeButton.isDisabled(), false, '完成 is enabled once no visible field is in error');
    assert.equal(await form.locator('.fjs-form-field-textarea').first().getAttribute('data-qinglian-count'), '已输入 14 字',
      'the text area counts characters');
    await completeButton.click();
    // The next try clears the old message.
    await notice.waitFor({ state: 'detached' });
  });

  await eventually('the 改 task to be completed', async () =>
    (await rest(MEMBER, 'GET', `/engine-rest/task/${correct.id}`)).status === 404, 20_000, 500);
  t.diagnostic('refused 完成 named 整改措施 and 完成时限 and showed the first; after 立行立改 the form completed');
});

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchSelfReviewFor, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

const MEMBER = 'm0001';
const FINDING = '浏览器测试：会议记录不完整，个别学习未签到。';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('a member fills in and completes the 查 form of a self-review in Tasklist, and the review moves on to 改', async (t) => {
  const { campaign, businessKey } = await launchSelfReviewFor(MEMBER, 'form');

  // The campaign fans out in jobs: wait for the member's 查 task of this campaign.
  const task = await eventually(`the 查 task of ${MEMBER}`, async () => {
    const tasks = await rest(MEMBER, 'GET', `/engine-rest/task?assignee=${MEMBER}&taskDefinitionKey=userTask_check`
      + `&processInstanceBusinessKey=${encodeURIComponent(businessKey)}`);
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

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchSelfReviewFor, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

const MEMBER = 'm0002';
const REASON = '浏览器测试：剖析不够深入，请结合岗位实际重写。';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** The open tasks of a process instance, read as the administrator. */
async function openTasks(processInstanceId) {
  const tasks = await rest('demo', 'GET', `/engine-rest/task?processInstanceId=${processInstanceId}`);
  assert.equal(tasks.status, 200);
  return tasks.body;
}

test('a branch secretary returns a member\'s self-review to 剖 through the 审批记录 tab, with a reason in the timeline', async (t) => {
  const { memberKey } = await launchSelfReviewFor(MEMBER, 'return');

  const check = await eventually(`the 查 task of ${MEMBER}`, async () => (await rest(MEMBER, 'GET',
    `/engine-rest/task?assignee=${MEMBER}&taskDefinitionKey=userTask_check&processInstanceBusinessKey=${encodeURIComponent(memberKey)}`)).body[0]);
  const pid = check.processInstanceId;
  const complete = async (user, taskId, variables) => {
    const done = await rest(user, 'POST', `/engine-rest/task/${taskId}/complete`, { variables });
    assert.equal(done.status, 204, JSON.stringify(done.body));
  };
  // The member finds nothing to correct and goes straight to 剖, then submits.
  await complete(MEMBER, check.id, { found1: { value: false } });
  const analyse = (await openTasks(pid)).find((x) => x.taskDefinitionKey === 'userTask_analyse');
  await complete(MEMBER, analyse.id, { analysis: { value: '理论学习不够深入，对小节问题警惕不够，今后经常自省。' } });
  const review = (await openTasks(pid)).find((x) => x.taskDefinitionKey === 'userTask_branchReview');
  assert.ok(review?.assignee, 'the branch review waits for the branch secretary');
  t.diagnostic(`支部书记审核 waits for ${review.assignee}`);

  const { page } = browser;
  await screenshotOnFailure(page, 'tasklist-return', async () => {
    await webappLogin(page, review.assignee);
    // The secretary's list names whose review each task is.
    const memberName = (await rest('demo', 'GET', `/api/org/people/${MEMBER}`)).body.name;
    await page.locator('h4.task a', { hasText: `支部书记审核 · ${memberName}` }).first().waitFor();
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${review.id}`);
    await page.locator('.nav-tabs a', { hasText: '审批记录' }).click();
    const plugin = page.locator('.qinglian-approval');
    await plugin.locator('.qinglian-timeline li').first().waitFor();
    await plugin.locator('button[data-operation="return"]').click();
    await plugin.locator('select[data-field="target"]').selectOption('userTask_analyse');
    await plugin.locator('textarea[data-field="reason"]').fill(REASON);
    await screenshot(page, 'tasklist-return.png');
    await plugin.locator('button[data-confirm="return"]').click();
    await plugin.getByText('退回成功').waitFor();
  });

  const back = await eventually('the review back at 剖', async () =>
    (await openTasks(pid)).find((x) => x.taskDefinitionKey === 'userTask_analyse'), 20_000, 500);
  assert.equal(back.assignee, MEMBER);
  assert.equal((await openTasks(pid)).length, 1, 'the branch review is gone');
  const timeline = await rest(MEMBER, 'GET', `/api/tasks/processes/${pid}/timeline`);
  assert.equal(timeline.status, 200);
  const returned = timeline.body.find((e) => e.action === '退回');
  assert.ok(returned?.opinion.includes(REASON), JSON.stringify(timeline.body));
  assert.equal(returned.actorId, review.assignee);

  // The member sees that it came back, and why, in the list and on the form; and cannot pass it on.
  await screenshotOnFailure(page, 'tasklist-returned', async () => {
    await page.context().clearCookies();
    await webappLogin(page, MEMBER);
    await page.locator('h4.task a', { hasText: '【已退回】剖：剖析根源并提交' }).first().waitFor();
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${back.id}`);
    await page.locator('.fjs-form').getByText(`支部书记审核：${REASON}`).waitFor();
    await screenshot(page, 'tasklist-returned.png');
    await page.locator('.nav-tabs a', { hasText: '审批记录' }).click();
    const plugin = page.locator('.qinglian-approval');
    await plugin.locator('.qinglian-timeline li').first().waitFor();
    assert.equal(await plugin.locator('button[data-operation="transfer"]').count(), 0, 'no 转办 on a member\'s own step');
  });
  t.diagnostic(`returned by ${review.assignee}; ${MEMBER} sees 【已退回】 in the list and the reason on the form`);
});

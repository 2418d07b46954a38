import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, chinaYear, eventually, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('the office urges the secretary from 我的审批, and the secretary transfers the approval through the 审批记录 tab', async (t) => {
  const year = chinaYear();
  const started = await rest('office1', 'POST', '/api/letters', { year });
  assert.ok([201, 409].includes(started.status), JSON.stringify(started.body));
  const approval = await eventually('the secretary\'s approval of the letter', async () => (await rest('demo', 'GET',
    `/engine-rest/task?processInstanceBusinessKey=letter-${year}&taskDefinitionKey=userTask_approveDraft`)).body[0]);
  assert.equal(approval.assignee, 'secretary');

  const { page } = browser;
  await screenshotOnFailure(page, 'tasklist-urge', async () => {
    await webappLogin(page, 'office1');
    await page.locator('a.qinglian-my-approvals-action').click();
    const row = page.locator(`.qinglian-my-approvals [data-process="${approval.processInstanceId}"]`).first();
    await row.waitFor();
    await row.locator('button[data-operation="urge"]').click();
    // the answer names where the urge went: in the demo, the secretary's messages and e-mail (logged)
    await page.locator('.qinglian-my-approvals').getByText('催办成功，已通过站内、邮件通知。').waitFor();
    await screenshot(page, 'tasklist-my-approvals.png');
  });

  await browser.context.clearCookies();
  await screenshotOnFailure(page, 'tasklist-transfer', async () => {
    await webappLogin(page, 'secretary');
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${approval.id}`);
    await page.locator('.nav-tabs a', { hasText: '审批记录' }).click();
    const plugin = page.locator('.qinglian-approval');
    await plugin.locator('.qinglian-timeline li').first().waitFor();
    await plugin.locator('button[data-operation="transfer"]').click();
    await plugin.locator('input[data-field="person"]').fill('leader1');
    await plugin.locator('textarea[data-field="reason"]').fill('浏览器测试：出差期间请代为审定');
    await plugin.locator('button[data-confirm="transfer"]').click();
    await plugin.getByText('转办成功').waitFor();
  });

  const moved = await rest('demo', 'GET', `/engine-rest/task/${approval.id}`);
  assert.equal(moved.body.assignee, 'leader1');
  const timeline = await rest('office1', 'GET', `/api/tasks/processes/${approval.processInstanceId}/timeline`);
  const actions = timeline.body.map((e) => e.action);
  assert.ok(actions.includes('催办') && actions.includes('转办'), JSON.stringify(actions));
  t.diagnostic(`urged by office1, transferred by the secretary to leader1: ${actions.join(' → ')}`);
});

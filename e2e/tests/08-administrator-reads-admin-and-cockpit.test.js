import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchSelfReviewFor, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('the administrator reads people, groups and a member\'s review in Chinese in Admin and Cockpit', async (t) => {
  const { memberKey } = await launchSelfReviewFor('m0003', 'cockpit');
  const member = await eventually('the member\'s review process', async () => (await rest('demo', 'GET',
    `/engine-rest/process-instance?processDefinitionKey=selfReviewMember&businessKey=${encodeURIComponent(memberKey)}`)).body[0]);
  const { page } = browser;
  await page.setViewportSize({ width: 1366, height: 768 });

  await screenshotOnFailure(page, 'admin-users', async () => {
    await webappLogin(page, 'demo', 'admin');
    await page.goto(`${BASE_URL}/camunda/app/admin/default/#/users`);
    const table = page.locator('table.cam-table');
    await table.locator('th.firstname', { hasText: '姓名' }).waitFor();
    assert.equal(await table.locator('th.lastname').isVisible(), false, 'no always-empty 姓 column');
    await page.goto(`${BASE_URL}/camunda/app/admin/default/#/groups`);
    await page.getByText('系统管理员').first().waitFor();
    const body = await page.locator('body').innerText();
    for (const raw of ['camunda BPM Administrators', 'SYSTEM', 'WORKFLOW']) {
      assert.ok(!body.includes(raw), `Admin shows no "${raw}"`);
    }
    await screenshot(page, 'admin-groups.png');
  });

  await screenshotOnFailure(page, 'cockpit-instance', async () => {
    await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/process-instance/${member.id}/runtime`);
    await page.getByText('定义键').first().waitFor();
    // The variables tab lists the review's deadlines (Date variables).
    await page.getByText('checkDue').first().waitFor();
    await page.waitForTimeout(1000);
    const text = await page.locator('body').innerText();
    assert.ok(!/\bnull\b/.test(text), 'no "null" in empty fields');
    assert.ok(!/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text), 'no ISO times');
    assert.ok(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}/.test(text), 'times written the Chinese way');
    assert.ok(text.includes(memberKey), `the review's business key says whose it is: ${memberKey}`);
    // self-review.bpmn holds three pools; the diagram is zoomed to the member's (a task 100 wide in
    // the model drew about 25 px with all three fitted in).
    const check = await page.locator('.djs-element[data-element-id="userTask_check"]').first().boundingBox();
    assert.ok(check && check.width > 35, `the member's pool is readable: ${JSON.stringify(check)}`);
    await screenshot(page, 'cockpit-instance.png');
  });
  await screenshotOnFailure(page, 'tasklist-admin-controls', async () => {
    // The controls hidden from members are the administrator's: Tasklist shows them to demo.
    const task = await eventually('the member\'s 查 task', async () => (await rest('demo', 'GET',
      `/engine-rest/task?processInstanceId=${member.id}`)).body[0]);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${task.id}`);
    await page.locator('[cam-tasklist-task-meta].qinglian-task-admin').waitFor({ state: 'attached', timeout: 20_000 });
    assert.ok(await page.locator('.followup-date').first().isVisible(), '设置跟进日期 is offered to the administrator');
  });
  t.diagnostic('Admin: 姓名, 系统管理员; Cockpit: no null, Chinese times, the member\'s pool in view; Tasklist: task controls');
});

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';
import { PHONES, openPhone, phoneLogin } from '../lib/phone.js';

// 书记领办党建项目 as its people meet it: a branch secretary proposes (领题) from Tasklist's 启动流程 in
// Chinese, the Party office reads the proposal on its 党办审核 form and returns it, the secretary finds
// the form filled in and sends a revision; once approved, the secretary reports progress from a phone
// with a photo as evidence.
const SECRETARY = 'bs-b1';
const OFFICE = 'office1';
const YEAR = new Date().getFullYear() + 1;
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let browser;
let phone;
before(async () => {
  browser = await openBrowser();
  phone = await openPhone(PHONES.large);
});
after(async () => {
  await browser?.close();
  await phone?.close();
});

async function openTask(businessKey, step) {
  return eventually(step, async () => (await rest('demo', 'GET',
    `/engine-rest/task?processInstanceBusinessKey=${businessKey}&taskDefinitionKey=${step}`)).body[0], 30_000, 500);
}

test('a branch secretary proposes a project in Tasklist; the office returns it; the revision and a phone report follow', async (t) => {
  const title = `机关党建“双建”融合项目（浏览器测试 ${Date.now()}）`;
  const member = (await rest('demo', 'GET', '/api/org/people')).body
    .find((p) => p.unitId === 'd01' && /^m\d+$/.test(p.id));
  const { page } = browser;
  await page.setViewportSize({ width: 1366, height: 900 });

  await screenshotOnFailure(page, 'tasklist-project-propose', async () => {
    await webappLogin(page, SECRETARY);
    await page.getByText('启动流程', { exact: true }).first().click();
    await page.locator('.modal-dialog ul.processes a', { hasText: '书记领办党建项目' }).click();
    const form = page.locator('.modal-dialog .fjs-form');
    await form.getByText('领办党建项目（领题）').waitFor();
    await form.getByLabel('项目名称').fill(title);
    await form.getByLabel('要解决的问题').fill('机关党建与业务工作结合不紧，党员作用发挥不够明显。');
    await form.getByLabel('服务的中心工作（如：道路建设三年行动）').fill('城市更新三年行动');
    await form.getByLabel('项目目标').fill('年内每个处室确定一个党建与业务融合课题。');
    await form.getByLabel('主要举措').fill('支部书记领题、党员认领、季度讲评。');
    await form.getByLabel('预期成果').fill('形成融合案例汇编一册。');
    await form.getByLabel('节点内容').first().fill('各处室确定课题');
    const due = form.locator('.fjs-form-field-datetime input').first();
    await due.click();
    await due.fill(`${YEAR}-06-30`);
    await due.press('Enter');
    // 成员 are picked from the organisation: the datalist offers each person with unit and post.
    const picker = form.getByLabel('成员一');
    await form.locator('input[list]').first().waitFor();
    assert.ok(await picker.getAttribute('list'), 'the team member field offers the organisation\'s people');
    await picker.fill(`${member.name}（${member.id}）`);
    await screenshot(page, 'tasklist-project-propose.png', { fullPage: true });
    await page.locator('.modal-footer button[ng-click="startProcessInstance()"]').click();
    await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 20_000 });
  });

  const project = await eventually('the proposed project', async () => (await rest(SECRETARY, 'GET',
    `/api/secretary-projects?year=${YEAR}`)).body.find((p) => p.title === title), 30_000, 500);
  const detail = (await rest(SECRETARY, 'GET', `/api/secretary-projects/${project.id}`)).body;
  assert.equal(detail.milestones[0].dueDate, `${YEAR}-06-30`);
  assert.equal(detail.team[0].personId, member.id);

  const check = await openTask(project.businessKey, 'userTask_officeCheck');
  const reason = '请把“融合课题”的数量和验收标准写具体。';
  await screenshotOnFailure(page, 'tasklist-project-review', async () => {
    await page.context().clearCookies();
    await webappLogin(page, OFFICE);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${check.id}`);
    const form = page.locator('.fjs-form');
    await form.getByText('审核书记领办项目').waitFor();
    for (const fact of [title, '城市更新三年行动', `${YEAR}年6月30日前`, member.name]) {
      await form.getByText(fact).first().waitFor();
    }
    // A group task: the office member claims it (认领) before the form takes answers.
    await page.locator('[cam-tasklist-task-meta] .claim').click();
    await page.locator('[cam-tasklist-task-meta] .unclaim').waitFor();
    await screenshot(page, 'tasklist-project-review.png', { fullPage: true });
    await form.getByLabel('退回修改').check();
    await form.getByLabel('意见（退回时必填）').fill(reason);
    await page.locator('button[ng-click="complete()"]').click();
  });

  const revise = await openTask(project.businessKey, 'userTask_revise');
  assert.ok(revise.name.startsWith('【已退回】修改项目'), revise.name);
  await screenshotOnFailure(page, 'tasklist-project-revise', async () => {
    await page.context().clearCookies();
    await webappLogin(page, SECRETARY);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${revise.id}`);
    const form = page.locator('.fjs-form');
    await form.getByText(`党办审核：${reason}`).waitFor();
    // The proposal as it stands: the secretary edits, not retypes.
    assert.equal(await form.getByLabel('项目名称').inputValue(), title);
    await form.getByLabel('项目目标').fill('年内 9 个处室各确定一个融合课题，年底逐一验收。');
    await screenshot(page, 'tasklist-project-revise.png', { fullPage: true });
    await page.locator('button[ng-click="complete()"]').click();
  });
  const resubmitted = await openTask(project.businessKey, 'userTask_officeCheck');
  assert.equal((await rest(SECRETARY, 'GET', `/api/secretary-projects/${project.id}`)).body.project.goals,
    '年内 9 个处室各确定一个融合课题，年底逐一验收。');

  assert.equal((await rest(OFFICE, 'POST', `/engine-rest/task/${resubmitted.id}/claim`, { userId: OFFICE })).status, 204);
  assert.equal((await rest(OFFICE, 'POST', `/engine-rest/task/${resubmitted.id}/complete`,
    { variables: { approved: { value: true } } })).status, 204);
  const approval = await openTask(project.businessKey, 'userTask_partyGroupApproval');
  assert.equal((await rest(approval.assignee, 'POST', `/engine-rest/task/${approval.id}/complete`,
    { variables: { approved: { value: true }, comment: { value: '同意立项' } } })).status, 204);
  const report = await openTask(project.businessKey, 'userTask_report');

  await screenshotOnFailure(phone.page, 'phone-project-report', async () => {
    const p = phone.page;
    await p.goto(`${BASE_URL}/m/tasks/${report.id}`);
    await phoneLogin(p, SECRETARY);
    const files = p.locator('section.files');
    await files.getByText('佐证材料').waitFor();
    await p.locator('#evidence-camera').setInputFiles({ name: '课题清单.png', mimeType: 'image/png', buffer: PHOTO });
    await files.getByText('已上传：课题清单.png').waitFor();
    const form = p.locator('.fjs-form');
    await form.getByLabel('本次报告的里程碑序号（季度报告不填）').fill('1');
    await form.getByLabel('项目完成进度（0–100%）').fill('30');
    await form.getByLabel('进展情况').fill('9 个处室已确定课题，清单见附件照片。');
    // Leave the field as a person does: form-js takes typed text after a short pause or on blur.
    await form.getByLabel('进展情况').blur();
    await screenshot(p, 'phone-project-report.png', { fullPage: true });
    await p.locator('.action-bar button.primary').tap();
    await p.locator('.toast').getByText('已提交').waitFor();
  });
  const reported = (await rest(SECRETARY, 'GET', `/api/secretary-projects/${project.id}`)).body;
  assert.equal(reported.reports.length, 1);
  assert.equal(reported.reports[0].progressPercent, 30);
  assert.equal(reported.evidence[0].fileName, '课题清单.png');
  assert.equal(reported.evidence[0].reportId, reported.reports[0].id);
  t.diagnostic(`${SECRETARY} proposed ${project.businessKey} in Tasklist; ${OFFICE} returned it; the revision and a phone report with a photo followed`);
});

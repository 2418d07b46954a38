import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, openBrowser, rest, screenshot, screenshotOnFailure, webappLogin } from '../lib/app.js';

const HEAD = 'head-x03';
const DESCRIPTION = '浏览器测试：会员单位评优推荐中可能收受好处';
const MEASURE = '评优推荐一律经会长办公会集体研究并公示';
const RETURN_REASON = '浏览器测试：时限过长，请压缩到一个季度内。';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function openTask(processInstanceId) {
  return eventually('the risk point\'s open task', async () =>
    (await rest('demo', 'GET', `/engine-rest/task?processInstanceId=${processInstanceId}`)).body[0], 20_000, 500);
}

test('a unit head approves a risk point seeing the point and its measures, returns it, and sees why it came back', async (t) => {
  const registered = await rest(HEAD, 'POST', '/api/risk-points', {
    unitId: 'x03', post: '秘书长', category: 'BUSINESS_PROCESS', description: `${DESCRIPTION}（${Date.now()}）`,
    manifestation: '推荐名单未经集体研究', likelihood: 3, impact: 3,
    engineering: false, funds: false, procurement: false, majorMatters: false });
  assert.equal(registered.status, 201, JSON.stringify(registered.body));
  const point = registered.body.point;
  const head = (await rest('demo', 'GET', `/api/org/people/${HEAD}`)).body;
  const setMeasures = await eventually('制定防控措施', async () => (await rest(HEAD, 'GET',
    `/engine-rest/task?processInstanceBusinessKey=${point.businessKey}`)).body[0]);
  const due = new Date(Date.now() + 120 * 864e5).toISOString().slice(0, 10);
  // The owner as the form's picker fills it in: name and id.
  const done = await rest(HEAD, 'POST', `/engine-rest/task/${setMeasures.id}/complete`, { variables: {
    measure1Content: { value: MEASURE }, measure1Owner: { value: `${head.name}（${head.id}）` }, measure1Due: { value: due } } });
  assert.equal(done.status, 204, JSON.stringify(done.body));
  const approval = await openTask(setMeasures.processInstanceId);
  assert.ok(approval.name.startsWith('单位负责人审批 · '), approval.name);

  const { page } = browser;
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshotOnFailure(page, 'tasklist-risk-approval', async () => {
    await webappLogin(page, HEAD);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${approval.id}`);
    const form = page.locator('.fjs-form');
    await form.getByText('审批防控措施').waitFor();
    for (const fact of ['风险点描述', DESCRIPTION, '可能性 3 × 影响 3 = 9', MEASURE, `责任人：${head.name}`, '待落实']) {
      await form.getByText(fact).first().waitFor();
    }
    await page.locator('.nav-tabs a', { hasText: '描述' }).click();
    await page.getByText('审阅风险点和防控措施').first().waitFor();
    await page.locator('.nav-tabs a', { hasText: '表单' }).click();
    await screenshot(page, 'tasklist-risk-approval.png', { fullPage: true });
    await form.getByLabel('退回修改').check();
    await form.getByLabel('审批意见（退回时必填）').fill(RETURN_REASON);
    await page.locator('button[ng-click="complete()"]').click();
    await eventually('the approval completed', async () =>
      (await rest(HEAD, 'GET', `/engine-rest/task/${approval.id}`)).status === 404, 20_000, 500);

    const returned = await openTask(setMeasures.processInstanceId);
    assert.ok(returned.name.startsWith('【已退回】制定防控措施 · '), returned.name);
    // A fresh load: a hash change alone races Tasklist's own clearing of the completed task from the URL.
    await page.goto('about:blank');
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${returned.id}`);
    await page.locator('h4.task a', { hasText: '【已退回】制定防控措施' }).first().waitFor();
    await form.getByText(`单位负责人审批：${RETURN_REASON}`).waitFor();
    // 责任人 is picked from the organisation by name, each person shown with unit and post.
    const owner = form.getByLabel('责任人（输入姓名选择）').first();
    await form.locator('input[list]').first().waitFor();
    const list = await owner.getAttribute('list');
    assert.ok(list, 'the owner field offers the organisation\'s people');
    const option = page.locator(`datalist#${list} option[value="${head.name}（${head.id}）"]`);
    assert.equal(await option.count(), 1);
    assert.ok((await option.getAttribute('label')).includes('秘书长'));
    await screenshot(page, 'tasklist-risk-returned.png', { fullPage: true });
  });
  t.diagnostic(`${HEAD} saw ${point.businessKey} with its measure, returned it and saw the reason on 制定防控措施`);
});

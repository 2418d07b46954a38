import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, rest, screenshot, screenshotOnFailure } from '../lib/app.js';
import { PHONES, openPhone, phoneLogin } from '../lib/phone.js';

// The owner of a risk measure reports it from a phone and attaches a photo as its 佐证材料: the
// upload takes what the camera or the phone's files give (here a file chooser), with the register's
// own type and size checks.
const HEAD = 'head-x04';
// The smallest PNG: one transparent pixel.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let phone;
before(async () => { phone = await openPhone(PHONES.small); });
after(async () => { await phone?.close(); });

test('a measure\'s owner reports it on a phone with a photo as evidence; a wrong file is refused', async (t) => {
  const registered = await rest(HEAD, 'POST', '/api/risk-points', {
    unitId: 'x04', post: '科员', category: 'BUSINESS_PROCESS', description: `浏览器测试：报销单据审核不严（${Date.now()}）`,
    manifestation: '个别票据未经复核', likelihood: 2, impact: 3,
    engineering: false, funds: true, procurement: false, majorMatters: false });
  assert.equal(registered.status, 201, JSON.stringify(registered.body));
  const point = registered.body.point;
  const head = (await rest('demo', 'GET', `/api/org/people/${HEAD}`)).body;
  const open = async (step) => eventually(step, async () => (await rest('demo', 'GET',
    `/engine-rest/task?processInstanceBusinessKey=${point.businessKey}&taskDefinitionKey=${step}`)).body[0], 30_000, 500);
  const setMeasures = await open('userTask_setMeasures');
  const due = new Date(Date.now() + 60 * 864e5).toISOString().slice(0, 10);
  assert.equal((await rest(HEAD, 'POST', `/engine-rest/task/${setMeasures.id}/complete`, { variables: {
    measure1Content: { value: '报销单据双人复核' }, measure1Owner: { value: `${head.name}（${head.id}）` }, measure1Due: { value: due } } })).status, 204);
  const approval = await open('userTask_headApproval');
  assert.equal((await rest(approval.assignee, 'POST', `/engine-rest/task/${approval.id}/complete`,
    { variables: { approved: { value: true } } })).status, 204);
  const report = await open('userTask_reportMeasure');

  const { page } = phone;
  await screenshotOnFailure(page, 'phone-evidence', async () => {
    await page.goto(`${BASE_URL}/m/tasks/${report.id}`);
    await phoneLogin(page, HEAD);
    const files = page.locator('section.files');
    await files.getByText('佐证材料').waitFor();
    await files.getByText('尚未上传。').waitFor();
    assert.equal(await page.locator('#evidence-camera').getAttribute('capture'), 'environment', 'the camera is offered');

    await page.locator('#evidence-file').setInputFiles({ name: '程序.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.locator('.toast.error').getByText('只接受').waitFor();
    await page.locator('#evidence-file').setInputFiles({ name: '伪装.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf') });
    await files.getByText('文件内容与扩展名 .pdf 不符').waitFor();

    await page.locator('#evidence-camera').setInputFiles({ name: '复核记录.png', mimeType: 'image/png', buffer: PHOTO });
    await files.getByText('已上传：复核记录.png').waitFor();
    await screenshot(page, 'phone-evidence.png');
    await page.locator('.fjs-form').getByLabel('落实情况').fill('已落实双人复核，附复核记录照片。');
    await page.locator('.action-bar button.primary').tap();
    await page.locator('.toast').getByText('已提交').waitFor();
  });
  const detail = await rest(HEAD, 'GET', `/api/risk-points/${point.id}`);
  const measure = detail.body.measures.find((m) => m.content === '报销单据双人复核');
  assert.equal(measure.evidenceName, '复核记录.png');
  t.diagnostic(`${HEAD} reported ${point.businessKey}'s measure from a 360 px phone with a photo; an .exe and a fake .pdf were refused`);
});

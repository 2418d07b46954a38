import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, PASSWORD, chinaYear, eventually, rest, screenshot, screenshotOnFailure } from '../lib/app.js';
import { PHONES, openPhone, phoneLogin, smallTargets } from '../lib/phone.js';

// A cadre signs the year's 责任书 on a phone with a signature drawn by finger; the signed letter's PDF
// carries it. The cascade down to the cadre (secretary → leader → head → cadre) is arranged over REST.

let phone;
before(async () => { phone = await openPhone(PHONES.large); });
after(async () => { await phone?.close(); });

async function tasks(query) {
  return (await rest('demo', 'GET', `/engine-rest/task?${query}`)).body;
}

async function complete(task, variables = {}) {
  const body = { variables: Object.fromEntries(Object.entries(variables).map(([k, value]) => [k, { value }])) };
  const done = await rest(task.assignee, 'POST', `/engine-rest/task/${task.id}/complete`, body);
  assert.equal(done.status, 204, `${task.name}: ${JSON.stringify(done.body)}`);
}

/** Signs one pair's letter as its lower party and waits for that party's own pairs below them. */
async function signAndOpenBelow(signTask, key) {
  await complete(signTask, { signed: true });
  return eventually(`${signTask.assignee}'s pairs below`, async () =>
    (await tasks(`processInstanceBusinessKeyLike=${encodeURIComponent(key + '%')}&taskDefinitionKey=userTask_prepare&assignee=${signTask.assignee}`))[0]);
}

async function signTaskOf(prepare) {
  await complete(prepare);
  return eventually('the lower party\'s 签订', async () => (await tasks(`processInstanceId=${prepare.processInstanceId}&taskDefinitionKey=userTask_sign`))[0]);
}

async function pdfOf(year, person) {
  const response = await fetch(`${BASE_URL}/api/letters/${year}/signatures/${person}.pdf`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${person}:${PASSWORD}`).toString('base64') },
  });
  assert.equal(response.status, 200);
  return Buffer.from(await response.arrayBuffer()).toString('latin1');
}

/**
 * Strokes dragged across the signature pad. The pad listens to pointer events, which a finger and a mouse
 * both send; the drag is a mouse's because a touch drag sent through Chromium's DevTools protocol leaves
 * its gesture detector holding the next tap (the 提交 after it is never clicked), which no phone does.
 */
async function drawSignature(page) {
  const pad = page.locator('canvas.signature-canvas');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  const strokes = [
    [[0.1, 0.6], [0.2, 0.3], [0.3, 0.7], [0.4, 0.35]],
    [[0.5, 0.5], [0.6, 0.25], [0.7, 0.75], [0.85, 0.4]],
  ];
  for (const stroke of strokes) {
    const [first, ...rest] = stroke.map(([x, y]) => [box.x + x * box.width, box.y + y * box.height]);
    await page.mouse.move(...first);
    await page.mouse.down();
    for (const point of rest) await page.mouse.move(...point, { steps: 8 });
    await page.mouse.up();
  }
}

test('a cadre signs the letter on a phone by hand, and the signed PDF shows the signature', async (t) => {
  const year = chinaYear();
  const key = `letter-${year}`;
  const started = await rest('office1', 'POST', '/api/letters', { year });
  assert.ok([201, 409].includes(started.status), JSON.stringify(started.body));
  const approval = (await tasks(`processInstanceBusinessKey=${key}&taskDefinitionKey=userTask_approveDraft`))[0];
  if (approval) await complete(approval, { approved: true });

  const toLeader = await eventually('a pair of the secretary with a leadership member', async () => {
    for (const prepare of await tasks(`processInstanceBusinessKeyLike=${encodeURIComponent(key + '%')}&taskDefinitionKey=userTask_prepare&assignee=secretary`)) {
      const signer = await rest('demo', 'GET', `/engine-rest/task/${prepare.id}/variables/signer`);
      if (/^leader/.test(signer.body.value)) return prepare;
    }
    return null;
  });
  const leaderSigns = await signTaskOf(toLeader);
  const toHead = await signAndOpenBelow(leaderSigns, key);
  const headSigns = await signTaskOf(toHead);
  const toCadre = await signAndOpenBelow(headSigns, key);
  const cadreSigns = await signTaskOf(toCadre);
  const cadre = cadreSigns.assignee;
  t.diagnostic(`cascade: secretary → ${leaderSigns.assignee} → ${headSigns.assignee} → ${cadre}`);

  const { page } = phone;
  await screenshotOnFailure(page, 'phone-letter-sign', async () => {
    await page.goto(`${BASE_URL}/m/tasks/${cadreSigns.id}`);
    await phoneLogin(page, cadre);
    await page.locator('h1.task-title').getByText('签订责任书').waitFor();
    const form = page.locator('.fjs-form');
    await form.getByText('签订双方').waitFor();
    await form.getByLabel('确认签订').tap();
    assert.equal(await form.getByLabel('确认签订').isChecked(), true);
    await form.getByLabel('意见（选填）').fill('坚决落实，签字为证✍️');
    await page.locator('.signature h2').getByText('手写签名（选填）').waitFor();
    await drawSignature(page);
    await page.locator('.signature').getByText('已签名').waitFor();
    assert.deepEqual(await smallTargets(page), [], 'every control is at least 44 × 44 px');
    await screenshot(page, 'phone-letter-signature.png');
    await page.locator('.action-bar button.primary').tap();
    await page.locator('.toast').getByText('已提交').waitFor();
  });

  const signatures = await rest(cadre, 'GET', `/api/letters/${year}/signatures`);
  const mine = signatures.body.find((s) => s.personId === cadre);
  assert.equal(mine.status, 'SIGNED');
  const pdf = await pdfOf(year, cadre);
  assert.match(pdf, /\/Subtype\s*\/Image/, 'the signed letter carries the drawn signature');
  assert.doesNotMatch(await pdfOf(year, headSigns.assignee), /\/Subtype\s*\/Image/,
    'a letter signed without one has no image');
  t.diagnostic(`${cadre} signed by hand on a 390 px phone; the PDF embeds the signature`);
  assert.deepEqual(phone.problems, []);
});

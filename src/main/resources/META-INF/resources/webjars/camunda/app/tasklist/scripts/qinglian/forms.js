/*
 * 清廉工作流 — Tasklist: task forms a member can finish without help, and task controls only for
 * those who may use them.
 *
 * - A refused 完成 names the fields to fix ("请检查标红的栏目：整改措施、完成时限"), scrolls to the
 *   first and focuses it; the next 完成 or 保存 clears the old message.
 * - Camunda Forms keeps the error of a field that a later choice hid (立行立改 hides 完成时限), and
 *   Tasklist then keeps 完成 disabled with no error anywhere: when no visible field is in error,
 *   完成 is enabled again (submitting validates the visible fields afresh).
 * - Every text area counts its characters (剖 asks for a minimum).
 * - People, units and posts are picked by name from the organisation (责任人, 单位, 岗位): a
 *   <datalist> on the form's text field fills in "张三（m0514）", which the server reads as the id.
 * - The task's header controls (跟进日期, 到期日期, 候选组, 办理人, 取消认领) are shown to whom
 *   /api/tasks/{id} says may use them (styles/user-styles.css hides them otherwise).
 * Data is only ever written with textContent.
 */
const ERROR_STATUS = '未能提交';

function labelOf(field) {
  const label = field.querySelector('.fjs-form-field-label');
  if (label) {
    const copy = label.cloneNode(true);
    copy.querySelectorAll('.fjs-asterix, input').forEach(n => n.remove());
    const text = copy.textContent.trim();
    if (text) return text;
  }
  const group = field.closest('.fjs-form-field-group');
  return group ? (group.querySelector('.fjs-form-field-label')?.textContent.trim() || '') : '';
}

function visibleErrors(form) {
  return Array.from(form.querySelectorAll('.fjs-has-errors')).filter(f => f.offsetParent !== null);
}

/** A refused 完成 without a reason from the server: name the fields and go to the first. */
function explain(alert) {
  const status = alert.querySelector('.status');
  const message = alert.querySelector('.message');
  // Tasklist appends an English " :" to some titles ("…待办任务 :").
  if (status && / :$/.test(status.textContent.trim())) status.textContent = status.textContent.trim().replace(/ :$/, '：');
  completing = 0; // Tasklist has answered the 完成
  if (!status || status.textContent.trim() !== ERROR_STATUS || !message || message.textContent.trim()) return;
  const form = document.querySelector('.fjs-container');
  const fields = form ? visibleErrors(form) : [];
  if (!fields.length) return;
  const labels = Array.from(new Set(fields.map(labelOf).filter(Boolean)));
  message.textContent = '请检查标红的栏目' + (labels.length ? '：' + labels.join('、') : '') + '。';
  fields[0].scrollIntoView({ block: 'center' });
  const input = fields[0].querySelector('input, textarea, select, button');
  if (input) input.focus({ preventScroll: true });
}

function clearErrorNotices() {
  document.querySelectorAll('.page-notifications .alert-danger [ng-click^="removeNotification"]').forEach(b => b.click());
}

function formButton(label) {
  return Array.from(document.querySelectorAll('[cam-tasklist-form] button, .form-container button, button'))
    .reverse().find(b => b.textContent.trim() === label);
}

/** Set by a click on 完成 until Tasklist answers: 完成 stays disabled while the completion is under way. */
let completing = 0;

/** 完成 disabled for an error no one can see any more (its field was hidden by a later choice). */
function releaseStaleError() {
  const form = document.querySelector('.fjs-container');
  const complete = formButton('完成');
  if (!form || !complete || !complete.disabled || Date.now() - completing < 15000) return;
  const editable = form.querySelector('input:not([disabled]), textarea:not([disabled]), select:not([disabled])');
  if (editable && visibleErrors(form).length === 0) complete.disabled = false;
}

function countCharacters(target) {
  const textarea = target && target.matches && target.matches('textarea.fjs-textarea') ? target : null;
  const fields = textarea ? [textarea] : Array.from(document.querySelectorAll('.fjs-container textarea.fjs-textarea'));
  fields.forEach(t => {
    const field = t.closest('.fjs-form-field');
    if (field) field.setAttribute('data-qinglian-count', '已输入 ' + Array.from(t.value).length + ' 字');
  });
}

/** Date fields say what they want in Chinese, not "yyyy/mm/dd". */
function datePlaceholders() {
  document.querySelectorAll('.fjs-container .fjs-form-field-datetime input[type="text"]').forEach(input => {
    if (input.placeholder !== '请选择日期') input.placeholder = '请选择日期';
  });
}

const PICKERS = [
  [/-textfield_measure\dOwner$/, 'people'],
  [/-textfield_(teamMember|judge)\d$/, 'people'],
  [/-textfield_unit$/, 'units'],
  [/-textfield_post$/, 'posts']
];
let organisation;
let organisationFailedAt = 0;

async function getJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(path + ' ' + response.status);
  return response.json();
}

/** People and units once per page; each person with their unit and post, so namesakes tell apart. */
function loadOrganisation() {
  if (!organisation && Date.now() - organisationFailedAt > 30000) {
    organisation = Promise.all([getJson('/api/org/units'), getJson('/api/org/people'),
      getJson('/camunda/api/admin/auth/user/default').catch(() => ({}))])
      .then(([units, people, me]) => ({ units, people, me: people.find(p => p.id === me.userId) }))
      .catch(() => { organisation = undefined; organisationFailedAt = Date.now(); return null; });
  }
  // After a failure the form stays a plain text field for a while rather than asking on every change.
  return organisation || Promise.resolve(null);
}

function datalist(id, options) {
  let list = document.getElementById(id);
  if (!list) {
    list = document.createElement('datalist');
    list.id = id;
    document.body.appendChild(list);
  }
  list.textContent = '';
  options.forEach(([value, label]) => {
    const option = document.createElement('option');
    option.value = value;
    if (label) option.label = label;
    list.appendChild(option);
  });
  return id;
}

/** The unit a 岗位 belongs to: the one picked in the form, else the user's own. */
function chosenUnit(org) {
  const unitInput = document.querySelector('.fjs-container input[id$="-textfield_unit"]');
  const text = unitInput ? unitInput.value.trim() : '';
  const match = text.match(/[（(]\s*([A-Za-z0-9_.-]+)\s*[）)]$/);
  const id = match ? match[1] : text;
  return id || (org.me && org.me.unitId);
}

async function attachPickers() {
  const inputs = Array.from(document.querySelectorAll('.fjs-container input.fjs-input[id]'))
    .map(input => [input, PICKERS.find(([pattern]) => pattern.test(input.id))]).filter(([, picker]) => picker);
  if (!inputs.length) return;
  const org = await loadOrganisation();
  if (!org) return;
  const unitNames = new Map(org.units.map(u => [u.id, u.name]));
  inputs.forEach(([input, [, kind]]) => {
    if (input.getAttribute('list')) return;
    input.setAttribute('autocomplete', 'off');
    if (kind === 'people') {
      input.setAttribute('list', datalist('qinglian-pick-people', org.people.filter(p => p.active).map(p =>
        [p.name + '（' + p.id + '）', (unitNames.get(p.unitId) || '') + (p.post ? ' · ' + p.post : '')])));
    } else if (kind === 'units') {
      input.setAttribute('list', datalist('qinglian-pick-units', org.units.map(u => [u.name + '（' + u.id + '）', ''])));
    } else {
      const refresh = () => {
        const unit = chosenUnit(org);
        const posts = Array.from(new Set(org.people.filter(p => p.unitId === unit && p.post).map(p => p.post))).sort();
        input.setAttribute('list', datalist('qinglian-pick-posts', posts.map(post => [post, unitNames.get(unit) || ''])));
      };
      refresh();
      input.addEventListener('focus', refresh);
    }
  });
}

function shownTask() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? match[1] : null;
}

/** Asked again when the task or its 办理人 changes (a claim, a 取消认领): what one may do changes with it. */
async function markTaskControls() {
  const meta = document.querySelector('[cam-tasklist-task-meta]');
  const task = shownTask();
  if (!meta || !task) return;
  const assignee = meta.querySelector('[cam-widget-inline-field][value="assignee.id"]');
  const key = task + '|' + (assignee ? assignee.textContent.trim() : '');
  if (meta.getAttribute('data-qinglian-task') === key) return;
  meta.setAttribute('data-qinglian-task', key);
  meta.classList.remove('qinglian-can-release', 'qinglian-task-admin');
  try {
    const response = await fetch('/api/tasks/' + task, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const { operations } = await response.json();
    // Another task may be shown by now; its own answer sets its controls.
    if (shownTask() !== task || meta.getAttribute('data-qinglian-task') !== key || !meta.isConnected) return;
    meta.classList.toggle('qinglian-can-release', !!operations.release || !!operations.manage);
    meta.classList.toggle('qinglian-task-admin', !!operations.manage);
  } catch (e) {
    // the controls stay hidden
  }
}

function watch() {
  document.addEventListener('click', event => {
    const button = event.target.closest && event.target.closest('button');
    if (button && ['完成', '保存'].includes(button.textContent.trim())) clearErrorNotices();
    if (button && button.textContent.trim() === '完成') completing = Date.now();
  }, true);
  ['input', 'change'].forEach(type => document.addEventListener(type, event => {
    if (!event.target.closest || !event.target.closest('.fjs-container')) return;
    countCharacters(event.target);
    setTimeout(releaseStaleError, 50);
  }, true));
  new MutationObserver(mutations => {
    mutations.forEach(m => m.addedNodes.forEach(node => {
      if (node.nodeType !== 1) return;
      if (node.matches('.alert')) explain(node);
      if (node.querySelector && node.querySelector('textarea.fjs-textarea')) countCharacters();
      if (node.querySelector && node.querySelector('.fjs-form-field-datetime')) datePlaceholders();
    }));
    markTaskControls();
    attachPickers();
  }).observe(document.body, { childList: true, subtree: true });
}

if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);

export default [];

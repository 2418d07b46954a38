// A task on the phone: what it is, its own Camunda Form, the 审批记录 and the operations allowed now.
// Also a process (from 已办, 我发起的, 抄送我的): its 审批记录, 催办, 撤回 and 抄送.
import { api, ApiError, taskData } from './api.js';
import { header, go, session } from './shell.js';
import { h, day, time, overdue, toast, idOf } from './ui.js';
import { TaskForm } from './form.js';
import { SignaturePad } from './signature.js';

export async function showTask(root, taskId, early) {
  const answers = early || taskData(taskId);
  performance.mark('qinglian:task-code');
  const detail = await answers.detail;
  const { task, operations } = detail;
  const formHost = h('div', { class: 'form-host' }, h('p', { class: 'loading', role: 'status' }, '正在加载表单……'));
  const timeline = h('section', { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, '审批记录'), h('p', { class: 'loading' }, '正在加载……'));
  const formError = h('div', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
  const submit = h('button', { type: 'button', class: 'primary' }, detail.delegated ? '办理完毕' : '提交');
  const more = h('button', { type: 'button', class: 'secondary' }, '更多操作');
  const actions = actionsFor(task, operations);
  more.hidden = actions.length === 0;
  const pad = ['OPTIONAL', 'REQUIRED'].includes(detail.signature) ? new SignaturePad(detail.signature === 'REQUIRED') : null;
  const files = detail.files ? filesSection(detail.files) : null;

  root.replaceChildren(
    header({ href: '/m/', label: '待办' }),
    h('main', { class: 'page task' },
      h('h1', { class: 'task-title' }, task.name),
      h('p', { class: 'meta' }, task.processName,
        task.due ? h('span', { class: overdue(task.due) ? 'due overdue' : 'due' },
          (overdue(task.due) ? ' · 已逾期，' : ' · ') + '截止 ' + day(task.due)) : null),
      task.delegated ? h('p', { class: 'note' }, '此事项由 ' + (task.ownerName || task.owner || '') + ' 委派给您，办理完毕后交回。') : null,
      formError,
      formHost,
      files ? files.element : null,
      pad ? pad.element : null,
      timeline),
    h('div', { class: 'action-bar' }, more, submit));

  loadTimeline(timeline, task.processInstanceId);
  const form = new TaskForm(formHost, taskId);
  try {
    const [schema, variables] = await Promise.all([answers.schema, answers.variables]);
    performance.mark('qinglian:task-data');
    await form.load({ schema, variables });
    submit.dataset.ready = 'true';
    performance.mark('qinglian:form');
  } catch (e) {
    formHost.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, '表单未能加载：' + e.message));
    submit.disabled = true;
  }

  more.addEventListener('click', () => openSheet('更多操作', actions));
  submit.addEventListener('click', async () => {
    formError.hidden = true;
    const values = form.validate();
    if (!values) {
      await nextFrame(); // form-js marks the fields in error as it renders again
      form.holdErrorSpace();
      showError(formError, '请检查标红的栏目' + form.invalidLabels() + '。', false);
      form.focusFirstError();
      return;
    }
    if (pad && pad.required && !pad.hasInk()) {
      showError(formError, '请在下方手写签名后再提交。', false);
      pad.element.scrollIntoView({ block: 'center' });
      return;
    }
    submit.disabled = true;
    submit.textContent = '正在提交……';
    try {
      if (pad && pad.hasInk() && pad.wanted(values)) {
        await api('/api/tasks/' + encodeURIComponent(taskId) + '/hand-signature', {
          method: 'PUT', body: await pad.png(), type: 'image/png'
        });
      }
      await form.submit(values);
      toast('已提交：' + task.name);
      go('/m/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return go(location.pathname, { replace: true });
      showError(formError, '未能提交：' + e.message, true);
      submit.disabled = false;
      submit.textContent = detail.delegated ? '办理完毕' : '提交';
    }
  });
}

function nextFrame() {
  return new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function showError(box, message, scroll) {
  box.textContent = message;
  box.hidden = false;
  if (scroll) {
    box.scrollIntoView({ block: 'center' });
    box.focus({ preventScroll: true });
  }
}

/** The 审批记录: the start, every step taken (who, what, the opinion, when) and the steps still open. */
async function loadTimeline(section, processInstanceId) {
  try {
    const entries = await api('/api/tasks/processes/' + encodeURIComponent(processInstanceId) + '/timeline');
    section.replaceChildren(section.firstChild, entries.length
      ? h('ol', {}, entries.map(entry => h('li', { class: entry.pending ? 'pending' : '' },
        h('span', { class: 'step' }, entry.stepName || ''),
        h('span', { class: 'actor' }, (entry.actorName || entry.actorId || '') + (entry.pending ? ' · 办理中' : entry.action ? ' · ' + entry.action : '')),
        entry.opinion ? h('span', { class: 'opinion' }, entry.opinion) : null,
        entry.at ? h('time', { datetime: entry.at }, time(entry.at)) : null)))
      : h('p', { class: 'empty' }, '暂无记录。'));
  } catch (e) {
    section.replaceChildren(section.firstChild, h('p', { class: 'form-error' }, '审批记录未能加载：' + e.message));
  }
}

// --- operations ---------------------------------------------------------------------------

function actionsFor(task, operations) {
  const id = encodeURIComponent(task.taskId);
  const process = encodeURIComponent(task.processInstanceId);
  const actions = [];
  if (operations.returnTo && operations.returnTo.length) {
    actions.push({ label: '退回', run: () => dialog('退回', [
      { name: 'targetStep', label: '退回到', type: 'select', options: operations.returnTo.map(s => [s.id, s.name]) },
      { name: 'reason', label: '退回理由', type: 'textarea', required: true }
    ], values => api(`/api/tasks/${id}/return`, { method: 'POST', json: values }), '已退回。', true) });
  }
  if (operations.transfer) {
    actions.push({ label: '转办', run: () => dialog('转办给他人办理', [
      { name: 'to', label: '转办给', type: 'person', required: true },
      { name: 'reason', label: '说明（选填）', type: 'textarea' }
    ], values => api(`/api/tasks/${id}/transfer`, { method: 'POST', json: values }), '已转办。', true) });
  }
  if (operations.delegate) {
    actions.push({ label: '委派', run: () => dialog('委派他人协办', [
      { name: 'to', label: '委派给', type: 'person', required: true },
      { name: 'reason', label: '说明（选填）', type: 'textarea' }
    ], values => api(`/api/tasks/${id}/delegate`, { method: 'POST', json: values }), '已委派，对方办理后交回给您。', true) });
  }
  if (operations.urge) {
    actions.push({ label: '催办', run: () => dialog('催办', [
      { name: 'reason', label: '催办说明（选填）', type: 'textarea' }
    ], async values => urged(await api(`/api/tasks/${id}/urge`, { method: 'POST', json: values })), null, false) });
  }
  if (operations.copy) actions.push({ label: '抄送', run: () => copyDialog(process) });
  if (operations.withdraw) actions.push({ label: '撤回', run: () => withdrawDialog(process) });
  return actions;
}

function urged(answer) {
  toast('催办成功' + (answer && answer.channels && answer.channels.length ? '，已通过' + answer.channels.join('、') + '通知。' : '。'));
}

function copyDialog(process) {
  return dialog('抄送', [
    { name: 'to', label: '抄送给（可多人）', type: 'people', required: true },
    { name: 'note', label: '附言（选填）', type: 'textarea' }
  ], async values => {
    const answer = await api(`/api/tasks/processes/${process}/copies`, { method: 'POST', json: values });
    toast(answer.added && answer.added.length ? `已抄送 ${answer.added.length} 人。` : '所选人员已在抄送名单中。');
  }, null, false);
}

function withdrawDialog(process) {
  return dialog('撤回', [
    { name: 'reason', label: '撤回原因（选填）', type: 'textarea' }
  ], values => api(`/api/tasks/processes/${process}/withdraw`, { method: 'POST', json: values }), '已撤回。', true);
}

function openSheet(title, actions) {
  const sheet = h('dialog', { class: 'sheet', 'aria-label': title },
    h('h2', {}, title),
    actions.map(action => h('button', { type: 'button', class: 'block', onclick: () => { sheet.close(); action.run(); } }, action.label)),
    h('button', { type: 'button', class: 'block secondary', onclick: () => sheet.close() }, '取消'));
  sheet.addEventListener('close', () => sheet.remove());
  document.body.append(sheet);
  sheet.showModal();
}

let people;
/** Everyone in the organisation, once, for the person fields (name, unit and post tell namesakes apart). */
async function peopleList() {
  if (!people) {
    people = Promise.all([api('/api/org/people'), api('/api/org/units')]).then(([all, units]) => {
      const unitNames = new Map(units.map(u => [u.id, u.name]));
      return all.filter(p => p.active).map(p => ({
        value: p.name + '（' + p.id + '）',
        label: (unitNames.get(p.unitId) || '') + (p.post ? ' · ' + p.post : '')
      }));
    }).catch(e => { people = undefined; throw e; });
  }
  return people;
}

/**
 * A small form in a modal dialog; submit runs the call, shows the server's refusal inside the dialog,
 * and on success closes it (then, if leave, goes back to the list).
 */
function dialog(title, fields, call, done, leave) {
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const inputs = {};
  const rows = fields.map(field => {
    const id = 'dialog-' + field.name;
    let input;
    if (field.type === 'select') {
      input = h('select', { id, name: field.name }, field.options.map(([value, label]) => h('option', { value }, label)));
    } else if (field.type === 'textarea') {
      input = h('textarea', { id, name: field.name, rows: 3, maxlength: 2000, required: field.required });
    } else {
      input = h('input', { id, name: field.name, list: 'people-list', autocomplete: 'off', required: field.required,
        placeholder: '输入姓名或编号后从列表中选择' });
      peopleList().then(list => {
        if (!document.getElementById('people-list')) {
          document.body.append(h('datalist', { id: 'people-list' }, list.map(p => h('option', { value: p.value, label: p.label }))));
        }
      }).catch(() => null);
    }
    inputs[field.name] = input;
    const chosen = field.type === 'people' ? h('ul', { class: 'chosen', 'aria-label': '已选择' }) : null;
    if (chosen) {
      input.addEventListener('change', () => {
        const value = input.value.trim();
        if (!value) return;
        chosen.append(h('li', { 'data-id': idOf(value) }, value,
          h('button', { type: 'button', class: 'link', 'aria-label': '移除 ' + value, onclick: e => e.target.closest('li').remove() }, '×')));
        input.value = '';
      });
      input.chosen = chosen;
    }
    return h('div', { class: 'field' }, h('label', { for: id }, field.label + (field.required ? ' *' : '')), input, chosen);
  });
  const ok = h('button', { type: 'submit', class: 'primary' }, '确定');
  // novalidate: the checks below speak Chinese and know a chosen person; the browser's would do neither.
  const form = h('form', { method: 'dialog', novalidate: true }, h('h2', {}, title), error, rows,
    h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'secondary', onclick: () => box.close() }, '取消'), ok));
  const box = h('dialog', { class: 'sheet', 'aria-label': title }, form);
  box.addEventListener('close', () => box.remove());
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const values = {};
    for (const field of fields) {
      const input = inputs[field.name];
      if (field.type === 'people') {
        const typed = input.value.trim() ? [idOf(input.value)] : [];
        values[field.name] = [...input.chosen.querySelectorAll('li')].map(li => li.dataset.id).concat(typed);
      } else {
        values[field.name] = field.type === 'person' ? idOf(input.value) : input.value.trim();
      }
      const empty = Array.isArray(values[field.name]) ? values[field.name].length === 0 : !values[field.name];
      if (field.required && empty) {
        error.textContent = '请填写“' + field.label.replace(/（.*）/, '') + '”。';
        error.hidden = false;
        input.focus();
        return;
      }
    }
    ok.disabled = true;
    try {
      await call(values);
      box.close();
      if (done) toast(done);
      if (leave) go('/m/', { replace: true });
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      ok.disabled = false;
    }
  });
  document.body.append(box);
  box.showModal();
  const first = form.querySelector('input, select, textarea');
  if (first) first.focus();
}

// --- files (佐证材料) ------------------------------------------------------------------------

/** The step's files: taken with the camera or picked from the phone, checked here and by the server. */
function filesSection(files) {
  const status = h('p', { class: 'meta', role: 'status' }, files.attached && files.attached.length
    ? '已上传：' + files.attached.join('、') : '尚未上传。');
  const input = h('input', { id: 'evidence-file', type: 'file', accept: files.types.map(t => '.' + t).join(','), class: 'visually-hidden' });
  const camera = h('input', { id: 'evidence-camera', type: 'file', accept: 'image/*', capture: 'environment', class: 'visually-hidden' });
  const upload = async picked => {
    const file = picked.files[0];
    picked.value = '';
    if (!file) return;
    const extension = (file.name.split('.').pop() || '').toLowerCase();
    if (!files.types.includes(extension)) return toast('只接受 ' + files.types.join('、') + ' 文件。', 'error');
    if (file.size > files.maxBytes) return toast('文件不能超过 ' + Math.round(files.maxBytes / 1048576) + 'MB。', 'error');
    const data = new FormData();
    data.append('file', file, file.name);
    status.textContent = '正在上传 ' + file.name + '……';
    try {
      await api(files.uploadUrl, { method: 'POST', body: data });
      status.textContent = '已上传：' + file.name;
      toast('已上传：' + file.name);
    } catch (e) {
      status.textContent = '未能上传：' + e.message;
      toast('未能上传：' + e.message, 'error');
    }
  };
  input.addEventListener('change', () => upload(input));
  camera.addEventListener('change', () => upload(camera));
  return {
    element: h('section', { class: 'files', 'aria-labelledby': 'files-title' },
      h('h2', { id: 'files-title' }, files.label),
      h('p', { class: 'hint' }, '可拍照或从手机中选择（' + files.types.join('、') + '，不超过 ' + Math.round(files.maxBytes / 1048576) + 'MB）。'),
      status,
      h('div', { class: 'buttons' },
        h('label', { for: 'evidence-camera', class: 'button secondary' }, '拍照上传'), camera,
        h('label', { for: 'evidence-file', class: 'button secondary' }, '选择文件'), input))
  };
}

// --- a process (已办, 我发起的, 抄送我的) -------------------------------------------------------

export async function showProcess(root, processInstanceId) {
  const process = encodeURIComponent(processInstanceId);
  const timeline = h('section', { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, '审批记录'), h('p', { class: 'loading' }, '正在加载……'));
  const started = await api('/api/tasks/started?page=1&size=100').catch(() => ({ items: [] }));
  const mine = started.items.find(item => item.processInstanceId === processInstanceId);
  const actions = [];
  if (mine && !mine.ended) {
    (mine.openSteps || []).filter(step => step.assignee && step.assignee !== session.user.userId).forEach(step => actions.push(
      h('button', { type: 'button', class: 'block secondary', onclick: () => dialog('催办：' + step.name, [
        { name: 'reason', label: '催办说明（选填）', type: 'textarea' }
      ], async values => urged(await api('/api/tasks/' + encodeURIComponent(step.taskId) + '/urge', { method: 'POST', json: values })), null, false) },
      '催办 ' + (step.assigneeName || step.assignee) + '（' + step.name + '）')));
    actions.push(h('button', { type: 'button', class: 'block secondary', onclick: () => withdrawDialog(process) }, '撤回'));
    actions.push(h('button', { type: 'button', class: 'block secondary', onclick: () => copyDialog(process) }, '抄送'));
  }
  root.replaceChildren(
    header({ href: mine ? '/m/started' : '/m/done', label: mine ? '我发起的' : '返回' }),
    h('main', { class: 'page' },
      h('h1', { class: 'task-title' }, mine ? (mine.title || mine.processName) : '审批记录'),
      mine ? h('p', { class: 'meta' }, mine.processName + ' · 发起于 ' + time(mine.started)) : null,
      actions.length ? h('div', { class: 'process-actions' }, actions) : null,
      timeline));
  loadTimeline(timeline, processInstanceId);
}

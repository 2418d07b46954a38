/*
 * 清廉工作流 — Tasklist plugin: the 审批记录 tab of a task. It shows the process's timeline (every
 * step, person, opinion and time, from the app's audit trail) and offers the operations the app
 * allows this user on this task: 退回, 转办, 委派, 委派办结, 加签, 撤回, 催办, 抄送. In the navbar, 我的审批
 * lists the processes I started (催办 each open step, 撤回), the tasks I did and what was copied to me.
 * Everything goes through /api/tasks with the Tasklist session; the server decides what is allowed.
 * Data is only ever written with textContent, never as HTML.
 */
const API = '/api';

function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function call(method, path, body) {
  const response = await fetch(API + path, {
    method,
    credentials: 'same-origin',
    headers: Object.assign({ Accept: 'application/json' },
      method === 'GET' ? {} : { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrfToken() }),
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problems = data && Array.isArray(data.errors) ? data.errors.map(e => e.message).filter(Boolean) : [];
    const detail = (data && data.detail) || ('请求失败（' + response.status + '）');
    throw new Error(problems.length && !problems.includes(detail) ? detail + ' ' + problems.join('；') : detail);
  }
  return data;
}

/** "催办成功，已通过站内、钉钉通知。": 催办 answers with the channels the urge went out on. */
function done(label, answer) {
  const channels = answer && Array.isArray(answer.channels) ? answer.channels : [];
  return label + '成功' + (channels.length ? '，已通过' + channels.join('、') + '通知' : '') + '。';
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (key === 'text') node.textContent = value;
    else if (key === 'on') Object.entries(value).forEach(([event, fn]) => node.addEventListener(event, fn));
    else node.setAttribute(key, value);
  });
  children.filter(Boolean).forEach(child => node.appendChild(child));
  return node;
}

function formatTime(iso) {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '';
}

let peopleOptions;

/** One shared <datalist> of "姓名（工号）" for every person field. */
async function peopleList() {
  if (!peopleOptions) {
    peopleOptions = call('GET', '/org/people').then(people => {
      const list = el('datalist', { id: 'qinglian-people' });
      people.forEach(p => list.appendChild(el('option', { value: p.name + '（' + p.id + '）' })));
      document.body.appendChild(list);
    }).catch(() => undefined);
  }
  return peopleOptions;
}

/** "张三（m0001）" or "m0001" → "m0001". */
function personId(text) {
  const match = text.trim().match(/（([^（）]+)）$|\(([^()]+)\)$/);
  return match ? (match[1] || match[2]) : text.trim();
}

function personInput(placeholder) {
  peopleList();
  return el('input', { class: 'form-control', list: 'qinglian-people', placeholder, 'data-field': 'person' });
}

function reasonInput(placeholder) {
  return el('textarea', { class: 'form-control', rows: '2', maxlength: '500', placeholder, 'data-field': 'reason' });
}

/** The operations this user may perform now, each opening a small form. */
function operationForms(task, operations, say) {
  const forms = [];
  const taskPath = '/tasks/' + encodeURIComponent(task.taskId);
  const processPath = '/tasks/processes/' + encodeURIComponent(task.processInstanceId);

  if (operations.returnTo.length) {
    const target = el('select', { class: 'form-control', 'data-field': 'target' });
    operations.returnTo.forEach(step => target.appendChild(el('option', { value: step.id, text: step.name })));
    forms.push(['退回', 'return', [target, reasonInput('退回理由（必填）')],
      f => call('POST', taskPath + '/return', { targetStep: f.target.value, reason: f.reason.value }), true]);
  }
  if (operations.transfer) {
    forms.push(['转办', 'transfer', [personInput('转办给（姓名或工号）'), reasonInput('转办说明（选填）')],
      f => call('POST', taskPath + '/transfer', { to: personId(f.person.value), reason: f.reason.value }), true]);
  }
  if (operations.delegate) {
    forms.push(['委派', 'delegate', [personInput('委派给（姓名或工号）'), reasonInput('委派说明（选填）')],
      f => call('POST', taskPath + '/delegate', { to: personId(f.person.value), reason: f.reason.value }), true]);
  }
  if (operations.resolve) {
    forms.push(['委派办结', 'resolve', [reasonInput('办理意见（选填）')],
      f => call('POST', taskPath + '/resolve', { reason: f.reason.value }), true]);
  }
  if (operations.addSigner) {
    forms.push(['加签', 'add-signer', [personInput('增加会签人（姓名或工号）'), reasonInput('加签说明（选填）')],
      f => call('POST', taskPath + '/signers', { to: personId(f.person.value), reason: f.reason.value }), false]);
  }
  if (operations.withdraw) {
    forms.push(['撤回', 'withdraw', [reasonInput('撤回说明（选填）')],
      f => call('POST', processPath + '/withdraw', { reason: f.reason.value }), true]);
  }
  if (operations.urge) {
    forms.push(['催办', 'urge', [reasonInput('催办留言（选填）')],
      f => call('POST', taskPath + '/urge', { reason: f.reason.value }), false]);
  }
  if (operations.copy) {
    forms.push(['抄送', 'copy', [personInput('抄送给（姓名或工号，多人用逗号分隔）'), reasonInput('附言（选填）')],
      f => call('POST', processPath + '/copies', {
        to: f.person.value.split(/[,，、]/).map(personId).filter(Boolean), note: f.reason.value
      }), false]);
  }

  const bar = el('div', { class: 'qinglian-operations', style: 'margin-bottom:12px' });
  const panel = el('div', { class: 'qinglian-operation-form', style: 'margin-bottom:12px' });
  forms.forEach(([label, name, fields, submit, leavesTask]) => {
    bar.appendChild(el('button', {
      type: 'button', class: 'btn btn-default btn-sm', 'data-operation': name, style: 'margin:0 6px 6px 0', text: label,
      on: {
        click: () => {
          panel.textContent = '';
          const values = {};
          fields.forEach(field => { values[field.getAttribute('data-field')] = field; });
          const confirm = el('button', { type: 'button', class: 'btn btn-primary btn-sm', 'data-confirm': name, text: '确定' + label });
          confirm.addEventListener('click', async () => {
            confirm.disabled = true;
            try {
              say(done(label, await submit(values)), false);
              panel.textContent = '';
              if (leavesTask) setTimeout(leaveTask, 1200);
            } catch (e) {
              say(e.message, true);
              confirm.disabled = false;
            }
          });
          const cancel = el('button', { type: 'button', class: 'btn btn-link btn-sm', text: '取消', on: { click: () => { panel.textContent = ''; } } });
          fields.forEach(field => panel.appendChild(el('div', { class: 'form-group', style: 'margin-bottom:6px' }, field)));
          panel.appendChild(confirm);
          panel.appendChild(cancel);
        }
      }
    }));
  });
  return forms.length ? [bar, panel] : [];
}

/** After a task has left this user: back to the list, without the task selected. */
function leaveTask() {
  const url = new URL(window.location.href);
  const hash = url.hash.replace(/([?&])task=[^&]*&?/, '$1').replace(/[?&]$/, '');
  window.location.hash = hash;
  window.location.reload();
}

function timelineView(entries) {
  const list = el('ul', { class: 'qinglian-timeline list-unstyled', style: 'border-left:2px solid #d9d9d9;padding-left:14px' });
  entries.forEach(entry => {
    const who = entry.actorName || entry.actorId || '系统';
    list.appendChild(el('li', { style: 'margin-bottom:10px' + (entry.pending ? ';color:#b36b00' : '') },
      el('div', {},
        el('strong', { text: entry.action }),
        el('span', { text: ' · ' + (entry.stepName || '') + ' · ' + who })),
      el('div', { class: 'text-muted', style: 'font-size:12px', text: entry.pending ? '待办理，自 ' + formatTime(entry.at) : formatTime(entry.at) }),
      entry.opinion ? el('div', { style: 'white-space:pre-wrap', text: entry.opinion }) : null));
  });
  return list;
}

async function render(container, taskId) {
  container.textContent = '';
  const message = el('div', { role: 'status', style: 'margin-bottom:8px' });
  const say = (text, error) => {
    message.className = error ? 'alert alert-danger' : 'alert alert-success';
    message.textContent = text;
  };
  const root = el('div', { class: 'qinglian-approval', style: 'padding:10px' }, message);
  container.appendChild(root);
  try {
    const detail = await call('GET', '/tasks/' + encodeURIComponent(taskId));
    operationForms(detail.task, detail.operations, say).forEach(node => root.appendChild(node));
    const entries = await call('GET', '/tasks/processes/' + encodeURIComponent(detail.task.processInstanceId) + '/timeline');
    root.appendChild(el('h4', { text: '审批记录' }));
    root.appendChild(timelineView(entries));
  } catch (e) {
    say(e.message, true);
  }
}

const STATES = {
  ACTIVE: '进行中', SUSPENDED: '已挂起', COMPLETED: '已办结',
  EXTERNALLY_TERMINATED: '已终止', INTERNALLY_TERMINATED: '已终止'
};
const PAGE_SIZE = 10;

/** 我的审批: the lists of processes I started (with 催办 and 撤回), tasks I did, processes copied to me. */
function myApprovals() {
  const message = el('div', { role: 'status' });
  const say = (text, error) => {
    message.className = error ? 'alert alert-danger' : 'alert alert-success';
    message.textContent = text;
  };
  const body = el('div');
  const pager = el('div', { style: 'margin-top:8px' });
  const tabs = el('div', { class: 'btn-group', style: 'margin-bottom:10px' });
  const panel = el('div', {
    class: 'qinglian-my-approvals', role: 'dialog', 'aria-label': '我的审批',
    style: 'position:fixed;top:70px;right:20px;width:640px;max-width:95vw;max-height:80vh;overflow:auto;z-index:2000;'
      + 'background:#fff;border:1px solid #ccc;border-radius:4px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:14px'
  }, el('button', { type: 'button', class: 'close', 'aria-label': '关闭', text: '×', on: { click: () => panel.remove() } }),
  el('h4', { text: '我的审批' }), tabs, message, body, pager);

  const withTimeline = (row, processInstanceId) => {
    const holder = el('div');
    row.appendChild(el('button', {
      type: 'button', class: 'btn btn-link btn-xs', text: '审批记录',
      on: {
        click: async () => {
          if (holder.childNodes.length) { holder.textContent = ''; return; }
          try {
            holder.appendChild(timelineView(await call('GET', '/tasks/processes/' + encodeURIComponent(processInstanceId) + '/timeline')));
          } catch (e) { say(e.message, true); }
        }
      }
    }));
    row.appendChild(holder);
    return row;
  };
  const action = (label, name, run) => el('button', {
    type: 'button', class: 'btn btn-default btn-xs', 'data-operation': name, style: 'margin-left:6px', text: label,
    on: { click: async (event) => {
      event.target.disabled = true;
      try { say(done(label, await run()), false); } catch (e) { say(e.message, true); event.target.disabled = false; }
    } }
  });

  /** An action that asks first, in place: a 撤回 cannot be taken back. */
  const confirmed = (label, name, question, run) => {
    const holder = el('span', { style: 'margin-left:6px' });
    const ask = el('button', {
      type: 'button', class: 'btn btn-default btn-xs', 'data-operation': name, text: label,
      on: { click: () => {
        holder.textContent = '';
        holder.appendChild(el('span', { class: 'text-warning', text: question + ' ' }));
        holder.appendChild(action('确定' + label, name + '-confirm', run));
        holder.appendChild(el('button', { type: 'button', class: 'btn btn-link btn-xs', text: '取消', on: { click: () => {
          holder.textContent = '';
          holder.appendChild(ask);
        } } }));
      } }
    });
    holder.appendChild(ask);
    return holder;
  };

  const views = {
    started: ['我发起的', item => {
      const row = el('div', { class: 'qinglian-row', 'data-process': item.processInstanceId },
        el('strong', { text: item.title || item.businessKey || item.processName }),
        el('span', { class: 'text-muted', text: ' ' + item.processName + ' · ' + (STATES[item.state] || item.state)
          + ' · 发起于 ' + formatTime(item.started) }));
      item.openSteps.forEach(step => {
        const line = el('div', { style: 'margin-left:12px', text: '待办：' + step.name + ' — ' + (step.assigneeName || '待认领') });
        if (step.assignee) {
          line.appendChild(action('催办', 'urge', () => call('POST', '/tasks/' + encodeURIComponent(step.taskId) + '/urge', {})));
        }
        row.appendChild(line);
      });
      if (item.state === 'ACTIVE') {
        row.appendChild(confirmed('撤回', 'withdraw', '撤回后，流程回到您发起时的环节，已办理的步骤需重新办理。确定撤回？', () =>
          call('POST', '/tasks/processes/' + encodeURIComponent(item.processInstanceId) + '/withdraw', {})));
      }
      return withTimeline(row, item.processInstanceId);
    }],
    done: ['已办', item => withTimeline(el('div', { class: 'qinglian-row', 'data-process': item.processInstanceId },
      el('strong', { text: item.name }),
      el('span', { class: 'text-muted', text: ' ' + item.processName + ' ' + (item.businessKey || '') + ' · '
        + (item.completed ? '办理于 ' : '转出/取消于 ') + formatTime(item.ended) })), item.processInstanceId)],
    copied: ['抄送我的', item => withTimeline(el('div', { class: 'qinglian-row', 'data-process': item.processInstanceId },
      el('strong', { text: item.processName }),
      el('span', { class: 'text-muted', text: ' ' + (item.businessKey || '') + ' · ' + (STATES[item.state] || item.state || '')
        + ' · ' + (item.copiedByName || item.copiedBy) + ' 抄送于 ' + formatTime(item.copiedAt) }),
      item.note ? el('div', { style: 'white-space:pre-wrap', text: item.note }) : null), item.processInstanceId)]
  };

  let shown = 0;
  const show = async (list, page) => {
    // A slower answer for a tab the user has already left must not fill the tab they are on.
    const request = ++shown;
    body.textContent = '';
    pager.textContent = '';
    Array.from(tabs.children).forEach(b => b.classList.toggle('active', b.getAttribute('data-list') === list));
    try {
      const result = await call('GET', '/tasks/' + list + '?page=' + page + '&size=' + PAGE_SIZE);
      if (request !== shown) return;
      if (!result.items.length) body.appendChild(el('p', { class: 'text-muted', text: '暂无记录。' }));
      result.items.forEach(item => body.appendChild(el('div', { style: 'padding:6px 0;border-bottom:1px solid #eee' }, views[list][1](item))));
      const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
      pager.appendChild(el('span', { class: 'text-muted', text: '第 ' + page + ' / ' + pages + ' 页，共 ' + result.total + ' 条 ' }));
      if (page > 1) pager.appendChild(el('button', { type: 'button', class: 'btn btn-default btn-xs', text: '上一页', on: { click: () => show(list, page - 1) } }));
      if (page < pages) pager.appendChild(el('button', { type: 'button', class: 'btn btn-default btn-xs', text: '下一页', on: { click: () => show(list, page + 1) } }));
    } catch (e) {
      say(e.message, true);
    }
  };
  Object.entries(views).forEach(([list, [label]]) => tabs.appendChild(el('button', {
    type: 'button', class: 'btn btn-default btn-sm', 'data-list': list, text: label, on: { click: () => show(list, 1) }
  })));
  document.body.appendChild(panel);
  show('started', 1);
}

export default [{
  id: 'qinglian.approval',
  pluginPoint: 'tasklist.task.detail',
  priority: 100,
  render: (container, { taskId }) => { render(container, taskId); },
  properties: { label: '审批记录' }
}, {
  id: 'qinglian.my-approvals',
  pluginPoint: 'tasklist.navbar.action',
  priority: 150,
  render: (container) => {
    container.appendChild(el('a', {
      href: '', class: 'qinglian-my-approvals-action', text: '我的审批',
      on: { click: (event) => { event.preventDefault(); document.querySelector('.qinglian-my-approvals')?.remove(); myApprovals(); } }
    }));
  }
}];

// 掌上办 (/m/): a member's and a busy approver's way in from a phone. The lists, sign-in and the
// router; a task's page (with its Camunda Form) is loaded when one is opened.
import './app.css';
import { api, ApiError, taskData, whoAmI } from './api.js';
import { go, header, NAVIGATE, session, setSignOut, showName } from './shell.js';
import { h, day, time, overdue, toast } from './ui.js';

performance.mark('qinglian:app');
const root = document.getElementById('app');
const LISTS = [
  { id: 'todo', path: '/m/', label: '待办' },
  { id: 'done', path: '/m/done', label: '已办' },
  { id: 'started', path: '/m/started', label: '我发起的' },
  { id: 'copied', path: '/m/copied', label: '抄送我的' }
];
const PAGE_SIZE = 20;

// --- routing ----------------------------------------------------------------------------

document.addEventListener('click', event => {
  const link = event.target.closest && event.target.closest('a[data-route]');
  if (link && !event.ctrlKey && !event.metaKey && event.button === 0) {
    event.preventDefault();
    go(link.getAttribute('href'));
  }
});
window.addEventListener('popstate', () => route());
window.addEventListener(NAVIGATE, () => route());

let routing = 0;
async function route() {
  const turn = ++routing;
  const path = location.pathname.replace(/\/+$/, '') || '/m';
  const task = path.match(/^\/m\/tasks\/([^/]+)$/);
  const process = path.match(/^\/m\/processes\/([^/]+)$/);
  const study = path.match(/^\/m\/sessions\/(\d+)$/);
  // A notice opens a task: its page's code and its data load while the session is asked for, not after.
  const taskPage = task || process ? import('./task.js') : null;
  const early = task ? taskData(decodeURIComponent(task[1])) : null;
  try {
    if (!session.user) {
      session.user = await whoAmI();
      if (!session.user) return showLogin();
      api('/api/org/people/' + encodeURIComponent(session.user.userId))
        .then(person => { session.person = person; showName(); })
        .catch(() => null);
    }
    if (turn !== routing) return;
    if (task) {
      await (await taskPage).showTask(root, decodeURIComponent(task[1]), early);
    } else if (process) {
      await (await taskPage).showProcess(root, decodeURIComponent(process[1]));
    } else if (study) {
      await (await import('./session.js')).showSession(root, study[1]);
    } else {
      const list = LISTS.find(l => l.path.replace(/\/$/, '') === path.replace(/^\/m$/, '/m')) || LISTS[0];
      await showList(list);
    }
    window.scrollTo(0, 0);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      session.user = null;
      return showLogin();
    }
    showProblem(e);
  }
}

function showProblem(e) {
  root.replaceChildren(
    header(),
    h('main', { class: 'page' },
      h('div', { class: 'problem', role: 'alert' },
        h('h1', {}, e instanceof ApiError && (e.status === 403 || e.status === 404) ? '无法打开' : '出错了'),
        h('p', {}, e.message || '请稍后重试。')),
      h('p', {}, h('a', { href: '/m/', 'data-route': true, class: 'button' }, '返回待办'))));
}

// --- sign in ----------------------------------------------------------------------------

function showLogin(message) {
  const error = h('p', { class: 'form-error', role: 'alert', hidden: !message }, message || '');
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const remember = h('input', { id: 'remember', name: 'remember', type: 'checkbox' });
  const submit = h('button', { type: 'submit', class: 'primary block' }, '登录');
  const form = h('form', { class: 'login', novalidate: true },
    h('h1', {}, '清廉工作流 · 掌上办'),
    h('p', { class: 'hint' }, '请使用与任务列表（Tasklist）相同的账号登录。'),
    error,
    h('label', { for: 'username' }, '账号'), username,
    h('label', { for: 'password' }, '密码'), password,
    h('label', { class: 'check', for: 'remember' }, remember, ' 在本机记住我（30 天，仅限个人手机）'),
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!username.value.trim() || !password.value) {
      error.textContent = '请填写账号和密码。';
      error.hidden = false;
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = '正在登录……';
    try {
      await signIn(username.value.trim(), password.value, remember.checked);
      route();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      submit.disabled = false;
      submit.textContent = '登录';
      password.select();
    }
  });
  root.replaceChildren(h('main', { class: 'page narrow' }, form));
  username.focus();
}

/** The webapps' own login (the same session as Tasklist's), then, if asked, a longer-lived session. */
async function signIn(username, password, remember) {
  await whoAmI(); // the session's CSRF token, which the login must send
  try {
    await api('/camunda/api/admin/auth/user/default/login/tasklist', {
      method: 'POST', form: new URLSearchParams({ username, password }), noRetry: true
    });
  } catch (e) {
    if (e.status === 401 || e.status === 403) throw new Error('账号或密码不正确，请重试。');
    throw e;
  }
  if (remember) {
    await api('/api/session/remember', { method: 'POST' }).catch(() => toast('已登录，但未能在本机记住您。', 'error'));
  }
}

setSignOut(signOut);

async function signOut() {
  await api('/camunda/api/admin/auth/user/default/logout', { method: 'POST' }).catch(() => null);
  Object.keys(localStorage).filter(k => k.startsWith('qinglian-m:')).forEach(k => localStorage.removeItem(k));
  session.user = null;
  session.person = null;
  go('/m/', { replace: true });
}

// --- the shell ----------------------------------------------------------------------------

async function showList(list, page = 1) {
  const counts = Object.fromEntries(await Promise.all(LISTS.map(async l => {
    if (l.id === list.id) return [l.id, null];
    const answer = await api(`/api/tasks/${l.id}?page=1&size=1`);
    return [l.id, answer.total];
  })));
  const data = await api(`/api/tasks/${list.id}?page=${page}&size=${PAGE_SIZE}`);
  counts[list.id] = data.total;
  const tabs = h('nav', { class: 'tabs', 'aria-label': '列表' }, LISTS.map(l =>
    h('a', { href: l.path, 'data-route': true, 'aria-current': l.id === list.id ? 'page' : null },
      l.label, h('span', { class: 'count', 'aria-label': `共 ${counts[l.id]} 项` }, String(counts[l.id])))));
  const items = data.items.map(item => ITEM[list.id](item));
  const more = data.total > page * PAGE_SIZE
    ? h('button', { type: 'button', class: 'block', onclick: async event => {
      event.target.disabled = true;
      const next = await api(`/api/tasks/${list.id}?page=${page + 1}&size=${PAGE_SIZE}`);
      event.target.replaceWith(...next.items.map(item => ITEM[list.id](item)));
    } }, '加载更多')
    : null;
  root.replaceChildren(header(), tabs, h('main', { class: 'page' },
    h('h1', { class: 'visually-hidden' }, list.label),
    items.length ? h('ul', { class: 'items' }, items, more ? h('li', {}, more) : null)
      : h('p', { class: 'empty' }, EMPTY[list.id])));
}

const EMPTY = {
  todo: '没有待办事项。',
  done: '还没有办理过的事项。',
  started: '您还没有发起过流程。',
  copied: '没有抄送给您的事项。'
};

const ITEM = {
  todo: item => h('li', {},
    h('a', { href: '/m/tasks/' + encodeURIComponent(item.taskId), 'data-route': true, class: 'item' + (item.returned ? ' returned' : '') },
      h('strong', { class: 'title' }, item.name),
      h('span', { class: 'meta' }, item.processName,
        item.delegated ? ' · 委派给您' : '',
        item.assignee ? '' : ' · 待认领'),
      item.returned ? h('span', { class: 'reason' }, '退回理由：' + item.returned) : null,
      h('span', { class: 'meta' }, '收到 ' + time(item.created),
        item.due ? h('span', { class: overdue(item.due) ? 'due overdue' : 'due' },
          (overdue(item.due) ? ' · 已逾期，' : ' · ') + '截止 ' + day(item.due)) : null))),
  done: item => h('li', {},
    h('a', { href: '/m/processes/' + encodeURIComponent(item.processInstanceId), 'data-route': true, class: 'item' },
      h('strong', { class: 'title' }, item.name),
      h('span', { class: 'meta' }, item.processName),
      h('span', { class: 'meta' }, (item.completed ? '办理于 ' : '已收回 ') + time(item.ended)))),
  started: item => h('li', {},
    h('a', { href: '/m/processes/' + encodeURIComponent(item.processInstanceId), 'data-route': true, class: 'item' },
      h('strong', { class: 'title' }, item.title || item.processName),
      h('span', { class: 'meta' }, item.processName, ' · ', STATE[item.state] || item.state || ''),
      item.openSteps && item.openSteps.length
        ? h('span', { class: 'meta' }, '当前：' + item.openSteps.slice(0, 3)
          .map(s => s.name + (s.assigneeName ? '（' + s.assigneeName + '）' : '')).join('、')
          + (item.openSteps.length > 3 ? ` 等 ${item.openSteps.length} 项` : ''))
        : null,
      h('span', { class: 'meta' }, '发起于 ' + time(item.started)))),
  copied: item => h('li', {},
    h('a', { href: '/m/processes/' + encodeURIComponent(item.processInstanceId), 'data-route': true, class: 'item' },
      h('strong', { class: 'title' }, item.processName + ' · ' + (item.title || item.businessKey || '')),
      h('span', { class: 'meta' }, (item.copiedByName || item.copiedBy || '') + ' 抄送于 ' + time(item.copiedAt),
        item.state ? ' · ' + (STATE[item.state] || item.state) : ''),
      item.note ? h('span', { class: 'reason' }, '附言：' + item.note) : null))
};

const STATE = { ACTIVE: '进行中', COMPLETED: '已办结', EXTERNALLY_TERMINATED: '已撤回', INTERNALLY_TERMINATED: '已终止', SUSPENDED: '已挂起' };

route();

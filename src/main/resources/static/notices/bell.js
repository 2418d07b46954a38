/*
 * 清廉工作流 — the 消息 bell: the unread count of the signed-in person's notices (站内), a list with
 * read/unread, "全部已读", and a click that marks a notice read and opens its task. Used by Tasklist
 * (scripts/qinglian/notices.js, in the navbar) and by the report card (an element with
 * data-notice-bell). Reads /api/notices/mine with the Camunda webapp session; every text from the
 * server goes in through textContent, never as HTML.
 */
const API = '/api/notices';
const POLL_MS = 60000;
const time = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false
});

/**
 * The webapps' CSRF token: their cookie inside Tasklist (path /camunda); elsewhere (the report card, this
 * page) that cookie is not visible, and the session says it.
 */
export async function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  if (match) return decodeURIComponent(match[1]);
  const response = await fetch('/api/session', {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
  return response.ok ? (await response.json()).xsrfToken || '' : '';
}

async function call(method, path) {
  const response = await fetch(API + path, {
    method,
    credentials: 'same-origin',
    headers: Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      method === 'GET' ? {} : { 'X-XSRF-TOKEN': await xsrfToken() })
  });
  if (!response.ok) throw new Error('消息加载失败（' + response.status + '）');
  const text = await response.text();
  return text ? JSON.parse(text) : null;
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

/**
 * Opens a notice's task in Tasklist: within Tasklist by its hash, elsewhere by navigating there. A notice
 * about no task opens what its message links to, as its 钉钉 or e-mail copy does (an alert: Cockpit; a
 * session: 掌上办), on this server whatever address the link was written with.
 */
function defaultOpen(item) {
  const tasklist = '/camunda/app/tasklist/default/';
  if (!item.taskId && item.link) {
    const link = new URL(item.link, location.origin);
    location.href = link.pathname + link.search + link.hash;
    return;
  }
  const target = item.taskId ? tasklist + '#/?task=' + encodeURIComponent(item.taskId) : tasklist;
  if (location.pathname.startsWith(tasklist) && item.taskId) location.hash = '#/?task=' + encodeURIComponent(item.taskId);
  else location.href = target;
}

/**
 * Puts the bell into {@code host}. {@code options.open(item)} opens a notice (default: its task in
 * Tasklist); {@code options.className} styles the button like its neighbours.
 */
export function mountBell(host, options = {}) {
  const open = options.open || defaultOpen;
  const badge = el('span', { class: 'qinglian-bell-count', hidden: '' });
  const button = el('a', { href: '', class: 'qinglian-bell ' + (options.className || ''), role: 'button',
    'aria-haspopup': 'true', 'aria-expanded': 'false', title: '消息' }, el('span', { text: '🔔 消息' }), badge);
  host.appendChild(button);
  let panel = null;
  let onlyUnread = false;

  const showCount = (unread) => {
    badge.textContent = unread > 99 ? '99+' : String(unread);
    if (unread > 0) badge.removeAttribute('hidden'); else badge.setAttribute('hidden', '');
    button.setAttribute('title', unread > 0 ? unread + ' 条未读消息' : '没有未读消息');
    button.setAttribute('data-unread', String(unread));
  };

  const refresh = async () => {
    try {
      const mine = await call('GET', '/mine?unread=true&size=1');
      showCount(mine.unread);
    } catch (e) {
      button.setAttribute('title', e.message);
    }
  };

  const close = () => {
    if (panel) panel.remove();
    panel = null;
    button.setAttribute('aria-expanded', 'false');
  };

  const render = async () => {
    const list = panel.querySelector('.qinglian-bell-list');
    list.textContent = '';
    try {
      const mine = await call('GET', '/mine?size=20' + (onlyUnread ? '&unread=true' : ''));
      showCount(mine.unread);
      if (!mine.items.length) list.appendChild(el('p', { class: 'qinglian-bell-empty', text: onlyUnread ? '没有未读消息。' : '还没有消息。' }));
      mine.items.forEach(item => {
        const row = el('button', {
          type: 'button', class: 'qinglian-bell-item' + (item.read ? '' : ' unread'), 'data-notice': String(item.id),
          on: {
            click: async () => {
              if (!item.read) { try { await call('POST', '/' + item.id + '/read'); } catch (e) { /* opened anyway */ } }
              close();
              refresh();
              open(item);
            }
          }
        },
        el('span', { class: 'qinglian-bell-kind', text: item.kindLabel }),
        el('span', { class: 'qinglian-bell-title', text: item.title }),
        el('span', { class: 'qinglian-bell-time', text: time.format(new Date(item.createdAt)) }));
        list.appendChild(row);
      });
    } catch (e) {
      list.appendChild(el('p', { class: 'qinglian-bell-empty', text: e.message }));
    }
  };

  button.addEventListener('click', (event) => {
    event.preventDefault();
    if (panel) { close(); return; }
    const filter = el('label', {}, el('input', { type: 'checkbox', on: { change: (e) => { onlyUnread = e.target.checked; render(); } } }),
      el('span', { text: ' 只看未读' }));
    panel = el('div', { class: 'qinglian-bell-panel', role: 'dialog', 'aria-label': '消息' },
      el('div', { class: 'qinglian-bell-head' },
        el('strong', { text: '消息' }), filter,
        el('a', { href: '/notices/', text: '通知设置' }),
        el('button', { type: 'button', class: 'qinglian-bell-all', text: '全部已读',
          on: { click: async () => { await call('POST', '/mine/read'); render(); } } }),
        el('button', { type: 'button', class: 'qinglian-bell-close', 'aria-label': '关闭', text: '×', on: { click: close } })),
      el('div', { class: 'qinglian-bell-list' }));
    document.body.appendChild(panel);
    button.setAttribute('aria-expanded', 'true');
    render();
  });

  refresh();
  setInterval(refresh, POLL_MS);
  window.addEventListener('focus', refresh);
  return { refresh };
}

const auto = document.querySelector('[data-notice-bell]');
if (auto) mountBell(auto);

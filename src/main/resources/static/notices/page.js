/*
 * 消息与通知: a person's own channel settings (GET/PUT /api/notices/settings); for the Party office the
 * defaults, what was sent to whom over which channel and how it went, and 重发 of failures. Uses the
 * Camunda webapp session; every text from the server goes in through textContent.
 */
import { xsrfToken } from './bell.js';

const LOGIN_URL = '/camunda/app/welcome/';
const $ = (id) => document.getElementById(id);
const when = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
});


class Problem extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function call(method, path, body) {
  const response = await fetch('/api/notices' + path, {
    method,
    credentials: 'same-origin',
    headers: Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      method === 'GET' ? {} : { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': await xsrfToken() }),
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Problem(response.status, (data && data.detail) || ('请求失败（' + response.status + '）'));
  return data;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (key === 'text') node.textContent = value;
    else if (key === 'on') Object.entries(value).forEach(([event, fn]) => node.addEventListener(event, fn));
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(key, value === true ? '' : value);
  });
  children.filter(Boolean).forEach(child => node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

function status(kind, ...parts) {
  const box = $('status');
  box.className = 'status' + (kind ? ' ' + kind : '');
  box.textContent = '';
  parts.forEach(p => box.appendChild(typeof p === 'string' ? document.createTextNode(p) : p));
  box.hidden = parts.length === 0;
}

/** The settings form: channels (站内 always), quiet hours, daily digest; saved with PUT {@code path}. */
function settingsForm(form, settings, path) {
  form.textContent = '';
  const chosen = new Set(settings.preference.channels);
  const boxes = el('fieldset', {}, el('legend', { text: '接收渠道' }),
    el('label', {}, el('input', { type: 'checkbox', checked: true, disabled: true }), ' 站内消息（始终开启）'));
  settings.channels.forEach(channel => boxes.appendChild(el('label', { title: channel.enabled ? '' : '本系统尚未接入该渠道' },
    el('input', { type: 'checkbox', name: 'channel', value: channel.id, checked: chosen.has(channel.id) }),
    ' ' + channel.label + (channel.enabled ? '' : '（未接入）'))));
  const p = settings.preference;
  const quiet = el('fieldset', {}, el('legend', { text: '免打扰时段（北京时间，期间的消息顺延到结束时发送；都留空则不设）' }),
    el('label', {}, '从 ', el('input', { type: 'time', name: 'quietStart', value: p.quietStart ? p.quietStart.slice(0, 5) : '' })),
    el('label', {}, ' 到 ', el('input', { type: 'time', name: 'quietEnd', value: p.quietEnd ? p.quietEnd.slice(0, 5) : '' })));
  const digest = el('label', {}, el('input', { type: 'checkbox', name: 'digest', checked: p.digest }),
    ' 每日汇总：每天 8:30 收到一条汇总消息，代替逐条消息（催办和逾期督办仍即时送达）');
  const said = el('span', { class: 'note', role: 'status' });
  form.append(boxes, quiet, el('p', {}, digest), el('p', {}, el('button', { type: 'submit', text: '保存' }), ' ', said));
  form.onsubmit = async (event) => {
    event.preventDefault();
    const values = {
      channels: [...form.querySelectorAll('input[name=channel]:checked')].map(i => i.value),
      quietStart: form.quietStart.value || null,
      quietEnd: form.quietEnd.value || null,
      digest: form.digest.checked
    };
    try {
      settingsForm(form, await call('PUT', path, values), path);
      form.querySelector('[role=status]').textContent = '已保存。';
    } catch (e) {
      said.textContent = e.message;
      said.classList.add('error');
    }
  };
}

function deliveryCell(item) {
  const cell = el('td');
  if (!item.deliveries.length) cell.appendChild(el('span', { class: 'note', text: '仅站内' }));
  item.deliveries.forEach(d => {
    const line = el('div', { 'data-delivery': String(d.id), 'data-status': d.status },
      d.channelLabel + ' · ' + d.statusLabel
      + (d.sentAt ? ' · ' + when.format(new Date(d.sentAt)) : '')
      + (d.attempts ? ' · 第 ' + d.attempts + ' 次' : '')
      + (d.lastError ? ' · ' + d.lastError : ''));
    if (d.status === 'FAILED') {
      line.appendChild(document.createTextNode(' '));
      line.appendChild(el('button', { type: 'button', class: 'secondary', text: '重发', on: { click: async (event) => {
        event.target.disabled = true;
        try { await call('POST', '/deliveries/' + d.id + '/resend'); event.target.textContent = '已重发'; } catch (e) { event.target.textContent = e.message; }
      } } }));
    }
    cell.appendChild(line);
  });
  return cell;
}

async function search(page) {
  const filter = $('filter');
  const query = new URLSearchParams({ page: String(page), size: '50' });
  ['person', 'process', 'status'].forEach(name => { if (filter[name].value) query.set(name, filter[name].value.trim()); });
  const body = $('sent').querySelector('tbody');
  body.textContent = '';
  try {
    const result = await call('GET', '?' + query);
    result.items.forEach(item => body.appendChild(el('tr', {},
      el('td', { text: when.format(new Date(item.createdAt)) }),
      el('td', { text: item.recipientName + '（' + item.recipientId + '）' }),
      el('td', { text: item.kindLabel }),
      el('td', { text: item.title }),
      el('td', { text: item.readAt ? '已读' : '未读' }),
      deliveryCell(item))));
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    const pager = $('pager');
    pager.textContent = '共 ' + result.total + ' 条，第 ' + result.page + '/' + pages + ' 页 ';
    if (result.page > 1) pager.appendChild(el('button', { type: 'button', class: 'secondary', text: '上一页', on: { click: () => search(result.page - 1) } }));
    if (result.page < pages) pager.appendChild(el('button', { type: 'button', class: 'secondary', text: '下一页', on: { click: () => search(result.page + 1) } }));
  } catch (e) {
    body.appendChild(el('tr', {}, el('td', { colspan: '6', text: e.message })));
  }
}

async function start() {
  try {
    settingsForm($('mine'), await call('GET', '/settings'), '/settings');
  } catch (e) {
    if (e.status === 401) {
      status('error', '您尚未登录清廉工作流，或登录已过期。请先 ', el('a', { href: LOGIN_URL, text: '登录' }), '（与任务列表同一账号），再回到本页。');
    } else {
      status('error', e.message);
    }
    return;
  }
  status('');
  $('content').hidden = false;
  try {
    settingsForm($('defaults'), await call('GET', '/settings/defaults'), '/settings/defaults');
  } catch (e) {
    return; // not the Party office: only one's own settings
  }
  $('office').hidden = false;
  $('filter').addEventListener('submit', (event) => { event.preventDefault(); search(1); });
  $('resend-all').addEventListener('click', async (event) => {
    const result = await call('POST', '/deliveries/resend-failed');
    event.target.textContent = '已重发 ' + result.resent + ' 条';
    search(1);
  });
  search(1);
}

start();

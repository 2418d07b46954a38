// A study session (党纪教育) on the phone: what, when and where; 签到 from the room's link or its code while
// the session runs; 请假 before it; 补学 after it for whoever was not there. Those who run the session see the
// code and the link to show in the room, and how many have signed in.
import { api } from './api.js';
import { header } from './shell.js';
import { h, time, toast } from './ui.js';

export async function showSession(root, id) {
  const token = new URLSearchParams(location.search).get('t');
  const detail = await api('/api/education/sessions/' + encodeURIComponent(id));
  const s = detail.session;
  const own = detail.own;
  const now = Date.now();
  const opens = new Date(s.startsAt).getTime() - 30 * 60 * 1000;
  const over = now > new Date(s.endsAt).getTime();
  const status = h('p', { class: 'status-line', role: 'status' }, own ? ownStatus(own, over) : '');
  const actions = h('div', { class: 'session-actions' });

  root.replaceChildren(
    header({ href: '/m/', label: '待办' }),
    h('main', { class: 'page session' },
      h('h1', { class: 'task-title' }, s.topic),
      h('p', { class: 'meta' }, s.kindLabel + ' · ' + s.unitName),
      h('dl', { class: 'facts' },
        h('dt', {}, '时间'), h('dd', {}, time(s.startsAt) + ' – ' + time(s.endsAt)),
        s.place ? [h('dt', {}, '地点'), h('dd', {}, s.place)] : null,
        s.onlineLink ? [h('dt', {}, '线上'), h('dd', {}, h('a', { href: s.onlineLink, rel: 'noopener' }, s.onlineLink))] : null,
        s.speaker ? [h('dt', {}, '主讲'), h('dd', {}, s.speaker)] : null,
        s.materials ? [h('dt', {}, '材料'), h('dd', { class: 'pre' }, s.materials)] : null),
      status,
      actions,
      detail.signIn ? runner(detail) : null));

  if (!own) return;
  if (own.signedInAt) return;
  if (!over && now >= opens) {
    actions.append(signInForm(id, token, status));
  } else if (!over) {
    actions.append(h('p', { class: 'note' }, '签到在开始前 30 分钟开放。'));
  }
  if (!over && !own.excused) actions.append(leaveForm(id, status));
  if (over && !own.madeUpAt) actions.append(makeUpForm(id, status));
}

function ownStatus(own, over) {
  if (own.signedInAt) return '已签到（' + time(own.signedInAt) + '）';
  if (own.madeUpAt) return '已补学（' + time(own.madeUpAt) + '）';
  if (own.excused) return over ? '已请假，请补学后确认。' : '已请假（支部书记已同意）。';
  return over ? '未参加，请补学后确认。' : '尚未签到。';
}

/** 签到: with the room's link one tap; otherwise the six-digit code read out in the room. */
function signInForm(id, token, status) {
  const code = h('input', { id: 'sign-in-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6',
    pattern: '[0-9]{6}', placeholder: '6 位数字' });
  const button = h('button', { type: 'submit', class: 'primary block' }, '签到');
  const form = h('form', { class: 'sign-in', novalidate: true },
    token ? null : [h('label', { for: 'sign-in-code' }, '签到码（会场公布的 6 位数字）'), code],
    button);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!token && !/^\d{6}$/.test(code.value.trim())) {
      toast('请输入会场公布的 6 位签到码。', 'error');
      code.focus();
      return;
    }
    button.disabled = true;
    try {
      const mine = await api('/api/education/sessions/' + encodeURIComponent(id) + '/sign-in',
        { method: 'POST', json: token ? { token } : { code: code.value.trim() } });
      status.textContent = '已签到（' + time(mine.signedInAt) + '）';
      form.closest('.session-actions').replaceChildren();
      toast('签到成功');
    } catch (e) {
      toast(e.message, 'error');
      button.disabled = false;
    }
  });
  return form;
}

function leaveForm(id, status) {
  const reason = h('textarea', { id: 'leave-reason', rows: '3', maxlength: '1000' });
  const button = h('button', { type: 'submit', class: 'secondary block' }, '请假');
  const form = h('form', { class: 'leave', novalidate: true },
    h('label', { for: 'leave-reason' }, '不能参加？写明事由后请假，由支部书记审批'), reason, button);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!reason.value.trim()) {
      toast('请写明请假事由。', 'error');
      reason.focus();
      return;
    }
    button.disabled = true;
    try {
      await api('/api/education/sessions/' + encodeURIComponent(id) + '/leave',
        { method: 'POST', json: { reason: reason.value.trim() } });
      form.replaceChildren(h('p', { class: 'note' }, '请假已提交，等待支部书记审批。'));
      toast('请假已提交');
    } catch (e) {
      toast(e.message, 'error');
      button.disabled = false;
    }
  });
  return form;
}

function makeUpForm(id, status) {
  const note = h('textarea', { id: 'make-up-note', rows: '4', maxlength: '1000' });
  const button = h('button', { type: 'submit', class: 'primary block' }, '确认已补学');
  const form = h('form', { class: 'make-up', novalidate: true },
    h('label', { for: 'make-up-note' }, '补学：学习材料后写几句内容和体会'), note, button);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    button.disabled = true;
    try {
      const mine = await api('/api/education/sessions/' + encodeURIComponent(id) + '/make-up',
        { method: 'POST', json: { note: note.value.trim() } });
      status.textContent = '已补学（' + time(mine.madeUpAt) + '）';
      form.remove();
      toast('补学已确认');
    } catch (e) {
      toast(e.message, 'error');
      button.disabled = false;
    }
  });
  return form;
}

/** For whoever runs the session: what to show in the room, and how many are in. */
function runner(detail) {
  const c = detail.counts;
  return h('section', { class: 'runner', 'aria-labelledby': 'runner-title' },
    h('h2', { id: 'runner-title' }, '组织签到'),
    h('p', {}, '签到码：', h('strong', { class: 'code' }, detail.signIn.code)),
    h('p', { class: 'meta' }, '签到链接（可生成二维码投屏）：', h('br'), location.origin + detail.signIn.link),
    h('p', {}, '应到 ' + c.expected + ' 人，已签到 ' + c.signedIn + ' 人，请假 ' + c.excused + ' 人。'));
}

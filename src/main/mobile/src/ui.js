// DOM helpers. Text is only ever set as text (never parsed as HTML).

/** h('button', { class: 'primary', onclick }, '提交') */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'text') element.textContent = value;
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

const CHINA = 'Asia/Shanghai';
const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: CHINA, year: 'numeric', month: 'long', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA, month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false
});

/** "2026年12月4日" */
export function day(instant) {
  return instant ? dayFormat.format(new Date(instant)) : '';
}

/** "12月4日 14:30" */
export function time(instant) {
  return instant ? timeFormat.format(new Date(instant)) : '';
}

export function overdue(instant) {
  return !!instant && new Date(instant).getTime() < Date.now();
}

/** A short message at the top of the screen, read out by screen readers. */
export function toast(text, kind = 'info') {
  document.querySelectorAll('.toast').forEach(old => old.remove());
  const note = h('div', { class: 'toast ' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
  document.body.append(note);
  setTimeout(() => note.remove(), kind === 'error' ? 8000 : 4000);
  return note;
}

/** "张三（m0514）" → "m0514"; a bare id stays as it is. */
export function idOf(text) {
  const value = (text || '').trim();
  const match = value.match(/[（(]\s*([A-Za-z0-9_.@-]+)\s*[）)]$/);
  return match ? match[1] : value;
}

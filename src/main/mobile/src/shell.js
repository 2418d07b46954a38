// What every screen shares: who is signed in, the top bar, and moving to another screen.
import { h } from './ui.js';

export const session = { user: null, person: null };
export const NAVIGATE = 'qinglian:navigate';
let signOut = () => {};

export function setSignOut(action) {
  signOut = action;
}

export function go(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

export function header(back) {
  const name = session.person ? session.person.name : session.user ? session.user.userId : '';
  return h('header', { class: 'bar' },
    back ? h('a', { href: back.href, 'data-route': true, class: 'back', 'aria-label': '返回' + back.label }, '‹ ' + back.label)
      : h('span', { class: 'brand' }, '掌上办'),
    session.user ? h('span', { class: 'who', id: 'who' }, name) : null,
    session.user ? h('button', { type: 'button', class: 'link', onclick: () => signOut() }, '退出') : null);
}


/** The person's name in the top bar, once it has arrived. */
export function showName() {
  const who = document.getElementById('who');
  if (who && session.person) who.textContent = session.person.name;
}

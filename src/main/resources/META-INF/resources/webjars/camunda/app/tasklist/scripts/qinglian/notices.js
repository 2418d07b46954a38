/*
 * 清廉工作流 — Tasklist plugin: the 消息 bell in the navbar (the shared /notices/bell.js), with the
 * unread count; a notice opens its task here.
 */
import { mountBell } from '/notices/bell.js';

function stylesheet() {
  if (!document.querySelector('link[href="/notices/bell.css"]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/notices/bell.css';
    document.head.appendChild(link);
  }
}

export default [{
  id: 'qinglian.notices',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (container) => {
    stylesheet();
    mountBell(container);
    // On a phone the navbar is folded behind its menu button: a compact bell beside the button.
    const header = document.querySelector('.navbar-header');
    if (header && !header.querySelector('.qinglian-bell-compact')) {
      const host = document.createElement('span');
      host.className = 'qinglian-bell-compact';
      // after the (right-floated) menu button, so that it floats in to the button's left
      header.insertBefore(host, header.querySelector('.navbar-toggle')?.nextSibling || null);
      mountBell(host);
    }
  }
}];

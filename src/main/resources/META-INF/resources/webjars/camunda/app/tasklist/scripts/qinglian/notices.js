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
  }
}];

/*
 * 清廉工作流 — Cockpit shows times as ISO text ("2026-12-04T13:24:50"): its formats are fixed in its
 * code and its config's dateFormat is not read (7.24). Every text that is exactly such a time is
 * written the Chinese way instead ("2026年12月4日 13:24:50"); anything else is left as it is.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})$/;

function rewrite(node) {
  const text = node.nodeValue;
  const match = text && text.trim().match(ISO);
  if (match) {
    node.nodeValue = text.replace(match[0], `${match[1]}年${Number(match[2])}月${Number(match[3])}日 ${match[4]}`);
  }
}

function rewriteAll(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) rewrite(node);
}

function watch() {
  rewriteAll(document.body);
  new MutationObserver(mutations => mutations.forEach(m => {
    if (m.type === 'characterData') rewrite(m.target);
    m.addedNodes.forEach(node => {
      if (node.nodeType === 3) rewrite(node);
      else if (node.nodeType === 1) rewriteAll(node);
    });
  })).observe(document.body, { childList: true, subtree: true, characterData: true });
}

if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);

export default [];

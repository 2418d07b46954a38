// Phones for the browser tests of 掌上办 (/m/): Chromium's mobile emulation with touch, in Chinese.
import { chromium } from 'playwright-core';
import { BASE_URL, PASSWORD } from './app.js';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const PHONES = {
  large: { width: 390, height: 844 },
  small: { width: 360, height: 740 },
};

/** A browser with one phone-sized, touch-enabled page; it records page errors and CSP refusals. */
export async function openPhone(size = PHONES.large) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({
    viewport: size, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
    userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36 DingTalk/7.6',
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push('page error: ' + error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  if (process.env.DEBUG_NET) {
    page.on('response', (r) => { if (!r.url().includes('/assets/')) console.log('<<', r.status(), r.request().method(), r.url()); });
    page.on('console', (m) => console.log('console', m.type(), m.text()));
  }
  return { browser, context, page, problems, close: () => browser.close() };
}

/** Signs in on 掌上办's own form (the page shows it for any address while no one is signed in). */
export async function phoneLogin(page, user, { remember = false } = {}) {
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(PASSWORD);
  if (remember) await page.locator('#remember').check();
  await page.getByRole('button', { name: '登录' }).tap();
  await page.locator('#username').waitFor({ state: 'detached' });
}

/** Opens an address of 掌上办 (a path or a notice's full link, whose host is the configured base URL). */
export async function openLink(page, link) {
  const path = link.replace(/^https?:\/\/[^/]+/, '');
  await page.goto(BASE_URL + path);
}

/** The visible interactive elements smaller than a 44 × 44 px touch target (a check box or radio counts its label). */
export async function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    for (const element of document.querySelectorAll('button, a[href], input, select, textarea, label.button')) {
      if (element.offsetParent === null || element.closest('.visually-hidden') || element.classList.contains('visually-hidden')) continue;
      const target = ['checkbox', 'radio'].includes(element.type) ? (element.labels && element.labels[0]) || element : element;
      const box = target.getBoundingClientRect();
      if (box.height < 43.5 || box.width < 43.5) {
        small.push(`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} "${(target.textContent || element.value || '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

/** Inputs a screen reader cannot name: no <label>, no aria-label. */
export async function unlabelledInputs(page) {
  return page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((input) => input.type !== 'hidden' && !input.closest('[hidden]'))
    .filter((input) => !(input.labels && input.labels.length) && !input.getAttribute('aria-label') && !input.getAttribute('aria-labelledby'))
    .map((input) => `${input.tagName.toLowerCase()}#${input.id || '?'}[${input.type}]`));
}

/** Whether the page scrolls sideways (it should not, at any text size). */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

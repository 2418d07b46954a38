// Shared by the browser tests: the app under test, its REST API, and Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = (process.env.E2E_BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
export const PASSWORD = process.env.E2E_PASSWORD || 'demo';
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The year in China, as the app and the report card count it. */
export function chinaYear() {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/** Calls the app's REST API with HTTP Basic; returns {status, body} (body parsed when it is JSON). */
export async function rest(user, method, path, json) {
  const headers = { Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'), Accept: 'application/json' };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(BASE_URL + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
  const text = await response.text();
  let body = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}

/**
 * The Party office launches a one-unit 查改剖 campaign for the member's unit (deadlines next year);
 * returns the campaign as created and its business key.
 */
export async function launchSelfReviewFor(member, label) {
  const year = chinaYear();
  const person = await rest('office1', 'GET', `/api/org/people/${member}`);
  if (person.status !== 200) {
    throw new Error(`no person ${member}: ${JSON.stringify(person.body)}`);
  }
  const slug = `e2e-${label}-${Date.now()}`;
  const due = `${year + 1}-06-30`;
  const launched = await rest('office1', 'POST', '/api/self-review/campaigns', {
    name: `${year}年度查改剖（浏览器测试 ${label}）`, year, slug, unitIds: [person.body.unitId],
    checkDue: due, correctDue: due, analyseDue: due, reviewDue: due, minAnalysisLength: 10, spotCheckRate: 0,
  });
  if (launched.status !== 201) {
    throw new Error(`campaign not launched: ${launched.status} ${JSON.stringify(launched.body)}`);
  }
  const businessKey = `self-review-${year}-${slug}`;
  // Each member's review is keyed "campaign key:member id".
  return { campaign: launched.body.campaign, businessKey, memberKey: `${businessKey}:${member}` };
}

/** Asks until check() returns something truthy, or fails after timeoutMs with what it waited for. */
export async function eventually(what, check, timeoutMs = 90_000, intervalMs = 1_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) {
      return result;
    }
    if (Date.now() > until) {
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * A fresh browser (its own profile directory) in Chinese and China time. Playwright's own browser
 * download is not used: Debian's chromium is. close() removes the profile.
 */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'qinglian-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] || await context.newPage();
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through a Camunda webapp's own login page (Tasklist unless another app is named). */
export async function webappLogin(page, user, app = 'tasklist') {
  await page.goto(`${BASE_URL}/camunda/app/${app}/`);
  // The login view renders, then renders again once its translations have loaded; a field filled in
  // between can end up in the other one (seen once: "m0001demo" as the user name). Fill after the
  // page settles and check what the fields hold before signing in.
  await page.waitForLoadState('networkidle');
  const username = page.locator('input[ng-model="username"]');
  const password = page.locator('input[ng-model="password"]');
  for (let attempt = 0; ; attempt++) {
    await username.fill(user);
    await password.fill(PASSWORD);
    if ((await username.inputValue()) === user && (await password.inputValue()) === PASSWORD) break;
    if (attempt === 2) throw new Error(`the login form did not keep ${user}'s credentials`);
  }
  await page.locator('form button[type="submit"]').click();
  await username.waitFor({ state: 'detached' });
}

export async function screenshot(page, name, options = {}) {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, name);
  await page.screenshot({ path, ...options });
  return path;
}

/** Runs body(); if it fails, saves what the page showed as out/FAILED-<name>.png before failing. */
export async function screenshotOnFailure(page, name, body) {
  try {
    return await body();
  } catch (error) {
    await screenshot(page, `FAILED-${name}.png`).catch(() => {});
    throw error;
  }
}

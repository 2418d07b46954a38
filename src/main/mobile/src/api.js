// The app's REST calls, on the signed-in session (the same as Tasklist's). Writes carry the
// session's CSRF token, as Tasklist's own calls do.

export class ApiError extends Error {
  constructor(status, detail, body) {
    super(detail);
    this.status = status;
    this.body = body;
  }
}

// The webapps' CSRF token. Its cookie is scoped to /camunda and the webapps hand it out once per
// session (in a header, to the first request of the session); /api/session tells it to this page.
let xsrfToken = '';
const AS_SCRIPT = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };

/** The session's user id (null: no one signed in), and its CSRF token kept for the writes. */
async function readSession() {
  const response = await fetch('/api/session', { credentials: 'same-origin', headers: AS_SCRIPT });
  const session = response.ok ? await response.json() : {};
  if (session.xsrfToken) {
    xsrfToken = session.xsrfToken;
  } else {
    // A session without a token yet (or none at all): the webapps start one and say its token.
    const started = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin', headers: AS_SCRIPT });
    xsrfToken = started.headers.get('X-XSRF-TOKEN') || xsrfToken;
  }
  return session.userId || null;
}

const FALLBACK = {
  400: '提交的内容有误，未做任何更改。',
  401: '请先登录。',
  403: '您没有权限进行此操作。',
  404: '未找到该事项，或您无权查看它。',
  409: '该事项刚被他人处理，请刷新后重试。',
  413: '文件太大。',
  503: '系统暂时不可用，请稍后重试。'
};

/**
 * fetch with the session: json (an object sent as JSON), form (URLSearchParams) or body (a Blob);
 * answers the parsed JSON (or null), throws ApiError with the server's Chinese detail.
 */
export async function api(path, options = {}) {
  const first = await send(path, options);
  // A token renewed elsewhere since this page took it: ask for the current one, try once more.
  const stale = first.status === 401 || (first.status === 403 && first.headers.get('X-XSRF-TOKEN') === 'Required');
  const response = stale && (options.method || 'GET') !== 'GET' && !options.noRetry
    ? (await readSession(), await send(path, options))
    : first;
  return answer(response);
}

async function send(path, { method = 'GET', json, form, body, type } = {}) {
  // X-Requested-With: a refusal (401) must reach this script, not open the browser's own sign-in dialog.
  const headers = { ...AS_SCRIPT };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = xsrfToken;
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    payload = form.toString();
  } else if (body && type) {
    headers['Content-Type'] = type;
  }
  try {
    return await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, '网络连接失败，请检查网络后重试。');
  }
}

async function answer(response) {
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch (e) {
    parsed = null;
  }
  if (!response.ok) {
    const detail = (parsed && (parsed.detail || parsed.message)) || FALLBACK[response.status] || `请求失败（${response.status}）。`;
    throw new ApiError(response.status, detail, parsed);
  }
  return parsed;
}

/** The session's user, or null when no one is signed in. */
export async function whoAmI() {
  const userId = await readSession();
  return userId ? { userId } : null;
}

/**
 * A task's page needs three answers: the task, its form and the form's data. Asked for together, and
 * as early as the page knows the task (before its code has even loaded), so a slow network waits once.
 */
export function taskData(taskId) {
  const id = encodeURIComponent(taskId);
  const answers = {
    detail: api('/api/tasks/' + id),
    schema: api('/engine-rest/task/' + id + '/deployed-form'),
    variables: api('/engine-rest/task/' + id + '/form-variables?deserializeValues=false')
  };
  Object.values(answers).forEach(answer => answer.catch(() => null)); // awaited (and reported) by the page
  return answers;
}

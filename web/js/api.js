// Reads the JSON API under /api/v1; an error answer (RFC 9457 problem document) becomes an Error
// whose message is the problem's own words, so pages can show it instead of swallowing it.

export class ApiError extends Error {
  constructor(status, title, detail, path) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.path = path;
  }
}

export function url(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return '/api/v1' + path + (s ? '?' + s : '');
}

const TOKEN_KEY = 'chainmap.token';

/** The bearer token the user gave, for servers whose reads need one ('' when none). */
export function token() {
  try { return localStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
}

export function setToken(value) {
  try {
    if (value) localStorage.setItem(TOKEN_KEY, value); else localStorage.removeItem(TOKEN_KEY);
  } catch (e) { /* private mode: the token lasts for this page only */ }
  cache.clear();
}

export function authHeaders(extra = {}) {
  const t = token();
  return t ? { ...extra, Authorization: 'Bearer ' + t } : extra;
}

export async function get(path, params) {
  const target = url(path, params);
  let response;
  try {
    response = await fetch(target, { headers: authHeaders({ Accept: 'application/json' }) });
  } catch (e) {
    throw new ApiError(0, 'network', String(e.message || e), target);
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    if (type.includes('json')) {
      const problem = await response.json().catch(() => ({}));
      throw new ApiError(response.status, problem.title, problem.detail, target);
    }
    throw new ApiError(response.status, response.statusText, await response.text().catch(() => ''), target);
  }
  return response.json();
}

const cache = new Map();

/** For data that does not change while the page is open (the chain list, a chain's gap rows). */
export function cached(path, params) {
  const key = url(path, params);
  if (!cache.has(key)) {
    cache.set(key, get(path, params).catch((e) => { cache.delete(key); throw e; }));
  }
  return cache.get(key);
}

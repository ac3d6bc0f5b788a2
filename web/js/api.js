// Reads and writes the JSON API under /api/v1; an error answer (RFC 9457 problem document) becomes an Error
// whose message is the problem's own words, so pages can show it instead of swallowing it. A write carries the
// editor token, asked for when the browser has none.

export class ApiError extends Error {
  constructor(status, title, detail, path, problem = {}) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.path = path;
    // what the problem is about as a code and the values its words name, for problems.js to word
    this.code = problem.code ?? null;
    this.values = problem.values ?? {};
    // a 422 lists every problem as 'field: reason', and the same as {field, code, values}
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.problems = Array.isArray(problem.problems) ? problem.problems : [];
    // a 412 names the current version in its ETag
    this.etag = problem.etag ?? null;
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
  if (!response.ok) throw await problemOf(response, target);
  return response.json();
}

/** The ETag header of an answer as a number (its version), or null. */
function versionOf(response) {
  const m = /(\d+)/.exec(response.headers.get('ETag') || '');
  return m ? Number(m[1]) : null;
}

async function problemOf(response, target) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    const problem = await response.json().catch(() => ({}));
    return new ApiError(response.status, problem.title, problem.detail, target,
      { code: problem.code, values: problem.values, errors: problem.errors, problems: problem.problems, etag: versionOf(response) });
  }
  return new ApiError(response.status, response.statusText, await response.text().catch(() => ''), target);
}

/** Thrown when the user closed the token dialog instead of giving a token: nothing was written. */
export class WriteCancelled extends Error {
  constructor() { super('cancelled'); this.cancelled = true; }
}

let askToken = async () => null;

/**
 * How a write gets a token when the browser has none or the server refused it: ask(problem) resolves to the token
 * the user gave, or null when the user gave none. The shell registers its dialog here.
 */
export function whenTokenNeeded(ask) {
  askToken = ask;
}

/**
 * A write (POST, PATCH): sends `body` as JSON with the bearer token, and If-Match when `ifMatch` (a version) is given.
 * Without a token it first asks for one; a 401 or 403 shows the problem and asks again. Resolves to
 * {data, version}; a problem document becomes an ApiError with its status, detail, errors (422) and etag (412).
 */
export async function send(method, path, body, { ifMatch } = {}) {
  const target = url(path);
  let refusal = null;
  for (;;) {
    if (!token() || refusal) {
      const given = await askToken(refusal);
      if (!given) throw refusal || new WriteCancelled();
      setToken(given.trim());
      refusal = null;
    }
    const headers = authHeaders({ Accept: 'application/json', 'Content-Type': 'application/json' });
    if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
    let response;
    try {
      response = await fetch(target, { method, headers, body: JSON.stringify(body ?? {}) });
    } catch (e) {
      throw new ApiError(0, 'network', String(e.message || e), target);
    }
    if (response.ok) {
      cache.clear();
      return { data: await response.json(), version: versionOf(response) };
    }
    const problem = await problemOf(response, target);
    if (response.status === 401 || response.status === 403) {
      // a token the server does not know is forgotten, so that it is not sent again; a reader's token is kept
      if (response.status === 401) setToken('');
      refusal = problem;
      continue;
    }
    throw problem;
  }
}

export const post = (path, body) => send('POST', path, body);

/**
 * A POST that only reads (the simulator): sends `body` as JSON with the token when the browser has one, never asks
 * for one, and resolves to the answer; a problem document becomes an ApiError.
 */
export async function ask(path, body) {
  const target = url(path);
  let response;
  try {
    response = await fetch(target, {
      method: 'POST',
      headers: authHeaders({ Accept: 'application/json', 'Content-Type': 'application/json' }),
      body: JSON.stringify(body ?? {}),
    });
  } catch (e) {
    throw new ApiError(0, 'network', String(e.message || e), target);
  }
  if (!response.ok) throw await problemOf(response, target);
  return response.json();
}
export const patch = (path, body, version) => send('PATCH', path, body, { ifMatch: version });

/** A read that also gives the answer's version (its ETag): {data, version}. */
export async function getVersioned(path) {
  const target = url(path);
  let response;
  try {
    response = await fetch(target, { headers: authHeaders({ Accept: 'application/json' }), cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, 'network', String(e.message || e), target);
  }
  if (!response.ok) throw await problemOf(response, target);
  return { data: await response.json(), version: versionOf(response) };
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

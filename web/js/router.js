// Hash routing: every view and its filters live in the address (#/chains/nev, #/targets?chain=nev&tag=SRDI …).

export function current() {
  const raw = location.hash.replace(/^#/, '') || '/chains';
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: Object.fromEntries(new URLSearchParams(query)) };
}

export function href(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return '#' + path + (s ? '?' + s : '');
}

/** Replaces the filters of the current view in the address without adding a history entry per keystroke. */
export function replaceParams(params) {
  const { parts } = current();
  history.replaceState(null, '', location.pathname + location.search + href('/' + parts.map(encodeURIComponent).join('/'), params));
}

export function go(path, params) {
  location.hash = href(path, params);
}

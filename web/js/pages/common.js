// Pieces several pages share: the chain picker, download links that carry a view's filters.
import { authHeaders, cached, token, url } from '../api.js';
import { t, nameOf } from '../i18n.js';
import { h, select, field } from '../ui.js';

export async function chainList() {
  return (await cached('/chains')).chains;
}

/** The chains' names in the current language, by chain id. */
export async function chainNames() {
  return new Map((await chainList()).map((c) => [c.id, nameOf(c)]));
}

export function chainField(chains, value, onchange, { withAll = false } = {}) {
  const options = chains.map((c) => [c.id, nameOf(c)]);
  return field(t('chain'), select(withAll ? [['', t('all')], ...options] : options, value, onchange, { id: 'filter-chain' }));
}

/** A download link for the API's spreadsheet of the same rows, with the same filters. */
export function download(path, params, format, id) {
  const link = h('a', {
    class: 'btn ' + (format === 'xlsx' ? 'primary' : ''), id, download: '',
    href: url(path, { ...params, format }),
  }, t(format === 'xlsx' ? 'download_xlsx' : 'download_csv'));
  // a link cannot send a bearer token: where one is needed, fetch the file and hand it over as a blob
  link.addEventListener('click', async (e) => {
    if (!token()) return;
    e.preventDefault();
    const response = await fetch(link.href, { headers: authHeaders() });
    if (!response.ok) { alert(`HTTP ${response.status}`); return; }
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
    const blobLink = h('a', { href: URL.createObjectURL(await response.blob()), download: name ? name[1] : '' });
    blobLink.click();
    URL.revokeObjectURL(blobLink.href);
  });
  return link;
}

export function textFilter(label, value, onchange, id) {
  const input = h('input', { type: 'search', value: value || '', id, placeholder: label });
  input.addEventListener('change', () => onchange(input.value.trim()));
  return field(label, input);
}

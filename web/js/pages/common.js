// Pieces several pages share: the chain picker, download links that carry a view's filters.
import { cached, url } from '../api.js';
import { t, nameOf } from '../i18n.js';
import { h, select, field } from '../ui.js';

export async function chainList() {
  return (await cached('/chains')).chains;
}

export function chainField(chains, value, onchange, { withAll = false } = {}) {
  const options = chains.map((c) => [c.id, nameOf(c)]);
  return field(t('chain'), select(withAll ? [['', t('all')], ...options] : options, value, onchange, { id: 'filter-chain' }));
}

/** A download link for the API's spreadsheet of the same rows, with the same filters. */
export function download(path, params, format, id) {
  return h('a', {
    class: 'btn ' + (format === 'xlsx' ? 'primary' : ''), id, download: '',
    href: url(path, { ...params, format }),
  }, t(format === 'xlsx' ? 'download_xlsx' : 'download_csv'));
}

export function textFilter(label, value, onchange, id) {
  const input = h('input', { type: 'search', value: value || '', id, placeholder: label });
  input.addEventListener('change', () => onchange(input.value.trim()));
  return field(label, input);
}

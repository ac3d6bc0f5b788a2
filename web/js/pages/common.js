// Pieces several pages share: the chain picker, download links that carry a view's filters, the 跟进 button.
import { authHeaders, cached, post, token, url } from '../api.js';
import { t, nameOf } from '../i18n.js';
import { h, select, field } from '../ui.js';
import { problemLine } from '../problems.js';
import { FIELD_LABELS } from './project.js';
import { go } from '../router.js';

export async function chainList() {
  return (await cached('/chains')).chains;
}

/** The chains' names in the current language, by chain id. */
export async function chainNames() {
  return new Map((await chainList()).map((c) => [c.id, nameOf(c)]));
}

export function chainField(chains, value, onchange, { withAll = false, allValue = '' } = {}) {
  const options = chains.map((c) => [c.id, nameOf(c)]);
  return field(t('chain'), select(withAll ? [[allValue, t('all')], ...options] : options, value, onchange, { id: 'filter-chain' }));
}

/** A download link for the API's spreadsheet of the same rows, with the same filters. */
export function download(path, params, format, id) {
  return fileLink(url(path, { ...params, format }), t(format === 'xlsx' ? 'download_xlsx' : 'download_csv'), id,
    format === 'xlsx' ? 'primary' : '');
}

/** A link that downloads a file of the API; where a token is needed, the file is fetched with it. */
export function fileLink(address, label, id, cls = '') {
  const link = h('a', { class: 'btn ' + cls, id, download: '', href: address }, label);
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

/**
 * 跟进: a button that creates a LEAD project from a ranking's row (a target or a referral) and opens its page.
 * `project` is the body of the new project; the row's name and the project's name are shown nowhere else, so a
 * refusal is shown beside the button.
 */
export function followUpButton(project, attrs = {}) {
  const note = h('span', { class: 'follow-error', role: 'alert' });
  const button = h('button', { ...attrs, type: 'button', class: 'btn small follow-up', title: t('follow_up_title') }, t('follow_up'));
  button.addEventListener('click', async (e) => {
    e.stopPropagation();
    button.disabled = true;
    note.textContent = '';
    try {
      const created = await post('/projects', { stage: 'LEAD', ...project });
      go('/projects/' + encodeURIComponent(created.data.id));
    } catch (error) {
      if (!error.cancelled) {
        note.textContent = `${t('write_failed')}${t('colon')}${problemLine(error, FIELD_LABELS)}`;
      }
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { class: 'follow-cell' }, button, note);
}

/**
 * The name of a project made from a row: the enterprise and the link, e.g. 宁德晟禹半导体有限公司·汽车芯片项目. It is
 * the bureau's data, so it is written in Chinese whatever the language of the view.
 */
export function projectName(enterpriseName, linkName) {
  return linkName ? `${enterpriseName}·${linkName}项目` : `${enterpriseName}项目`;
}

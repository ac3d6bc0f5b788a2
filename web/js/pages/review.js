// 分类审核: the memberships classification inferred, lowest confidence first, with why each was made; accept or
// reject them one by one or in bulk, with the mouse or the keyboard (↑/↓ or j/k move, space marks, a accepts,
// r rejects the marked rows or, when none is marked, the current one).
import { get, post } from '../api.js';
import { t, fill, number } from '../i18n.js';
import { h, load, select, field, empty, showProblem } from '../ui.js';
import { go, href } from '../router.js';

const PAGE = 50;

export async function render(main, parts, params) {
  const f = { link: params.link || '', max: params.max || '', offset: Number(params.offset) || 0 };
  const set = (k) => (v) => go('/review', { ...f, [k]: v, offset: k === 'offset' ? v : 0 });
  const body = h('div');
  const problems = h('div', { class: 'problems', id: 'review-problems', hidden: true });
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('nav_review'))),
    h('p', { class: 'muted' }, t('review_intro')), problems, body);
  await load(body, () => get('/classify/review', { link: f.link, limit: PAGE, offset: f.offset }), (r) => {
    const max = f.max === '' ? null : Number(f.max);
    const rows = r.pending.filter((p) => max === null || p.confidence <= max);
    const filters = h('div', { class: 'filters' },
      field(t('link'), select([['', `${t('all')} (${r.total})`], ...r.links.map((l) => [l.linkId, `${l.linkId} (${l.count})`])],
        f.link, set('link'), { id: 'filter-review-link' })),
      field(t('confidence_at_most'), select([['', t('all')], ...['0.6', '0.7', '0.8', '0.9'].map((v) => [v, '≤ ' + v])],
        f.max, set('max'), { id: 'filter-review-max' })),
      h('span', { class: 'spacer' }),
      h('button', { class: 'btn primary', id: 'accept-marked', onclick: () => decide('ACCEPT') }, t('accept')),
      h('button', { class: 'btn', id: 'reject-marked', onclick: () => decide('REJECT') }, t('reject')));
    if (!rows.length) return [filters, empty(t('review_none'))];
    let at = 0;
    const marked = new Set();
    const trs = rows.map((p, i) => {
      const box = h('input', { type: 'checkbox', 'aria-label': t('mark'), onchange: (e) => { e.target.checked ? marked.add(i) : marked.delete(i); } });
      const tr = h('tr', { 'data-uscc': p.uscc, 'data-link': p.linkId, tabindex: '-1', onclick: () => focus(i) },
        h('td', {}, box),
        h('td', {}, h('a', { href: '#/enterprises/' + p.uscc }, p.name || p.uscc), h('div', { class: 'muted' }, p.uscc)),
        h('td', {}, p.linkName || p.linkId, h('div', { class: 'muted' }, p.linkId)),
        h('td', { class: 'num' }, number(p.confidence, 2)),
        h('td', {}, h('ul', { class: 'basis' }, basisLines(p.evidence).map((line) => h('li', {}, line)))));
      tr.box = box;
      return tr;
    });
    function focus(i) {
      at = Math.max(0, Math.min(trs.length - 1, i));
      trs.forEach((tr, k) => tr.classList.toggle('current', k === at));
      trs[at].focus();
    }
    async function decide(decision) {
      const chosen = marked.size ? [...marked] : [at];
      try {
        await post('/classify/decisions', chosen.map((i) => ({ uscc: rows[i].uscc, linkId: rows[i].linkId, decision })));
        showProblem(problems, null);
        // the same page again, with the decided rows gone
        const again = href('/review', f);
        if (location.hash === again) window.dispatchEvent(new HashChangeEvent('hashchange'));
        else location.hash = again;
      } catch (e) {
        showProblem(problems, e);
      }
    }
    const table = h('table', { class: 'data', id: 'review-table' },
      h('thead', {}, h('tr', {}, ['', t('name'), t('link'), t('confidence'), t('evidence')].map((c) => h('th', {}, c)))),
      h('tbody', {}, trs));
    table.addEventListener('keydown', (e) => {
      if (e.target.closest('input[type=text],select')) return;
      const key = e.key.toLowerCase();
      if (key === 'arrowdown' || key === 'j') focus(at + 1);
      else if (key === 'arrowup' || key === 'k') focus(at - 1);
      else if (key === ' ' || key === 'x') { trs[at].box.checked = !trs[at].box.checked; trs[at].box.dispatchEvent(new Event('change')); }
      else if (key === 'a') decide('ACCEPT');
      else if (key === 'r') decide('REJECT');
      else return;
      e.preventDefault();
    });
    setTimeout(() => focus(0));
    const pager = h('div', { class: 'pager' },
      h('button', { class: 'btn', disabled: f.offset === 0, onclick: () => set('offset')(Math.max(0, f.offset - PAGE)) }, t('previous')),
      h('span', { class: 'muted' }, `${f.offset + 1}–${f.offset + r.pending.length} / ${r.total}`),
      h('button', { class: 'btn', disabled: f.offset + PAGE >= r.total, onclick: () => set('offset')(f.offset + PAGE) }, t('next')));
    return [filters, h('p', { class: 'muted keys' }, t('review_keys')), h('div', { class: 'table-wrap' }, table), pager];
  });
}

/** Why a membership was inferred, one line per part of its confidence, in the current language. */
export function basisLines(b) {
  if (!b) return [];
  const lines = [];
  if (b.codePart > 0) lines.push(fill('basis_code', { code: b.code, listed: b.listedCode, part: number(b.codePart, 2) }));
  if (b.productPart > 0) lines.push(fill('basis_product', { product: b.product, keyword: b.productKeyword, part: number(b.productPart, 2) }));
  if (b.scopePart > 0) lines.push(fill('basis_scope', { keywords: b.scopeKeywords.map((k) => `“${k}”`).join(t('list_sep')), part: number(b.scopePart, 2) }));
  return lines;
}

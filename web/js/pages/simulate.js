// 模拟落地: what landing one enterprise would change, asked of POST /api/v1/simulate (nothing is written). A button on a
// target row and on the enterprise page opens a dialog with a park picker and a year; the answer shows, before → after,
// the enterprise's links and chains, the park's concentration and occupancy, and its per-mu class with the classes of
// others it would change.
import { ask, cached } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, field, select, showProblem } from '../ui.js';

/**
 * The 模拟落地 button of an enterprise ({uscc, name}); `chain` (optional) puts the parks focusing on it first and
 * picks the first of them with free units.
 */
export function simulateButton(enterprise, { chain, attrs = {} } = {}) {
  const button = h('button', { ...attrs, type: 'button', class: 'btn small simulate', title: t('simulate_title') }, t('simulate'));
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    openDialog(enterprise, chain);
  });
  return button;
}

async function openDialog(enterprise, chain) {
  document.getElementById('simulate-dialog')?.remove();
  const list = (await cached('/parks')).parks;
  const fits = (p) => p.focusChains.some((c) => c.id === chain);
  const parks = [...list.filter(fits), ...list.filter((p) => !fits(p))];
  const first = parks.find((p) => fits(p) && (p.freeUnits ?? 0) > 0);
  const park = select([['', t('simulate_no_park')], ...parks.map((p) => [p.id, `${p.name}${fits(p) ? ' ★' : ''}`])],
    first ? first.id : '', () => {}, { id: 'simulate-park' });
  const year = h('input', { type: 'number', id: 'simulate-year', min: 1900, max: 2200, placeholder: t('simulate_year_latest') });
  const result = h('div', { id: 'simulate-result', class: 'simulate-result' });
  const run = h('button', { class: 'btn primary', id: 'simulate-run', type: 'button' }, t('simulate_run'));
  const close = h('button', { class: 'btn', id: 'simulate-close', type: 'button' }, t('close'));
  const dialog = h('dialog', { id: 'simulate-dialog', class: 'dialog wide' },
    h('h2', {}, `${t('simulate')} · ${enterprise.name || enterprise.uscc}`),
    h('p', { class: 'muted' }, t('simulate_hint')),
    h('div', { class: 'filters' }, field(t('park'), park), field(t('year'), year)),
    result,
    h('div', { class: 'actions' }, close, run));
  close.addEventListener('click', () => { dialog.close(); dialog.remove(); });
  dialog.addEventListener('cancel', () => dialog.remove());
  run.addEventListener('click', async () => {
    run.disabled = true;
    result.replaceChildren(h('div', { class: 'loading' }, t('loading')));
    const body = { enterprise: { uscc: enterprise.uscc } };
    if (park.value) body.park = park.value;
    if (year.value) body.year = Number(year.value);
    try {
      result.replaceChildren(answer(await ask('/simulate', body)));
    } catch (error) {
      result.replaceChildren();
      showProblem(result, error);
    } finally {
      run.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
}

const arrow = (before, after, changed) => h('span', { class: changed ? 'changed' : '' }, before, ' → ', h('b', {}, after));

function answer(s) {
  const parts = [];
  parts.push(h('h3', {}, t('simulate_links')), h('table', { class: 'table', id: 'simulate-links' },
    h('thead', {}, h('tr', {}, h('th', {}, t('link')), h('th', {}, t('status')), h('th', {}, t('local_enterprises')), h('th', {}, t('gap_score')))),
    h('tbody', {}, s.links.map((l) => h('tr', { 'data-link': l.linkId },
      h('td', {}, nameOf(l)),
      h('td', {}, arrow(t(l.before.status), t(l.after.status), l.before.status !== l.after.status)),
      h('td', { class: 'num' }, arrow(number(l.before.coverage), number(l.after.coverage), l.before.coverage !== l.after.coverage)),
      h('td', { class: 'num' }, arrow(number(l.before.gapScore, 3), number(l.after.gapScore, 3), l.before.gapScore !== l.after.gapScore)))))));
  parts.push(h('h3', {}, t('simulate_chains')), h('table', { class: 'table', id: 'simulate-chains' },
    h('thead', {}, h('tr', {}, h('th', {}, t('chain')), h('th', {}, t('covered_links')), h('th', {}, t('BUILD')))),
    h('tbody', {}, s.chains.map((c) => h('tr', { 'data-chain': c.id },
      h('td', {}, nameOf(c)),
      h('td', { class: 'num' }, arrow(number(c.coveredBefore), number(c.coveredAfter), c.coveredBefore !== c.coveredAfter)),
      h('td', {}, arrow(c.buildBefore ? t('BUILD') : '—', c.buildAfter ? t('BUILD') : '—', c.buildBefore !== c.buildAfter)))))));
  if (s.park) {
    const p = s.park;
    const goal = (v, meets) => `${percent(v, 1)}${meets ? ' ✓' : ''}`;
    parts.push(h('h3', {}, t('park')), h('dl', { class: 'kv facts', id: 'simulate-park-figures' },
      h('dt', {}, t('concentration')),
      h('dd', { id: 'simulate-concentration' }, arrow(goal(p.concentrationBefore, p.meetsGoalBefore), goal(p.concentrationAfter, p.meetsGoalAfter), p.meetsGoalBefore !== p.meetsGoalAfter)),
      h('dt', {}, t('occupancy')),
      h('dd', {}, arrow(percent(p.occupancyBefore, 1), percent(p.occupancyAfter, 1), false))));
  }
  if (s.evaluation) {
    const e = s.evaluation;
    parts.push(h('h3', {}, `${t('evaluation')} ${e.year} · ${t(e.scale)}`),
      h('dl', { class: 'kv facts', id: 'simulate-evaluation' },
        h('dt', {}, t('class')), h('dd', { id: 'simulate-class' }, e.classBefore ? arrow(e.classBefore, e['class'], e.classBefore !== e['class']) : h('b', {}, e['class'])),
        h('dt', {}, t('score')), h('dd', {}, number(e.score, 2)),
        h('dt', {}, t('rank')), h('dd', {}, number(e.rank)),
        h('dt', {}, t('fund_ratio')), h('dd', {}, percent(e.fundRatio))),
      e.classChanges.length
        ? h('div', { id: 'simulate-class-changes' }, h('p', {}, t('simulate_class_changes')),
          h('ul', {}, e.classChanges.map((c) => h('li', {}, `${c.name} (${c.uscc})`, ' ', arrow(c.from, c.to, true)))))
        : h('p', { class: 'muted' }, t('simulate_no_class_changes')));
  }
  parts.push(h('p', { id: 'simulate-ties' }, `${t('simulate_local_ties')}${t('colon')}${number(s.localTies)}`));
  return h('div', {}, parts);
}

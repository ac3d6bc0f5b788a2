// One enterprise: its facts, links, suppliers and customers, the projects it is tied to, its visits (走访) with a form
// to record one, and its referral view.
import { get, cached, post } from '../api.js';
import { t, number, nameOf } from '../i18n.js';
import { h, load, card, empty, field, select, showProblem, today } from '../ui.js';
import { href } from '../router.js';
import { show } from './referrals.js';
import { chainNames } from './common.js';
import { stageChip } from './project.js';
import { simulateButton } from './simulate.js';

const INTENTIONS = ['NONE', 'EXPAND', 'NEW_PROJECT', 'RELOCATE_OUT', 'REFER'];
const VISIT_LABELS = {
  enterprise: 'detail', date: 'visit_date', by: 'visit_by', intention: 'intention', notes: 'notes', mentions: 'mentions',
};

export async function render(main, parts) {
  const uscc = parts[1];
  const body = h('div');
  const referral = h('div');
  main.append(body, referral);
  let names = new Map();
  await load(body, async () => {
    names = await chainNames();
    return get('/enterprises/' + encodeURIComponent(uscc || ''));
  }, (e) => [
    h('div', { class: 'page-head' }, h('h1', {}, e.name), h('span', { class: 'chip' }, t(e.local ? 'local' : 'nonlocal')),
      e.scale ? h('span', { class: 'chip' }, t(e.scale)) : null, (e.tags || []).map((x) => h('span', { class: 'chip tag' }, t(x))),
      (e.leads || []).map((id) => h('a', { class: 'chip leader-chip', href: '#/chains/' + encodeURIComponent(id) },
        `★ ${t('leader')} · ${names.get(id) || id}`)),
      h('span', { class: 'spacer' }),
      simulateButton({ uscc: e.uscc, name: e.name }, { chain: (e.links || [])[0]?.chainId, attrs: { id: 'simulate-enterprise' } })),
    h('div', { class: 'grid2' },
      card(t('detail'), h('dl', { class: 'kv' },
        h('dt', {}, t('uscc')), h('dd', {}, e.uscc),
        h('dt', {}, t('region')), h('dd', {}, e.region || '—'),
        h('dt', {}, t('revenue')), h('dd', {}, number(e.revenue, 0)),
        h('dt', {}, t('tax')), h('dd', {}, number(e.tax, 0)),
        e.registeredCapital != null ? [h('dt', {}, t('registeredCapital')), h('dd', {}, number(e.registeredCapital, 0))] : null,
        h('dt', {}, t('employees')), h('dd', {}, number(e.employees, 0)),
        e.industryCode ? [h('dt', {}, t('industry_code')), h('dd', { id: 'industry-code' }, e.industryCode)] : null,
        (e.products || []).length ? [h('dt', {}, t('products')), h('dd', { id: 'products' }, e.products.join(t('list_sep')))] : null,
        e.businessScope ? [h('dt', {}, t('business_scope')), h('dd', { id: 'business-scope', class: 'scope' }, e.businessScope)] : null),
      h('h3', {}, t('links')),
      (e.links || []).length ? h('ul', { class: 'plain' }, e.links.map((l) => h('li', {}, h('a', { href: href('/chains/' + l.chainId, { link: l.id }) }, nameOf(l)), h('span', { class: 'muted' }, ' · ' + (names.get(l.chainId) || l.chainId))))) : empty(),
      projects(e.projects || [])),
      card(`${t('suppliers')} (${(e.suppliers || []).length}) · ${t('customers')} (${(e.customers || []).length})`,
        h('div', { class: 'partners' }, h('div', {}, partners(t('suppliers'), e.suppliers)), h('div', {}, partners(t('customers'), e.customers))))),
    visits(e),
  ]);
  if (uscc) await show(referral, uscc);
}

function partners(title, list = []) {
  return [h('h3', {}, title), list.length
    ? h('ul', { class: 'plain partner-list' }, list.slice(0, 40).map((p) => h('li', {}, h('a', { href: '#/enterprises/' + p.uscc }, p.name),
      h('span', { class: 'muted' }, ' · ' + t(p.local ? 'local' : 'nonlocal')))))
    : h('p', { class: 'muted' }, t('none'))];
}

/** The projects it invests in or referred, each with its role, type and stage, linked to the project's page. */
function projects(list) {
  return [h('h3', {}, `${t('projects')} (${list.length})`), list.length
    ? h('ul', { class: 'plain', id: 'enterprise-projects' }, list.map((p) => h('li', {},
      h('a', { href: '#/projects/' + encodeURIComponent(p.id) }, p.name), ' ',
      h('span', { class: 'chip role' }, t('role_' + p.role)), ' ', stageChip(p.stage),
      h('span', { class: 'muted' }, ' · ' + t(p.type)))))
    : h('p', { class: 'muted' }, t('none'))];
}

/** The visits card: the form to record one, then the visits, newest first, with the relocation impact of a move-out risk. */
function visits(e) {
  const list = h('div', { id: 'visits' });
  // after a visit is saved: the list read again, the new visit marked and scrolled to
  const reload = async (saved) => {
    await load(list, () => get('/visits', { enterprise: e.uscc }), (r) => visitList(r.visits));
    const added = saved && list.querySelector(`li[data-id="${CSS.escape(saved)}"]`);
    if (added) { added.classList.add('new'); added.scrollIntoView({ block: 'nearest' }); }
  };
  reload();
  return h('section', { class: 'card', id: 'visits-card' }, h('h2', {}, t('visits')),
    h('div', { class: 'visits-layout' }, visitForm(e, reload), h('div', {}, h('h3', {}, t('visit_list')), list)));
}

function visitList(visits) {
  if (!visits.length) return h('p', { class: 'muted' }, t('visits_none'));
  return h('ol', { class: 'visits', id: 'visit-list' }, visits.map((v) => h('li', { 'data-id': v.id, 'data-intention': v.intention },
    h('div', { class: 'visit-head' }, h('b', { class: 'visit-date' }, v.date), v.by ? h('span', {}, v.by) : null,
      h('span', { class: `chip intent intent-${v.intention}` }, t('intent_' + v.intention))),
    v.notes ? h('p', { class: 'visit-notes' }, v.notes) : null,
    v.mentions?.length ? h('p', { class: 'visit-mentions' }, h('span', { class: 'muted' }, t('mentions') + t('colon')),
      v.mentions.map((m, i) => [i ? '、' : '', h('a', { href: '#/enterprises/' + m.uscc }, m.name || m.uscc)])) : null,
    v.relocation ? relocation(v.relocation) : null)));
}

/** Per chain, the local customers that would lose their only supplier in a link if the enterprise moved out. */
function relocation(chains) {
  const box = h('div', { class: 'relocation', 'data-relocation': 'true' }, h('strong', {}, t('relocation')));
  const losses = chains.filter((c) => c.losses?.length);
  if (!losses.length) {
    box.append(h('p', { class: 'muted' }, t('relocation_none')));
    return box;
  }
  box.append(h('p', { class: 'muted' }, t('relocation_hint')));
  for (const c of losses) {
    const byEnterprise = new Map();
    for (const l of c.losses) {
      if (!byEnterprise.has(l.uscc)) byEnterprise.set(l.uscc, { name: l.name, links: [] });
      byEnterprise.get(l.uscc).links.push(l.linkId);
    }
    const items = h('ul', { class: 'plain' });
    const fill = (linkNames) => items.replaceChildren(...[...byEnterprise].map(([code, x]) => h('li', {},
      h('a', { href: '#/enterprises/' + code }, x.name), h('span', { class: 'muted' }, ' · '),
      x.links.map((id, i) => [i ? '、' : '', h('a', { href: href('/chains/' + c.chain.id, { link: id }) }, linkNames.get(id) || id)]))));
    fill(new Map());
    // the links' names come from the chain's gap rows, read once per chain
    cached(`/chains/${encodeURIComponent(c.chain.id)}/gaps`)
      .then((g) => fill(new Map(g.links.map((l) => [l.linkId, nameOf(l)]))))
      .catch(() => {});
    box.append(h('div', { class: 'relocation-chain' },
      h('a', { href: '#/chains/' + encodeURIComponent(c.chain.id) }, nameOf(c.chain)), ` (${byEnterprise.size})`), items);
  }
  return box;
}

/** Splits credit codes given with commas, spaces, 、 or new lines. */
export function codesOf(text) {
  return [...new Set(text.split(/[\s,，、;；]+/).map((x) => x.trim().toUpperCase()).filter(Boolean))];
}

function visitForm(e, saved) {
  const date = h('input', { type: 'date', id: 'visit-date', value: today(), max: today(), required: true });
  const by = h('input', { type: 'text', id: 'visit-by', placeholder: t('visit_by_hint') });
  let intention = 'NONE';
  const intentionSelect = select(INTENTIONS.map((x) => [x, t('intent_' + x)]), intention, (v) => { intention = v; }, { id: 'visit-intention' });
  const notes = h('textarea', { id: 'visit-notes', rows: 3 });
  const mentions = h('textarea', { id: 'visit-mentions', rows: 2, placeholder: t('mentions_hint') });
  const partners = [...(e.suppliers || []).map((p) => [p, t('suppliers')]), ...(e.customers || []).map((p) => [p, t('customers')])];
  const pick = partners.length ? select([['', t('mentions_pick')], ...partners.map(([p, role]) => [p.uscc, `${p.name} · ${role}`])], '', (code) => {
    if (!code) return;
    const codes = codesOf(mentions.value);
    if (!codes.includes(code)) mentions.value = [...codes, code].join(', ');
    pick.value = '';
  }, { id: 'visit-mention-pick' }) : null;
  const problems = h('div', { class: 'problems', id: 'visit-problems', role: 'alert', hidden: true });
  const status = h('span', { class: 'muted', id: 'visit-status', role: 'status' });
  const save = h('button', { class: 'btn primary', type: 'button', id: 'visit-save' }, t('visit_save'));
  save.addEventListener('click', async () => {
    showProblem(problems, null);
    status.textContent = '';
    save.disabled = true;
    const visit = { enterprise: e.uscc, date: date.value, intention, notes: notes.value.trim() || null, mentions: codesOf(mentions.value) };
    if (by.value.trim()) visit.by = by.value.trim();
    try {
      const created = await post('/visits', visit);
      notes.value = '';
      mentions.value = '';
      intention = 'NONE';
      intentionSelect.value = 'NONE';
      status.textContent = t('visit_saved');
      await saved(created.data.id);
    } catch (error) {
      showProblem(problems, error, VISIT_LABELS);
    } finally {
      save.disabled = false;
    }
  });
  return h('div', { class: 'form visit-form', id: 'visit-form' }, h('h3', {}, t('visit_new')),
    h('div', { class: 'form-row' }, field(t('visit_date'), date), field(t('intention'), intentionSelect)),
    field(t('visit_by'), by),
    field(t('notes'), notes),
    field(t('mentions'), mentions),
    pick ? h('div', { class: 'field' }, pick) : null,
    problems,
    h('div', { class: 'actions' }, status, save));
}

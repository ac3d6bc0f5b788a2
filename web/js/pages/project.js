// 项目: one project with its ties, who follows it up (包联), its next step and blockers (制约问题) and its stage
// history. Every change sends If-Match with the version last read, so a change someone made meanwhile is never
// overwritten unknowingly: the page says so and offers to reload.
import { getVersioned, patch } from '../api.js';
import { t, nameOf, number } from '../i18n.js';
import { h, load, card, field, showProblem, today } from '../ui.js';
import { href } from '../router.js';

export const STAGES = ['LEAD', 'TALKS', 'SIGNED', 'CONSTRUCTION', 'OPERATING'];
const CLOSED = ['OPERATING', 'DROPPED'];

/** The dictionary key of each field a 422 may name. */
export const FIELD_LABELS = {
  name: 'name', type: 'type', chain: 'chain', link: 'link', investor: 'investor', referrer: 'referrer', park: 'park',
  investment: 'investment_wan', owner: 'owner', nextStep: 'next_step', nextStepDue: 'due', blockers: 'blockers',
  stage: 'stage', at: 'stage_at', note: 'note', source: 'source', recommended: 'recommended', id: 'project_id',
  rank: 'rank', score: 'score',
};

/** A stage as a coloured chip. */
export function stageChip(stage, attrs = {}) {
  return h('span', { ...attrs, class: `chip stage st-stage-${stage}` }, t(stage));
}

/** Whether a next step's due day (YYYY-MM-DD) has passed for a project still open. */
export function overdue(due, stage) {
  return !!due && due < today() && !CLOSED.includes(stage);
}

export async function render(main, parts) {
  const id = parts[1] || '';
  const body = h('div');
  main.append(body);
  let project = null;
  let version = null;
  let editing = false;
  let moving = null; // the stage the stage form would move to
  const stale = h('div', { class: 'notice stale', id: 'stale-notice', role: 'alert', hidden: true });

  const read = () => load(body, () => getVersioned('/projects/' + encodeURIComponent(id)), (r) => {
    project = r.data;
    version = r.version ?? r.data.version;
    editing = false;
    moving = null;
    stale.hidden = true;
    return view();
  });

  function redraw() {
    body.replaceChildren(...view());
  }

  /** Sends a change against the version last read; on 412 says someone changed the project, on 422 what to fix. */
  async function write(changes, problems, button) {
    showProblem(problems, null);
    stale.hidden = true;
    if (button) { button.disabled = true; button.dataset.busy = 'true'; }
    try {
      const r = await patch('/projects/' + encodeURIComponent(id), changes, version);
      project = r.data;
      version = r.version ?? r.data.version;
      editing = false;
      moving = null;
      redraw();
    } catch (e) {
      if (e.status === 412) showStale(e);
      else showProblem(problems, e, FIELD_LABELS);
    } finally {
      if (button) { button.disabled = false; delete button.dataset.busy; }
    }
  }

  function showStale(e) {
    stale.hidden = false;
    stale.replaceChildren(h('p', {}, h('strong', {}, t('stale')),
      e.etag ? h('span', { class: 'muted' }, ` (${t('stale_version')} ${e.etag})`) : null),
    h('button', { class: 'btn primary', id: 'stale-reload', onclick: read }, t('reload')));
    stale.scrollIntoView({ block: 'nearest' });
  }

  function view() {
    const p = project;
    return [
      h('div', { class: 'page-head' }, h('h1', { id: 'project-name' }, p.name),
        h('span', { class: 'chip' }, t(p.type)), stageChip(p.stage, { id: 'project-stage' }),
        h('span', { class: 'muted' }, `${t('project_id')} ${p.id}`)),
      stale,
      h('div', { class: 'project-grid' },
        h('div', {}, facts(p), follow(p)),
        stages(p)),
    ];
  }

  function facts(p) {
    const link = (text, target) => h('a', { href: target }, text);
    const row = (label, value, rowId) => [h('dt', {}, t(label)), h('dd', { id: rowId }, value ?? '—')];
    return card(t('project_facts'), h('dl', { class: 'kv facts', id: 'project-facts' },
      row('chain', p.chain && link(nameOf(p.chain), '#/chains/' + encodeURIComponent(p.chain.id)), 'project-chain'),
      row('link', p.link && link(nameOf(p.link), href('/chains/' + (p.link.chainId || p.chain?.id), { link: p.link.id })), 'project-link'),
      row('investor', p.investor && link(p.investor.name, '#/enterprises/' + p.investor.uscc), 'project-investor'),
      row('referrer', p.referrer && link(p.referrer.name, '#/enterprises/' + p.referrer.uscc), 'project-referrer'),
      row('park', p.park && link(p.park.name, '#/parks/' + encodeURIComponent(p.park.id)), 'project-park'),
      row('investment', p.investmentYi === null || p.investmentYi === undefined ? null : `${number(p.investmentYi, 2)} ${t('yi')}`, 'project-investment'),
      row('created_from', p.source ? [t('src_' + p.source), p.recommended ? h('span', { class: 'muted' }, ' · ' + t('recommended_rank')
        .replace('{rank}', p.recommended.rank ?? '—').replace('{score}', number(p.recommended.score, 3))) : null] : null),
      row('last_change', p.updated)));
  }

  function follow(p) {
    const head = h('h2', { class: 'card-head' }, t('follow'),
      editing ? null : h('button', { class: 'btn small', id: 'edit-follow', onclick: () => { editing = true; redraw(); } }, t('edit')));
    if (editing) return h('section', { class: 'card' }, head, followForm(p));
    const late = overdue(p.nextStepDue, p.stage);
    return h('section', { class: 'card' }, head,
      h('dl', { class: 'kv facts' },
        h('dt', {}, t('owner')), h('dd', { id: 'project-owner' }, p.owner || t('owner_none')),
        h('dt', {}, t('next_step')), h('dd', { id: 'project-next' }, p.nextStep || '—'),
        h('dt', {}, t('due')), h('dd', { id: 'project-due', class: late ? 'overdue' : '' }, p.nextStepDue || '—',
          late ? h('span', { class: 'chip late' }, t('overdue')) : null)),
      h('h3', {}, t('blockers')),
      p.blockers.length
        ? h('ul', { class: 'blockers', id: 'project-blockers' }, p.blockers.map((b) => h('li', {}, b)))
        : h('p', { class: 'muted', id: 'project-blockers' }, t('blockers_none')));
  }

  function followForm(p) {
    const owner = h('input', { type: 'text', id: 'edit-owner', value: p.owner || '' });
    const next = h('input', { type: 'text', id: 'edit-next', value: p.nextStep || '' });
    const due = h('input', { type: 'date', id: 'edit-due', value: p.nextStepDue || '' });
    const investment = h('input', { type: 'number', id: 'edit-investment', min: 0, step: 'any', value: p.investment ?? '' });
    const blockers = [...p.blockers];
    const list = h('ul', { class: 'blockers editable', id: 'edit-blockers' });
    const fillList = () => list.replaceChildren(...blockers.map((b, i) => h('li', {}, h('span', {}, b),
      h('button', { class: 'btn small', type: 'button', title: t('remove'), 'aria-label': `${t('remove')} ${b}`,
        onclick: () => { blockers.splice(i, 1); fillList(); } }, '×'))));
    fillList();
    const newBlocker = h('input', { type: 'text', id: 'edit-blocker-new', placeholder: t('blocker_new') });
    const addBlocker = () => {
      const text = newBlocker.value.trim();
      if (text) { blockers.push(text); newBlocker.value = ''; fillList(); }
      newBlocker.focus();
    };
    newBlocker.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); addBlocker(); } });
    const problems = h('div', { class: 'problems', id: 'edit-problems', role: 'alert', hidden: true });
    const save = h('button', { class: 'btn primary', id: 'edit-save', type: 'button' }, t('save'));
    save.addEventListener('click', () => {
      if (newBlocker.value.trim()) addBlocker();
      const changes = {};
      const text = (input, before, key) => {
        const v = input.value.trim();
        if (v !== (before || '')) changes[key] = v || null;
      };
      text(owner, p.owner, 'owner');
      text(next, p.nextStep, 'nextStep');
      text(due, p.nextStepDue, 'nextStepDue');
      const wan = investment.value.trim();
      if (wan !== (p.investment === null || p.investment === undefined ? '' : String(p.investment))) changes.investment = wan === '' ? null : Number(wan);
      if (JSON.stringify(blockers) !== JSON.stringify(p.blockers)) changes.blockers = blockers;
      if (!Object.keys(changes).length) { editing = false; redraw(); return; }
      write(changes, problems, save);
    });
    return h('div', { class: 'form', id: 'follow-form' },
      field(t('owner'), owner), field(t('next_step'), next),
      h('div', { class: 'form-row' }, field(t('due'), due), field(t('investment_wan'), investment)),
      h('div', { class: 'field' }, h('span', {}, t('blockers')), list,
        h('div', { class: 'inline' }, newBlocker, h('button', { class: 'btn small', type: 'button', id: 'edit-blocker-add', onclick: addBlocker }, t('add')))),
      problems,
      h('div', { class: 'actions' },
        h('button', { class: 'btn', type: 'button', id: 'edit-cancel', onclick: () => { editing = false; redraw(); } }, t('cancel')), save));
  }

  function stages(p) {
    const at = STAGES.indexOf(p.stage);
    const isBack = (s) => s !== 'DROPPED' && p.stage !== 'DROPPED' && STAGES.indexOf(s) < at;
    const buttons = [...STAGES, 'DROPPED'].map((s) => h('button', {
      type: 'button', 'data-stage': s, disabled: s === p.stage,
      class: 'stage-btn' + (s === p.stage ? ' current' : '') + (s !== 'DROPPED' && STAGES.indexOf(s) <= at ? ' reached' : '')
        + (s === 'DROPPED' ? ' drop' : '') + (moving === s ? ' chosen' : ''),
      onclick: () => { moving = s; redraw(); document.getElementById('stage-note')?.focus(); },
    }, t(s)));
    return h('section', { class: 'card' }, h('h2', {}, t('timeline')),
      h('p', { class: 'muted hint' }, t('stage_hint')),
      h('div', { class: 'stages', id: 'stage-buttons' }, buttons),
      moving ? stageForm(p, moving, isBack(moving)) : null,
      timeline(p));
  }

  function stageForm(p, stage, back) {
    const atInput = h('input', { type: 'date', id: 'stage-at', value: today(), max: today() });
    const note = h('textarea', { id: 'stage-note', rows: 2, placeholder: back ? t('note_back') : t('note_optional') });
    const problems = h('div', { class: 'problems', id: 'stage-problems', role: 'alert', hidden: true });
    const confirm = h('button', { class: 'btn primary', type: 'button', id: 'stage-confirm' }, t('confirm'));
    confirm.addEventListener('click', () => {
      const text = note.value.trim();
      if (back && !text) {
        showProblem(problems, { status: 422, problems: [{ field: 'note', code: 'MOVE_BACK_NEEDS_NOTE', values: { from: p.stage, to: stage } }] }, FIELD_LABELS);
        note.focus();
        return;
      }
      const changes = { stage, at: atInput.value || today() };
      if (text) changes.note = text;
      write(changes, problems, confirm);
    });
    return h('div', { class: 'form stage-form' + (back ? ' back' : ''), id: 'stage-form' },
      h('h3', {}, h('span', {}, `${t(back ? 'stage_back' : 'stage_move')} `, stageChip(stage))),
      h('div', { class: 'form-row' }, field(t('stage_at'), atInput)),
      field(`${t('note')}${back ? ' · ' + t('note_back') : ''}`, note),
      problems,
      h('div', { class: 'actions' },
        h('button', { class: 'btn', type: 'button', id: 'stage-cancel', onclick: () => { moving = null; redraw(); } }, t('cancel')), confirm));
  }

  function timeline(p) {
    const events = p.history || [];
    return h('ol', { class: 'timeline', id: 'timeline' }, events.map((e, i) => h('li', { 'data-stage': e.stage, class: i === events.length - 1 ? 'last' : '' },
      h('div', { class: 'tl-head' }, stageChip(e.stage), h('span', { class: 'tl-date' }, e.at),
        // events an import made are recorded as by 'import'
        e.by ? h('span', { class: 'muted' }, `${t('by')} ${e.by === 'import' ? t('by_import') : e.by}`) : null,
        i === events.length - 1 ? h('span', { class: 'chip now' }, t('stage_now')) : null),
      e.note ? h('div', { class: 'tl-note' }, e.note) : null)));
  }

  await read();
}

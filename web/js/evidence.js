// The facts behind a target's score, as the API gives them (a kind and its values), worded in the current language.
import { t, fill, listOf, number } from './i18n.js';

const nameOf = (enterprise) => enterprise?.name || enterprise?.uscc || '';

/** The sentence of one fact, without its source. */
export function factText(e) {
  const v = e.values || {};
  switch (e.kind) {
    case 'TIE':
      return fill('ev_tie_' + v.direction, { partner: nameOf(v.partner), since: v.since ? fill('ev_since', { since: v.since }) : '' });
    case 'TWO_HOP':
      return (v.path || []).map(nameOf).join(' → ');
    case 'ADAMIC_ADAR': {
      const named = (v.partners || []).map(nameOf);
      const more = v.shared > named.length ? fill('ev_more', { more: v.shared - named.length }) : '';
      return fill('ev_adamic_adar', { shared: v.shared, partners: listOf(named), more, index: number(v.index, 3) });
    }
    case 'REVENUE':
      return fill('ev_revenue', { revenue: number(v.revenue) });
    case 'TAGS':
      return fill('ev_tags', { tags: listOf((v.tags || []).map(t)) });
    case 'PARK':
      return fill('ev_park', { park: v.park?.name || v.park?.id, free: number(v.freeUnits) });
    case 'CAPITAL':
      return fill('ev_capital', { capital: number(v.registeredCapital) });
    case 'EMPLOYEES':
      return fill('ev_employees', { employees: number(v.employees) });
    case 'PLACE':
      return fill('ev_place', { tier: t(v.tier) });
    case 'STRUCTURAL':
      return fill('ev_structural_' + v.direction, { link: v.link?.name, neighbour: v.neighbour?.name });
    case 'FEASIBILITY':
      return fill('ev_feasibility', { link: v.link?.name, feasibility: number(v.feasibility, 3) });
    case 'PIPELINE':
      return fill('ev_pipeline', { stage: t(v.stage) });
    default:
      return e.kind;
  }
}

/** Where a fact comes from: a tie's recorded source as recorded (two for a path), else the kind of record. */
export function sourceText(e) {
  if (!e.source) return '';
  return e.source.split('; ').map((s) => t(s)).join('; ');
}

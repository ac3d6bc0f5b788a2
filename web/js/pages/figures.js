// The report's figures by their dotted names (chainProjects.TALKS …), as the API's trend names them: labels in the
// current language, and the rows of a headline table (figure, now, a year before, change) that the report page and its
// print page share. A section the headline gains (such as land renewal) is listed by the same rules.
import { t } from '../i18n.js';

const SECTIONS = {
  chains: 'h_chains', bureauLedChains: 'h_bureau', leaders: 'h_leaders', parks: 'h_parks', certifiedParks: 'h_certified',
  parkAreaMu: 'h_area', parkUnits: 'h_units', certifiedParkTenants: 'h_tenants', chainProjects: 'h_chainProjects',
  techUpgrade: 'h_tech', referral: 'h_referral',
};
const PARTS = {
  count: 'fig_count', investmentYi: 'fig_investment', started: 'h_started', signed: 'h_signed',
  renewedParcels: 'fig_renewed_parcels', renewedMu: 'fig_renewed_mu', taxBeforeWan: 'fig_tax_before',
  taxAfterWan: 'fig_tax_after', taxMultiple: 'fig_tax_multiple',
};

/** The label of a figure: its section's, then its part's (a stage, count, investment …). */
export function figureLabel(key) {
  const [section, ...rest] = key.split('.');
  const head = t(SECTIONS[section] || 'fig_' + section);
  return rest.length ? `${head} · ${rest.map((p) => t(PARTS[p] || p)).join(' · ')}` : head;
}

/** An object's numbers by dotted name, nested objects followed, in the order the API writes them. */
export function flat(object, prefix = '') {
  return Object.entries(object).flatMap(([k, v]) => (v !== null && typeof v === 'object'
    ? flat(v, prefix + k + '.') : v === null ? [] : [[prefix + k, v]]));
}

/** A number as the report's JSON writes it: 1490.23, 112.6, 21, without separators. */
export function plain(value) {
  return value === null || value === undefined ? '' : String(value);
}

/** A change with its sign: +12, -1, 0. */
export function signed(value) {
  return value > 0 ? '+' + plain(value) : plain(value);
}

/** The headline's figures with their trend: [{key, label, value, then, change}], sections in `except` left out. */
export function figureRows(report, except = []) {
  return flat(report.headline)
    .filter(([key]) => !except.includes(key.split('.')[0]))
    .map(([key, value]) => ({ key, label: figureLabel(key), value, then: report.trend[key]?.then, change: report.trend[key]?.change }));
}

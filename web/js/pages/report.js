// 报告: the headline figures and the size of the graph, all computed from the graph by the API.
import { get } from '../api.js';
import { t, number } from '../i18n.js';
import { h, load, card, stat } from '../ui.js';

export async function render(main) {
  const body = h('div');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, t('report'))), body);
  await load(body, () => get('/report'), ({ headline: x, counts }) => [
    card(t('headline'), h('div', { class: 'stats', id: 'headline' },
      stat(t('h_chains'), x.chains, `${t('h_bureau')} ${x.bureauLedChains}`),
      stat(t('h_leaders'), x.leaders),
      stat(t('h_parks'), x.parks, `${t('h_certified')} ${x.certifiedParks}`),
      stat(t('h_area'), number(x.parkAreaMu, 2), `${t('h_units')} ${number(x.parkUnits)}`),
      stat(t('h_tenants'), x.certifiedParkTenants),
      stat(t('h_chainProjects'), Object.values(x.chainProjects).reduce((a, b) => a + b, 0),
        Object.entries(x.chainProjects).map(([k, v]) => `${t(k)} ${v}`).join(' · ')),
      stat(t('h_tech'), x.techUpgrade.count, `${number(x.techUpgrade.investmentYi, 2)} ${t('yi')} · ${t('h_started')} ${x.techUpgrade.started}`),
      stat(t('h_referral'), x.referral.count, `${number(x.referral.investmentYi, 2)} ${t('yi')} · ${t('h_signed')} ${x.referral.signed}`))),
    card(t('counts'), h('div', { class: 'stats', id: 'counts' },
      Object.entries(counts).map(([k, v]) => stat(t('c_' + k), number(v))))),
  ]);
}

// A problem of the API in the words of the current language. The server gives each problem as facts: a code and the
// values its sentence names (docs/errors.md); the sentences are the dictionaries' problem_* (the API's errors) and
// why_* (each field of a refused write). The server's English is shown only for a code this view does not know.
import { t, fill, listOf, currentLang } from './i18n.js';

/** Whether the dictionaries have a sentence for a key (t answers an unknown key as itself). */
const has = (key) => t(key) !== key;

/** A coded value in words where the dictionaries have it (t('TALKS') is 在谈), else the code itself. */
const word = (code, prefix = '') => (has(prefix + code) ? t(prefix + code) : String(code));

/** The dictionary key of each query parameter a 400 may name; a parameter not listed is shown by its name. */
const PARAMETERS = {
  chain: 'chain', link: 'link', stage: 'stage', status: 'status', key: 'key', tag: 'tag', region: 'region',
  action: 'action', type: 'type', year: 'year', class: 'class', scale: 'scale', owner: 'owner', q: 'search',
  leader: 'leader', uscc: 'uscc', enterprise: 'enterprises', by: 'visit_by', stalled: 'stalled', id: 'param_id',
  days: 'param_days', limit: 'param_limit', offset: 'param_offset', format: 'param_format', lang: 'param_lang',
  labels: 'param_labels', from: 'param_from', to: 'param_to', files: 'param_files', body: 'param_body',
  entity: 'param_entity', dryRun: 'param_dryRun',
};

/** The prefix of the dictionary keys of a field's coded values, where it is not the code itself. */
const CHOICES = { source: 'src_', intention: 'intent_' };

/** The values of each API problem as its sentence names them. */
const PROBLEM_VALUES = {
  BAD_PARAMETER: (v) => ({
    ...v,
    parameter: PARAMETERS[v.parameter] ? t(PARAMETERS[v.parameter]) : v.parameter,
    expected: fill('expected_' + v.expected, { ...v, allowed: listOf((v.allowed || []).map((a) => word(a))) }),
  }),
  TOKEN_REQUIRED: (v) => ({ role: word(v.role, 'token_role_') }),
  ROLE_INSUFFICIENT: (v) => ({ role: word(v.role, 'token_role_'), held: word(v.held, 'token_role_') }),
};

/** The sentence of an API problem, or a variant of it for values the server left out. */
function problemKey(code, values) {
  if (code === 'BAD_PARAMETER' && values.value === undefined) return 'problem_BAD_PARAMETER_NO_VALUE';
  if (code === 'BODY_TOO_LARGE' && values.limit === undefined) return 'problem_BODY_TOO_LARGE_NO_SIZE';
  return 'problem_' + code;
}

/** An error in words: its problem's code and values worded in the current language, else its own message. */
export function problemText(error) {
  if (!error) return '';
  const values = error.values || {};
  if (error.code && has('problem_' + error.code) && (error.code !== 'BAD_PARAMETER' || has('expected_' + values.expected))) {
    const words = PROBLEM_VALUES[error.code];
    return fill(problemKey(error.code, values), words ? words(values) : values);
  }
  return error.message || String(error);
}

/** A field of a request under its form label (labels maps a field to its dictionary key); mentions[0] is mentions 1. */
export function fieldLabel(name, labels = {}) {
  return String(name).split('.').map((part) => {
    const [, base, index] = /^([^[]*)(?:\[(\d+)\])?$/.exec(part) || [null, part, undefined];
    const label = labels[base] ? t(labels[base]) : base;
    return index !== undefined ? `${label} ${Number(index) + 1}` : label;
  }).join(' · ');
}

/** The values of each reason of a refused write as its sentence names them. */
const REASON_VALUES = {
  UNKNOWN_FIELD: (v, field, labels) => ({ known: listOf((v.known || []).map((f) => fieldLabel(f, labels))) }),
  EXPECTED_TEXT: (v) => ({ got: word(v.got, 'json_') }),
  INVALID_CREDIT_CODE: (v) => ({ value: v.value, fault: fill('credit_' + v.fault, v) }),
  NOT_ONE_OF: (v, field) => {
    const base = String(field).replace(/\[\d+\]$/, '').split('.').pop();
    return { value: v.value, allowed: listOf((v.allowed || []).map((a) => word(a, CHOICES[base] || ''))) };
  },
  BEFORE_LAST_EVENT: (v) => ({ ...v, lastStage: word(v.lastStage) }),
  MOVE_BACK_NEEDS_NOTE: (v) => ({ from: word(v.from), to: word(v.to) }),
};

/** One reason of a refused write ({field, code, values}) in words, or null for a code this view does not know. */
export function reasonText(problem, labels = {}) {
  if (!problem?.code || !has('why_' + problem.code)) return null;
  if (problem.code === 'INVALID_CREDIT_CODE' && !has('credit_' + problem.values?.fault)) return null;
  const values = problem.values || {};
  const words = REASON_VALUES[problem.code];
  return fill('why_' + problem.code, words ? words(values, problem.field, labels) : values);
}

/**
 * The problems of a refused write, each {field, label, text}: worded from their codes, in the order the server gave
 * them; a problem whose code this view does not know keeps the server's reason, as does a refusal with no codes.
 */
export function fieldProblems(error, labels = {}) {
  const lines = (error?.errors || []).map((line) => {
    const at = line.indexOf(':');
    return at > 0 ? { field: line.slice(0, at).trim(), reason: line.slice(at + 1).trim() } : { field: '', reason: line };
  });
  const coded = error?.problems || [];
  if (coded.length) {
    return coded.map((p, i) => ({
      field: p.field,
      label: fieldLabel(p.field, labels),
      text: reasonText(p, labels) ?? lines[i]?.reason ?? p.code,
    }));
  }
  return lines.map(({ field, reason }) => ({ field, label: field ? fieldLabel(field, labels) : '', text: reason }));
}

/** A refusal as one line: its field problems one after the other, or its problem in words. */
export function problemLine(error, labels = {}) {
  const items = fieldProblems(error, labels);
  if (!items.length) return problemText(error);
  return items.map((p) => (p.label ? p.label + t('colon') : '') + p.text).join(currentLang() === 'en' ? '; ' : '；');
}

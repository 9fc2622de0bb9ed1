// The profile's what-if panel: sliders for the buurt's most influential indicators that the user can change, sent to
// POST /api/v1/whatif; the answer shows the change per dimension, in class and in P(zwak of slechter), which inputs
// left the range the model was fitted on, and the reminder that this is an association in the model, not a cause.
import { api, type ClassLabel, type Explanation, type WhatIfResponse, type WhatIfScore } from './api';
import { classColor, textOn } from './colors';
import { h, clear } from './dom';
import { errorElement } from './errors';
import { formatNumber, lang, t, tf } from './i18n';
import { isFraction, nameWithUnit, readableName, unitOf, valueWithUnit } from './indicators';

export interface Dim { code: string; name: string }

const SLIDERS = 4;

// Context inputs (the wijk's or gemeente's value, averages within 1 or 3 km) and log scales follow from the
// observed indicators, so the panel offers only indicators a user can change for the buurt itself.
function changeable(code: string): boolean {
  return !/^(ge_|wi_|lag\dk_|log_)/.test(code);
}

// The API's notes (English) as sentences in the interface language; an unknown note is shown as it came.
function note(text: string): HTMLElement {
  let m = text.match(/^(\S+) is derived \((.*)\): set directly, its inputs were not changed\.$/);
  if (m) return h('li', {}, tf('whatifNoteDerived', { name: readableName(m[1]) }));
  m = text.match(/^(\S+) \((.*)\) is the wijk or gemeente value of (\S+); a change in one buurt does not move it\.$/);
  if (m) return h('li', {}, tf('whatifNoteParent', { name: readableName(m[1]) }));
  if (/outside the range of the buurten the release was fitted on/.test(text)) return h('li', {}, t('whatifNoteExtrapolation'));
  return h('li', { lang: 'en' }, text);
}

interface Slider { code: string; now: number; input: HTMLInputElement; number: HTMLInputElement }

export function whatIfPanel(code: string, release: string, e: Explanation, dims: Dim[], classes: ClassLabel[]): HTMLElement {
  const candidates = e.contributions.filter(c => changeable(c.indicator) && c.value !== null && c.value !== undefined).slice(0, SLIDERS);
  const box = h('div', { class: 'whatif' }, h('p', { class: 'framing whatif-caveat' }, t('whatifCaveat')));
  if (candidates.length === 0) { box.append(h('p', { class: 'muted' }, t('whatifNone'))); return box; }
  const form = h('form', { class: 'whatif-form' });
  const sliders: Slider[] = [];
  for (const c of candidates) {
    const scale = isFraction(c.indicator) ? 100 : 1;
    const now = (c.value as number) * scale;
    const top = unitOf(c.indicator).startsWith('%') ? 100 : Math.max(now * 2, (c.reference ?? 0) * scale * 2, 1);
    const stepSize = niceStep(top);
    const id = `whatif-${c.indicator}`;
    const input = h('input', { type: 'range', id, min: '0', max: String(top), step: String(stepSize), value: String(now), 'data-indicator': c.indicator });
    const number = h('input', { type: 'number', min: '0', step: 'any', value: String(round(now)), 'aria-label': `${readableName(c.indicator)} (${t('whatifNew')})`, class: 'whatif-number' });
    input.addEventListener('input', () => { number.value = String(round(Number(input.value))); });
    number.addEventListener('input', () => { if (number.value !== '') input.value = number.value; });
    sliders.push({ code: c.indicator, now, input, number });
    form.append(h('div', { class: 'whatif-row' },
      h('label', { for: id }, nameWithUnit(c.indicator)),
      h('div', { class: 'whatif-controls' }, input, number),
      h('span', { class: 'muted small' }, tf('whatifNow', { value: valueWithUnit(c.indicator, c.value), median: valueWithUnit(c.indicator, c.reference) }))));
  }
  const result = h('div', { class: 'whatif-result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'secondary' }, t('whatifRun'));
  const reset = h('button', { type: 'button', class: 'secondary' }, t('whatifReset'));
  reset.addEventListener('click', () => { for (const s of sliders) { s.input.value = String(s.now); s.number.value = String(round(s.now)); } clear(result); });
  form.append(h('div', { class: 'whatif-actions' }, submit, reset));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const set = sliders.filter(s => s.number.value !== '' && Math.abs(Number(s.number.value) - round(s.now)) > 1e-9) // untouched boxes show the rounded value
      .map(s => `${s.code}=${String(Number(s.number.value) / (isFraction(s.code) ? 100 : 1))}`);
    clear(result);
    if (set.length === 0) { result.append(h('p', { class: 'muted' }, t('whatifNothing'))); return; }
    submit.disabled = true;
    result.append(h('p', { class: 'muted' }, t('whatifBusy')));
    api.whatif(code, set, release)
      .then(r => { clear(result); result.append(answer(r, dims, classes)); })
      .catch(err => { clear(result); result.append(errorElement(err, t('error'))); })
      .finally(() => { submit.disabled = false; });
  });
  box.append(form, result);
  return box;
}

function niceStep(top: number): number {
  const raw = top / 100;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  return [1, 2, 5, 10].map(m => m * p).find(x => x >= raw) ?? raw;
}

function round(v: number): number { return Math.round(v * 1000) / 1000; }

function badge(sc: WhatIfScore, classes: ClassLabel[]): HTMLElement {
  const label = sc.label ?? classes.find(c => c.class === sc.class);
  const b = h('span', { class: 'badge small-badge', 'data-class': String(sc.class) }, label ? `${label.class} ${lang() === 'nl' ? label.nl : label.en}` : String(sc.class));
  b.style.backgroundColor = classColor(sc.class);
  b.style.color = textOn(sc.class);
  return b;
}

function delta(v: number): string {
  const s = formatNumber(v, 4);
  if (s === '0' || s === '-0') return '0';
  return v > 0 ? `+${s}` : s;
}

function answer(r: WhatIfResponse, dims: Dim[], classes: ClassLabel[]): HTMLElement {
  const val = (sc: WhatIfScore, k: string) => (sc as unknown as Record<string, number>)[k];
  const rows = [{ code: 'afw', name: t('total') }, ...dims].map(d => h('tr', { 'data-dimension': d.code },
    h('th', { scope: 'row' }, d.name), h('td', { class: 'num' }, formatNumber(val(r.before, d.code), 4)),
    h('td', { class: 'num' }, formatNumber(val(r.after, d.code), 4)), h('td', { class: 'num whatif-delta' }, delta(val(r.after, d.code) - val(r.before, d.code)))));
  const pct = (p: number | null | undefined) => (p === null || p === undefined ? '—' : `${Math.round(p * 100)}%`);
  const box = h('div', {},
    h('table', { class: 'data whatif-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('dimension')), h('th', { scope: 'col', class: 'num' }, t('whatifBefore')),
        h('th', { scope: 'col', class: 'num' }, t('whatifAfter')), h('th', { scope: 'col', class: 'num' }, t('whatifChange')))),
      h('tbody', {}, ...rows)),
    h('p', { class: 'whatif-class' }, `${t('classLabel')}: `, badge(r.before, classes), ' → ', badge(r.after, classes)),
    h('p', { class: 'whatif-weak' }, `${t('pWeakShort')}: ${pct(r.before.pWeak)} → ${pct(r.after.pWeak)}`));
  const extrapolated = r.inputs.filter(i => i.extrapolated);
  if (extrapolated.length) box.append(h('p', { class: 'note whatif-extrapolated' }, tf('whatifExtrapolated', {
    inputs: extrapolated.map(i => `${readableName(i.indicator)} (${valueWithUnit(i.indicator, i.after)}; ${t('whatifSeen')} ${valueWithUnit(i.indicator, i.seenMin)} – ${valueWithUnit(i.indicator, i.seenMax)})`).join(', ') })));
  const moved = r.contributions.filter(c => Math.abs(c.total) >= 5e-5).slice(0, 6);
  if (moved.length) box.append(h('p', { class: 'note' }, `${t('whatifMoved')}: `,
    moved.map(c => `${readableName(c.indicator)} ${delta(c.total)}`).join('; ')));
  if (r.notes.length) box.append(h('ul', { class: 'note whatif-notes' }, ...r.notes.map(note)));
  box.append(h('p', { class: 'muted small' }, r.notice));
  return box;
}

// "Why this score": the model's contributions per dimension, as `leefbaar explain` computes them. Every indicator
// enters each dimension's regression, so one indicator can push one dimension down and another up; each dimension
// therefore gets its own sentence and its own list, grouped by theme. Base + contributions = the dimension's score.
import type { ClassLabel, Explanation, IndicatorContribution, Score } from './api';
import { classColor, textOn } from './colors';
import { h } from './dom';
import { formatNumber, lang, t, tf } from './i18n';
import { nameWithUnit, readableName, themeName, themeOf, valueWithUnit, type Theme } from './indicators';

export interface Dim { code: string; name: string }

// Contributions smaller than this (in afw units) are summed as "other indicators" within a theme.
const SHOWN = 0.001;

export function explanationSection(e: Explanation, model: Score, dims: Dim[], classes: ClassLabel[]): HTMLElement {
  const box = h('div', { class: 'explanation' },
    h('p', { class: 'note' }, tf('explainNote', { release: e.release, year: e.year })));
  for (const d of dims) box.append(dimensionBlock(e, model, d, classes));
  return box;
}

function share(c: IndicatorContribution, dim: string): number { return c.perDimension[dim] ?? 0; }

function lower(name: string): string {
  // "Koopwoningen" → "koopwoningen", but keep "PM10-concentratie", "NO2-…" and "WOZ-waarde" as written.
  return name.length > 1 && name[1] === name[1].toLowerCase() ? name[0].toLowerCase() + name.slice(1) : name;
}

/** One sentence naming what pulls the dimension's score down most and what lifts it most. */
export function dimensionSentence(contributions: IndicatorContribution[], dim: string): HTMLElement {
  const sorted = [...contributions].sort((a, b) => share(a, dim) - share(b, dim));
  const down = sorted[0] && share(sorted[0], dim) < -SHOWN ? sorted[0] : undefined;
  const up = sorted.at(-1) && share(sorted.at(-1)!, dim) > SHOWN ? sorted.at(-1) : undefined;
  const describe = (c: IndicatorContribution) => tf('explainIndicator', {
    name: lower(readableName(c.indicator)), value: valueWithUnit(c.indicator, c.value), median: valueWithUnit(c.indicator, c.reference) });
  const text = down && up ? tf('explainDownUp', { down: describe(down), up: describe(up) })
    : down ? tf('explainDown', { down: describe(down) }) : up ? tf('explainUp', { up: describe(up) }) : t('explainNone');
  return h('p', { class: 'explain-sentence', 'data-down': down?.indicator, 'data-up': up?.indicator }, text);
}

function dimensionBlock(e: Explanation, model: Score, d: Dim, classes: ClassLabel[]): HTMLElement {
  const score = (model as unknown as Record<string, number | undefined>)[d.code];
  const cls = (model.classes as Record<string, number | undefined>)[d.code];
  const label = classes.find(c => c.class === cls);
  const badge = h('span', { class: 'badge small-badge' }, label ? `${label.class} ${lang() === 'nl' ? label.nl : label.en}` : t('noData'));
  badge.style.backgroundColor = classColor(cls);
  badge.style.color = textOn(cls);

  // Themes by their summed contribution to this dimension, largest effect first.
  const byTheme = new Map<Theme, IndicatorContribution[]>();
  for (const c of e.contributions) byTheme.set(themeOf(c.indicator), [...(byTheme.get(themeOf(c.indicator)) ?? []), c]);
  const themes = [...byTheme.entries()].map(([theme, list]) => ({ theme, list, sum: list.reduce((s, c) => s + share(c, d.code), 0) }))
    .sort((a, b) => Math.abs(b.sum) - Math.abs(a.sum));
  const max = Math.max(1e-9, ...themes.map(x => Math.abs(x.sum)));
  const base = e.base[d.code] ?? 0;

  const list = h('ul', { class: 'explain-themes' });
  for (const { theme, list: items, sum } of themes) {
    const bar = h('span', { class: `bar ${sum >= 0 ? 'pos' : 'neg'}`, 'aria-hidden': 'true' });
    bar.style.width = `${Math.round(Math.abs(sum) / max * 100)}%`;
    const sortedItems = [...items].sort((a, b) => Math.abs(share(b, d.code)) - Math.abs(share(a, d.code)));
    const shown = sortedItems.filter(c => Math.abs(share(c, d.code)) >= SHOWN);
    const rest = sortedItems.filter(c => Math.abs(share(c, d.code)) < SHOWN);
    const table = h('table', { class: 'data fixed explain-table' },
      h('colgroup', {}, h('col', { class: 'col-name' }), h('col'), h('col'), h('col')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('indicator')), h('th', { scope: 'col', class: 'num' }, t('thisArea')),
        h('th', { scope: 'col', class: 'num', title: t('medianNote') }, t('medianNl')), h('th', { scope: 'col', class: 'num' }, t('contribution')))),
      h('tbody', {}, ...shown.map(c => h('tr', { 'data-indicator': c.indicator, title: c.indicator },
        h('th', { scope: 'row' }, nameWithUnit(c.indicator)),
        h('td', { class: 'num' }, valueWithUnit(c.indicator, c.value).replace(/ .*/, '')),
        h('td', { class: 'num' }, valueWithUnit(c.indicator, c.reference).replace(/ .*/, '')),
        h('td', { class: 'num' }, signed(share(c, d.code))))),
      ...(rest.length ? [h('tr', { class: 'muted' }, h('th', { scope: 'row' }, tf('explainRest', { n: rest.length })), h('td'), h('td'),
        h('td', { class: 'num' }, signed(rest.reduce((s, c) => s + share(c, d.code), 0))))] : [])));
    list.append(h('li', { 'data-theme': theme.code },
      h('details', {}, h('summary', {}, h('span', { class: 'theme-name' }, themeName(theme)),
        h('span', { class: 'theme-bar' }, h('span', { class: 'bar-track' }, bar)), h('span', { class: 'theme-sum num' }, signed(sum))),
      table)));
  }
  return h('section', { class: 'explain-dim', 'data-dimension': d.code },
    h('h4', {}, h('span', {}, d.name), h('span', { class: 'explain-score' }, `${formatNumber(score, 3)} `, badge)),
    dimensionSentence(e.contributions, d.code),
    list,
    h('p', { class: 'explain-sum muted' }, tf('explainSum', { base: signed(base), sum: signed((score ?? 0) - base), score: formatNumber(score, 3) })));
}

function signed(v: number): string {
  const s = formatNumber(v, 3);
  if (s === '0' || s === '-0') return '0';
  return v > 0 ? `+${s}` : s;
}

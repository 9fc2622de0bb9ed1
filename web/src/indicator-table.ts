// The profile's indicator table: the model's inputs grouped by theme (with the area, its gemeente and Nederland),
// then the other catalogued figures, and the raw source columns (landuse_*, raw StatLine names, env_*) folded
// behind "alle gegevens". A gemeente's own indicators (role User, `indicators add`) form their own group, each row
// naming its source, because they come from the gemeente and not from an official publisher.
import type { IndicatorValue, Profile } from './api';
import { h } from './dom';
import { formatNumber, t, tf } from './i18n';
import { baseOf, formatValue, nameWithUnit, roleOf, THEMES, themeName, themeOf } from './indicators';

interface Row { code: string; value?: number | null; gemeente?: number; nederland?: number; year?: number; source?: string }

export function indicatorTable(p: Profile): HTMLElement {
  const observed = new Map<string, IndicatorValue>(p.indicators.map(i => [i.indicator, i]));
  // The model's inputs: the base indicators it explains the score with, else the catalogue's Input indicators.
  const explained = new Map<string, number | null | undefined>();
  for (const c of p.explanation?.contributions ?? []) {
    const base = baseOf(c.indicator);
    if (!explained.has(base) || c.indicator === base) explained.set(base, c.indicator === base ? c.value : observed.get(base)?.value);
  }
  const inputs = new Set<string>([...explained.keys(), ...p.indicators.filter(i => roleOf(i.indicator) === 'Input').map(i => i.indicator)]);
  const row = (code: string): Row => {
    const o = observed.get(code);
    return { code, value: o?.value ?? explained.get(code), gemeente: o?.gemeente, nederland: o?.nederland, year: o?.year, source: o?.source };
  };
  const modelRows = [...inputs].filter(c => roleOf(c) !== 'User').map(row).filter(r => r.value !== undefined && r.value !== null);
  const figures = p.indicators.filter(i => !inputs.has(i.indicator) && roleOf(i.indicator) !== undefined && roleOf(i.indicator) !== 'User').map(i => row(i.indicator));
  const own = p.indicators.filter(i => roleOf(i.indicator) === 'User').map(i => row(i.indicator));
  const raw = p.indicators.filter(i => roleOf(i.indicator) === undefined && !inputs.has(i.indicator)).map(i => row(i.indicator));
  if (!modelRows.length && !figures.length && !own.length && !raw.length) return h('p', { class: 'muted' }, t('noData'));

  const groups: HTMLElement[] = [];
  for (const theme of THEMES) {
    const rows = modelRows.filter(r => themeOf(r.code).code === theme.code).sort((a, b) => nameWithUnit(a.code).localeCompare(nameWithUnit(b.code), 'nl'));
    if (rows.length) groups.push(group(themeName(theme), rows, 'input', theme.code));
  }
  if (own.length) groups.push(group(t('indicatorsOwn'), own, 'own', 'own-indicators'));
  if (figures.length) groups.push(group(t('indicatorsOther'), figures, 'figure', 'other-figures'));
  const table = h('table', { class: 'data fixed indicator-table' },
    h('caption', { class: 'muted small' }, `${t('indicatorsInputsNote')} ${t('nederlandMeanNote')}`),
    h('colgroup', {}, h('col', { class: 'col-name' }), h('col'), h('col'), h('col')),
    header(), ...groups);
  const box = h('div', { class: 'indicator-tables' }, table);
  if (raw.length) {
    const rawTable = h('table', { class: 'data fixed indicator-raw-table' },
      h('colgroup', {}, h('col', { class: 'col-name' }), h('col'), h('col'), h('col')), header(), group('', raw, 'raw', 'raw', true));
    box.append(h('details', { class: 'all-data' }, h('summary', {}, tf('allData', { n: raw.length })), h('p', { class: 'muted small' }, t('allDataNote')), rawTable));
  }
  return box;
}

function header(): HTMLElement {
  return h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('indicator')), h('th', { scope: 'col' }, t('thisArea')),
    h('th', { scope: 'col' }, t('gemeente')), h('th', { scope: 'col', title: t('nederlandMeanNote') }, t('nederlandMean'))));
}

function group(title: string, rows: Row[], kind: string, id: string, rawNames = false): HTMLElement {
  const body = h('tbody', { 'data-group': id });
  if (title) body.append(h('tr', { class: 'group-row' }, h('th', { scope: 'colgroup', colspan: '4' }, title)));
  for (const r of rows) {
    const name = rawNames ? r.code : nameWithUnit(r.code);
    const value = (v: number | null | undefined) => rawNames ? formatNumber(v ?? undefined) : formatValue(r.code, v);
    body.append(h('tr', { 'data-indicator': r.code, 'data-kind': kind, title: r.code },
      h('th', { scope: 'row' }, r.year ? `${name} (${r.year})` : name,
        kind === 'own' && r.source ? h('span', { class: 'muted small indicator-source' }, tf('ownSource', { source: r.source })) : ''),
      h('td', {}, value(r.value)), h('td', {}, value(r.gemeente)), h('td', {}, value(r.nederland))));
  }
  return body;
}

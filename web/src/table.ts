// The text alternative to the map: a sortable table of the areas of one level, with score and class label.
import { api, type Meta, type ScoreRow } from './api';
import { h, clear } from './dom';
import { formatNumber, lang, levelName, levelPlural, listText, t, tf } from './i18n';
import type { Measure } from './state';

type SortKey = 'name' | 'code' | 'gemeente' | 'value' | 'class';

export async function renderTable(el: HTMLElement, meta: Meta, level: string, year: number, source: 'official' | 'model', measure: Measure,
  onLevel: (level: string) => void, onSelect: (code: string) => void): Promise<void> {
  clear(el);
  el.append(h('h2', { id: 'table-heading' }, t('tableTitle')));
  const select = h('select', { id: 'table-level' }, ...['gemeente', 'wijk', 'buurt'].map(l => h('option', { value: l, selected: l === level }, levelName(l))));
  select.addEventListener('change', () => onLevel(select.value));
  el.append(h('label', { class: 'inline' }, `${t('level')} `, select));
  // Ask only for score layers that exist, and say in words when the chosen one does not (the 2024 release has no wijken).
  const has = (src: string, lvl: string) => meta.layers.some(l => l.source === src && l.level === lvl && l.year === year);
  if (!has(source, level)) {
    const others = ['gemeente', 'wijk', 'buurt'].filter(l => has(source, l)).map(levelPlural);
    el.append(h('p', { class: 'note table-empty', role: 'status' }, tf('tableNoLayer', {
      source: source === 'model' ? t('srcModelWord') : t('srcOfficialWord'), level: levelPlural(level), year,
      levels: others.length ? listText(others) : '—' })));
    return;
  }
  let rows: ScoreRow[] = [];
  try {
    rows = (await api.scores(level, year, source, meta.maxPageSize)).items;
  } catch {
    rows = [];
  }
  const gemeenteNames = new Map<string, string>();
  const namesFrom = ['official', 'model'].find(src => has(src, 'gemeente'));
  if (level !== 'gemeente' && namesFrom) {
    try { for (const r of (await api.scores('gemeente', year, namesFrom, meta.maxPageSize)).items) gemeenteNames.set(r.code, r.name); } catch { /* names optional */ }
  }
  const value = (r: ScoreRow) => (r.score as unknown as Record<string, number | undefined>)[measure];
  const cls = (r: ScoreRow) => (r.score.classes as Record<string, number | undefined>)[measure === 'afw' ? 'total' : measure];
  let sort: SortKey = 'value';
  let ascending = false;
  const wrap = h('div', { class: 'table-wrap' });
  el.append(h('p', { class: 'muted' }, `${rows.length} ${t('rows')} · ${levelName(level)} · ${year}`), wrap);

  const draw = () => {
    const key = (r: ScoreRow): string | number => sort === 'name' ? r.name : sort === 'code' ? r.code : sort === 'gemeente' ? (gemeenteNames.get(r.gemeente ?? '') ?? r.gemeente ?? '')
      : sort === 'class' ? (cls(r) ?? -1) : (value(r) ?? -Infinity);
    const sorted = [...rows].sort((a, b) => { const x = key(a), y = key(b); const c = x < y ? -1 : x > y ? 1 : 0; return ascending ? c : -c; });
    const cols: [SortKey, string][] = [['name', t('name')], ['code', t('code')], ['gemeente', t('gemeente')], ['value', measure], ['class', t('classLabel')]];
    const headRow = h('tr', {}, ...cols.map(([k, label]) => {
      const b = h('button', { type: 'button', class: 'sort' }, label, sort === k ? (ascending ? ' ▲' : ' ▼') : '');
      b.addEventListener('click', () => { ascending = sort === k ? !ascending : k === 'name' || k === 'code'; sort = k; draw(); });
      return h('th', { scope: 'col', 'aria-sort': sort === k ? (ascending ? 'ascending' : 'descending') : 'none' }, b);
    }));
    const body = h('tbody', {}, ...sorted.map(r => {
      const open = h('button', { type: 'button', class: 'link' }, r.name || r.code);
      open.addEventListener('click', () => onSelect(r.code));
      const c = cls(r);
      const label = c ? meta.classes[c - 1] : undefined;
      return h('tr', {}, h('td', {}, open), h('td', {}, r.code), h('td', {}, gemeenteNames.get(r.gemeente ?? '') ?? r.gemeente ?? ''),
        h('td', { class: 'num' }, formatNumber(value(r), 4)), h('td', {}, label ? `${c} ${lang() === 'nl' ? label.nl : label.en}` : '—'));
    }));
    clear(wrap);
    wrap.append(h('table', { class: 'data sortable' }, h('caption', { class: 'sr-only' }, t('tableTitle')), h('thead', {}, headRow), body));
  };
  draw();
}

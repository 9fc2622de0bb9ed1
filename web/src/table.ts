// The text alternative to the map: every area of a level, filtered by provincie and gemeente, sorted over all rows
// by the API and paged, with downloads of exactly the rows shown. Where the official release has no score (Drenthe,
// Flevoland, Zeeland in 2024) the row carries the Leefbaar model's, labelled with its source and release.
import { api, scoresUrl, type Meta, type ScoreGroups, type ScorePage, type ScoreQuery, type ScoreRow } from './api';
import { h, clear } from './dom';
import { errorElement } from './errors';
import { formatNumber, lang, levelName, levelPlural, listText, t, tf } from './i18n';
import type { Measure, TableState } from './state';
import { tableControls, tablePager } from './table-controls';

export interface TableContext {
  meta: Meta; level: string; year: number; source: 'official' | 'model'; measure: Measure; table: TableState;
  onChange: (level: string, table: TableState) => void; onSelect: (code: string) => void;
}

// Each call draws only if no later call started meanwhile (a quick second click must not be overwritten by the first answer).
let generation = 0;

export async function renderTable(el: HTMLElement, ctx: TableContext): Promise<void> {
  const mine = ++generation;
  const { meta, level, year, source, measure, table } = ctx;
  const has = (src: string, lvl: string) => meta.layers.some(l => l.source === src && l.level === lvl && l.year === year);
  // Official rows, and the model's where the official release has none (always labelled per row).
  const fill = source === 'official' && meta.hasModelRelease && has('model', level);
  const query: ScoreQuery = { level, year, source, fill, provincie: table.provincie, gemeente: table.gemeente, sort: table.sort, page: table.page, pageSize: table.pageSize };
  let groups: ScoreGroups | undefined;
  let page: ScorePage | undefined;
  let failure: unknown;
  if (has(source, level) || fill) {
    try { [groups, page] = await Promise.all([api.scoreGroups(query), api.scorePage(query)]); } catch (e) { failure = e; }
    if (mine !== generation) return;
    if (page && page.pages > 0 && table.page > page.pages) { ctx.onChange(level, { ...table, page: page.pages }); return; }
  }

  clear(el);
  el.append(h('h2', { id: 'table-heading' }, t('tableTitle')));
  el.append(tableControls(level, table, groups, ctx.onChange));
  if (!has(source, level) && !fill) {
    const others = ['gemeente', 'wijk', 'buurt'].filter(l => has(source, l)).map(levelPlural);
    el.append(h('p', { class: 'note table-empty', role: 'status' }, tf('tableNoLayer', {
      source: source === 'model' ? t('srcModelWord') : t('srcOfficialWord'), level: levelPlural(level), year,
      levels: others.length ? listText(others) : '—' })));
    return;
  }
  if (!page) { el.append(errorElement(failure, t('error'))); return; }

  const names = new Map((groups?.gemeenten ?? []).map(g => [g.code, g.name] as [string, string]));
  const from = page.total ? (page.page - 1) * page.pageSize + 1 : 0;
  const to = (page.page - 1) * page.pageSize + page.items.length;
  el.append(h('p', { class: 'muted table-summary', role: 'status', 'data-total': String(page.total) },
    `${tf('tableRange', { from: formatNumber(from, 0), to: formatNumber(to, 0), total: formatNumber(page.total, 0) })} · ${levelPlural(level)} · ${year}`));
  el.append(sourceLine(page));
  if (page.total === 0) el.append(h('p', { class: 'note' }, t('tableNoRows')));
  else {
    el.append(h('div', { class: 'table-wrap' }, scoreTable(page.items, meta, measure, table, names, sort => ctx.onChange(level, { ...table, sort, page: 1 }), ctx.onSelect)));
    el.append(tablePager(page, p => ctx.onChange(level, { ...table, page: p })));
    el.append(downloads(query, page));
  }
}

// Which scores the rows are: the official release, the model's alone, or official with the model where it has none.
function sourceLine(page: ScorePage): HTMLElement {
  const name = page.source === 'model' ? t('model') : t('official');
  if (!page.fillRelease || page.filled === 0) return h('p', { class: 'note table-source' }, tf('tableSourceOne', { source: name, release: page.release }));
  if (page.filled === page.total)
    return h('p', { class: 'note table-filled' }, tf('tableFilledAll', { release: page.fillRelease }));
  return h('p', { class: 'note table-filled' }, tf(page.filled === 1 ? 'tableFilledOne' : 'tableFilled',
    { n: formatNumber(page.filled, 0), source: name, release: page.release, model: page.fillRelease }));
}

type Column = [key: string, label: string, numeric: boolean];

function scoreTable(rows: ScoreRow[], meta: Meta, measure: Measure, table: TableState, names: Map<string, string>,
  onSort: (sort: string) => void, onSelect: (code: string) => void): HTMLElement {
  const measureName = measure === 'afw' ? t('total') : (meta.dimensions.find(d => d.code === measure)?.[lang()] ?? measure);
  const cols: Column[] = [['name', t('name'), false], ['code', t('code'), false], ['gemeente', t('gemeente'), false],
    [measure, `${measureName} (${measure})`, true], ['class', t('classLabel'), true], ['', t('source'), false]];
  const key = table.sort.replace(/^-/, '');
  const ascending = !table.sort.startsWith('-');
  const headRow = h('tr', {}, ...cols.map(([k, label, numeric]) => {
    if (!k) return h('th', { scope: 'col' }, label);
    const b = h('button', { type: 'button', class: 'sort', 'data-sort': k }, label, key === k ? (ascending ? ' ▲' : ' ▼') : '');
    // A second click reverses; a first click sorts text A→Z and numbers high→low.
    b.addEventListener('click', () => onSort(key === k ? (ascending ? `-${k}` : k) : numeric ? `-${k}` : k));
    return h('th', { scope: 'col', class: numeric && k !== 'class' ? 'num' : undefined, 'aria-sort': key === k ? (ascending ? 'ascending' : 'descending') : 'none' }, b);
  }));
  const body = h('tbody', {}, ...rows.map(r => {
    const open = h('button', { type: 'button', class: 'link' }, r.name || r.code);
    open.addEventListener('click', () => onSelect(r.code));
    const c = measure === 'afw' ? r.score.classes.total : r.score.classes[measure];
    const label = c ? meta.classes[c - 1] : undefined;
    const value = (r.score as unknown as Record<string, number | undefined>)[measure];
    const src = `${r.score.source === 'model' ? t('sourceModelShort') : t('sourceOfficialShort')} · ${r.score.release}`;
    return h('tr', { 'data-code': r.code, 'data-source': r.score.source },
      h('td', {}, open), h('td', {}, r.code), h('td', {}, names.get(r.gemeente ?? '') ?? r.gemeente ?? ''),
      h('td', { class: 'num' }, formatNumber(value, 4)), h('td', {}, label ? `${c} ${label[lang()]}` : '—'),
      h('td', { class: r.score.source === 'model' ? 'source-model' : 'muted' }, src));
  }));
  return h('table', { class: 'data sortable score-table' }, h('caption', { class: 'sr-only' }, t('tableTitle')), h('thead', {}, headRow), body);
}

// The same listing (filter, order, page) from the API as CSV, CSV for Dutch Excel, GeoJSON and GeoPackage with flat
// properties; and every row of the filter in one file, for analysts who want the whole selection rather than a page.
function downloads(q: ScoreQuery, page: ScorePage): HTMLElement {
  const scope = `leefbaar-${q.level}-${q.year}${q.provincie ? `-${q.provincie}` : ''}${q.gemeente ? `-${q.gemeente}` : ''}`;
  const links = (all: boolean) => {
    const name = all ? scope : `${scope}-p${page.page}`;
    const tag = all ? '-all' : '';
    return [
      h('a', { class: 'button', href: scoresUrl(q, 'csv', false, all), download: `${name}.csv`, 'data-format': `csv${tag}` }, t('downloadCsv')),
      h('a', { class: 'button', href: scoresUrl(q, 'csv-nl', false, all), download: `${name}-excel.csv`, 'data-format': `csv-excel${tag}`, title: t('downloadCsvExcelNote') }, t('downloadCsvExcel')),
      h('a', { class: 'button', href: scoresUrl(q, 'geojson', false, all), download: `${name}.geojson`, 'data-format': `geojson${tag}` }, t('downloadGeoJson')),
      h('a', { class: 'button', href: scoresUrl(q, 'gpkg', false, all), download: `${name}.gpkg`, 'data-format': `gpkg${tag}`, title: t('downloadGpkgNote') }, t('downloadGpkg')),
    ];
  };
  const box = h('div', { class: 'downloads table-downloads' },
    h('p', { class: 'muted' }, tf('tableDownloads', { n: formatNumber(page.items.length, 0), level: levelName(q.level) })), ...links(false));
  if (page.pages > 1)
    box.append(h('p', { class: 'muted' }, tf('tableDownloadsAll', { n: formatNumber(page.total, 0), level: levelName(q.level) })), ...links(true));
  return box;
}

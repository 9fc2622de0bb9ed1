// The shareable view state, kept in the query string: every view can be linked and reloaded as it was.
import type { Lang } from './i18n';

export type View = 'map' | 'table' | 'compare' | 'analysis' | 'sets' | 'custom';
export type Tab = 'development' | 'hotspots' | 'warning' | 'distribution';
export type Measure = 'afw' | 'won' | 'fys' | 'vrz' | 'soc' | 'onv';
export type Source = 'official' | 'model';

export interface State {
  lang: Lang; view: View; measure: Measure; source: Source; sourceExplicit: boolean; year?: number; area?: string; compare: string[];
  tableLevel: string; table: TableState; tab: Tab; zoom?: number; lat?: number; lon?: number;
  set?: string; setSource?: Source; // the set view's set and score source (sets.ts)
  mapSet?: string; // the set outlined on the main map (set-overlay.ts)
}

/** The table's filter, order and page: a provincie (PV##), a gemeente (GM####), a sort key ('-' first: descending) and a page from 1. */
export interface TableState { provincie?: string; gemeente?: string; sort: string; page: number; pageSize: number }

export const tablePageSizes = [25, 100, 1000];

export const tableSortKeys = ['code', 'name', 'gemeente', 'class', 'afw', 'won', 'fys', 'vrz', 'soc', 'onv'];
const defaultSort = '-afw';

const measures: Measure[] = ['afw', 'won', 'fys', 'vrz', 'soc', 'onv'];
const codePattern = /^[A-Z0-9]{4,10}$/;

export function readState(search: string = location.search): State {
  const p = new URLSearchParams(search);
  const num = (k: string) => { const v = p.get(k); return v !== null && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined; };
  const code = (v: string | null) => { const c = (v ?? '').trim().toUpperCase(); return codePattern.test(c) ? c : undefined; };
  const m = p.get('m') as Measure;
  return {
    lang: p.get('lang') === 'en' ? 'en' : 'nl',
    view: (['map', 'table', 'compare', 'analysis', 'sets', 'custom'] as View[]).find(v => v === p.get('view')) ?? 'map',
    measure: measures.includes(m) ? m : 'afw',
    source: p.get('src') === 'model' ? 'model' : 'official',
    sourceExplicit: p.get('src') === 'model' || p.get('src') === 'official',
    year: num('year'),
    area: code(p.get('area')),
    compare: (p.get('cmp') ?? '').split(',').map(c => code(c)).filter((c): c is string => !!c).slice(0, 6),
    tableLevel: ['gemeente', 'wijk', 'buurt'].includes(p.get('tl') ?? '') ? p.get('tl')! : 'gemeente',
    table: {
      provincie: /^PV\d{2}$/.test(p.get('tp') ?? '') ? p.get('tp')! : undefined,
      gemeente: /^GM\d{4}$/.test(p.get('tg') ?? '') ? p.get('tg')! : undefined,
      sort: tableSortKeys.includes((p.get('ts') ?? '').replace(/^-/, '')) ? p.get('ts')! : defaultSort,
      page: Math.max(1, Math.min(100000, Math.floor(num('tpage') ?? 1))),
      pageSize: tablePageSizes.includes(num('tps') ?? 0) ? num('tps')! : 100,
    },
    tab: (['development', 'hotspots', 'warning', 'distribution'] as Tab[]).find(x => x === p.get('at')) ?? 'development',
    zoom: num('z'), lat: num('lat'), lon: num('lon'),
    set: /^[a-z0-9][a-z0-9-]{0,59}$/.test(p.get('set') ?? '') ? p.get('set')! : undefined,
    mapSet: /^[a-z0-9][a-z0-9-]{0,59}$/.test(p.get('ms') ?? '') ? p.get('ms')! : undefined,
    setSource: p.get('ss') === 'model' || p.get('ss') === 'official' ? p.get('ss') as Source : undefined,
  };
}

export function writeState(s: State): void {
  const p = new URLSearchParams();
  if (s.lang !== 'nl') p.set('lang', s.lang);
  if (s.view !== 'map') p.set('view', s.view);
  if (s.measure !== 'afw') p.set('m', s.measure);
  if (s.sourceExplicit) p.set('src', s.source); // a source chosen for the data (not by the user) is derived again on load
  if (s.year) p.set('year', String(s.year));
  if (s.area) p.set('area', s.area);
  if (s.compare.length) p.set('cmp', s.compare.join(','));
  if (s.view === 'table' && s.tableLevel !== 'gemeente') p.set('tl', s.tableLevel);
  if (s.view === 'table') {
    if (s.table.provincie) p.set('tp', s.table.provincie);
    if (s.table.gemeente) p.set('tg', s.table.gemeente);
    if (s.table.sort !== defaultSort) p.set('ts', s.table.sort);
    if (s.table.page > 1) p.set('tpage', String(s.table.page));
    if (s.table.pageSize !== 100) p.set('tps', String(s.table.pageSize));
  }
  if (s.view === 'analysis' && s.tab !== 'development') p.set('at', s.tab);
  if (s.view === 'sets' && s.set) p.set('set', s.set);
  if (s.mapSet) p.set('ms', s.mapSet);
  if (s.view === 'sets' && s.setSource) p.set('ss', s.setSource);
  if (s.zoom !== undefined && s.lat !== undefined && s.lon !== undefined) {
    p.set('z', s.zoom.toFixed(2)); p.set('lat', s.lat.toFixed(5)); p.set('lon', s.lon.toFixed(5));
  }
  const query = p.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

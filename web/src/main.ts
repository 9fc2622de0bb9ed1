// Wires the page: reads the URL state, loads /api/v1/meta, builds the map, search, profile, table and compare views.
import './style.css';
import { api, type Meta } from './api';
import { renderCompare } from './compare';
import { byId, clear, h } from './dom';
import { lang, setLang, t, translatePage } from './i18n';
import { renderLegend } from './legend';
import { AreaMap } from './map';
import { renderProfile } from './profile';
import { setupSearch } from './search';
import { readState, writeState, type Measure, type Source, type View } from './state';
import { renderTable } from './table';

const state = readState();
let meta: Meta;
let map: AreaMap | undefined;

declare global { interface Window { leefbaar?: { renderedFeatureCount: () => number; ready: boolean } } }

function years(): number[] {
  const set = new Set(meta.layers.filter(l => l.source === state.source && meta.mapLevels.includes(l.level)).map(l => l.year));
  return [...set].sort((a, b) => b - a);
}

function currentYear(): number {
  const ys = years();
  return state.year && ys.includes(state.year) ? state.year : ys[0] ?? meta.latestOfficialYear ?? new Date().getFullYear();
}

function measureTitle(): string {
  if (state.measure === 'afw') return t('total');
  const d = meta.dimensions.find(x => x.code === state.measure);
  return d ? (lang() === 'nl' ? d.nl : d.en) : state.measure;
}

function fillSelects(): void {
  const measure = byId<HTMLSelectElement>('measure');
  clear(measure);
  measure.append(h('option', { value: 'afw', selected: state.measure === 'afw' }, t('total')));
  for (const d of meta.dimensions) measure.append(h('option', { value: d.code, selected: state.measure === d.code }, lang() === 'nl' ? d.nl : d.en));
  const source = byId<HTMLSelectElement>('source');
  clear(source);
  source.append(h('option', { value: 'official', selected: state.source === 'official' }, t('official')),
    h('option', { value: 'model', selected: state.source === 'model' }, t('model')));
  const year = byId<HTMLSelectElement>('year');
  clear(year);
  const y = currentYear();
  for (const yy of years().length ? years() : [y]) year.append(h('option', { value: String(yy), selected: yy === y }, String(yy)));
}

function showView(view: View): void {
  state.view = view;
  for (const v of ['map', 'table', 'compare'] as View[]) {
    byId(`${v}-view`).hidden = v !== view;
    document.querySelector(`[data-view="${v}"]`)?.setAttribute('aria-current', String(v === view));
  }
  if (view === 'map') map?.resize();
  if (view === 'table') void drawTable();
  if (view === 'compare') void drawCompare();
  writeState(state);
}

async function drawTable(): Promise<void> {
  await renderTable(byId('table-view'), meta, state.tableLevel, currentYear(), state.source, state.measure,
    level => { state.tableLevel = level; writeState(state); void drawTable(); }, code => void select(code));
}

async function drawCompare(): Promise<void> {
  try {
    await renderCompare(byId('compare-view'), state.compare, meta, state.source, state.year,
      code => { state.compare = state.compare.filter(c => c !== code); writeState(state); void drawCompare(); if (state.area) void select(state.area, false); },
      code => void select(code));
  } catch (e) {
    byId('compare-view').append(h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${(e as Error).message}`));
  }
}

async function select(code: string, fly = true): Promise<void> {
  const panel = byId('panel');
  state.area = code;
  writeState(state);
  panel.hidden = false;
  clear(panel);
  panel.append(h('p', {}, t('loading')));
  try {
    const profile = await api.profile(code, state.year);
    renderProfile(panel, profile, meta, state.source, {
      inCompare: state.compare.includes(profile.code),
      onClose: () => { state.area = undefined; writeState(state); clear(panel); panel.append(h('p', { class: 'muted' }, t('chooseArea'))); map?.select(undefined); },
      onCompare: c => {
        state.compare = state.compare.includes(c) ? state.compare.filter(x => x !== c) : [...state.compare, c].slice(-6);
        writeState(state);
        void select(c, false);
        if (state.view === 'compare') void drawCompare();
      },
      onSelect: c => void select(c),
    });
    map?.select(profile.code, fly && state.view === 'map' ? profile.bbox : undefined);
  } catch (e) {
    clear(panel);
    panel.append(h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${(e as Error).message}`));
  }
}

function applyLanguage(): void {
  setLang(state.lang);
  translatePage();
  byId('lang').textContent = t('otherLang');
  byId('lang').setAttribute('lang', state.lang === 'nl' ? 'en' : 'nl');
  const banner = byId('demo-banner');
  banner.hidden = !meta.demo;
  banner.textContent = meta.demo ? `${lang() === 'nl' ? 'Synthetische demodata' : 'Synthetic demo data'} — ${t('demo')}` : '';
  byId('attribution').textContent = meta.attribution;
  fillSelects();
  renderLegend(byId('legend'), meta.classes, `${measureTitle()} · ${state.source === 'model' ? t('model') : t('official')} ${currentYear()}`);
}

async function start(): Promise<void> {
  meta = await api.meta();
  applyLanguage();
  map = new AreaMap({
    container: byId('map'), year: currentYear(), measure: state.measure, source: state.source, extent: meta.extent,
    center: state.lat !== undefined && state.lon !== undefined ? [state.lon, state.lat] : undefined, zoom: state.zoom,
    onSelect: code => void select(code, false),
    onMove: (z, lat, lon) => { state.zoom = z; state.lat = lat; state.lon = lon; writeState(state); },
  });
  window.leefbaar = { renderedFeatureCount: () => map?.renderedFeatureCount() ?? 0, ready: false };
  map.map.once('idle', () => { if (window.leefbaar) window.leefbaar.ready = true; });

  setupSearch(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), code => void select(code));
  const onChange = () => {
    state.measure = byId<HTMLSelectElement>('measure').value as Measure;
    const newSource = byId<HTMLSelectElement>('source').value as Source;
    const sourceChanged = newSource !== state.source;
    state.source = newSource;
    state.year = Number(byId<HTMLSelectElement>('year').value) || undefined;
    if (sourceChanged) state.year = currentYear();
    applyLanguage();
    map?.setColoring(state.measure, state.source);
    map?.setYear(currentYear());
    writeState(state);
    if (state.area) void select(state.area, false);
    if (state.view === 'table') void drawTable();
    if (state.view === 'compare') void drawCompare();
  };
  for (const id of ['measure', 'source', 'year']) byId(id).addEventListener('change', onChange);
  document.querySelectorAll<HTMLButtonElement>('[data-view]').forEach(b => b.addEventListener('click', () => showView(b.dataset.view as View)));
  byId('lang').addEventListener('click', () => {
    state.lang = state.lang === 'nl' ? 'en' : 'nl';
    applyLanguage();
    writeState(state);
    if (state.area) void select(state.area, false);
    if (state.view !== 'map') showView(state.view);
  });

  showView(state.view);
  if (state.area) await select(state.area, state.zoom === undefined);
  else byId('panel').append(h('p', { class: 'muted' }, t('chooseArea')));
}

start().catch(e => {
  document.body.append(h('p', { class: 'error', role: 'alert' }, `Leefbaar: ${(e as Error).message}`));
});

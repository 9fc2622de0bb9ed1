// Wires the page: reads the URL state, loads /api/v1/meta, builds the map, search, profile, table and compare views.
import './style.css';
import { api, type Meta } from './api';
import { availableTabs, renderAnalysis } from './analysis';
import { renderCompare } from './compare';
import { focusCustomMap, renderCustomArea } from './custom-area';
import { byId, clear, h } from './dom';
import { errorElement } from './errors';
import { lang, levelPlural, listText, setIndicatorNames, setLang, t, tf, translatePage } from './i18n';
import { setCatalogue } from './indicators';
import { renderLegend } from './legend';
import { PlaceLabels } from './place-labels';
import { AreaMap, levelRanges } from './map';
import { renderProfile } from './profile';
import { setupSearch } from './search';
import { readState, writeState, type Measure, type Source, type View } from './state';
import { renderSets } from './sets';
import { SetOverlay } from './set-overlay';
import { renderTable } from './table';
import { setupSheet, type Sheet } from './sheet';
import { tooltipContent } from './tooltip';
import { yearChoice, yearNote } from './years';

const state = readState();
let meta: Meta;
let map: AreaMap | undefined;
let sheet: Sheet | undefined;
let setOverlay: SetOverlay | undefined;
// Why the source was chosen for the user (no official scores for the map's levels, or for the selected area); shown
// as a status line until the user picks a source themselves.
let autoSource: { reason: 'level' | 'area'; note: () => string } | undefined;

// Hooks for the browser tests: readiness, features drawn, the camera and the level drawn.
declare global {
  interface Window { leefbaar?: { renderedFeatureCount: () => number; ready: boolean; setCodes: (layer: 'set-outline' | 'set-ring') => string[]; view: () => { zoom: number; bounds: number[]; center: number[]; level?: string } } }
}

function years(): number[] {
  const set = new Set(meta.layers.filter(l => l.source === state.source && meta.mapLevels.includes(l.level)).map(l => l.year));
  return [...set].sort((a, b) => b - a);
}

function currentYear(): number {
  const ys = years();
  return state.year && ys.includes(state.year) ? state.year : ys[0] ?? meta.latestOfficialYear ?? new Date().getFullYear();
}

function hasLayer(source: Source, level: string, year: number): boolean {
  return meta.layers.some(l => l.source === source && l.level === level && l.year === year);
}

// Until the user picks a source, the map shows the official scores where the drawn level has them for the year and
// the Leefbaar model where it does not (the demo has no official gemeenten, the 2024 release no wijken), and says so.
function chooseSourceForLevel(level: string | undefined): void {
  if (state.sourceExplicit || !meta.hasModelRelease || !level || autoSource?.reason === 'area') return;
  const year = state.year ?? meta.latestOfficialYear ?? meta.latestModelYear;
  if (year === undefined) return;
  if (!hasLayer('official', level, year) && hasLayer('model', level, year)) {
    autoSource = { reason: 'level', note: () => tf('sourceDefaultModel', { levels: levelPlural(level), year }) };
    setSourceFor('model');
  } else if (autoSource?.reason === 'level') {
    autoSource = undefined;
    setSourceFor('official');
  }
  showSourceNote();
}

function showSourceNote(): void {
  const note = byId('source-note');
  note.hidden = !autoSource;
  note.textContent = autoSource ? autoSource.note() : '';
}

// Applies a source chosen for the user (not by them): selects, legend, map colours and year follow.
function setSourceFor(source: Source): void {
  if (state.source === source) return;
  state.source = source;
  state.year = currentYear();
  applyLanguage();
  map?.setColoring(state.measure, state.source);
  map?.setYear(currentYear());
  writeState(state);
  if (state.view === 'table') void drawTable();
  if (state.view === 'compare') void drawCompare();
}

function legendNotes(): string[] {
  const ranges = levelRanges(meta.geometryLevels);
  const notes = [`${t('levelSwitch')} ${ranges.map(r => r.min > 0 ? `${levelPlural(r.level)} (zoom ${r.min}+)` : levelPlural(r.level)).join(', ')}.`];
  const gaps = (meta.officialGaps ?? []).filter(g => g.year === currentYear());
  if (state.source === 'official' && gaps.length)
    notes.push(tf('officialGap', { provinces: listText(gaps.map(g => g.name)), release: gaps[0].release }));
  return notes;
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
  source.append(h('option', { value: 'official', selected: state.source === 'official', title: t('official') }, t('sourceOfficialShort')),
    h('option', { value: 'model', selected: state.source === 'model' }, t('sourceModelShort')));
  const year = byId<HTMLSelectElement>('year');
  clear(year);
  const y = currentYear();
  const choice = yearChoice(meta, state.source, map?.currentLevel());
  for (const yy of choice.here.length || choice.elsewhere.length ? choice.here : [y]) year.append(h('option', { value: String(yy), selected: yy === y }, String(yy)));
  if (choice.elsewhere.length)
    year.append(h('optgroup', { label: t('yearOtherLevels') }, ...choice.elsewhere.map(e =>
      h('option', { value: String(e.year), selected: e.year === y, 'data-levels': e.levels.join(',') }, `${e.year} (${listText(e.levels.map(levelPlural))})`))));
  showYearNote();
}

// Says in words when the chosen year has no scores at the level the map draws, and where it has.
function showYearNote(): void {
  const note = byId('year-note');
  const text = yearNote(meta, state.source, map?.currentLevel(), currentYear(), state.source === 'model' ? t('srcModelWord') : t('srcOfficialWord'));
  note.hidden = !text;
  note.textContent = text ?? '';
}

function showView(view: View): void {
  state.view = view;
  for (const v of ['map', 'table', 'compare', 'analysis', 'sets', 'custom'] as View[]) {
    byId(`${v}-view`).hidden = v !== view;
    document.querySelector(`[data-view="${v}"]`)?.setAttribute('aria-current', String(v === view));
  }
  if (view === 'map') map?.resize();
  if (view === 'table') void drawTable();
  if (view === 'compare') void drawCompare();
  if (view === 'analysis') void drawAnalysis();
  if (view === 'sets') void drawSets();
  if (view === 'custom') renderCustomArea(byId('custom-view'), { meta, onSelect: code => void select(code, false) });
  writeState(state);
}

async function drawAnalysis(): Promise<void> {
  await renderAnalysis(byId('analysis-view'), state.tab, { meta, onSelect: code => void select(code, false) },
    tab => { state.tab = tab; writeState(state); void drawAnalysis(); });
}

async function drawSets(): Promise<void> {
  await renderSets(byId('sets-view'), { meta, setId: state.set, source: state.setSource, onSelect: code => void select(code, false),
    onChoose: (id, source) => { state.set = id; state.setSource = source; writeState(state); void drawSets(); } });
}

async function drawTable(): Promise<void> {
  await renderTable(byId('table-view'), {
    meta, level: state.tableLevel, year: currentYear(), source: state.source, measure: state.measure, table: state.table,
    onChange: (level, table) => { state.tableLevel = level; state.table = table; writeState(state); void drawTable(); },
    onSelect: code => void select(code),
  });
}

async function drawCompare(): Promise<void> {
  try {
    await renderCompare(byId('compare-view'), state.compare, meta, state.source, state.year,
      code => { state.compare = state.compare.filter(c => c !== code); writeState(state); void drawCompare(); if (state.area) void select(state.area, false); },
      code => void select(code));
  } catch (e) {
    byId('compare-view').append(errorElement(e, t('error')));
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
    if (!state.sourceExplicit) {
      if (state.source === 'official' && !profile.official && profile.model) {
        autoSource = { reason: 'area', note: () => tf('sourceSwitchedArea', { name: profile.name || profile.code }) };
        setSourceFor('model');
      } else if (autoSource?.reason === 'area' && profile.official) {
        autoSource = undefined;
        setSourceFor('official');
        chooseSourceForLevel(map?.currentLevel());
      }
      showSourceNote();
    }
    renderProfile(panel, profile, meta, state.source, {
      inCompare: state.compare.includes(profile.code),
      onClose: () => { if (autoSource?.reason === 'area') { autoSource = undefined; setSourceFor('official'); chooseSourceForLevel(map?.currentLevel()); } state.area = undefined; writeState(state); clear(panel); panel.append(h('p', { class: 'muted' }, t('chooseArea'))); map?.select(undefined); sheet?.set('peek'); },
      onCompare: c => {
        state.compare = state.compare.includes(c) ? state.compare.filter(x => x !== c) : [...state.compare, c].slice(-6);
        writeState(state);
        void select(c, false);
        if (state.view === 'compare') void drawCompare();
      },
      onSelect: c => void select(c),
    });
    map?.select(profile.code, fly && state.view === 'map' ? profile.bbox : undefined);
    if (fly && state.view === 'custom') focusCustomMap(profile.bbox);
  } catch (e) {
    clear(panel);
    panel.append(errorElement(e, t('error')));
  }
}

function applyLanguage(): void {
  setLang(state.lang);
  translatePage();
  byId('lang').textContent = t('otherLang');
  sheet?.translate();
  byId('lang').setAttribute('lang', state.lang === 'nl' ? 'en' : 'nl');
  const banner = byId('demo-banner');
  banner.hidden = !meta.demo;
  banner.textContent = meta.demo ? t('demo') : '';
  byId('attribution').textContent = meta.basemap ? `${meta.attribution} ${meta.basemap.attribution}.` : meta.attribution;
  fillSelects();
  showSourceNote();
  setOverlay?.render();
  renderLegend(byId('legend'), meta.classes, `${measureTitle()} · ${state.source === 'model' ? t('model') : t('official')} ${currentYear()}`, legendNotes());
}

async function start(): Promise<void> {
  meta = await api.meta();
  const flyToArea = state.zoom === undefined; // decided before the map's first fit writes a camera into the state
  try { const list = (await api.indicators()).indicators; setIndicatorNames(list); setCatalogue(list); } catch { /* the built-in names remain */ }
  applyLanguage();
  map = new AreaMap({
    container: byId('map'), year: currentYear(), measure: state.measure, source: state.source, extent: meta.extent, levels: meta.geometryLevels,
    center: state.lat !== undefined && state.lon !== undefined ? [state.lon, state.lat] : undefined, zoom: state.zoom,
    onSelect: code => void select(code, false),
    onMove: (z, lat, lon) => { state.zoom = z; state.lat = lat; state.lon = lon; writeState(state); },
    onLevel: level => { chooseSourceForLevel(level); fillSelects(); },
    hoverContent: p => tooltipContent(p, meta, state.measure, state.source, measureTitle()),
    basemap: meta.basemap,
  });
  // Place names are orientation, not data: a failed request leaves the map without them, nothing else.
  const shownMap = map;
  api.places().then(r => new PlaceLabels(shownMap.map, r.places)).catch(() => undefined);
  chooseSourceForLevel(map.currentLevel());
  fillSelects();
  setOverlay = new SetOverlay(byId('set-overlay'), {
    map, selected: state.mapSet,
    onChange: id => { state.mapSet = id; writeState(state); },
    onOpen: id => { state.set = id; state.setSource = undefined; showView('sets'); },
  });
  void setOverlay.start();
  sheet = setupSheet(() => map?.resize());
  window.leefbaar = {
    renderedFeatureCount: () => map?.renderedFeatureCount() ?? 0, ready: false, setCodes: layer => map?.renderedSetCodes(layer) ?? [],
    view: () => { const b = map!.map.getBounds(); const c = map!.map.getCenter(); return { zoom: map!.map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], center: [c.lng, c.lat], level: map!.currentLevel() }; },
  };
  map.map.once('idle', () => { if (window.leefbaar) window.leefbaar.ready = true; });

  setupSearch(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), code => void select(code));
  const onChange = () => {
    state.measure = byId<HTMLSelectElement>('measure').value as Measure;
    const newSource = byId<HTMLSelectElement>('source').value as Source;
    const sourceChanged = newSource !== state.source;
    state.source = newSource;
    if (sourceChanged) { state.sourceExplicit = true; autoSource = undefined; }
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

  // The analysis view only appears when the server documents at least one analysis endpoint.
  const tabs = await availableTabs();
  byId('analysis-button').hidden = tabs.length === 0;
  if (state.view === 'analysis' && tabs.length === 0) state.view = 'map';
  showView(state.view);
  if (state.area) await select(state.area, flyToArea);
  else byId('panel').append(h('p', { class: 'muted' }, t('chooseArea')));
}

start().catch(e => {
  document.body.append(errorElement(e, 'Leefbaar'));
});

// The custom-area view ("Eigen gebied"): a GeoJSON upload or a polygon drawn by clicking points on the map, posted to
// POST /api/v1/areas/custom; the answer shows each area's model class and afw with its 90 % interval as a class
// range, the residents it covers, the weights, the share of residents in weak buurten, the per-buurt breakdown and
// the method. The areas are drawn on the map; a bad file gets a Dutch sentence (the API's English detail as title).
import type { Meta } from './api';
import { ApiError } from './api';
import { areasApi, type CustomArea, type CustomAreaResponse } from './areas-api';
import { classColor, textOn } from './colors';
import { clear, h } from './dom';
import { errorElement } from './errors';
import { formatNumber, lang, t, tf } from './i18n';
import { OverlayMap, revealViewButton, boundsOf, overlayKey, type PolygonFeature } from './overlay-map';
import './areas.css';

/** The API's largest body (CustomAreaEndpoints.MaxBodyBytes). */
const MAX_BYTES = 8 * 1024 * 1024;
// A click this close (pixels) to the first point closes the polygon.
const CLOSE_PIXELS = 12;

export interface CustomContext { meta: Meta; onSelect: (code: string) => void }

type Position = [number, number];
type Outcome = { kind: 'result'; response: CustomAreaResponse } | { kind: 'error'; error: unknown } | { kind: 'busy' } | undefined;

let map: OverlayMap | undefined;
let drawing = false;
let path: Position[] = [];
let shown: PolygonFeature[] = [];
let drawnBody: string | undefined; // the GeoJSON of the last drawn polygon, offered as a download
let downloadUrl: string | undefined;
let outcome: Outcome;
let view: HTMLElement | undefined;
let context: CustomContext | undefined;

export function renderCustomArea(el: HTMLElement, ctx: CustomContext): void {
  revealViewButton('custom');
  view = el;
  context = ctx;
  if (!el.querySelector('.areas-map')) {
    el.append(h('h2', { id: 'custom-heading', class: 'areas-heading' }),
      h('div', { class: 'areas-layout custom-layout' },
        h('div', { class: 'areas-side custom-side' }),
        h('div', { class: 'areas-map-wrap' }, h('div', { class: 'areas-map', id: 'custom-map', role: 'region' }),
          h('div', { class: 'overlay-key', 'aria-live': 'polite' }))));
    const year = ctx.meta.latestModelYear ?? ctx.meta.latestOfficialYear ?? new Date().getFullYear();
    map = new OverlayMap({
      container: el.querySelector<HTMLElement>('.areas-map')!, year, measure: 'afw', source: 'model', extent: ctx.meta.extent, levels: ctx.meta.geometryLevels,
      onSelect: code => { if (!drawing) context?.onSelect(code); }, onMove: () => undefined, onLevel: () => undefined,
    }, 'custom');
    // Drawing needs the buurten: open at the zoom they are drawn from, on the middle of the data.
    const buurt = map.area.ranges.find(r => r.level === 'buurt');
    map.map.once('load', () => { if (buurt && map && map.map.getZoom() < buurt.min) map.map.jumpTo({ zoom: buurt.min + 0.3 }); });
    map.onClick(e => {
      if (!drawing || !map) return;
      const first = path[0];
      if (first && path.length >= 3) {
        const p = map.map.project(first);
        if (Math.hypot(p.x - e.point.x, p.y - e.point.y) <= CLOSE_PIXELS) { finish(); return; }
      }
      path.push([round6(e.lngLat.lng), round6(e.lngLat.lat)]);
      update();
    });
  } else map?.resize();
  el.querySelector('#custom-heading')!.textContent = t('customTitle');
  el.querySelector('.areas-map')!.setAttribute('aria-label', `${t('mapHeading')}: ${t('customTitle')}`);
  const year = ctx.meta.latestModelYear ?? ctx.meta.latestOfficialYear;
  overlayKey(el.querySelector<HTMLElement>('.overlay-key')!, ctx.meta.classes, `${t('total')} · ${t('model')}${year ? ` ${year}` : ''}`, [['drawn', t('setKeyDrawn')]]);
  renderSide();
}

function round6(v: number): number { return Math.round(v * 1e6) / 1e6; }

function renderSide(): void {
  if (!view) return;
  const side = view.querySelector<HTMLElement>('.custom-side')!;
  clear(side);
  const file = h('input', { type: 'file', id: 'custom-file', accept: '.geojson,.json,application/geo+json,application/json' });
  file.addEventListener('change', () => { const f = file.files?.[0]; if (f) void upload(f); file.value = ''; });
  const draw = h('button', { type: 'button', id: 'custom-draw', 'aria-pressed': String(drawing) }, t('customDraw'));
  draw.addEventListener('click', () => { if (drawing) return; startDrawing(); });
  const done = h('button', { type: 'button', id: 'custom-done', disabled: !drawing || path.length < 3 }, t('customDone'));
  done.addEventListener('click', () => finish());
  const undo = h('button', { type: 'button', id: 'custom-undo', disabled: !drawing || path.length === 0 }, t('customUndo'));
  undo.addEventListener('click', () => { path.pop(); update(); });
  const wipe = h('button', { type: 'button', id: 'custom-clear', disabled: !drawing && shown.length === 0 && !outcome }, t('customClear'));
  wipe.addEventListener('click', () => reset());
  side.append(
    h('p', { class: 'note' }, t('customIntro')),
    h('div', { class: 'custom-upload' }, h('label', { for: 'custom-file' }, t('customFile')), file),
    h('div', { class: 'custom-actions' }, draw, done, undo, wipe),
    h('p', { class: 'note custom-status', 'aria-live': 'polite' }, drawing ? `${t('customDrawHelp')} ${status()}` : ''),
  );
  if (drawnBody && !drawing) {
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([drawnBody], { type: 'application/geo+json' }));
    side.append(h('p', {}, h('a', { class: 'button', href: downloadUrl, download: 'eigen-gebied.geojson', 'data-download': 'drawn' }, t('customDownload'))));
  }
  const result = h('div', { class: 'custom-result', 'aria-live': 'polite' });
  if (outcome?.kind === 'busy') result.append(h('p', { class: 'muted' }, t('customBusy')));
  else if (outcome?.kind === 'error') result.append(uploadError(outcome.error));
  else if (outcome?.kind === 'result') result.append(...answer(outcome.response));
  side.append(result);
}

function status(): string {
  return path.length >= 3 ? tf('customPoints', { n: path.length }) : `${tf('customPoints', { n: path.length })} ${tf('customNeedThree', { n: 3 - path.length })}`;
}

function startDrawing(): void {
  drawing = true;
  path = [];
  shown = [];
  outcome = undefined;
  map?.map.doubleClickZoom.disable();
  view?.querySelector('.areas-map-wrap')?.classList.add('drawing');
  update();
}

function update(): void {
  map?.showDrawn(shown, drawing ? path : []);
  renderSide();
}

function reset(): void {
  drawing = false;
  path = [];
  shown = [];
  drawnBody = undefined;
  outcome = undefined;
  map?.map.doubleClickZoom.enable();
  view?.querySelector('.areas-map-wrap')?.classList.remove('drawing');
  update();
}

function finish(): void {
  if (path.length < 3) { update(); return; }
  const feature: PolygonFeature = { type: 'Feature', properties: { name: t('customDrawn') }, geometry: { type: 'Polygon', coordinates: [[...path, path[0]]] } };
  drawing = false;
  path = [];
  shown = [feature];
  map?.map.doubleClickZoom.enable();
  view?.querySelector('.areas-map-wrap')?.classList.remove('drawing');
  drawnBody = JSON.stringify({ type: 'FeatureCollection', features: [feature] });
  void score(drawnBody);
}

async function upload(file: File): Promise<void> {
  drawing = false;
  path = [];
  drawnBody = undefined;
  view?.querySelector('.areas-map-wrap')?.classList.remove('drawing');
  if (file.size > MAX_BYTES) { shown = []; outcome = { kind: 'error', error: new LocalError(tf('customErrTooBig', { mb: MAX_BYTES >> 20 })) }; update(); return; }
  const text = await file.text();
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch (e) {
    shown = [];
    outcome = { kind: 'error', error: new LocalError(t('customErrJson'), e instanceof Error ? e.message : String(e)) };
    update();
    return;
  }
  shown = polygonsOf(parsed);
  const box = boundsOf(shown);
  if (box) map?.fit([[box[0], box[1]], [box[2], box[3]]]);
  await score(text);
}

async function score(body: string): Promise<void> {
  outcome = { kind: 'busy' };
  update();
  try {
    outcome = { kind: 'result', response: await areasApi.custom(body) };
  } catch (e) {
    outcome = { kind: 'error', error: e };
  }
  update();
}

// The polygons of a GeoJSON document in lon/lat, to draw (RD New coordinates are scored by the API but not drawn).
function polygonsOf(doc: unknown): PolygonFeature[] {
  const d = doc as { type?: string; features?: unknown[]; geometry?: unknown; coordinates?: unknown };
  const items: unknown[] = d?.type === 'FeatureCollection' && Array.isArray(d.features) ? d.features
    : d?.type === 'Feature' ? [d] : d?.type === 'Polygon' || d?.type === 'MultiPolygon' ? [{ type: 'Feature', properties: {}, geometry: d }] : [];
  return items.filter((f): f is PolygonFeature => {
    const g = (f as PolygonFeature | undefined)?.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) return false;
    const first = JSON.stringify(g.coordinates).match(/-?\d+(\.\d+)?/);
    return !!first && Math.abs(Number(first[0])) <= 180;
  });
}

/** A problem found in the browser (before any request): the sentence and, as the technical detail, the parser's message. */
class LocalError extends Error {
  constructor(readonly sentence: string, readonly detail: string = sentence) { super(sentence); }
}

// The API's English details for an unreadable area, as Dutch (or English) sentences.
const known: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/expected complete, valid JSON/, () => t('customErrJson')],
  [/field 'type': found '[^']*'; expected GeoJSON/, () => t('customErrType')],
  [/feature (\d+), field 'geometry': found '([^']*)'; expected a Polygon or MultiPolygon/, m => tf('customErrGeometry', { n: Number(m[1]) + 1, found: m[2] })],
  [/expected at least one polygon feature/, () => t('customErrEmpty')],
  [/feature (\d+), field 'geometry': found 'zero area'/, m => tf('customErrZero', { n: Number(m[1]) + 1 })],
  [/expected coordinates in the Netherlands/, () => t('customErrPlace')],
  [/expected at most (\d+) areas/, m => tf('customErrTooMany', { max: m[1] })],
  [/vertices over all areas/, () => t('customErrVertices')],
];

function uploadError(e: unknown): HTMLElement {
  let sentence: string | undefined;
  let detail = e instanceof Error ? e.message : String(e);
  if (e instanceof LocalError) { sentence = e.sentence; detail = e.detail; }
  else if (e instanceof ApiError && (e.status === 400 || e.status === 413)) {
    for (const [pattern, text] of known) { const m = e.message.match(pattern); if (m) { sentence = text(m); break; } }
    sentence ??= e.status === 413 ? tf('customErrTooBig', { mb: MAX_BYTES >> 20 }) : t('customErrRead');
  }
  if (!sentence) return errorElement(e, t('error'));
  return h('p', { class: 'error custom-error', role: 'alert', title: `${t('errEnglishDetail')}: ${detail}`, 'data-detail': detail }, sentence);
}

function badge(cls: number | undefined, label?: { nl: string; en: string } | null): HTMLElement {
  const known = label ?? context?.meta.classes.find(c => c.class === cls);
  const b = h('span', { class: 'badge', 'data-class': String(cls ?? '') }, known ? (lang() === 'nl' ? known.nl : known.en) : t('noData'));
  b.style.backgroundColor = classColor(cls);
  b.style.color = textOn(cls);
  return b;
}

function answer(r: CustomAreaResponse): HTMLElement[] {
  const [nl, en] = r.method.split(' / ');
  const out: HTMLElement[] = r.areas.map(a => area(a));
  out.push(h('p', { class: 'note custom-method' }, `${(lang() === 'nl' ? nl : en ?? nl).trim()} ${tf('customRelease', { release: r.release })}`));
  return out;
}

function area(a: CustomArea): HTMLElement {
  const box = h('article', { class: 'custom-area', 'data-code': a.code }, h('h3', { class: 'areas-subhead' }, a.name || a.code));
  if (a.repaired) box.append(h('p', { class: 'note' }, t('customRepaired')));
  if (!a.covered || !a.score) { box.append(h('p', { class: 'muted custom-uncovered' }, t('customNotCovered'))); return box; }
  const sc = a.score;
  box.append(h('p', { class: 'headline' }, badge(sc.class, sc.label),
    h('span', { class: 'headline-score', 'data-field': 'afw' }, `${t('deviation')}: ${formatNumber(sc.afw, 4)}`)));
  const range = a.classLow !== null && a.classLow !== undefined && a.classHigh !== null && a.classHigh !== undefined
    ? (a.classLow === a.classHigh ? tf('customClassSingle', { c: a.classLow }) : tf('customClassRange', { low: a.classLow, high: a.classHigh })) : undefined;
  const facts: [string, string, string][] = [];
  if (a.afwLower !== null && a.afwLower !== undefined && a.afwUpper !== null && a.afwUpper !== undefined)
    facts.push(['interval', t('interval90'), `${tf('customInterval', { low: formatNumber(a.afwLower, 3), high: formatNumber(a.afwUpper, 3) })}${range ? ` (${range})` : ''}`]);
  facts.push(['inhabitants', t('customInhabitants'), tf('customInhabitantsValue', { n: formatNumber(a.inhabitants ?? undefined, 0) })]);
  const withCells = a.buurten.filter(b => b.residentShare !== null && b.residentShare !== undefined).length;
  facts.push(['weights', t('customWeights'), a.weights === 'area' ? t('customWeightsArea')
    : withCells > 0 ? tf('customWeightsCells', { n: withCells, m: a.buurten.length }) : t('customWeightsInhabitants')]);
  if (a.shareWeak !== null && a.shareWeak !== undefined)
    facts.push(['shareWeak', t('customShareWeak'), tf('customShareWeakValue', { p: `${formatNumber(a.shareWeak * 100, 1)}%` })]);
  if (a.reliable !== null && a.reliable !== undefined) facts.push(['reliable', t('customReliable'), a.reliable ? t('reliableShort') : t('unreliableShort')]);
  box.append(h('dl', { class: 'custom-facts' }, ...facts.flatMap(([k, term, value]) => [h('dt', {}, term), h('dd', { 'data-field': k }, value)])));
  const dims = context?.meta.dimensions ?? [];
  const val = (k: string) => (sc as unknown as Record<string, number>)[k];
  box.append(h('table', { class: 'data custom-dimensions' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('dimension')), h('th', { scope: 'col', class: 'num' }, t('score')))),
    h('tbody', {}, ...dims.map(d => h('tr', {}, h('th', { scope: 'row' }, lang() === 'nl' ? d.nl : d.en),
      h('td', { class: 'num', 'data-dimension': d.code }, formatNumber(val(d.code), 3)))))));
  const total = a.buurten.reduce((sum, b) => sum + b.weight, 0);
  box.append(h('h4', {}, t('customBreakdown')), h('div', { class: 'table-scroll' }, h('table', { class: 'data custom-breakdown' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('buurt').replace(/^./, c => c.toUpperCase())), h('th', { scope: 'col' }, t('classLabel')),
      h('th', { scope: 'col', class: 'num' }, 'afw'), h('th', { scope: 'col', class: 'num' }, t('customShare')),
      h('th', { scope: 'col', class: 'num' }, t('customBuurtInhabitants')), h('th', { scope: 'col', class: 'num' }, t('customWeight')))),
    h('tbody', {}, ...a.buurten.map(b => {
      const open = h('button', { type: 'button', class: 'link', 'data-code': b.code }, b.name || b.code);
      open.addEventListener('click', () => context?.onSelect(b.code));
      const bb = badge(b.class);
      bb.classList.add('small-badge');
      return h('tr', { 'data-code': b.code },
        h('th', { scope: 'row' }, open, h('br'), h('span', { class: 'muted small' }, `${b.code}${b.gemeente ? ` · ${b.gemeente}` : ''}`)),
        h('td', {}, bb), h('td', { class: 'num' }, formatNumber(b.afw, 4)), h('td', { class: 'num', 'data-field': 'share' }, `${formatNumber(b.share * 100, 1)}%`,
          ...(b.residentShare !== null && b.residentShare !== undefined
            ? [h('br'), h('span', { class: 'muted small', 'data-field': 'residentShare' }, tf('customResidentShare', { p: `${formatNumber(b.residentShare * 100, 1)}%` }))] : [])),
        h('td', { class: 'num' }, formatNumber(b.inhabitants, 0)), h('td', { class: 'num' }, total > 0 ? `${formatNumber(b.weight / total * 100, 1)}%` : '—'));
    })))));
  return box;
}

/** Shows an area found with the search box on the drawing map. */
export function focusCustomMap(bbox: number[] | undefined): void {
  if (map && bbox?.length === 4) map.fit([[bbox[0], bbox[1]], [bbox[2], bbox[3]]]);
}

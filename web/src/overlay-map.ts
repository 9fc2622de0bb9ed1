// The class map (map.ts) with overlays for the set and custom-area views: a set's buurten outlined, its ring of
// neighbouring buurten dashed, and drawn or uploaded polygons (with the vertices of one being drawn).
import type { GeoJSONSource, LngLatBoundsLike, MapMouseEvent } from 'maplibre-gl';
import type { ClassLabel } from './api';
import { CLASS_COLORS } from './colors';
import { clear, h } from './dom';
import { lang, t } from './i18n';
import { AreaMap, type MapOptions } from './map';

export { RING_COLOR, SET_COLOR } from './colors';
export const DRAWN_COLOR = '#1a4fd6';

type Position = [number, number];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
export interface PolygonFeature { type: 'Feature'; properties: Record<string, unknown>; geometry: Geometry }

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

// Hook for the browser tests: each view's overlay map by name ('sets', 'custom').
declare global { interface Window { leefbaarOverlays?: Record<string, OverlayMap> } }

export class OverlayMap {
  readonly area: AreaMap;
  private ready = false;
  private readonly pending: (() => void)[] = [];

  constructor(options: MapOptions, name: string) {
    this.area = new AreaMap(options);
    window.leefbaarOverlays = { ...window.leefbaarOverlays, [name]: this };
    const map = this.area.map;
    map.once('load', () => {
      map.addSource('drawn', { type: 'geojson', data: EMPTY });
      map.addLayer({ id: 'drawn-fill', type: 'fill', source: 'drawn', filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]], paint: { 'fill-color': DRAWN_COLOR, 'fill-opacity': 0.18 } });
      map.addLayer({ id: 'drawn-line', type: 'line', source: 'drawn', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': DRAWN_COLOR, 'line-width': 3 } });
      map.addLayer({ id: 'drawn-vertex', type: 'circle', source: 'drawn', filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-radius': ['case', ['get', 'first'], 7, 5], 'circle-color': '#ffffff', 'circle-stroke-color': DRAWN_COLOR, 'circle-stroke-width': 2.5 } });
      this.ready = true;
      for (const f of this.pending.splice(0)) f();
    });
  }

  get map() { return this.area.map; }

  private whenReady(f: () => void): void {
    if (this.ready) f(); else this.pending.push(f);
  }

  /** Outlines the set's buurten and dashes its ring. */
  showSet(members: string[], ring: string[]): void { this.area.showSet(members, ring); }

  /** Draws finished polygons, an open path being drawn (a line) and its vertices. */
  showDrawn(polygons: PolygonFeature[], path: Position[] = []): void {
    this.whenReady(() => {
      const features: unknown[] = [...polygons];
      if (path.length >= 2) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: path } });
      path.forEach((p, i) => features.push({ type: 'Feature', properties: { first: i === 0 }, geometry: { type: 'Point', coordinates: p } }));
      (this.map.getSource('drawn') as GeoJSONSource).setData({ type: 'FeatureCollection', features } as Parameters<GeoJSONSource['setData']>[0]);
    });
  }

  fit(bounds: LngLatBoundsLike): void {
    this.whenReady(() => this.map.fitBounds(bounds, { padding: 50, maxZoom: 15, duration: 0 }));
  }

  onClick(f: (e: MapMouseEvent) => void): void { this.map.on('click', f); }

  /** The distinct buurt codes an overlay draws on screen now (overlay-set, overlay-ring). */
  renderedCodes(layer: 'overlay-set' | 'overlay-ring'): string[] {
    return this.ready ? this.area.renderedSetCodes(layer === 'overlay-set' ? 'set-outline' : 'set-ring') : [];
  }

  resize(): void { this.area.resize(); }
}

/** The bounding box [west, south, east, north] of polygon features, or undefined for none. */
export function boundsOf(features: PolygonFeature[]): [number, number, number, number] | undefined {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (p: Position) => { w = Math.min(w, p[0]); e = Math.max(e, p[0]); s = Math.min(s, p[1]); n = Math.max(n, p[1]); };
  for (const f of features) {
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) for (const p of ring) visit(p);
  }
  return Number.isFinite(w) ? [w, s, e, n] : undefined;
}

/** The map's key: what each overlay line means, then the nine class colours as one strip (1 … 9) under a title. */
export function overlayKey(el: HTMLElement, classes: ClassLabel[], title: string, lines: ['set' | 'ring' | 'drawn', string][]): void {
  clear(el);
  const name = (c: number) => { const l = classes.find(x => x.class === c); return l ? (lang() === 'nl' ? l.nl : l.en) : String(c); };
  const strip = h('span', { class: 'key-strip' }, ...CLASS_COLORS.map((c, i) => { const x = h('span', { title: `${i + 1} ${name(i + 1)}` }, String(i + 1)); x.style.backgroundColor = c; x.style.color = i <= 1 || i >= 7 ? '#fff' : '#1a1a1a'; return x; }));
  el.append(h('ul', {}, ...lines.map(([kind, text]) => h('li', { 'data-key': kind }, h('span', { class: `line-swatch ${kind}`, 'aria-hidden': 'true' }), text))),
    h('p', { class: 'key-title' }, `${title} — ${t('legendTitle')}`), strip,
    h('p', { class: 'key-range muted' }, `1 ${name(1)} … 9 ${name(9)}`));
}

/** Scrolls the phone's sideways-scrolling row of view buttons so the chosen view's button shows. */
export function revealViewButton(view: string): void {
  requestAnimationFrame(() => {
    const b = document.querySelector<HTMLElement>(`[data-view="${view}"]`);
    const nav = b?.parentElement;
    if (!b || !nav || nav.scrollWidth <= nav.clientWidth) return;
    const over = b.getBoundingClientRect().right - nav.getBoundingClientRect().right;
    if (over > 0) nav.scrollBy({ left: over + 4, behavior: 'instant' });
  });
}

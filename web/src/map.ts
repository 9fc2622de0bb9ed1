// The MapLibre map drawn from Leefbaar's own vector tiles, one source per level, switching level with the zoom and
// colouring areas by the class of the chosen measure, source and year; over a raster background map only when
// `serve --basemap` configured one (offline the own boundaries and place labels are the orientation).
import { Map as MapLibre, NavigationControl, setWorkerUrl, type ExpressionSpecification, type StyleSpecification, type VectorTileSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CLASS_COLORS, NO_DATA, RING_COLOR, SET_COLOR } from './colors';
import type { Measure, Source } from './state';
import type { Basemap } from './api';

setWorkerUrl(workerUrl);

export interface LevelRange { level: string; min: number; max: number }

// Zoom from which each level is drawn when all exist: gemeenten below 10, wijken 10–12, buurten from 12.
const DEFAULT_MIN: Record<string, number> = { gemeente: 0, wijk: 10, buurt: 12 };

// The zoom ranges of the levels that have boundaries: a level without boundaries (the demo store has no wijken)
// hands its range to the next finer level, so every zoom draws something.
export function levelRanges(available: string[] | undefined): LevelRange[] {
  const order = Object.keys(DEFAULT_MIN);
  const present = order.filter(l => !available || available.includes(l));
  const levels = present.length ? present : order;
  return levels.map((level, i) => {
    const previous = i === 0 ? undefined : levels[i - 1];
    const min = previous === undefined ? 0 : DEFAULT_MIN[order[order.indexOf(previous) + 1]];
    const next = levels[i + 1];
    const max = next === undefined ? 24 : DEFAULT_MIN[order[order.indexOf(level) + 1]];
    return { level, min, max };
  });
}

export interface MapOptions {
  container: HTMLElement; year: number; measure: Measure; source: Source;
  center?: [number, number]; zoom?: number; extent?: number[]; levels?: string[];
  onSelect: (code: string) => void; onMove: (zoom: number, lat: number, lon: number) => void;
  onLevel: (level: string | undefined) => void;
  basemap?: Basemap;
  /** The hover tooltip's content for a feature's properties (undefined: no tooltip). */
  hoverContent?: (properties: Record<string, unknown>) => HTMLElement | undefined;
}

export class AreaMap {
  readonly map: MapLibre;
  readonly ranges: LevelRange[];
  private readonly fillLayers: string[];
  private year: number;
  private readonly tooltip: HTMLDivElement;
  private readonly snapshot: HTMLImageElement;
  private snapshotUrl: string | undefined;
  // Style changes wait for the style: MapLibre throws "Style is not done loading" before it (a link opening at a
  // level or year without official scores switches source while the style still loads).
  private styleReady = false;
  private readonly pending: (() => void)[] = [];

  constructor(private readonly o: MapOptions) {
    this.year = o.year;
    this.ranges = levelRanges(o.levels);
    this.fillLayers = this.ranges.map(l => `${l.level}-fill`);
    // Open on the served data: the extent of all boundaries from /meta (the whole country only as a fallback).
    const extent = o.extent && o.extent.length === 4 ? o.extent : [3.3, 50.75, 7.25, 53.55];
    this.map = new MapLibre({
      container: o.container,
      style: this.style(),
      bounds: o.center ? undefined : [[extent[0], extent[1]], [extent[2], extent[3]]],
      // Keep the data clear of the legend in the bottom-right corner.
      fitBoundsOptions: { padding: { top: 24, left: 56, bottom: 24, right: Math.min(270, o.container.clientWidth * 0.3) } },
      center: o.center, zoom: o.zoom,
      maxZoom: 16, minZoom: 5, attributionControl: false, dragRotate: false, pitchWithRotate: false,
      // Kept so the drawn map can be copied into the print snapshot; without it a printed map is blank.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.once('load', () => { this.styleReady = true; for (const f of this.pending.splice(0)) f(); });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    this.map.on('click', e => {
      const hit = this.map.queryRenderedFeatures(e.point, { layers: this.fillLayers })[0];
      const code = hit?.properties?.code;
      if (typeof code === 'string') o.onSelect(code);
    });
    for (const layer of this.fillLayers) {
      this.map.on('mouseenter', layer, () => { this.map.getCanvas().style.cursor = 'pointer'; });
      this.map.on('mouseleave', layer, () => { this.map.getCanvas().style.cursor = ''; this.tooltip.hidden = true; });
    }
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'map-tooltip';
    this.tooltip.hidden = true;
    this.tooltip.setAttribute('role', 'tooltip');
    o.container.append(this.tooltip);
    this.map.on('mousemove', e => this.hover(e.point));
    this.map.on('movestart', () => { this.tooltip.hidden = true; });
    // Print shows an image of the last drawn map: the live canvas is resized (and cleared) when the print layout
    // applies, too late for the printer.
    this.snapshot = document.createElement('img');
    this.snapshot.className = 'map-snapshot';
    this.snapshot.alt = '';
    o.container.append(this.snapshot);
    this.map.on('idle', () => this.takeSnapshot());
    let level = this.currentLevel();
    this.map.on('moveend', () => { const c = this.map.getCenter(); o.onMove(this.map.getZoom(), c.lat, c.lng); });
    this.map.on('zoomend', () => { const now = this.currentLevel(); if (now !== level) { level = now; o.onLevel(now); } });
  }

  private hover(point: { x: number; y: number }): void {
    const hit = this.o.hoverContent ? this.map.queryRenderedFeatures([point.x, point.y], { layers: this.fillLayers })[0] : undefined;
    const content = hit ? this.o.hoverContent!(hit.properties ?? {}) : undefined;
    if (!content) { this.tooltip.hidden = true; return; }
    this.tooltip.replaceChildren(content);
    this.tooltip.hidden = false;
    // Beside the pointer, flipped to stay inside the map.
    const box = this.o.container.getBoundingClientRect();
    const w = this.tooltip.offsetWidth, hgt = this.tooltip.offsetHeight;
    const x = point.x + 14 + w > box.width ? point.x - 14 - w : point.x + 14;
    const y = point.y + 14 + hgt > box.height ? point.y - 14 - hgt : point.y + 14;
    this.tooltip.style.left = `${Math.max(0, x)}px`;
    this.tooltip.style.top = `${Math.max(0, y)}px`;
  }

  private takeSnapshot(): void {
    this.map.getCanvas().toBlob(blob => {
      if (!blob) return;
      if (this.snapshotUrl) URL.revokeObjectURL(this.snapshotUrl);
      this.snapshotUrl = URL.createObjectURL(blob);
      this.snapshot.src = this.snapshotUrl;
    });
  }

  private tileUrl(level: string): string {
    return `${location.origin}/api/v1/tiles/${level}/{z}/{x}/{y}.pbf?year=${this.year}`;
  }

  private style(): StyleSpecification {
    const sources: StyleSpecification['sources'] = {};
    const layers: StyleSpecification['layers'] = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } }];
    const base = this.o.basemap;
    if (base) {
      sources.basemap = { type: 'raster', tiles: [base.tiles], tileSize: 256, maxzoom: base.maxZoom, attribution: base.attribution };
      layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
    }
    // Over a background map the classes stay readable but streets and water show through.
    const opacity = base ? 0.72 : 0.9;
    for (const l of this.ranges) {
      sources[l.level] = { type: 'vector', tiles: [this.tileUrl(l.level)], minzoom: 0, maxzoom: 14, promoteId: 'code' };
      layers.push({
        id: `${l.level}-fill`, type: 'fill', source: l.level, 'source-layer': l.level, minzoom: l.min, maxzoom: l.max,
        paint: { 'fill-color': this.colorExpression(this.o.measure, this.o.source), 'fill-opacity': opacity },
      });
      layers.push({
        id: `${l.level}-line`, type: 'line', source: l.level, 'source-layer': l.level, minzoom: l.min, maxzoom: l.max,
        paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
      });
      layers.push({
        id: `${l.level}-selected`, type: 'line', source: l.level, 'source-layer': l.level, minzoom: l.min, maxzoom: l.max,
        filter: ['==', ['get', 'code'], ''], paint: { 'line-color': '#111111', 'line-width': 3 },
      });
    }
    // An area set's buurten outlined and its ring of neighbouring buurten dashed (set-overlay.ts, the set and
    // custom-area views), from zoom 7: a set may span the country, and the outlines are the point of it.
    if (this.ranges.some(l => l.level === 'buurt')) {
      layers.push({ id: 'set-ring', type: 'line', source: 'buurt', 'source-layer': 'buurt', minzoom: 7, filter: ['in', ['get', 'code'], ['literal', []]],
        paint: { 'line-color': RING_COLOR, 'line-width': 2.2, 'line-dasharray': [2, 1.5] } });
      layers.push({ id: 'set-outline', type: 'line', source: 'buurt', 'source-layer': 'buurt', minzoom: 7, filter: ['in', ['get', 'code'], ['literal', []]],
        paint: { 'line-color': SET_COLOR, 'line-width': 3.2 } });
    }
    // Gemeente borders stay visible over wijken and buurten for orientation.
    const gemeente = this.ranges.find(l => l.level === 'gemeente');
    if (gemeente && gemeente.max < 24) layers.push({ id: 'gemeente-outline', type: 'line', source: 'gemeente', 'source-layer': 'gemeente', minzoom: gemeente.max,
      paint: { 'line-color': '#333333', 'line-width': 1.2 } });
    return { version: 8, sources, layers };
  }

  private colorExpression(measure: Measure, source: Source): ExpressionSpecification {
    const prop = `${source === 'model' ? 'm' : 'o'}_${measure === 'afw' ? 'kscore' : 'k' + measure}`;
    const stops: (number | string)[] = [];
    CLASS_COLORS.forEach((c, i) => stops.push(i + 1, c));
    return ['match', ['coalesce', ['get', prop], 0], ...stops, NO_DATA] as unknown as ExpressionSpecification;
  }

  private whenReady(f: () => void): void {
    if (this.styleReady) f(); else this.pending.push(f);
  }

  setColoring(measure: Measure, source: Source): void {
    if (!this.styleReady) { this.whenReady(() => this.setColoring(measure, source)); return; }
    for (const layer of this.fillLayers) this.map.setPaintProperty(layer, 'fill-color', this.colorExpression(measure, source));
  }

  setYear(year: number): void {
    if (year === this.year) return;
    if (!this.styleReady) { this.whenReady(() => this.setYear(year)); return; }
    this.year = year;
    for (const l of this.ranges) (this.map.getSource(l.level) as VectorTileSource | undefined)?.setTiles([this.tileUrl(l.level)]);
  }

  select(code: string | undefined, bbox?: number[]): void {
    if (!this.styleReady) { this.whenReady(() => this.select(code, bbox)); return; }
    for (const l of this.ranges) this.map.setFilter(`${l.level}-selected`, ['==', ['get', 'code'], code ?? '']);
    if (bbox && bbox.length === 4) this.map.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { padding: 60, maxZoom: 14, duration: 600 });
  }

  /** Outlines a set's buurten and dashes its ring (empty lists: none); false when the map has no buurt boundaries. */
  showSet(members: string[], ring: string[]): boolean {
    if (!this.ranges.some(l => l.level === 'buurt')) return false;
    if (!this.styleReady) { this.whenReady(() => this.showSet(members, ring)); return true; }
    this.map.setFilter('set-outline', ['in', ['get', 'code'], ['literal', members]]);
    this.map.setFilter('set-ring', ['in', ['get', 'code'], ['literal', ring]]);
    return true;
  }

  /** The distinct buurt codes the set layers draw on screen now. */
  renderedSetCodes(layer: 'set-outline' | 'set-ring'): string[] {
    if (!this.styleReady || !this.map.getLayer(layer)) return [];
    return [...new Set(this.map.queryRenderedFeatures({ layers: [layer] }).map(f => String(f.properties?.code)))].sort();
  }

  // The level drawn at the current zoom.
  currentLevel(): string | undefined {
    const z = this.map.getZoom();
    return this.ranges.find(r => z >= r.min && z < r.max)?.level;
  }

  renderedFeatureCount(): number {
    return this.map.queryRenderedFeatures({ layers: this.fillLayers }).length;
  }

  resize(): void { this.map.resize(); }
}

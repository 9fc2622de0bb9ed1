// The MapLibre map drawn only from Leefbaar's own vector tiles (no external base map), one source per level,
// switching level with the zoom and colouring areas by the class of the chosen measure, source and year.
import { Map as MapLibre, NavigationControl, setWorkerUrl, type ExpressionSpecification, type StyleSpecification, type VectorTileSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CLASS_COLORS, NO_DATA } from './colors';
import type { Measure, Source } from './state';

setWorkerUrl(workerUrl);

// Zoom ranges per level: gemeenten below 10, wijken 10–12, buurten from 12.
const LEVELS: { level: string; min: number; max: number }[] = [
  { level: 'gemeente', min: 0, max: 10 },
  { level: 'wijk', min: 10, max: 12 },
  { level: 'buurt', min: 12, max: 24 },
];
const FILL_LAYERS = LEVELS.map(l => `${l.level}-fill`);

export interface MapOptions {
  container: HTMLElement; year: number; measure: Measure; source: Source;
  center?: [number, number]; zoom?: number; extent?: number[];
  onSelect: (code: string) => void; onMove: (zoom: number, lat: number, lon: number) => void;
}

export class AreaMap {
  readonly map: MapLibre;
  private year: number;

  constructor(private readonly o: MapOptions) {
    this.year = o.year;
    const extent = o.extent && o.extent.length === 4 ? o.extent : [3.3, 50.75, 7.25, 53.55];
    this.map = new MapLibre({
      container: o.container,
      style: this.style(),
      bounds: o.center ? undefined : [[extent[0], extent[1]], [extent[2], extent[3]]],
      center: o.center, zoom: o.zoom,
      maxZoom: 16, minZoom: 5, attributionControl: false, dragRotate: false, pitchWithRotate: false,
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    this.map.on('click', e => {
      const hit = this.map.queryRenderedFeatures(e.point, { layers: FILL_LAYERS })[0];
      const code = hit?.properties?.code;
      if (typeof code === 'string') o.onSelect(code);
    });
    for (const layer of FILL_LAYERS) {
      this.map.on('mouseenter', layer, () => { this.map.getCanvas().style.cursor = 'pointer'; });
      this.map.on('mouseleave', layer, () => { this.map.getCanvas().style.cursor = ''; });
    }
    this.map.on('moveend', () => { const c = this.map.getCenter(); o.onMove(this.map.getZoom(), c.lat, c.lng); });
  }

  private tileUrl(level: string): string {
    return `${location.origin}/api/v1/tiles/${level}/{z}/{x}/{y}.pbf?year=${this.year}`;
  }

  private style(): StyleSpecification {
    const sources: StyleSpecification['sources'] = {};
    const layers: StyleSpecification['layers'] = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } }];
    for (const l of LEVELS) {
      sources[l.level] = { type: 'vector', tiles: [this.tileUrl(l.level)], minzoom: 0, maxzoom: 14, promoteId: 'code' };
      layers.push({
        id: `${l.level}-fill`, type: 'fill', source: l.level, 'source-layer': l.level, minzoom: l.min, maxzoom: l.max,
        paint: { 'fill-color': this.colorExpression(this.o.measure, this.o.source), 'fill-opacity': 0.9 },
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
    // Gemeente borders stay visible over wijken and buurten for orientation.
    layers.push({ id: 'gemeente-outline', type: 'line', source: 'gemeente', 'source-layer': 'gemeente', minzoom: 10,
      paint: { 'line-color': '#333333', 'line-width': 1.2 } });
    return { version: 8, sources, layers };
  }

  private colorExpression(measure: Measure, source: Source): ExpressionSpecification {
    const prop = `${source === 'model' ? 'm' : 'o'}_${measure === 'afw' ? 'kscore' : 'k' + measure}`;
    const stops: (number | string)[] = [];
    CLASS_COLORS.forEach((c, i) => stops.push(i + 1, c));
    return ['match', ['coalesce', ['get', prop], 0], ...stops, NO_DATA] as unknown as ExpressionSpecification;
  }

  setColoring(measure: Measure, source: Source): void {
    for (const layer of FILL_LAYERS) this.map.setPaintProperty(layer, 'fill-color', this.colorExpression(measure, source));
  }

  setYear(year: number): void {
    if (year === this.year) return;
    this.year = year;
    for (const l of LEVELS) (this.map.getSource(l.level) as VectorTileSource | undefined)?.setTiles([this.tileUrl(l.level)]);
  }

  select(code: string | undefined, bbox?: number[]): void {
    for (const l of LEVELS) this.map.setFilter(`${l.level}-selected`, ['==', ['get', 'code'], code ?? '']);
    if (bbox && bbox.length === 4) this.map.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { padding: 60, maxZoom: 14, duration: 600 });
  }

  renderedFeatureCount(): number {
    return this.map.queryRenderedFeatures({ layers: FILL_LAYERS }).length;
  }

  resize(): void { this.map.resize(); }
}

// A map of one level for an analysis result: Leefbaar's own boundary tiles, each area coloured by a value the
// analysis gives it (development class, LISA cluster) through MapLibre feature state, grey where it has none.
import { Map as MapLibre, NavigationControl, type ExpressionSpecification } from 'maplibre-gl';
import { NO_DATA } from './colors';

export interface AnalysisMapOptions { container: HTMLElement; extent?: number[]; onSelect: (code: string) => void }

export class AnalysisMap {
  readonly map: MapLibre;
  private level?: string;
  private codes: string[] = [];
  private readonly loaded: Promise<void>;

  constructor(o: AnalysisMapOptions) {
    const extent = o.extent && o.extent.length === 4 ? o.extent : [3.3, 50.75, 7.25, 53.55];
    this.map = new MapLibre({
      container: o.container,
      style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } }] },
      bounds: [[extent[0], extent[1]], [extent[2], extent[3]]], fitBoundsOptions: { padding: 24 },
      maxZoom: 16, minZoom: 5, attributionControl: false, dragRotate: false, pitchWithRotate: false,
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    this.map.on('click', e => {
      const hit = this.level ? this.map.queryRenderedFeatures(e.point, { layers: ['analysis-fill'] })[0] : undefined;
      const code = hit?.properties?.code;
      if (typeof code === 'string') o.onSelect(code);
    });
    this.map.on('mouseenter', 'analysis-fill', () => { this.map.getCanvas().style.cursor = 'pointer'; });
    this.map.on('mouseleave', 'analysis-fill', () => { this.map.getCanvas().style.cursor = ''; });
    this.loaded = new Promise(resolve => this.map.once('load', () => resolve()));
  }

  // Shows one level (boundaries of the given year) with a colour per value; values are matched as text.
  async show(level: string, year: number, values: Map<string, string>, palette: Record<string, string>): Promise<void> {
    await this.loaded;
    if (this.level !== level) {
      if (this.level) { this.map.removeLayer('analysis-fill'); this.map.removeLayer('analysis-line'); this.map.removeSource('analysis'); }
      this.map.addSource('analysis', {
        type: 'vector', tiles: [`${location.origin}/api/v1/tiles/${level}/{z}/{x}/{y}.pbf?year=${year}`], minzoom: 0, maxzoom: 14, promoteId: 'code',
      });
      this.map.addLayer({ id: 'analysis-fill', type: 'fill', source: 'analysis', 'source-layer': level, paint: { 'fill-opacity': 0.92 } });
      this.map.addLayer({ id: 'analysis-line', type: 'line', source: 'analysis', 'source-layer': level, paint: { 'line-color': '#ffffff', 'line-width': 0.5 } });
      this.level = level;
      this.codes = [];
    }
    for (const code of this.codes) this.map.removeFeatureState({ source: 'analysis', sourceLayer: level, id: code });
    this.codes = [...values.keys()];
    for (const [code, v] of values) this.map.setFeatureState({ source: 'analysis', sourceLayer: level, id: code }, { v });
    const stops = Object.entries(palette).flat();
    this.map.setPaintProperty('analysis-fill', 'fill-color',
      ['match', ['to-string', ['coalesce', ['feature-state', 'v'], '']], ...stops, NO_DATA] as unknown as ExpressionSpecification);
  }

  renderedFeatureCount(): number {
    return this.level ? this.map.queryRenderedFeatures({ layers: ['analysis-fill'] }).length : 0;
  }

  resize(): void { this.map.resize(); }
}

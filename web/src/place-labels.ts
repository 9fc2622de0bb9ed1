// The map's own place names, drawn as HTML over the canvas so they need no font server (MapLibre's text layers need
// glyph files from a server, which an offline map does not have): gemeenten from zoom 6 to 11, wijken from 11, the
// largest (most buurten) first, a label skipped where it would overlap one already placed.
import type { Map as MapLibre } from 'maplibre-gl';
import type { Place } from './api';

const WIJK_FROM_ZOOM = 11;
const GEMEENTE_FROM_ZOOM = 6;
const MAX_LABELS = 80;

// CBS names a gemeente "Utrecht (gemeente)" where a province shares its name; on the map the suffix only takes room.
function shortName(name: string): string { return name.replace(/ \(gemeente\)$/, ''); }

export class PlaceLabels {
  private readonly layer: HTMLDivElement;
  private frame = 0;

  constructor(private readonly map: MapLibre, private readonly places: Place[]) {
    this.layer = document.createElement('div');
    this.layer.className = 'place-labels';
    this.layer.setAttribute('aria-hidden', 'true'); // the names are in the search and the profile; this is orientation
    map.getContainer().append(this.layer);
    const schedule = () => { if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); }); };
    map.on('move', schedule);
    map.on('resize', schedule);
    schedule();
  }

  // Each name's rendered size plus a small margin, measured once in the label font (a hidden span in the layer).
  private readonly sizes = new Map<string, [number, number]>();
  private size(p: Place): [number, number] {
    let size = this.sizes.get(p.code);
    if (size === undefined) {
      const probe = document.createElement('span');
      probe.className = `place-label place-${p.level}`;
      probe.style.visibility = 'hidden';
      probe.textContent = shortName(p.name);
      this.layer.append(probe);
      const box = probe.getBoundingClientRect();
      probe.remove();
      size = [box.width + 6, box.height + 2];
      this.sizes.set(p.code, size);
    }
    return size;
  }

  private draw(): void {
    const zoom = this.map.getZoom();
    const level = zoom >= WIJK_FROM_ZOOM ? 'wijk' : zoom >= GEMEENTE_FROM_ZOOM ? 'gemeente' : undefined;
    const width = this.map.getContainer().clientWidth, height = this.map.getContainer().clientHeight;
    const taken: { x0: number; y0: number; x1: number; y1: number }[] = [];
    const labels: HTMLElement[] = [];
    if (level) {
      for (const p of this.places) {
        if (p.level !== level) continue;
        const { x, y } = this.map.project([p.lon, p.lat]);
        const [w, hgt] = this.size(p);
        const box = { x0: x - w / 2, y0: y - hgt / 2, x1: x + w / 2, y1: y + hgt / 2 };
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue; // no name cut off at the edge
        if (taken.some(b => box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0)) continue;
        taken.push(box);
        const el = document.createElement('span');
        el.className = `place-label place-${p.level}`;
        el.dataset.code = p.code;
        el.textContent = shortName(p.name);
        el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
        labels.push(el);
        if (labels.length >= MAX_LABELS) break;
      }
    }
    this.layer.replaceChildren(...labels);
  }
}

// The main map's set layer: a choice among the stored area sets (GET /api/v1/sets). The chosen set's buurten are
// outlined on the class map and its ring of neighbouring buurten dashed (GET /api/v1/sets/{id}), with a key that
// counts both and a button to the set's report in the Sets view.
import { api } from './api';
import { areasApi, type AreaSetList, type AreaSetReport } from './areas-api';
import { clear, h } from './dom';
import { errorElement } from './errors';
import { t, tf } from './i18n';
import type { AreaMap } from './map';
import './areas.css';

export interface SetOverlayOptions {
  map: AreaMap; selected?: string;
  onChange: (id: string | undefined) => void; onOpen: (id: string) => void;
}

/** The union of the member gemeenten's boxes: a set is a handful of gemeenten, and its ring lies in or next to them. */
export async function setBounds(r: AreaSetReport): Promise<[[number, number], [number, number]] | undefined> {
  const gemeenten = [...new Set(r.members.map(m => m.gemeente).filter((g): g is string => !!g))].slice(0, 25);
  const boxes = (await Promise.all(gemeenten.map(g => api.profile(g).then(p => p.bbox, () => undefined))))
    .filter((b): b is number[] => !!b && b.length === 4);
  if (!boxes.length) return undefined;
  return [[Math.min(...boxes.map(b => b[0])), Math.min(...boxes.map(b => b[1]))], [Math.max(...boxes.map(b => b[2])), Math.max(...boxes.map(b => b[3]))]];
}

export class SetOverlay {
  private list: AreaSetList | undefined;
  private report: AreaSetReport | undefined;
  private error: unknown;

  constructor(private readonly el: HTMLElement, private readonly o: SetOverlayOptions) {}

  /** Loads the list (and the set named in the link, without moving the camera the link set). */
  async start(): Promise<void> {
    try { this.list = await areasApi.sets(); } catch { this.list = undefined; }
    if (this.o.selected && this.list?.sets.some(x => x.id === this.o.selected)) await this.choose(this.o.selected, false);
    this.render();
  }

  private async choose(id: string | undefined, fit: boolean): Promise<void> {
    this.report = undefined;
    this.error = undefined;
    this.o.map.showSet([], []);
    if (id) {
      try {
        this.report = await areasApi.set(id);
        this.o.map.showSet(this.report.members.map(m => m.code), this.report.ring);
        if (fit) { const b = await setBounds(this.report); if (b) this.o.map.map.fitBounds(b, { padding: 50, maxZoom: 14, duration: 0 }); }
      } catch (e) { this.error = e; }
    }
    this.render();
  }

  /** Draws the control in the current language (again after a language change). */
  render(): void {
    const sets = this.list?.sets ?? [];
    this.el.hidden = sets.length === 0 || !this.o.map.ranges.some(r => r.level === 'buurt');
    clear(this.el);
    if (this.el.hidden) return;
    const chosen = this.report?.id;
    const select = h('select', { id: 'set-overlay-select' },
      h('option', { value: '', selected: !chosen }, t('setOverlayNone')),
      ...sets.map(x => h('option', { value: x.id, selected: x.id === chosen }, `${x.name} (${tf('setsBuurten', { n: x.buurten })})`)));
    select.addEventListener('change', () => { const id = select.value || undefined; this.o.onChange(id); void this.choose(id, true); });
    this.el.append(h('label', { for: 'set-overlay-select', class: 'set-overlay-label' }, t('setOverlay')), select);
    if (this.error) { this.el.append(errorElement(this.error, t('error'))); return; }
    const r = this.report;
    if (!r) return;
    const open = h('button', { type: 'button', class: 'link set-overlay-open' }, t('setOverlayOpen'));
    open.addEventListener('click', () => this.o.onOpen(r.id));
    this.el.append(h('ul', { class: 'set-overlay-key' },
      h('li', { 'data-key': 'set' }, h('span', { class: 'line-swatch set', 'aria-hidden': 'true' }), tf('setOverlayMembers', { n: new Set(r.members.map(m => m.code)).size })),
      h('li', { 'data-key': 'ring' }, h('span', { class: 'line-swatch ring', 'aria-hidden': 'true' }), tf('setOverlayRing', { n: r.ring.length }))), open);
  }
}

// The profile panel as a bottom sheet on phones: a peek (name and class) under the map, or opened to read the
// profile with a strip of map left above it. On wider screens the toggle is hidden and the panel is a side column.
import { byId } from './dom';
import { t } from './i18n';

export type SheetState = 'peek' | 'open';

export interface Sheet { set: (state: SheetState) => void; state: () => SheetState; translate: () => void }

/** Wires the toggle; <paramref name="onResize"/> runs after the map's share of the screen changed. */
export function setupSheet(onResize: () => void): Sheet {
  const sheet = byId('sheet');
  const toggle = byId<HTMLButtonElement>('sheet-toggle');
  const translate = () => {
    const open = sheet.dataset.state === 'open';
    toggle.textContent = open ? t('sheetClose') : t('sheetOpen');
    toggle.setAttribute('aria-expanded', String(open));
  };
  const set = (state: SheetState) => {
    if (sheet.dataset.state === state) return;
    sheet.dataset.state = state;
    translate();
    onResize();
  };
  toggle.addEventListener('click', () => set(sheet.dataset.state === 'open' ? 'peek' : 'open'));
  translate();
  return { set, state: () => (sheet.dataset.state === 'open' ? 'open' : 'peek'), translate };
}

/** True when the page uses the phone layout (the same width as the stylesheet's breakpoint). */
export function isPhone(): boolean {
  return window.matchMedia('(max-width: 700px)').matches;
}

// Nine classes from orange (zeer onvoldoende) to green (uitstekend): a diverging orange–teal-green scale in the
// spirit of ColorBrewer BrBG, distinguishable under the common colour-vision deficiencies because lightness
// falls away from the neutral middle on both sides. No-data areas are drawn in neutral grey.
export const CLASS_COLORS = ['#7f3b08', '#b35806', '#e08214', '#fdb863', '#f1ead7', '#c7eae5', '#80cdc1', '#35978f', '#01665e'];
export const NO_DATA = '#d0d0d0';
// An area set's outline and its ring of neighbouring buurten on the maps.
export const SET_COLOR = '#111111';
export const RING_COLOR = '#6a3d9a';

export function classColor(cls: number | undefined): string {
  return cls !== undefined && cls >= 1 && cls <= 9 ? CLASS_COLORS[cls - 1] : NO_DATA;
}

// Text colour with AA contrast on a class swatch.
export function textOn(cls: number | undefined): string {
  return cls !== undefined && (cls <= 2 || cls >= 8) ? '#ffffff' : '#1a1a1a';
}

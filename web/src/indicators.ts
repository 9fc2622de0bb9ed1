// Readable indicator names with units and the theme each indicator belongs to. The catalogue (/api/v1/indicators)
// names the observed indicators; the model's context inputs are built from them by code (ge_/wi_: the gemeente's or
// wijk's value, lag1k_/lag3k_: the average within 1 or 3 km, log_: on a log scale), so their names are composed here
// from the base indicator's name instead of showing "owner_occupied_pct van de wijk".
import { formatNumber, lang } from './i18n';

interface Entry { nl: string; en: string; unit: string; role?: string }

const catalogue = new Map<string, Entry>();

/** Loads the catalogue's names and units. */
export function setCatalogue(list: { code: string; nl: string; en: string; unit: string; role?: string }[]): void {
  for (const i of list) catalogue.set(i.code, { nl: i.nl, en: i.en, unit: i.unit, role: i.role });
}

/** The catalogue role of an indicator (Input, Weight, Outcome, …), or undefined for a raw source column outside it. */
export function roleOf(code: string): string | undefined { return catalogue.get(code)?.role; }

/** The base indicator of a model input ("lag3k_owner_occupied_pct" → "owner_occupied_pct"). */
export function baseOf(code: string): string { return parse(code).base; }

// Units as the catalogue writes them (Dutch, ASCII) and how the page shows them; a fraction is shown as a percentage.
const UNITS: Record<string, [string, string]> = {
  '%': ['%', '%'], fractie: ['%', '%'], 'fractie van de totale oppervlakte': ['% van de oppervlakte', '% of the area'],
  'inwoners per km2': ['inwoners per km²', 'residents per km²'], 'adressen per km2': ['adressen per km²', 'addresses per km²'],
  'per 1000 inwoners': ['per 1.000 inwoners', 'per 1,000 residents'], km: ['km', 'km'], ha: ['ha', 'ha'],
  aantal: ['', ''], 'aantal per jaar': ['per jaar', 'per year'], personen: ['personen', 'persons'], 'ug/m3': ['µg/m³', 'µg/m³'],
  'x 1000 euro': ['× €1.000', '× €1,000'], 'm per km2': ['m per km²', 'm per km²'], 'm per m2': ['m per m²', 'm per m²'],
  index: ['index', 'index'], 'log-verhouding': ['log-verhouding', 'log ratio'], '4piA/P2': ['4πA/P², 1 = cirkel', '4πA/P², 1 = circle'],
  '1 (zeer sterk) - 5 (niet stedelijk)': ['1 = zeer sterk, 5 = niet stedelijk', '1 = very strongly, 5 = not urban'],
};

interface Parsed { base: string; context?: 'gemeente' | 'wijk' | '1km' | '3km'; log?: boolean }

function parse(code: string): Parsed {
  let m = code.match(/^(ge|wi)_(.+)$/);
  if (m) return { base: m[2], context: m[1] === 'ge' ? 'gemeente' : 'wijk' };
  m = code.match(/^lag([13])k_(.+)$/);
  if (m) return { base: m[2], context: m[1] === '1' ? '1km' : '3km' };
  m = code.match(/^log_(.+)$/);
  if (m && catalogue.has(m[1])) return { base: m[1], log: true };
  return { base: code };
}

const CONTEXT: Record<NonNullable<Parsed['context']>, [string, string]> = {
  gemeente: [' in de gemeente', ' in the municipality'], wijk: [' in de wijk', ' in the district'],
  '1km': [', gemiddeld binnen 1 km', ', average within 1 km'], '3km': [', gemiddeld binnen 3 km', ', average within 3 km'],
};

function baseEntry(code: string): Entry | undefined { return catalogue.get(code); }

/** The indicator's name without unit in the interface language ("Koopwoningen in de wijk"). */
export function readableName(code: string): string {
  const p = parse(code);
  const e = baseEntry(p.base);
  const i = lang() === 'nl' ? 0 : 1;
  const name = e ? (i === 0 ? e.nl : e.en) : (catalogue.get(code)?.[i === 0 ? 'nl' : 'en'] ?? code);
  if (p.context) return `${name}${CONTEXT[p.context][i]}`;
  if (p.log) return `${name} (${i === 0 ? 'in het model op log-schaal' : 'on a log scale in the model'})`;
  return name;
}

/** The unit shown beside values ("%", "inwoners per km²"); empty for counts. */
export function unitOf(code: string): string {
  const p = parse(code);
  const raw = baseEntry(p.base)?.unit ?? catalogue.get(code)?.unit ?? '';
  const u = UNITS[raw];
  return u ? u[lang() === 'nl' ? 0 : 1] : raw;
}

/** The name with its unit, for table rows: "Koopwoningen in de wijk (%)". */
export function nameWithUnit(code: string): string {
  const unit = unitOf(code);
  const name = readableName(code);
  // "Geregistreerde misdrijven per 1000 inwoners" already names its unit.
  const raw = baseEntry(parse(code).base)?.unit ?? catalogue.get(code)?.unit ?? '';
  return unit && !(raw && name.toLowerCase().includes(raw.toLowerCase())) ? `${name} (${unit})` : name;
}

/** True when the catalogue measures the indicator as a fraction (0–1), which the page shows as a percentage. */
export function isFraction(code: string): boolean {
  return (baseEntry(parse(code).base)?.unit ?? catalogue.get(code)?.unit ?? '').startsWith('fractie');
}

/** A value in the indicator's unit: fractions as percentages, logs back on their own scale. */
export function formatValue(code: string, v: number | undefined | null): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  const p = parse(code);
  const raw = baseEntry(p.base)?.unit ?? catalogue.get(code)?.unit ?? '';
  if (p.log) return formatNumber(Math.expm1(v), 0);
  if (raw.startsWith('fractie')) return `${formatNumber(v * 100, 1)}`;
  const digits = Math.abs(v) >= 1000 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return formatNumber(v, digits);
}

/** "23 %" or "14.560 inwoners per km²": a value with its unit, for sentences. */
export function valueWithUnit(code: string, v: number | undefined | null): string {
  const unit = unitOf(code);
  const value = formatValue(code, v);
  return unit && value !== '—' ? `${value} ${unit}` : value;
}

export interface Theme { code: string; nl: string; en: string }

export const THEMES: Theme[] = [
  { code: 'housing', nl: 'Woningen', en: 'Housing' },
  { code: 'people', nl: 'Bevolking en huishoudens', en: 'Population and households' },
  { code: 'amenities', nl: 'Voorzieningen en bereikbaarheid', en: 'Amenities and access' },
  { code: 'safety', nl: 'Veiligheid', en: 'Safety' },
  { code: 'environment', nl: 'Milieu en hinder', en: 'Environment and nuisance' },
  { code: 'green', nl: 'Groen, water en grondgebruik', en: 'Green, water and land use' },
  { code: 'built', nl: 'Bebouwing en ligging', en: 'Built form and location' },
  { code: 'other', nl: 'Overig', en: 'Other' },
];

// The theme of a base indicator, by its code; first match wins.
const THEME_RULES: [RegExp, string][] = [
  [/^crime_/, 'safety'],
  [/^(pc4_(no2|pm25|pm10|noise_|motorway)|dist_rail_track|rail_crossings|earthquakes)/, 'environment'],
  [/^(owner_occupied|single_family|pc4_(built_|multifamily|owner|corporation|private_rent|uninhabited|rent)|townscape|woz)/, 'housing'],
  [/^(dist_(gp|supermarket|school|large_centre|rail_station)|schools_within|landuse_(retail|public_services))/, 'amenities'],
  [/^(landuse_|dist_coast)/, 'green'],
  [/^(population|household_size|share_|pc4_(age_|single_person|single_parent|two_parent|household_size)|urbanity)/, 'people'],
  [/^(address_density|land_area|compactness|pc4_(landuse_mix|residential_building|street_density))/, 'built'],
];

/** The theme an indicator (or the base indicator of a context input) belongs to. */
export function themeOf(code: string): Theme {
  const base = parse(code).base;
  const rule = THEME_RULES.find(([r]) => r.test(base));
  return THEMES.find(t => t.code === (rule ? rule[1] : 'other'))!;
}

export function themeName(theme: Theme): string { return lang() === 'nl' ? theme.nl : theme.en; }

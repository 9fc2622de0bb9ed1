// Typed access to the Leefbaar /api/v1 endpoints (same origin).
export interface ClassLabel { class: number; nl: string; en: string }
export interface ClassSet { total?: number; afw?: number; won?: number; fys?: number; vrz?: number; soc?: number; onv?: number }
export interface Score {
  source: string; release: string; year: number;
  afw?: number; won?: number; fys?: number; vrz?: number; soc?: number; onv?: number; lbm?: number;
  classes: ClassSet; label?: ClassLabel; reliable?: boolean; afwLower?: number; afwUpper?: number;
  classLow?: number; classHigh?: number; pWeak?: number;
}
export interface National { release: string; year: number; level: string; weighting: string; areas: number; means: Record<string, number> }
export interface AreaRef { code: string; name: string; level: string }
export interface ComparedArea { code: string; name: string; level: string; official?: Score; model?: Score }
export interface IndicatorValue { indicator: string; year: number; value: number; source: string; gemeente?: number; nederland?: number }
export interface Contribution { release: string; year: number; indicator: string; dimension: string; value?: number; reference?: number; contribution?: number }
export interface IndicatorContribution { indicator: string; value?: number | null; reference: number; perDimension: Record<string, number>; total: number }
export interface Explanation { release: string; year: number; base: Record<string, number>; contributions: IndicatorContribution[] }
export interface Profile {
  demo: boolean; notice?: string; code: string; name: string; level: string; division: number; parents: AreaRef[];
  year?: number; official?: Score; model?: Score; modelNote?: string; officialHistory: Score[]; modelHistory: Score[]; relatedHistory?: import('./related-series').RelatedSeries[];
  indicators: IndicatorValue[]; contributions: Contribution[];
  comparison: { gemeente?: ComparedArea; nederlandOfficial?: National; nederlandModel?: National };
  downloads: { csv?: string; csvExcel?: string; geoJson?: string; source?: string; release?: string }; bbox?: number[];
  explanation?: Explanation | null;
}
export interface SearchResult { code: string; name: string; level: string; gemeente?: AreaRef; match: string }
export interface Layer { source: string; level: string; year: number; release: string; areas: number }
export interface Meta {
  demo: boolean; notice?: string; attribution: string; classes: ClassLabel[];
  dimensions: { code: string; nl: string; en: string }[]; layers: Layer[]; mapLevels: string[];
  latestOfficialYear?: number; latestModelYear?: number; maxPageSize: number; extent?: number[]; hasModelRelease: boolean;
  geometryLevels?: string[]; officialGaps?: CoverageGap[]; basemap?: Basemap;
}
// A raster background map configured with `serve --basemap`.
export interface Basemap { tiles: string; attribution: string; maxZoom: number }
// A place label: a point inside a gemeente or wijk, rank = its number of buurten.
export interface Place { code: string; name: string; level: string; lon: number; lat: number; rank: number }
export interface CoverageGap { provincie: string; name: string; level: string; year: number; release: string; modelAreas: number }
export interface Indicator { code: string; nl: string; en: string; unit: string; source: string; dimension?: string; direction: number; role: string }
export interface ScoreRow { code: string; name: string; gemeente?: string; score: Score }
export interface ScorePage {
  source: string; level: string; year: number; release: string; total: number; page: number; pageSize: number; pages: number; items: ScoreRow[];
  nederland?: National; gemeente?: string; provincie?: string; sort: string; fillRelease?: string; filled: number;
}
export interface ScoreGroup { code: string; name: string; provincie?: string; areas: number; filled: number }
export interface ScoreGroups { source: string; level: string; year: number; release: string; fillRelease?: string; total: number; provincies: ScoreGroup[]; gemeenten: ScoreGroup[] }
/** A bulk score listing: level, year, source, the model's fill, filters, order and page. */
export interface ScoreQuery { level: string; year: number; source: string; fill?: boolean; gemeente?: string; provincie?: string; sort?: string; page?: number; pageSize: number }

/** The /api/v1/scores address of a listing, as JSON or as a download (csv, csv for Dutch Excel, geojson). */
export type ScoreFormat = 'csv' | 'csv-nl' | 'geojson' | 'gpkg';
// all: every row of the selection in one file (pageSize=all), for downloads only.
export function scoresUrl(q: ScoreQuery, format?: ScoreFormat, groups = false, all = false): string {
  const p = new URLSearchParams({ source: q.source });
  if (q.fill) p.set('fill', 'model');
  if (!groups) {
    if (q.provincie) p.set('provincie', q.provincie);
    if (q.gemeente) p.set('gemeente', q.gemeente);
    if (q.sort) p.set('sort', q.sort);
    if (all) p.set('pageSize', 'all');
    else {
      if (q.page && q.page > 1) p.set('page', String(q.page));
      p.set('pageSize', String(q.pageSize));
    }
  }
  if (format) p.set('format', format === 'csv-nl' ? 'csv' : format);
  if (format === 'csv-nl') p.set('excel', 'nl');
  return `/api/v1/scores/${encodeURIComponent(q.level)}/${q.year}${groups ? '/groups' : ''}?${p.toString()}`;
}
export interface CompareResult { year?: number; areas: ComparedArea[]; nederlandOfficial?: National; nederlandModel?: National }

// The analysis endpoints (/api/v1/analysis/{statistic}): meta fields plus one array per result table.
export interface AnalysisResult { statistic: string; description: string; release: string; source: string; level: string; notice?: string; [key: string]: unknown }
export interface TrendRow { code: string; delta?: number; development_class?: number; class_from?: number; class_to?: number }
export interface TrendSummary { development_class: number; label: string; areas: number; residents: number }
export interface LisaRow { code: string; value?: number; quadrant: string; p_sim?: number; cluster: string; hot_cold?: string }
export interface WarningFlag {
  code: string; place?: string; start: number; afw?: number; probability: number; risk_multiple: number; flag: string; risk_factors: string;
  place_code?: string; gemeente?: string; gemeente_name?: string;
}
export interface BacktestRow { split: string; periods: string; areas: number; events: number; base_rate: number; auc: number; precision_top5: number; lift: number }
export interface DistributionRow { grouping: string; group: string; areas: number; residents: number; residents_onvoldoende_or_worse: number; share_onvoldoende_or_worse: number; [share: string]: number | string }

/** An API error: its HTTP status (404: the endpoint or the data asked for does not exist), the problem's English detail and parameter. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly parameter?: string) { super(message); }
}

export interface WhatIfScore { afw: number; won: number; fys: number; vrz: number; soc: number; onv: number; class: number; label?: ClassLabel; pWeak?: number | null }
export interface WhatIfInput { indicator: string; nameNl?: string; nameEn?: string; before?: number | null; after?: number | null; requested: boolean; seenMin?: number | null; seenMax?: number | null; extrapolated: boolean }
export interface WhatIfResponse {
  demo: boolean; code: string; name: string; release: string; changes: string[]; before: WhatIfScore; after: WhatIfScore;
  inputs: WhatIfInput[]; contributions: { indicator: string; delta: Record<string, number>; total: number }[]; notes: string[]; notice: string;
}

// A long analysis answers 202 with a job to poll (Location, Retry-After) until its result is ready; the server's
// time budget ends every job, so the polls are bounded too.
const MAX_POLLS = 60;

async function get<T>(path: string, init?: RequestInit, polls = 0): Promise<T> {
  const response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) } });
  if (response.status === 202 && polls < MAX_POLLS) {
    const job = (await response.json()) as { location?: string };
    if (job.location) {
      const seconds = Math.min(10, Math.max(0.2, Number(response.headers.get('Retry-After')) || 2));
      await new Promise(resolve => setTimeout(resolve, seconds * 1000));
      return get<T>(job.location, undefined, polls + 1);
    }
  }
  if (!response.ok) {
    let detail = `${response.status}`;
    let parameter: string | undefined;
    try {
      const problem = (await response.json()) as { detail?: string; parameter?: string };
      detail = problem.detail ?? detail;
      parameter = problem.parameter;
    } catch { /* not JSON */ }
    throw new ApiError(detail, response.status, parameter);
  }
  return (await response.json()) as T;
}

export const api = {
  meta: () => get<Meta>('/api/v1/meta'),
  places: () => get<{ places: Place[] }>('/api/v1/places'),
  indicators: () => get<{ count: number; indicators: Indicator[] }>('/api/v1/indicators'),
  search: (q: string, limit = 10) => get<{ results: SearchResult[] }>(`/api/v1/areas?q=${encodeURIComponent(q)}&limit=${limit}`),
  profile: (code: string, year?: number) => get<Profile>(`/api/v1/areas/${encodeURIComponent(code)}${year ? `?year=${year}` : ''}`),
  compare: (codes: string[], year?: number) =>
    get<CompareResult>(`/api/v1/compare?codes=${codes.map(encodeURIComponent).join(',')}${year ? `&year=${year}` : ''}`),
  analysis: <T extends AnalysisResult>(statistic: string, params: Record<string, string | number | undefined>) => {
    const query = Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
    return get<T>(`/api/v1/analysis/${statistic}${query ? `?${query}` : ''}`);
  },
  openApiPaths: async () => Object.keys(((await get<{ paths: Record<string, unknown> }>('/openapi/v1.json')).paths)),
  whatif: (code: string, set: string[], release?: string) =>
    get<WhatIfResponse>('/api/v1/whatif', { method: 'POST', body: JSON.stringify({ code, set, release }) }),
  scores: (level: string, year: number, source: string, pageSize: number) =>
    get<ScorePage>(`/api/v1/scores/${level}/${year}?source=${source}&pageSize=${pageSize}`),
  scorePage: (q: ScoreQuery) => get<ScorePage>(scoresUrl(q)),
  scoreGroups: (q: ScoreQuery) => get<ScoreGroups>(scoresUrl(q, undefined, true)),
};

// Typed access to the area-set and custom-area endpoints: GET /api/v1/sets[/{id}] and POST /api/v1/areas/custom.
// Kept beside api.ts (same ApiError) so the set and custom-area views live in their own files.
import { ApiError, type ClassLabel, type WhatIfScore } from './api';

export interface AreaSetSummary { id: string; name: string; description: string; source: string; division: number; buurten: number }
export interface AreaSetList { demo: boolean; demoNotice?: string | null; sets: AreaSetSummary[] }
export interface AreaSetGroup {
  group: 'set' | 'ring' | 'rest_of_gemeenten' | 'nederland' | string; labelNl: string; labelEn: string; buurten: number; inhabitants: number;
  afw?: number | null; won?: number | null; fys?: number | null; vrz?: number | null; soc?: number | null; onv?: number | null;
  residentsPerClass: number[]; shareWeak?: number | null;
}
export interface AreaSetMember { code: string; name: string; gemeente?: string | null; entry: string; afw?: number | null; class?: number | null; label?: ClassLabel | null; inhabitants: number }
export interface AreaSetReport {
  demo: boolean; demoNotice?: string | null; id: string; name: string; description: string; setSource: string; division: number;
  source: 'official' | 'model'; release: string; year: number; groups: AreaSetGroup[]; members: AreaSetMember[]; ring: string[];
}

export interface CoveredBuurt { code: string; name: string; gemeente?: string | null; share: number; residentShare?: number | null; inhabitants: number; weight: number; afw: number; class: number }
export interface CustomArea {
  code: string; name: string; covered: boolean; repaired: boolean; score?: WhatIfScore | null; classLow?: number | null; classHigh?: number | null;
  afwLower?: number | null; afwUpper?: number | null; reliable?: boolean | null; inhabitants?: number | null; weights?: 'inhabitants' | 'area' | null;
  shareWeak?: number | null; buurten: CoveredBuurt[];
}
export interface CustomAreaResponse { demo: boolean; demoNotice?: string | null; release: string; areas: CustomArea[]; method: string }

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
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

export const areasApi = {
  sets: () => request<AreaSetList>('/api/v1/sets'),
  set: (id: string, source?: 'official' | 'model') =>
    request<AreaSetReport>(`/api/v1/sets/${encodeURIComponent(id)}${source ? `?source=${source}` : ''}`),
  /** Scores GeoJSON text (a FeatureCollection, Feature or Polygon/MultiPolygon) as drawn areas. */
  custom: (geojson: string) =>
    request<CustomAreaResponse>('/api/v1/areas/custom', { method: 'POST', body: geojson, headers: { 'Content-Type': 'application/geo+json' } }),
};

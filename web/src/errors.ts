// Errors shown in the page as a sentence in the interface language; the API's English detail stays in the title.
import { ApiError } from './api';
import { h } from './dom';
import { levelName, t, tf } from './i18n';

// The API's known problem details (English) and the i18n sentence each becomes.
const known: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^No area (\S+) in the served store\.$/, m => tf('errAreaMissing', { code: m[1] })],
  [/^No (?:gemeente|provincie) (\S+) in the served store\.$/, m => tf('errAreaMissing', { code: m[1] })],
  [/^No model release '(.+)'\.$/, m => tf('errNoReleaseId', { id: m[1] })],
  [/^No such API endpoint/, () => t('errNoEndpoint')],
  [/^Release (\S+) at level (\S+) has no measurement (\d+)/, m => tf('errNoMeasurement', { release: m[1], level: levelName(m[2]), year: m[3] })],
  [/^(\S+) is not a buurt of division/, m => tf('errNotBuurt', { code: m[1] })],
  [/^(\S+) has no inputs to score/, m => tf('errNoInputs', { code: m[1] })],
  [/^The served store has no buurt scores yet/, () => t('errNoBuurtScores')],
  [/^No (official|model) scores for level (\S+) in (\S+)\.$/, m => tf('errNoScores', {
    source: m[1] === 'model' ? t('srcModelWord') : t('srcOfficialWord'), level: levelName(m[2]), year: m[3] === 'any year' ? '—' : m[3] })],
  [/^No official scores at level (\S+)(?: in \d+)?; pass --release\.$/, m => tf('errNoLevelScores', { level: levelName(m[1]) })],
  [/^No model release yet/, () => t('errNoRelease')],
];

/** The sentence to show for an error, and the original (English) detail behind it. */
export function errorText(e: unknown, notFound: string = t('errNotFound')): { text: string; detail: string } {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof ApiError) {
    for (const [pattern, sentence] of known) {
      const m = detail.match(pattern);
      if (m) return { text: sentence(m), detail };
    }
    if (e.status === 400) return { text: e.parameter ? tf('errBadParameter', { parameter: e.parameter }) : t('errUnknown'), detail };
    if (e.status === 404) return { text: notFound, detail };
    if (e.status === 409) return { text: t('errBusy'), detail };
    if (e.status === 429) return { text: t('errTooMany'), detail };
    if (e.status >= 500) return { text: tf('errServer', { status: e.status }), detail };
    return { text: t('errUnknown'), detail };
  }
  if (e instanceof TypeError && /fetch|network/i.test(detail)) return { text: t('errOffline'), detail };
  if (/style is not done loading/i.test(detail)) return { text: t('errMapStyle'), detail };
  return { text: t('errUnknown'), detail };
}

/** A message element: "prefix: sentence", with the English detail as its title and data-detail. */
export function errorElement(e: unknown, prefix: string, cls = 'error', role = 'alert'): HTMLElement {
  const { text, detail } = errorText(e);
  return h('p', { class: cls, role, title: `${t('errEnglishDetail')}: ${detail}`, 'data-detail': detail }, prefix ? `${prefix}: ${text}` : text);
}

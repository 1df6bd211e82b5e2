import type { Story } from '../stories/schema';

/** The stories page's filters; '' means "all". */
export interface BrowseFilters {
  query: string;
  region: '' | 'CN' | 'TWHK' | 'INTL';
  sector: string;
  dataType: string;
  kind: string;
  year: string;
}

export const NO_FILTERS: BrowseFilters = { query: '', region: '', sector: '', dataType: '', kind: '', year: '' };

export function regionOf(story: Story): 'CN' | 'TWHK' | 'INTL' {
  const c = story.jurisdiction.country;
  return c === 'CN' ? 'CN' : c === 'TW' || c === 'HK' || c === 'MO' ? 'TWHK' : 'INTL';
}

/** Everything a search may hit, in both languages and both scripts, lower-cased. */
function haystack(story: Story, alt?: Story): string {
  const parts = (s: Story) => [
    s.id, s.title.zh, s.title.en, s.summary.zh, s.summary.en, s.authority.zh, s.authority.en, s.target?.zh, s.target?.en,
    s.violation.zh, s.violation.en, s.law.zh, s.law.en, s.jurisdiction.city?.zh, s.jurisdiction.city?.en,
    s.jurisdiction.region?.zh, s.jurisdiction.region?.en, s.outcome.text.zh, s.outcome.text.en,
    ...s.sources.map((x) => `${x.publisher} ${x.title}`),
  ];
  return [...parts(story), ...(alt ? parts(alt) : [])].filter(Boolean).join('\n').toLowerCase();
}

/** Stories matching every filter, newest first. `alt` gives the other script's version by id. */
export function browse(stories: readonly Story[], f: BrowseFilters, alt?: ReadonlyMap<string, Story>): Story[] {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  return stories
    .filter((s) => !f.region || regionOf(s) === f.region)
    .filter((s) => !f.sector || s.sector === f.sector)
    .filter((s) => !f.dataType || (s.dataTypes as string[]).includes(f.dataType))
    .filter((s) => !f.kind || s.kind === f.kind)
    .filter((s) => !f.year || s.date.startsWith(f.year))
    .filter((s) => {
      if (!words.length) return true;
      const h = haystack(s, alt?.get(s.id));
      return words.every((w) => h.includes(w));
    })
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { STORIES } from '@/lib/stories/default-ranker';
import { DATA_TYPES, SECTORS, STORY_KINDS, type Story } from '@/lib/stories/schema';
import { browse, NO_FILTERS, type BrowseFilters } from '@/lib/ui/browse';
import { t, uiLang } from '@/lib/ui/i18n';
import { traditionalStories } from '@/lib/ui/localized';
import { StoryCard } from '@/lib/ui/StoryCard';

const lang = uiLang();
const YEARS = [...new Set(STORIES.map((s) => s.date.slice(0, 4)))].sort().reverse();

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  return (
    <label for={id} class="filter">
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)} data-testid={id}>
        <option value="">{t('filterAll')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

export function App() {
  const [filters, setFilters] = useState<BrowseFilters>(NO_FILTERS);
  const [hant, setHant] = useState<Map<string, Story> | null>(null);
  useEffect(() => {
    void traditionalStories().then(setHant);
  }, []);
  const shown = useMemo(() => browse(STORIES, filters, hant ?? undefined), [filters, hant]);
  const set = (k: keyof BrowseFilters) => (v: string) => setFilters((f) => ({ ...f, [k]: v }));
  return (
    <main>
      <h1>{t('storiesPageTitle')}</h1>
      <p class="intro">{t('storiesIntro')}</p>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="q" class="filter grow">
          <span>{t('search')}</span>
          <input id="q" type="search" value={filters.query} placeholder={t('searchPlaceholder')} onInput={(e) => set('query')((e.target as HTMLInputElement).value)} data-testid="search" />
        </label>
        <Select id="region" label={t('filterRegion')} value={filters.region} onChange={set('region')} options={[['CN', t('regionCN')], ['TWHK', t('regionTWHK')], ['INTL', t('regionIntl')]]} />
        <Select id="sector" label={t('filterSector')} value={filters.sector} onChange={set('sector')} options={SECTORS.map((s) => [s, t(`sector_${s}`)])} />
        <Select id="datatype" label={t('filterDataType')} value={filters.dataType} onChange={set('dataType')} options={DATA_TYPES.map((d) => [d, t(`data_${d}`)])} />
        <Select id="kind" label={t('filterKind')} value={filters.kind} onChange={set('kind')} options={STORY_KINDS.map((k) => [k, t(`kind_${k}`)])} />
        <Select id="year" label={t('filterYear')} value={filters.year} onChange={set('year')} options={YEARS.map((y) => [y, y])} />
      </form>
      <p role="status" class="count" data-testid="stories-count">
        {t('storiesShown', String(shown.length))}
      </p>
      {shown.length === 0 && <p>{t('noMatches')}</p>}
      <div class="list">
        {shown.map((s) => (
          <StoryCard key={s.id} story={hant?.get(s.id) ?? s} lang={lang} level={2} />
        ))}
      </div>
    </main>
  );
}

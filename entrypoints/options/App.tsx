import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '@/lib/lexicon/types';
import { loadSettings, normalizeSite, toggleSite, undismiss, updateSettings, watchSettings, type Settings } from '@/lib/settings';
import { t } from '@/lib/ui/i18n';

const CATEGORY_LABEL: Record<Category, string> = { face: 'catFace', biometric: 'catBiometric', personal_data: 'catPersonalData' };

type State = { kind: 'loading' } | { kind: 'ready'; settings: Settings } | { kind: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [site, setSite] = useState('');
  useEffect(() => {
    loadSettings().then(
      (settings) => setState({ kind: 'ready', settings }),
      (e: unknown) => setState({ kind: 'error', message: String(e) }),
    );
    return watchSettings((settings) => setState({ kind: 'ready', settings }));
  }, []);
  const change = (fn: (s: Settings) => Settings) =>
    void updateSettings(fn).then((settings) => setState({ kind: 'ready', settings }));

  switch (state.kind) {
    case 'loading':
      return <main><p role="status">{t('loading')}</p></main>;
    case 'error':
      return <main><p role="alert">{state.message}</p></main>;
    case 'ready': {
      const s = state.settings;
      const addSite = (e: Event) => {
        e.preventDefault();
        const host = normalizeSite(site);
        if (host !== null && !s.disabledSites.includes(host)) change((x) => toggleSite(x, host));
        setSite('');
      };
      return (
        <main>
          <h1>{t('optionsTitle')}</h1>
          <section aria-labelledby="cats">
            <h2 id="cats">{t('optCategories')}</h2>
            {CATEGORIES.map((c) => (
              <label class="row" key={c}>
                <input
                  type="checkbox"
                  checked={s.categories[c]}
                  onChange={(e) => change((x) => ({ ...x, categories: { ...x.categories, [c]: (e.target as HTMLInputElement).checked } }))}
                  data-testid={`cat-${c}`}
                />
                {t(CATEGORY_LABEL[c])}
              </label>
            ))}
          </section>
          <section aria-labelledby="marks">
            <h2 id="marks">{t('optMarksTitle')}</h2>
            <label class="row">
              <input type="checkbox" checked={s.marks} onChange={(e) => change((x) => ({ ...x, marks: (e.target as HTMLInputElement).checked }))} data-testid="marks" />
              {t('optMarks')}
            </label>
          </section>
          <section aria-labelledby="sites">
            <h2 id="sites">{t('optSites')}</h2>
            <p class="hint">{t('optSitesHint')}</p>
            <form onSubmit={addSite} class="add">
              <label for="site-input" class="visually-hidden">{t('optAddSite')}</label>
              <input id="site-input" type="text" value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} placeholder="example.com" data-testid="site-input" />
              <button type="submit">{t('optAddSite')}</button>
            </form>
            {s.disabledSites.length === 0 ? (
              <p class="hint">{t('optNone')}</p>
            ) : (
              <ul>
                {s.disabledSites.map((host) => (
                  <li key={host}>
                    {host}{' '}
                    <button type="button" onClick={() => change((x) => toggleSite(x, host))} aria-label={t('optRemoveSite', host)}>
                      {t('optRemove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="dismissed">
            <h2 id="dismissed">{t('optDismissed')}</h2>
            <p class="hint">{t('optDismissedHint')}</p>
            {s.dismissed.length === 0 ? (
              <p class="hint">{t('optNone')}</p>
            ) : (
              <ul>
                {s.dismissed.map((d) => (
                  <li key={`${d.site} ${d.term}`}>
                    “{d.term}” · {d.site}{' '}
                    <button type="button" onClick={() => change((x) => undismiss(x, d.site, d.term))} aria-label={t('optRemoveDismissed', d.term, d.site)}>
                      {t('optRemove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <p class="hint">{t('privacyPromise')}</p>
        </main>
      );
    }
  }
}

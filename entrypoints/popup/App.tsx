import type { Category } from '@/lib/lexicon/types';
import { sendToTab, type TabFindings } from '@/lib/messaging';
import { describeWhy } from '@/lib/stories/rank';
import { rightsFor } from '@/lib/stories/rights';
import { t, uiLang } from '@/lib/ui/i18n';
import { dismissTerm, siteOf, toggleSite, updateSettings } from '@/lib/settings';
import { emphasize, groupFindings, hostOfOrigin, type SentenceItem, type UiLang } from '@/lib/ui/format';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { StoryCard } from '@/lib/ui/StoryCard';
import { traditionalData } from '@/lib/ui/localized';
import { useTabReport, type StoriesState } from './useTabReport';

const lang: UiLang = uiLang();

const CATEGORY_TEXT: Record<Category, { label: string; why: string }> = {
  face: { label: 'catFace', why: 'whyFace' },
  biometric: { label: 'catBiometric', why: 'whyBiometric' },
  personal_data: { label: 'catPersonalData', why: 'whyPersonalData' },
};

type Hant = Awaited<ReturnType<typeof traditionalData>>;
const HantContext = createContext<Hant>(null);

export function App() {
  const { findings, stories, reload } = useTabReport();
  const [hant, setHant] = useState<Hant>(null);
  useEffect(() => {
    void traditionalData().then(setHant);
  }, []);
  // Marks for the benchmark (npm run bench: popup_findings_ms, popup_stories_ms).
  useEffect(() => {
    if (findings.kind !== 'loading') performance.mark('pn:findings');
  }, [findings.kind]);
  useEffect(() => {
    if (stories.kind !== 'loading') performance.mark('pn:stories');
  }, [stories.kind]);
  let body;
  switch (findings.kind) {
    case 'loading':
      body = <p class="status" role="status">{t('loading')}</p>;
      break;
    case 'not-scanned':
      body = <p class="status">{t('notScanned')}</p>;
      break;
    case 'error':
      body = <p class="status error" role="alert">{t('errorLoading', findings.message)}</p>;
      break;
    case 'ready':
      body = <Report tab={findings.tab} stories={stories} reload={reload} />;
      break;
  }
  return (
    <HantContext.Provider value={hant}>
    <main>
      <h1>{t('popupTitle')}</h1>
      {body}
      <footer>
        <p>{t('privacyPromise')}</p>
        <nav class="links">
          <a href={browser.runtime.getURL('/stories.html')} target="_blank" rel="noopener noreferrer">
            {t('browseStories')}
          </a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
            {t('openOptions')}
          </a>
        </nav>
      </footer>
    </main>
    </HantContext.Provider>
  );
}

function SiteToggle({ tab, reload }: { tab: TabFindings; reload: () => void }) {
  const site = siteOf(tab.url);
  if (!site) return null;
  const toggle = async () => {
    await updateSettings((s) => toggleSite(s, site));
    reload();
  };
  return (
    <button type="button" class="site-toggle" onClick={toggle} data-testid="site-toggle">
      {tab.disabled ? t('enableSite', site) : t('disableSite', site)}
    </button>
  );
}

function Report({ tab, stories, reload }: { tab: TabFindings; stories: StoriesState; reload: () => void }) {
  const groups = groupFindings(tab.findings);
  if (tab.disabled) {
    return (
      <>
        <p class="status" data-testid="site-disabled">{t('siteDisabled')}</p>
        <SiteToggle tab={tab} reload={reload} />
      </>
    );
  }
  if (tab.findings.length === 0) {
    return (
      <>
        <p class="status" data-testid="no-findings">{t('noFindings')}</p>
        <SiteToggle tab={tab} reload={reload} />
      </>
    );
  }
  const site = siteOf(tab.url);
  const dismiss = site
    ? async (term: string) => {
        await updateSettings((s) => dismissTerm(s, site, term));
        reload();
      }
    : null;
  return (
    <>
      <div class="toolbar">
        <p class="count" data-testid="finding-count">{t('findingsCount', String(tab.counted))}</p>
        <SiteToggle tab={tab} reload={reload} />
      </div>
      {tab.trimmed && <p class="note" data-testid="trimmed">{t('trimmedNote')}</p>}
      {(tab.hiddenFrames ?? 0) > 0 && <p class="note" data-testid="hidden-frames">{t('hiddenFrames', String(tab.hiddenFrames))}</p>}
      {groups.map((g) => (
        <section class={`group cat-${g.category}`} key={g.category} data-category={g.category}>
          <h2>
            {t(CATEGORY_TEXT[g.category].label)} <span class="badge">{g.count}</span>
          </h2>
          <p class="why">{t(CATEGORY_TEXT[g.category].why)}</p>
          <Rights category={g.category} />
          <ul class="findings">
            {g.items.map((item) => (
              <FindingItem key={item.key} tabId={tab.tabId} item={item} dismiss={dismiss} />
            ))}
          </ul>
          {g.negated.length > 0 && (
            <details class="negated">
              <summary>{t('declaredNot', String(g.negated.reduce((n, i) => n + i.targets.length, 0)))}</summary>
              <ul class="findings">
                {g.negated.map((item) => (
                  <FindingItem key={item.key} tabId={tab.tabId} item={item} dismiss={dismiss} />
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
      <Stories state={stories} />
    </>
  );
}

function Rights({ category }: { category: Category }) {
  const hant = useContext(HantContext);
  const notes = rightsFor(category, lang).map((n) => hant?.rights.get(n.id) ?? n);
  return (
    <details class="rights" data-testid="rights">
      <summary>{t('yourRights')}</summary>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <strong>
              {n.law[lang]} {n.article[lang]}
            </strong>
            : {n.text[lang]}
          </li>
        ))}
      </ul>
    </details>
  );
}

function FindingItem({ tabId, item, dismiss }: { tabId: number; item: SentenceItem; dismiss: ((term: string) => Promise<void>) | null }) {
  const first = item.targets[0]!;
  const scroll = () => void sendToTab(tabId, 'toContentScrollToFinding', { index: first.index }, first.frameId).catch(() => {});
  return (
    <li class="finding-row">
      <button type="button" class="finding" onClick={scroll} title={t('scrollHint')} data-testid="finding">
        {item.origin && (
          <span class="origin" data-testid="embedded-origin">
            {t('embeddedFrom', hostOfOrigin(item.origin))}
          </span>
        )}
        {emphasize(item.sentence, item.matches).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
      </button>
      {dismiss && (
        <button
          type="button"
          class="dismiss"
          onClick={() => void dismiss(item.terms[0]!)}
          aria-label={t('notAMention', item.terms[0]!)}
          title={t('notAMention', item.terms[0]!)}
          data-testid="dismiss"
        >
          ×
        </button>
      )}
    </li>
  );
}

function Stories({ state }: { state: StoriesState }) {
  const hant = useContext(HantContext);
  return (
    <section class="stories" aria-labelledby="stories-title">
      <h2 id="stories-title">{t('storiesTitle')}</h2>
      {state.kind === 'loading' && <p class="status" role="status">{t('storiesLoading')}</p>}
      {state.kind === 'error' && <p class="status error" role="alert">{state.message}</p>}
      {state.kind === 'ready' && state.stories.length === 0 && <p class="status">{t('noStories')}</p>}
      {state.kind === 'ready' &&
        state.stories.map(({ story, ranked }) => (
          <StoryCard key={story.id} story={hant?.stories.get(story.id) ?? story} lang={lang} why={(hant?.why ?? String)(describeWhy(ranked.why, lang))} compact />
        ))}
    </section>
  );
}

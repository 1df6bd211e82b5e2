import type { Category } from '@/lib/lexicon/types';
import { mayHaveStories, sendToTab, type TabFindings } from '@/lib/messaging';
import { rightsFor } from '@/lib/stories/rights';
import { t, uiLang } from '@/lib/ui/i18n';
import { dismissTerm, siteOf, toggleSite, updateSettings } from '@/lib/settings';
import { emphasize, hostOfOrigin, type UiLang } from '@/lib/ui/format';
import { pageDataView, type DataGroup, type Statement } from '@/lib/ui/data-groups';
import { DATA_TYPE_INFO } from '@/lib/lexicon/data-type-info';
import { CATEGORIES } from '@/lib/lexicon/types';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { StoryCard } from '@/lib/ui/StoryCard';
import { traditionalText } from '@/lib/ui/localized';
import { useTabReport, type StoriesState } from './useTabReport';
import { DigestView } from '@/lib/ui/DigestView';
import { lawIfLoaded, loadLaw } from '@/lib/ui/law-data';
import { Disclosure } from '@/lib/ui/Disclosure';
import type { LawData } from '@/lib/law/rules';
import { uiScript } from '@/lib/ui/i18n';

const lang: UiLang = uiLang();

const CATEGORY_TEXT: Record<Category, { label: string; why: string }> = {
  face: { label: 'catFace', why: 'whyFace' },
  biometric: { label: 'catBiometric', why: 'whyBiometric' },
  personal_data: { label: 'catPersonalData', why: 'whyPersonalData' },
};

type Hant = Awaited<ReturnType<typeof traditionalText>>;
const HantContext = createContext<Hant>(null);

export function App() {
  const { findings, stories, reload } = useTabReport();
  const [hant, setHant] = useState<Hant>(null);
  useEffect(() => {
    void traditionalText().then(setHant);
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

/** The law data, loaded only on policy pages. */
function useLawData(wanted: boolean): LawData | null {
  const [law, setLaw] = useState<LawData | null>(lawIfLoaded);
  useEffect(() => {
    if (wanted && !law) void loadLaw().then(setLaw);
  }, [wanted]);
  return law;
}

function Report({ tab, stories, reload }: { tab: TabFindings; stories: StoriesState; reload: () => void }) {
  const [view, setView] = useState<'digest' | 'mentions'>('digest');
  const law = useLawData(tab.digest !== undefined && !tab.disabled);
  const hant = useContext(HantContext);
  if (tab.digest && !tab.disabled) {
    const digestShown = view === 'digest';
    return (
      <>
        <div class="toolbar">
          <div class="view-switch" role="group" aria-label={t('viewSwitch')}>
            <button type="button" aria-pressed={digestShown} onClick={() => setView('digest')} data-testid="view-digest">
              {t('viewDigest')}
            </button>
            <button type="button" aria-pressed={!digestShown} onClick={() => setView('mentions')} data-testid="view-mentions">
              {t('viewMentions', String(tab.counted))}
            </button>
          </div>
          <SiteToggle tab={tab} reload={reload} />
        </div>
        {digestShown ? (
          law ? (
            <DigestView digest={tab.digest} tabId={tab.tabId} law={law} script={uiScript()} conv={hant?.why ?? String} />
          ) : (
            <p class="status" role="status">{t('loading')}</p>
          )
        ) : (
          <Mentions tab={tab} reload={reload} />
        )}
        <Stories state={stories} />
      </>
    );
  }
  return (
    <>
      <Mentions tab={tab} reload={reload} toolbar />
      {(tab.findings.length > 0 || mayHaveStories(tab)) && !tab.disabled && <Stories state={stories} />}
    </>
  );
}

function Mentions({ tab, reload, toolbar = false }: { tab: TabFindings; reload: () => void; toolbar?: boolean }) {
  const view = pageDataView(tab.findings, tab.claims ?? []);
  if (tab.disabled) {
    return (
      <>
        <p class="status" data-testid="site-disabled">{t('siteDisabled')}</p>
        <SiteToggle tab={tab} reload={reload} />
      </>
    );
  }
  if (tab.findings.length === 0) {
    // No finding, but the page names a practice (a hacked camera, a cloned voice): its cases follow.
    const practice = mayHaveStories(tab);
    return (
      <>
        <p class="status" data-testid={practice ? 'practice-only' : 'no-findings'}>{t(practice ? 'practiceOnly' : 'noFindings')}</p>
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
      {toolbar ? (
        <div class="toolbar">
          <p class="count" data-testid="finding-count">{t('findingsCount', String(tab.counted))}</p>
          <SiteToggle tab={tab} reload={reload} />
        </div>
      ) : (
        <p class="count" data-testid="finding-count">{t('findingsCount', String(tab.counted))}</p>
      )}
      {tab.trimmed && <p class="note" data-testid="trimmed">{t('trimmedNote')}</p>}
      {(tab.hiddenFrames ?? 0) > 0 && <p class="note" data-testid="hidden-frames">{t('hiddenFrames', String(tab.hiddenFrames))}</p>}
      {CATEGORIES.map((category) => {
        const groups = view.groups.filter((g) => g.category === category);
        if (groups.length === 0) return null;
        return (
          <section class={`group cat-${category}`} key={category} data-category={category}>
            <h2>
              {t(CATEGORY_TEXT[category].label)} <span class="badge">{view.byCategory[category]}</span>
            </h2>
            <p class="why">{t(CATEGORY_TEXT[category].why)}</p>
            <Rights category={category} />
            <ul class="dtypes">
              {groups.map((g) => (
                <DataTypeRow key={g.type} group={g} tabId={tab.tabId} dismiss={dismiss} open={g === view.groups[0] || view.groups.length <= 3} />
              ))}
            </ul>
          </section>
        );
      })}
      {view.generic > 0 && (
        <p class="generic" data-testid="generic">
          {t('genericMentions', String(view.generic))}
        </p>
      )}
      {view.negated.length > 0 && (
        <Disclosure class="negated" testid="negated" summary={t('declaredNot', String(view.negated.length))}>
          <ul class="findings">
            {view.negated.map((item) => (
              <FindingItem key={item.key} tabId={tab.tabId} item={item} dismiss={dismiss} />
            ))}
          </ul>
        </Disclosure>
      )}
    </>
  );
}

function Rights({ category }: { category: Category }) {
  const hant = useContext(HantContext);
  const notes = rightsFor(category, lang).map((n) => hant?.rights.get(n.id) ?? n);
  return (
    <Disclosure class="rights" testid="rights" summary={t('yourRights')}>
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
    </Disclosure>
  );
}

/** One data type: its label, whether it is sensitive, what is done with it, and its statements. */
/** Statements shown before "show more" (a long policy names faces dozens of times). */
const FIRST_STATEMENTS = 5;

function DataTypeRow({ group, tabId, dismiss, open }: { group: DataGroup; tabId: number; dismiss: ((term: string) => Promise<void>) | null; open: boolean }) {
  const hant = useContext(HantContext);
  const [all, setAll] = useState(false);
  const shown = all ? group.statements : group.statements.slice(0, FIRST_STATEMENTS);
  const conv = hant?.why ?? String;
  const label = conv(DATA_TYPE_INFO[group.type].label[lang]);
  return (
    <li class="dtype" data-type={group.type}>
      <details open={open} data-testid="data-type">
        <summary>
          <span class="dname">{label}</span>
          {group.sensitive && <span class="sensitive">{t('sensitive')}</span>}
          <span class="acts">{group.actions.map((a) => t(`action_${a}`)).join(lang === 'zh' ? '、' : ', ')}</span>
          {group.abroad && <span class="abroad">{t('abroad')}</span>}
          <span class="badge">{group.statements.length}</span>
        </summary>
        {group.recipients.length > 0 && <p class="detail">{t('sharedWith', group.recipients.join(lang === 'zh' ? '、' : ', '))}</p>}
        {group.purposes.length > 0 && <p class="detail">{t('purposes', group.purposes.join(lang === 'zh' ? '；' : '; '))}</p>}
        <ul class="findings">
          {shown.map((item) => (
            <FindingItem key={item.key} tabId={tabId} item={item} dismiss={dismiss} />
          ))}
        </ul>
        {shown.length < group.statements.length && (
          <button type="button" class="more" onClick={() => setAll(true)} data-testid="more">
            {t('showMore', String(group.statements.length - shown.length))}
          </button>
        )}
      </details>
    </li>
  );
}

function FindingItem({ tabId, item, dismiss }: { tabId: number; item: Statement; dismiss: ((term: string) => Promise<void>) | null }) {
  const target = item.target;
  const scroll = () => void sendToTab(tabId, 'toContentScrollToFinding', { index: target.index, ...(target.span ? { span: target.span } : {}) }, target.frameId).catch(() => {});
  const term = item.terms[0];
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
      {dismiss && term && (
        <button type="button" class="dismiss" onClick={() => void dismiss(term)} aria-label={t('notAMention', term)} title={t('notAMention', term)} data-testid="dismiss">
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
        state.stories.map(({ story, why }) => (
          <StoryCard key={story.id} story={story} lang={lang} why={(hant?.why ?? String)(why)} compact />
        ))}
    </section>
  );
}

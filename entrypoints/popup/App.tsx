import type { Category } from '@/lib/lexicon/types';
import { sendMessage, type StoryResult, type TabFindings } from '@/lib/messaging';
import { describeWhy } from '@/lib/stories/rank';
import { rightsFor } from '@/lib/stories/rights';
import { emphasize, formatAmount, groupFindings, safeUrl, storyPlace, type SentenceItem, type UiLang } from '@/lib/ui/format';
import { useEffect } from 'preact/hooks';
import { useTabReport, type StoriesState } from './useTabReport';

const t = (key: string, ...subs: string[]) => browser.i18n.getMessage(key as never, subs) || key;
const lang: UiLang = browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';

const CATEGORY_TEXT: Record<Category, { label: string; why: string }> = {
  face: { label: 'catFace', why: 'whyFace' },
  biometric: { label: 'catBiometric', why: 'whyBiometric' },
  personal_data: { label: 'catPersonalData', why: 'whyPersonalData' },
};

export function App() {
  const { findings, stories } = useTabReport();
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
      body = <Report tab={findings.tab} stories={stories} />;
      break;
  }
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {body}
      <footer>{t('privacyPromise')}</footer>
    </main>
  );
}

function Report({ tab, stories }: { tab: TabFindings; stories: StoriesState }) {
  const groups = groupFindings(tab.findings);
  if (tab.findings.length === 0) return <p class="status" data-testid="no-findings">{t('noFindings')}</p>;
  return (
    <>
      <p class="count" data-testid="finding-count">{t('findingsCount', String(tab.counted))}</p>
      {groups.map((g) => (
        <section class={`group cat-${g.category}`} key={g.category} data-category={g.category}>
          <h2>
            {t(CATEGORY_TEXT[g.category].label)} <span class="badge">{g.count}</span>
          </h2>
          <p class="why">{t(CATEGORY_TEXT[g.category].why)}</p>
          <Rights category={g.category} />
          <ul class="findings">
            {g.items.map((item) => (
              <FindingItem key={item.key} tabId={tab.tabId} item={item} />
            ))}
          </ul>
          {g.negated.length > 0 && (
            <details class="negated">
              <summary>{t('declaredNot', String(g.negated.reduce((n, i) => n + i.targets.length, 0)))}</summary>
              <ul class="findings">
                {g.negated.map((item) => (
                  <FindingItem key={item.key} tabId={tab.tabId} item={item} />
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
  const notes = rightsFor(category, lang);
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

function FindingItem({ tabId, item }: { tabId: number; item: SentenceItem }) {
  const first = item.targets[0]!;
  const scroll = () => void sendMessage('toContentScrollToFinding', { index: first.index }, { tabId, frameId: first.frameId }).catch(() => {});
  return (
    <li>
      <button type="button" class="finding" onClick={scroll} title={t('scrollHint')} data-testid="finding">
        {emphasize(item.sentence, item.matches).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
      </button>
    </li>
  );
}

function Stories({ state }: { state: StoriesState }) {
  return (
    <section class="stories" aria-labelledby="stories-title">
      <h2 id="stories-title">{t('storiesTitle')}</h2>
      {state.kind === 'loading' && <p class="status" role="status">{t('storiesLoading')}</p>}
      {state.kind === 'error' && <p class="status error" role="alert">{state.message}</p>}
      {state.kind === 'ready' && state.stories.length === 0 && <p class="status">{t('noStories')}</p>}
      {state.kind === 'ready' && state.stories.map((s) => <StoryCard key={s.story.id} result={s} />)}
    </section>
  );
}

function StoryCard({ result }: { result: StoryResult }) {
  const { story, ranked } = result;
  const amount = story.outcome.amount !== undefined && story.outcome.currency ? formatAmount(story.outcome.amount, story.outcome.currency, lang) : null;
  return (
    <article class="story" data-story-id={story.id} data-testid="story">
      <h3>{story.title[lang]}</h3>
      <p class="meta">
        <time dateTime={story.date}>{story.date}</time> · {storyPlace(story, lang)} · {story.authority[lang]}
      </p>
      <p class="outcome">
        {amount && <strong class="amount">{amount}</strong>} {story.outcome.text[lang]}
      </p>
      <p class="summary">{story.summary[lang]}</p>
      <p class="law">
        {t('lawLabel')}: {story.law[lang]}
      </p>
      <p class="why-story">{t('whyStory', describeWhy(ranked.why, lang))}</p>
      <details class="sources">
        <summary>{t('sources')}</summary>
        <ul>
          {story.sources.map((src, i) => {
            const href = safeUrl(src.url);
            const label = `${src.publisher}: ${src.title}${src.date ? ` (${src.date})` : ''}`;
            return (
              <li key={i}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  label
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </article>
  );
}

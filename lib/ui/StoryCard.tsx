import type { Story } from '../stories/schema';
import { formatAmount, safeUrl, storyPlace, type UiLang } from './format';
import { Disclosure } from './Disclosure';
import { t } from './i18n';

/** One enforcement story: what, where, when, who decided, outcome, law, sources. */
export function StoryCard({ story, lang, why, level = 3, compact = false }: { story: Story; lang: UiLang; why?: string; level?: 2 | 3; compact?: boolean }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const amount = story.outcome.amount !== undefined && story.outcome.currency ? formatAmount(story.outcome.amount, story.outcome.currency, lang) : null;
  const headingId = `story-${story.id}`;
  return (
    <article class="story" data-story-id={story.id} data-testid="story" aria-labelledby={headingId}>
      <Heading id={headingId}>{story.title[lang]}</Heading>
      <p class="meta">
        <time dateTime={story.date}>{story.date}</time> · {storyPlace(story, lang)} · {story.authority[lang]}
      </p>
      <p class="outcome">
        {amount && <strong class="amount">{amount}</strong>} {story.outcome.text[lang]}
      </p>
      {why && <p class="why-story">{t('whyStory', why)}</p>}
      {compact ? (
        <Disclosure class="more" summary={t('storyDetails')}>
          <p class="summary">{story.summary[lang]}</p>
          <p class="law">
            {t('lawLabel')}: {story.law[lang]}
          </p>
        </Disclosure>
      ) : (
        <>
          <p class="summary">{story.summary[lang]}</p>
          <p class="law">
            {t('lawLabel')}: {story.law[lang]}
          </p>
        </>
      )}
      <Disclosure class="sources" summary={`${t('sources')} (${story.sources.length})`}>
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
                  <>
                    {label}
                    {src.url && <span class="plain-url"> {src.url}</span>}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </Disclosure>
    </article>
  );
}

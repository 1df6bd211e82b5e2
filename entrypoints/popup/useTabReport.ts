import { useEffect, useState } from 'preact/hooks';
import { mayHaveStories, type TabFindings } from '@/lib/messaging';
import { readPopupFindings, takeFirstRead, type FirstRead } from '@/lib/ui/first-read';
import { uiLang, uiScript } from '@/lib/ui/i18n';
import { rankTabStories, type ShownStory } from '@/lib/ui/tab-report';

export type FindingsState =
  | { kind: 'loading' }
  | { kind: 'not-scanned'; tabId: number | null }
  | { kind: 'ready'; tab: TabFindings }
  | { kind: 'error'; message: string };

export type StoriesState = { kind: 'loading' } | { kind: 'ready'; stories: ShownStory[] } | { kind: 'error'; message: string };

/**
 * Started as the module loads; main.tsx renders once it has settled, so the first frame
 * shows the findings (no "loading" frame, no second render for them).
 */
let firstRead: Promise<FirstRead> | null = takeFirstRead();
let firstResult: { ok: FirstRead } | { error: unknown } | undefined;
export const firstReadSettled: Promise<void> = firstRead.then(
  (ok) => void (firstResult = { ok }),
  (error) => void (firstResult = { error }),
);

/** The first read found a tab with something counted and no stories ranked for it in the background (the popup ranks them). */
export function firstNeedsRanking(): boolean {
  return firstResult !== undefined && 'ok' in firstResult && (firstResult.ok.tab?.counted ?? 0) > 0 && !firstResult.ok.stories;
}

/** The first read found a policy digest the popup will show (the site is not switched off). */
export function firstHasDigest(): boolean {
  return firstResult !== undefined && 'ok' in firstResult && firstResult.ok.tab?.digest !== undefined && !firstResult.ok.tab.disabled;
}

/**
 * The first read's stories once their cards have arrived: if that is before the first
 * render, they are in it (main.tsx does not wait for them: in one A/B of 30 rounds,
 * waiting a task for them made the findings 5 ms later and the stories no earlier).
 */
let firstStoriesDone: ShownStory[] | undefined;
void firstReadSettled.then(async () => {
  const stories = firstResult && 'ok' in firstResult ? firstResult.ok.stories : undefined;
  if (stories) firstStoriesDone = await stories.catch(() => undefined);
});

/** The first read's stories (fetching since the early read) when the background ranked them. */
function firstStoriesOf(tab: TabFindings): Promise<ShownStory[]> | undefined {
  const first = firstResult && 'ok' in firstResult ? firstResult.ok : undefined;
  return first?.tab === tab ? first.stories : undefined;
}

function findingsStateOf(read: FirstRead): FindingsState {
  if (read.tabId === null) return { kind: 'not-scanned', tabId: null };
  return read.tab ? { kind: 'ready', tab: read.tab } : { kind: 'not-scanned', tabId: read.tabId };
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Findings first (fast, from the first read when it is there), then stories (ranking). */
export function useTabReport(): { findings: FindingsState; stories: StoriesState; reload: () => void } {
  const [findings, setFindings] = useState<FindingsState>(() => {
    if (!firstResult) return { kind: 'loading' };
    return 'ok' in firstResult ? findingsStateOf(firstResult.ok) : { kind: 'error', message: errorText(firstResult.error) };
  });
  // Stories ranked in the background whose cards came before the first render are in it.
  const [stories, setStories] = useState<StoriesState>(() => (firstStoriesDone ? { kind: 'ready', stories: firstStoriesDone } : { kind: 'loading' }));
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const read = firstRead ?? readPopupFindings();
        firstRead = null;
        const result = await read;
        if (cancelled) return;
        const state = findingsStateOf(result);
        setFindings((prev) => (prev.kind === 'ready' && state.kind === 'ready' && prev.tab === state.tab ? prev : state));
        if (state.kind !== 'ready' || !mayHaveStories(state.tab)) return setStories({ kind: 'ready', stories: [] });
        const list = await (firstStoriesOf(state.tab) ?? rankTabStories(state.tab, 5, uiScript() === 'zh-Hant', uiLang()));
        if (!cancelled) setStories((prev) => (prev.kind === 'ready' && prev.stories === list ? prev : { kind: 'ready', stories: list }));
      } catch (e) {
        if (cancelled) return;
        const message = errorText(e);
        setFindings((prev) => (prev.kind === 'ready' ? prev : { kind: 'error', message }));
        setStories({ kind: 'error', message });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [version]);
  // After a settings change the page rescans and reports again; read it a moment later.
  const reload = () => setTimeout(() => setVersion((v) => v + 1), 700);
  return { findings, stories, reload };
}

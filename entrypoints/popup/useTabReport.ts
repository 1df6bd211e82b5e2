import { useEffect, useState } from 'preact/hooks';
import type { StoryResult, TabFindings } from '@/lib/messaging';
import { inPrivateWindow } from '@/lib/settings';
import { uiScript } from '@/lib/ui/i18n';
import { rankTabStories, readTabFindings } from '@/lib/ui/tab-report';

export type FindingsState =
  | { kind: 'loading' }
  | { kind: 'not-scanned'; tabId: number | null }
  | { kind: 'ready'; tab: TabFindings }
  | { kind: 'error'; message: string };

export type StoriesState = { kind: 'loading' } | { kind: 'ready'; stories: StoryResult[] } | { kind: 'error'; message: string };

/** The tab this popup is about: `?tab=<id>` when opened as a page, else the active tab. */
async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab id and its findings: the storage read starts before the window's private flag is known. */
async function readFindings(): Promise<{ tabId: number | null; tab: TabFindings | null }> {
  const privateWindow = inPrivateWindow();
  const tabId = await resolveTabId();
  if (tabId === null) return { tabId, tab: null };
  return { tabId, tab: await readTabFindings(browser.storage.session, tabId, privateWindow) };
}

/** Started as the module loads, so storage is read while Preact renders the first frame. */
let firstRead: ReturnType<typeof readFindings> | null = readFindings();
firstRead.catch(() => undefined); // read again (and the error shown) by the effect below

/** Findings first (fast), then stories (ranking), so the popup renders at once. */
export function useTabReport(): { findings: FindingsState; stories: StoriesState; reload: () => void } {
  const [findings, setFindings] = useState<FindingsState>({ kind: 'loading' });
  const [stories, setStories] = useState<StoriesState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const read = firstRead ?? readFindings();
        firstRead = null;
        const { tabId, tab } = await read;
        if (tabId === null) return setFindings({ kind: 'not-scanned', tabId: null });
        if (cancelled) return;
        setFindings(tab ? { kind: 'ready', tab } : { kind: 'not-scanned', tabId });
        if (!tab || tab.counted === 0) return setStories({ kind: 'ready', stories: [] });
        const list = await rankTabStories(tab, 5, uiScript() === 'zh-Hant');
        if (!cancelled) setStories({ kind: 'ready', stories: list });
      } catch (e) {
        if (cancelled) return;
        const message = e instanceof Error ? e.message : String(e);
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

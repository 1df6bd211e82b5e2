import type { Claim, TextBlock } from '../detect/claims';
import type { PolicyDigest } from '../policy/digest';
import { PRIVATE_SETTINGS_KEY } from '../settings';
import { badgeFor, type Badge } from './badge';
import { mergeStored, type StorageAreaLike, type StoredTabFrames, type TabStore } from './tab-store';
import { parsePageReport } from './validate';

/** What the background's handlers need; unit tests pass fakes. */
export interface BackgroundDeps {
  store: TabStore;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  /** Session storage, for the settings a private window keeps in memory. */
  session?: Pick<StorageAreaLike, 'get'>;
  /** Claims read from a frame's statement blocks (with the settings of its window applied). */
  claimsOf?: (blocks: readonly TextBlock[], incognito: boolean) => Promise<Claim[]>;
  /** The digest of a top frame's text that may be a privacy policy, or null when it is not one. */
  /** The digest of a policy text and the time its making took (the same for a cached one). */
  digestOf?: (text: string, title: string, truncated: boolean) => Promise<{ digest: PolicyDigest | null; ms: number }>;
}

/** The minimal sender facts the handlers look at (runtime.MessageSender subset). */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number; incognito?: boolean };
  frameId?: number;
  /** The sending frame's URL and origin, set by the browser (a page cannot forge them). */
  url?: string;
  origin?: string;
}

/**
 * The one place where senders are checked: only this extension's own pages and content
 * scripts are answered. Content reports must come from a tab (any frame).
 */
export function isTrustedSender(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId;
}

function originOf(sender: SenderInfo): string {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  try {
    return new URL(sender.url ?? '').origin;
  } catch {
    return '';
  }
}

function tabAndFrame(sender: SenderInfo): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || tabId < 0 || frameId === undefined || frameId < 0) return null;
  return { tabId, frameId };
}

export function createHandlers(deps: BackgroundDeps) {
  // The reports written together share one record: its badge is worked out once.
  const badges = new WeakMap<StoredTabFrames, Badge>();
  const badgeOf = (stored: StoredTabFrames | undefined): Badge => {
    if (!stored) return { text: '', color: null };
    let badge = badges.get(stored);
    if (!badge) {
      const tab = mergeStored(stored);
      badge = tab ? badgeFor(tab.counted, tab.findings) : { text: '', color: null };
      badges.set(stored, badge);
    }
    return badge;
  };
  const updateBadge = async (tabId: number) => deps.setBadge(tabId, badgeOf(await deps.store.read(tabId)));
  return {
    /** True once stored (the content script retries until it gets true), false when refused. */
    async onReport(raw: unknown, sender: SenderInfo): Promise<boolean> {
      const at = tabAndFrame(sender);
      if (!at) return false;
      const report = parsePageReport(raw);
      if (!report) return false; // malformed or oversized: ignore, keep the last good state
      const hidden = report.hidden === true;
      const findings = hidden ? [] : report.findings.filter((f) => f.end >= f.start);
      const { blocks, policy, digest: _ignored, ...rest } = report;
      const claims = !hidden && blocks?.length && deps.claimsOf ? await deps.claimsOf(blocks, sender.tab?.incognito === true) : [];
      // Only the top frame's page is digested (a policy in an ad frame is not the page's).
      const made = !hidden && policy && at.frameId === 0 && deps.digestOf ? await deps.digestOf(policy.text, report.title, policy.truncated === true) : null;
      const digest = made?.digest ?? null;
      const digestMs = made?.ms ?? 0;
      const record = await deps.store.setFrame(
        {
          ...rest,
          ...(hidden ? { counted: 0, total: 0, context: '' } : {}),
          findings,
          claims,
          ...(digest ? { digest, digestMs: Math.round(digestMs * 10) / 10 } : {}),
          ...at,
          frameUrl: (sender.url ?? report.url).slice(0, 2048),
          origin: originOf(sender),
        },
        sender.tab?.incognito === true,
      );
      // From the record as written (reports of a page with many frames are written together).
      await deps.setBadge(at.tabId, badgeOf(record));
      return true;
    },

    /** A frame's document went away (pagehide): its findings go; the top frame takes the tab's. */
    async onFrameGone(data: unknown, sender: SenderInfo): Promise<boolean> {
      const at = tabAndFrame(sender);
      const timeOrigin = (data as { timeOrigin?: unknown } | null)?.timeOrigin;
      if (!at || typeof timeOrigin !== 'number' || !Number.isFinite(timeOrigin)) return false;
      await deps.store.removeFrame(at.tabId, at.frameId, timeOrigin);
      await updateBadge(at.tabId);
      return true;
    },

    /** Private tabs ask for the settings their window keeps in memory; others get null. */
    async onGetSettings(sender: SenderInfo): Promise<unknown> {
      if (sender.tab?.incognito !== true || !deps.session) return null;
      return (await deps.session.get(PRIVATE_SETTINGS_KEY))[PRIVATE_SETTINGS_KEY] ?? null;
    },

    async onTabRemoved(tabId: number): Promise<void> {
      await deps.store.clear(tabId);
    },
  };
}

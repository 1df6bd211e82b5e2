import { badgeFor, type Badge } from './badge';
import { mergeFrames, type TabStore } from './tab-store';
import { parsePageReport } from './validate';

/** What the background's handlers need; unit tests pass fakes. */
export interface BackgroundDeps {
  store: TabStore;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
}

/** The minimal sender facts the handlers look at (runtime.MessageSender subset). */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * The one place where senders are checked: only this extension's own pages and content
 * scripts are answered. Content reports must come from a tab (any frame).
 */
export function isTrustedSender(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId;
}

export function createHandlers(deps: BackgroundDeps) {
  return {
    async onReport(raw: unknown, sender: SenderInfo): Promise<void> {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId;
      if (tabId === undefined || tabId < 0 || frameId === undefined || frameId < 0) return;
      const report = parsePageReport(raw);
      if (!report) return; // malformed or oversized: ignore, keep the last good state
      const findings = report.findings.filter((f) => f.end >= f.start);
      await deps.store.setFrame({ ...report, findings, tabId, frameId });
      const tab = mergeFrames(tabId, await deps.store.frames(tabId))!;
      await deps.setBadge(tabId, badgeFor(tab.counted, tab.findings));
    },

    async onNavigate(tabId: number): Promise<void> {
      await deps.store.clear(tabId);
      await deps.setBadge(tabId, { text: '', color: null });
    },

    async onTabRemoved(tabId: number): Promise<void> {
      await deps.store.clear(tabId);
    },
  };
}

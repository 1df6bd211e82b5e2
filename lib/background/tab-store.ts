import { storage } from 'wxt/utils/storage';
import type { TabFindings } from '../messaging';

/**
 * Per-tab findings in session storage: they survive service-worker restarts and are
 * gone when the browser closes. Keyed by tab id; cleared on navigation and tab close.
 */
export interface TabStore {
  get(tabId: number): Promise<TabFindings | null>;
  set(value: TabFindings): Promise<void>;
  clear(tabId: number): Promise<void>;
}

const key = (tabId: number) => `session:tab:${tabId}` as const;

export const sessionTabStore: TabStore = {
  get: (tabId) => storage.getItem<TabFindings>(key(tabId)),
  set: (value) => storage.setItem(key(value.tabId), value),
  clear: (tabId) => storage.removeItem(key(tabId)),
};

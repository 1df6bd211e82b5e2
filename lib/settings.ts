import { sendToTab } from './messaging';
import { inPrivateWindow } from './private-window';
import { LEGACY_META_KEY, parseStoredSettings, SETTINGS_KEY, SETTINGS_VERSION, storedValue, type Settings, type StoredSettings } from './settings-core';

/**
 * Every stored setting is this one item: `settings` in local storage, with its version
 * inside the value (lib/settings-core.ts has the model, the reader and the repairs).
 *
 * Private windows: a change made from a private window's popup or options page is kept
 * in memory only (session storage, `settings:private`), never on disk, and applies to
 * private tabs only; normal windows keep using the stored settings.
 */
export * from './settings-core';

export const PRIVATE_SETTINGS_KEY = 'settings:private';

/** The storage calls settings need (browser.storage.local / .session, or fakes in tests). */
export interface SettingsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SettingsPlace {
  local: SettingsStorage;
  session: SettingsStorage;
  /** This page runs in a private (incognito) window. */
  incognito: boolean;
}

export { inPrivateWindow };

let place: Promise<SettingsPlace> | undefined;
function defaultPlace(): Promise<SettingsPlace> {
  return (place ??= inPrivateWindow().then((incognito) => ({ local: browser.storage.local, session: browser.storage.session, incognito })));
}

async function readStored(p: SettingsPlace): Promise<StoredSettings> {
  if (p.incognito) {
    const priv = await p.session.get([PRIVATE_SETTINGS_KEY]);
    if (priv[PRIVATE_SETTINGS_KEY] !== undefined) return parseStoredSettings({ [SETTINGS_KEY]: priv[PRIVATE_SETTINGS_KEY] });
  }
  return parseStoredSettings(await p.local.get([SETTINGS_KEY]));
}

export async function loadSettings(p?: SettingsPlace): Promise<Settings> {
  return (await readStored(p ?? (await defaultPlace()))).settings;
}

/** Read, change and write back in one call (value and version together; unknown keys of a newer version kept). */
export async function updateSettings(change: (s: Settings) => Settings, p?: SettingsPlace): Promise<Settings> {
  const where = p ?? (await defaultPlace());
  const stored = await readStored(where);
  const next = change(stored.settings);
  const value = storedValue(next, stored);
  if (where.incognito) {
    await where.session.set({ [PRIVATE_SETTINGS_KEY]: value });
    // Private tabs cannot watch session storage: tell them to read their settings again.
    if (!p) await notifyPrivateTabs();
  } else {
    await where.local.set({ [SETTINGS_KEY]: value });
    await where.local.remove(LEGACY_META_KEY);
  }
  return next;
}

/**
 * After an install or update: bring an older or damaged value to the current shape, once.
 * Nothing is written when the value is already current and valid.
 */
export async function migrateSettings(local: SettingsStorage): Promise<StoredSettings> {
  const raw = await local.get([SETTINGS_KEY, LEGACY_META_KEY]);
  const stored = parseStoredSettings(raw);
  if (stored.version === 0 && raw[LEGACY_META_KEY] === undefined) return stored;
  if (stored.version < SETTINGS_VERSION || stored.repairs.length > 0 || raw[LEGACY_META_KEY] !== undefined) {
    await local.set({ [SETTINGS_KEY]: storedValue(stored.settings, stored) });
    await local.remove(LEGACY_META_KEY);
  }
  return stored;
}

async function notifyPrivateTabs(): Promise<void> {
  try {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.filter((t) => t.incognito && t.id !== undefined).map((t) => sendToTab(t.id!, 'toContentSettingsChanged', null).catch(() => false)));
  } catch {
    // no tabs to tell
  }
}

/** Call `listener` with fresh settings whenever they change for this page's kind of window. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && SETTINGS_KEY in changes) || (area === 'session' && PRIVATE_SETTINGS_KEY in changes)) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, migrateV1toV2, SETTINGS_VERSION, withDefaults, type Settings } from './settings-core';

/** Every stored setting is in this one item; the model and rules are in settings-core.ts. */
export * from './settings-core';

let item: ReturnType<typeof defineSettingsItem> | undefined;

function defineSettingsItem() {
  return storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: { 2: migrateV1toV2 },
  });
}

/**
 * The one stored item (storage key "settings", version metadata "settings$"), defined on
 * first use; defining it runs pending migrations. The content script does not use it: it
 * reads the raw value with readSettings() and so stays small.
 */
export function settingsItem() {
  return (item ??= defineSettingsItem());
}

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem().getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem().setValue(next);
  return next;
}

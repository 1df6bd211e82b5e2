import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  applySettings,
  DEFAULT_SETTINGS,
  dismissTerm,
  isSiteDisabled,
  migrateV1toV2,
  readSettings,
  SETTINGS_VERSION,
  siteOf,
  toggleSite,
  withDefaults,
  type Settings,
} from '../../lib/settings';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a stored version-1 object without losing anything the person chose', async () => {
    // What version 1 wrote: the value and WXT's version metadata.
    await fakeBrowser.storage.local.set({
      settings: { enabledCategories: ['face', 'personal_data'], showMarks: false, disabledSites: ['news.example.com'] },
      settings$: { v: 1 },
    });
    // A fresh definition, as after an extension update, runs the migration.
    const item = storage.defineItem<Settings>('local:settings', {
      fallback: DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      migrations: { 2: migrateV1toV2 },
    });
    await item.migrate();
    expect(await item.getValue()).toEqual({
      categories: { face: true, biometric: false, personal_data: true },
      marks: false,
      disabledSites: ['news.example.com'],
      dismissed: [],
    });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toMatchObject({ v: 2 });
  });

  it('reads settings in the content script without the storage library, migrating a v1 value in memory', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabledCategories: ['face'], showMarks: true }, settings$: { v: 1 } });
    expect((await readSettings(fakeBrowser.storage.local)).categories).toEqual({ face: true, biometric: false, personal_data: false });
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, marks: false }, settings$: { v: 2 } });
    expect((await readSettings(fakeBrowser.storage.local)).marks).toBe(false);
    await fakeBrowser.storage.local.clear();
    expect(await readSettings(fakeBrowser.storage.local)).toEqual(DEFAULT_SETTINGS);
  });

  it('fills a partial or damaged value from the defaults', () => {
    expect(withDefaults({ marks: false })).toEqual({ ...DEFAULT_SETTINGS, marks: false });
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateV1toV2(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings rules', () => {
  it('disables a site and its subdomains, not other sites', () => {
    const s = toggleSite(DEFAULT_SETTINGS, 'example.com');
    expect(isSiteDisabled(s, 'https://www.example.com/a')).toBe(true);
    expect(isSiteDisabled(s, 'https://news.example.com/')).toBe(true);
    expect(isSiteDisabled(s, 'https://example.org/')).toBe(false);
    expect(isSiteDisabled(toggleSite(s, 'example.com'), 'https://example.com/')).toBe(false);
  });

  it('drops disabled categories and terms dismissed on this site only', () => {
    const findings = [
      { category: 'face' as const, term: '人脸识别' },
      { category: 'biometric' as const, term: '指纹' },
      { category: 'personal_data' as const, term: '手机号' },
    ];
    let s: Settings = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, biometric: false } };
    s = dismissTerm(s, 'shop.example', '手机号');
    expect(applySettings(s, 'https://shop.example/x', findings).map((f) => f.term)).toEqual(['人脸识别']);
    expect(applySettings(s, 'https://other.example/x', findings).map((f) => f.term)).toEqual(['人脸识别', '手机号']);
  });

  it('only web pages have a site', () => {
    expect(siteOf('https://WWW.Example.com/path')).toBe('example.com');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applySettings,
  DEFAULT_SETTINGS,
  dismissTerm,
  findingFilter,
  isSiteDisabled,
  loadSettings,
  migrateSettings,
  migrateV1toV2,
  parseStoredSettings,
  readSettings,
  SETTINGS_VERSION,
  siteOf,
  toggleSite,
  updateSettings,
  withDefaults,
  type Settings,
  type SettingsPlace,
} from '../../lib/settings';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());
  const place = (incognito = false): SettingsPlace => ({ local: fakeBrowser.storage.local, session: fakeBrowser.storage.session, incognito });

  it('migrates a stored version-1 object without losing anything the person chose, value and version in one write', async () => {
    // What version 1 wrote: the value and WXT's version metadata.
    await fakeBrowser.storage.local.set({
      settings: { enabledCategories: ['face', 'personal_data'], showMarks: false, disabledSites: ['news.example.com'] },
      settings$: { v: 1 },
    });
    await migrateSettings(fakeBrowser.storage.local);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({
      settings: { version: SETTINGS_VERSION, categories: { face: true, biometric: false, personal_data: true }, marks: false, disabledSites: ['news.example.com'], dismissed: [] },
    });
    // A second update changes nothing.
    await migrateSettings(fakeBrowser.storage.local);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });

  it('reads a v2 value whose version marker was lost as v2, not as v1 (every choice was once reset)', async () => {
    const v2 = { categories: { face: false, biometric: true, personal_data: true }, marks: false, disabledSites: ['a.example'], dismissed: [{ site: 'b.example', term: '指纹' }] };
    await fakeBrowser.storage.local.set({ settings: v2 }); // no settings$ at all
    await migrateSettings(fakeBrowser.storage.local);
    expect(await loadSettings(place())).toEqual(v2);
    // The same with the old marker present.
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await migrateSettings(fakeBrowser.storage.local);
    expect(await loadSettings(place())).toEqual(v2);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toBeUndefined();
  });

  it('repairs damaged values item by item and never loses a valid choice', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        categories: { face: 'false', biometric: 0, personal_data: 'yes' },
        marks: 'false',
        disabledSites: 'news.example.com, https://www.shop.example/path',
        dismissed: [null, { site: 'a.example', term: '人脸识别' }, { site: 3 }, 'x'],
      },
    });
    const s = await loadSettings(place());
    expect(s).toEqual({
      categories: { face: false, biometric: false, personal_data: true },
      marks: false,
      disabledSites: ['news.example.com', 'shop.example'],
      dismissed: [{ site: 'a.example', term: '人脸识别' }],
    });
    // The content script's reader gives the same, and its finding filter does not throw.
    expect(await readSettings(fakeBrowser.storage.local)).toEqual(s);
    expect(() => findingFilter(s, 'https://a.example/')({ category: 'face', term: 'x' })).not.toThrow();
    const parsed = parseStoredSettings(await fakeBrowser.storage.local.get('settings'));
    expect(parsed.repairs.length).toBeGreaterThan(0);
  });

  it('keeps keys of a newer version when it writes, and its version number', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 7, ...DEFAULT_SETTINGS, newThing: { on: true } } });
    await updateSettings((s) => ({ ...s, marks: false }), place());
    expect((await fakeBrowser.storage.local.get('settings'))['settings']).toEqual({ version: 7, ...DEFAULT_SETTINGS, marks: false, newThing: { on: true } });
  });

  it('in a private window keeps changes in memory only: nothing reaches local storage', async () => {
    await updateSettings((s) => toggleSite(dismissTerm(s, 'secret.example', '指纹'), 'secret.example'), place(true));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await loadSettings(place(true))).disabledSites).toEqual(['secret.example']);
    // Normal windows do not see it.
    expect(await loadSettings(place(false))).toEqual(DEFAULT_SETTINGS);
  });

  it('reads settings in the content script without the storage library, of any version', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabledCategories: ['face'], showMarks: true }, settings$: { v: 1 } });
    expect((await readSettings(fakeBrowser.storage.local)).categories).toEqual({ face: true, biometric: false, personal_data: false });
    await fakeBrowser.storage.local.set({ settings: { version: 3, ...DEFAULT_SETTINGS, marks: false } });
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

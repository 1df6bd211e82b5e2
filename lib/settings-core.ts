import type { Finding } from './detect/detect';
import { CATEGORIES, type Category } from './lexicon/types';

/**
 * The settings model and its rules, without the storage library (the content script
 * imports only this file; the stored item is declared in lib/settings.ts). Every setting
 * lives in one versioned item (local storage, kept across updates); a new version ships
 * a migration here, and tests/unit/settings.test.ts migrates each old shape.
 */
export interface Settings {
  /** Categories to look for. */
  categories: Record<Category, boolean>;
  /** Mark mentions on the page (the badge and popup work either way). */
  marks: boolean;
  /** Hostnames never scanned ("example.com" also covers its subdomains). */
  disabledSites: string[];
  /** "This is not a privacy mention": a term ignored on one site. Stays on the device. */
  dismissed: { site: string; term: string }[];
}

/** Version 1 (the first design): enabled categories as a list, marks as `showMarks`. */
export interface SettingsV1 {
  enabledCategories: Category[];
  showMarks: boolean;
  disabledSites?: string[];
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  categories: { face: true, biometric: true, personal_data: true },
  marks: true,
  disabledSites: [],
  dismissed: [],
};

/** v1 -> v2: categories become a record; everything the person set is kept. */
export function migrateV1toV2(old: Partial<SettingsV1> | null | undefined): Settings {
  const enabled = Array.isArray(old?.enabledCategories) ? old.enabledCategories : [...CATEGORIES];
  return {
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, enabled.includes(c)])) as Record<Category, boolean>,
    marks: typeof old?.showMarks === 'boolean' ? old.showMarks : true,
    disabledSites: Array.isArray(old?.disabledSites) ? old.disabledSites.filter((s) => typeof s === 'string') : [],
    dismissed: [],
  };
}

/** The storage area calls the content script needs (browser.storage.local or a fake). */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** Read settings without the storage library; an unmigrated version-1 value is migrated in memory. */
export async function readSettings(area: SettingsArea): Promise<Settings> {
  const raw = await area.get(['settings', 'settings$']);
  const meta = raw['settings$'] as { v?: number } | undefined;
  const value = raw['settings'];
  if (value && (meta?.v ?? 1) < 2 && 'enabledCategories' in (value as object)) return migrateV1toV2(value as SettingsV1);
  return withDefaults(value as Partial<Settings> | undefined);
}

/** Fill gaps in a stored value (a hand-edited or partly written item) from the defaults. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    categories: { ...DEFAULT_SETTINGS.categories, ...(v.categories ?? {}) },
    marks: typeof v.marks === 'boolean' ? v.marks : DEFAULT_SETTINGS.marks,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites : [],
    dismissed: Array.isArray(v.dismissed) ? v.dismissed : [],
  };
}

/** The hostname a setting applies to, lower-case, without "www."; null for non-web URLs. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

function siteMatches(rule: string, site: string): boolean {
  return site === rule || site.endsWith(`.${rule}`);
}

export function isSiteDisabled(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && settings.disabledSites.some((rule) => siteMatches(rule, site));
}

/** The findings a person wants on this page: enabled categories, not dismissed here. */
/**
 * Whether a finding is wanted on this page: its category is on and its term was not
 * dismissed here. Built once per page; the content script calls it for every finding.
 */
export function findingFilter(settings: Settings, url: string): (f: Pick<Finding, 'category' | 'term'>) => boolean {
  const site = siteOf(url);
  const dismissed = new Set(settings.dismissed.filter((d) => site !== null && siteMatches(d.site, site)).map((d) => d.term));
  return (f) => settings.categories[f.category] && !dismissed.has(f.term);
}

export function applySettings<F extends Pick<Finding, 'category' | 'term'>>(settings: Settings, url: string, findings: readonly F[]): F[] {
  return findings.filter(findingFilter(settings, url));
}

export function toggleSite(settings: Settings, site: string): Settings {
  const has = settings.disabledSites.includes(site);
  return { ...settings, disabledSites: has ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site].sort() };
}

export function dismissTerm(settings: Settings, site: string, term: string): Settings {
  if (settings.dismissed.some((d) => d.site === site && d.term === term)) return settings;
  return { ...settings, dismissed: [...settings.dismissed, { site, term }] };
}

export function undismiss(settings: Settings, site: string, term: string): Settings {
  return { ...settings, dismissed: settings.dismissed.filter((d) => !(d.site === site && d.term === term)) };
}

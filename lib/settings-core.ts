import type { Claim } from './detect/claims';
import type { Finding } from './detect/detect';
import { CATEGORIES, categoryOf, type Category } from './lexicon/types';

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

/**
 * Version 3 stores the version inside the value (`{ version: 3, ...settings }` under the
 * key "settings"), so value and version are written in one call and can never disagree.
 * Versions 1 and 2 kept the version apart, in WXT's "settings$" item.
 */
export const SETTINGS_VERSION = 3;
export const SETTINGS_KEY = 'settings';
/** WXT's version marker of versions 1-2; removed when a value is written in the v3 shape. */
export const LEGACY_META_KEY = 'settings$';

export const DEFAULT_SETTINGS: Settings = {
  categories: { face: true, biometric: true, personal_data: true },
  marks: true,
  disabledSites: [],
  dismissed: [],
};

/** What was read from storage: valid settings, keys this version does not know (kept), and what was repaired. */
export interface StoredSettings {
  settings: Settings;
  /** Keys of a newer version (or of a hand edit): written back untouched. */
  extra: Record<string, unknown>;
  /** The shape that was found: 0 (nothing stored), 1, 2, 3 or a newer version. */
  version: number;
  /** Human-readable repairs ("dismissed[0] is not {site, term}: dropped"). */
  repairs: string[];
}

const KNOWN_KEYS = new Set(['version', 'categories', 'marks', 'disabledSites', 'dismissed', 'enabledCategories', 'showMarks']);

/** true/false, and the strings and numbers people or old code write for them; null for anything else. */
export function parseFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1 || value === '1') return true;
  if (value === 'false' || value === 0 || value === '0') return false;
  return null;
}

/** A hostname as a rule: lower case, no scheme, path or "www."; null when it is not one. */
export function normalizeSite(input: string): string | null {
  const host = input.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^www\./, '');
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$|^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? host : null;
}

function sitesFrom(value: unknown, path: string, repairs: string[]): string[] {
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (typeof value === 'string') {
    repairs.push(`${path} is a string: read as a list`);
    list = value.split(/[\s,;]+/);
  } else {
    if (value !== undefined) repairs.push(`${path} is not a list: ignored`);
    return [];
  }
  const out: string[] = [];
  list.forEach((item, i) => {
    const site = typeof item === 'string' ? normalizeSite(item) : null;
    if (site === null) {
      if (!(typeof item === 'string' && item.trim() === '')) repairs.push(`${path}[${i}] is not a site: dropped`);
    } else if (!out.includes(site)) out.push(site);
  });
  return out.sort();
}

function dismissedFrom(value: unknown, repairs: string[]): Settings['dismissed'] {
  if (!Array.isArray(value)) {
    if (value !== undefined) repairs.push('dismissed is not a list: ignored');
    return [];
  }
  const out: Settings['dismissed'] = [];
  value.forEach((item, i) => {
    const d = item as { site?: unknown; term?: unknown } | null;
    const site = typeof d?.site === 'string' ? normalizeSite(d.site) : null;
    const term = typeof d?.term === 'string' ? d.term.trim() : '';
    if (site === null || term === '' || term.length > 200) repairs.push(`dismissed[${i}] is not {site, term}: dropped`);
    else if (!out.some((x) => x.site === site && x.term === term)) out.push({ site, term });
  });
  return out;
}

function flag(value: unknown, fallback: boolean, path: string, repairs: string[]): boolean {
  const b = parseFlag(value);
  if (b === null) {
    if (value !== undefined) repairs.push(`${path} is not true or false: default kept`);
    return fallback;
  }
  if (typeof value !== 'boolean') repairs.push(`${path} was ${JSON.stringify(value)}: read as ${b}`);
  return b;
}

/**
 * Read whatever is stored, of any version, into valid settings. The shape decides, not
 * the version marker alone: a v2 value whose "settings$" marker was lost is still read
 * as v2 (it was once migrated again as v1, resetting every choice). Invalid parts are
 * repaired or dropped one by one, so one bad entry never loses the others.
 */
export function parseStoredSettings(raw: Record<string, unknown>): StoredSettings {
  const value = raw[SETTINGS_KEY];
  const repairs: string[] = [];
  if (value === undefined || value === null) return { settings: structuredCloneSettings(DEFAULT_SETTINGS), extra: {}, version: 0, repairs };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { settings: structuredCloneSettings(DEFAULT_SETTINGS), extra: {}, version: 0, repairs: ['the stored settings are not an object: defaults used'] };
  }
  const v = value as Record<string, unknown>;
  const extra: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!KNOWN_KEYS.has(k)) extra[k] = x;
  let version: number;
  if (typeof v.version === 'number' && Number.isInteger(v.version) && v.version >= 3) version = v.version;
  else if ('enabledCategories' in v || 'showMarks' in v) version = 1;
  else version = 2;

  const categories = { ...DEFAULT_SETTINGS.categories };
  if (version === 1) {
    const enabled = Array.isArray(v.enabledCategories) ? v.enabledCategories : null;
    if (enabled) for (const c of CATEGORIES) categories[c] = enabled.includes(c);
    else if (v.enabledCategories !== undefined) repairs.push('enabledCategories is not a list: all kinds on');
  } else if (v.categories !== undefined) {
    const cats = v.categories as Record<string, unknown> | null;
    if (typeof cats !== 'object' || cats === null || Array.isArray(cats)) repairs.push('categories is not an object: all kinds on');
    else for (const c of CATEGORIES) categories[c] = flag(cats[c], DEFAULT_SETTINGS.categories[c], `categories.${c}`, repairs);
  }
  return {
    settings: {
      categories,
      marks: flag(version === 1 ? v.showMarks : v.marks, DEFAULT_SETTINGS.marks, version === 1 ? 'showMarks' : 'marks', repairs),
      disabledSites: sitesFrom(v.disabledSites, 'disabledSites', repairs),
      dismissed: version === 1 ? [] : dismissedFrom(v.dismissed, repairs),
    },
    extra,
    version,
    repairs,
  };
}

function structuredCloneSettings(s: Settings): Settings {
  return { categories: { ...s.categories }, marks: s.marks, disabledSites: [...s.disabledSites], dismissed: s.dismissed.map((d) => ({ ...d })) };
}

/** The one value written for `settings`: version and value together, unknown keys of a newer version kept. */
export function storedValue(settings: Settings, stored: Pick<StoredSettings, 'extra' | 'version'>): Record<string, unknown> {
  return { ...stored.extra, version: Math.max(SETTINGS_VERSION, stored.version), ...structuredCloneSettings(settings) };
}

/** v1 -> current: categories become a record; everything the person set is kept (tests and old callers). */
export function migrateV1toV2(old: Partial<SettingsV1> | null | undefined): Settings {
  return parseStoredSettings({ [SETTINGS_KEY]: { enabledCategories: [...CATEGORIES], showMarks: true, ...(old ?? {}) } }).settings;
}

/** The storage area calls the content script needs (browser.storage.local or a fake). */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** Read settings without the storage library, of any stored version, repaired in memory. */
export async function readSettings(area: SettingsArea): Promise<Settings> {
  return parseStoredSettings(await area.get([SETTINGS_KEY])).settings;
}

/** Fill gaps in a value (a partly written or hand-edited one) from the defaults, repairing bad parts. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  return parseStoredSettings({ [SETTINGS_KEY]: value ?? undefined }).settings;
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

/** Claims the person wants: data items of enabled categories only; a claim left with none goes. */
export function claimFilter(settings: Settings): (c: Claim) => Claim | null {
  const on = settings.categories;
  if (on.face && on.biometric && on.personal_data) return (c) => c;
  return (c) => {
    const data = c.data.filter((d) => on[categoryOf(d.type)]);
    return data.length === 0 ? null : data.length === c.data.length ? c : { ...c, data };
  };
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

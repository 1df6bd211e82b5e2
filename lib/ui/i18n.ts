import type { UiLang } from './format';

/** A message in the browser's UI language (public/_locales), or the key when missing. */
export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key as never, subs) || key;
}

/** zh-TW, zh-HK and zh-MO readers see Traditional characters. */
export function uiScript(): 'zh-Hans' | 'zh-Hant' | 'en' {
  const l = browser.i18n.getUILanguage().toLowerCase();
  if (!l.startsWith('zh')) return 'en';
  return /^zh[-_](tw|hk|mo|hant)/.test(l) ? 'zh-Hant' : 'zh-Hans';
}

/** Which language of the bilingual story fields to show. */
export function uiLang(): UiLang {
  return uiScript() === 'en' ? 'en' : 'zh';
}

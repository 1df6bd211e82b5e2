import type { Category } from '../lexicon/types';

/**
 * Marks via the CSS Custom Highlight API: ranges painted by ::highlight() rules, so the
 * page's DOM is never touched. Highlight names are visible to the page's own scripts
 * (CSS.highlights is shared with the main world), so they are short and neutral.
 */
export const HIGHLIGHT_NAMES: Record<Category | 'negated' | 'flash', string> = {
  face: 'pn-face',
  biometric: 'pn-biometric',
  personal_data: 'pn-personal',
  negated: 'pn-negated',
  flash: 'pn-flash',
};

export type HighlightKey = keyof typeof HIGHLIGHT_NAMES;

/** What the content script needs from the page's window (injectable for tests). */
export interface HighlightHost {
  highlights: HighlightRegistry;
  Highlight: typeof Highlight;
}

/** The page's highlight registry, or null where the API is missing (older browsers). */
export function highlightHost(win: Window & typeof globalThis): HighlightHost | null {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (!css?.highlights || typeof win.Highlight !== 'function') return null;
  return { highlights: css.highlights, Highlight: win.Highlight };
}

/** Replace the marks of each key with these ranges (an empty list removes the key). */
export function paint(host: HighlightHost, ranges: Partial<Record<HighlightKey, AbstractRange[]>>): void {
  for (const key of Object.keys(HIGHLIGHT_NAMES) as HighlightKey[]) {
    if (key === 'flash') continue;
    const list = ranges[key] ?? [];
    const name = HIGHLIGHT_NAMES[key];
    if (list.length === 0) host.highlights.delete(name);
    else host.highlights.set(name, new host.Highlight(...list));
  }
}

export function clearAll(host: HighlightHost): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) host.highlights.delete(name);
}

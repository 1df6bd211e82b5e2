import type { Category } from '../lexicon/types';

/**
 * Marks via the CSS Custom Highlight API: ranges painted by ::highlight() rules, so the
 * page's DOM is never touched. The highlight registry and the document's style sheets
 * are shared with the page's own scripts, so what a page can learn is kept to the least
 * that still shows marks (README, "What a page can learn"):
 *
 * - nothing is registered and no style rule exists until there is something to mark:
 *   a page where nothing was found sees no highlight, no sheet, no event;
 * - names are random for each page load and say nothing of the category ("h3k9x2b7q1");
 * - the rules live in one constructed style sheet adopted only while marks are shown,
 *   never in a static stylesheet that getComputedStyle could probe on every page;
 * - the flash after a click in the popup uses a name made for that one flash.
 */
export type HighlightKey = Category | 'negated';
export const HIGHLIGHT_KEYS: readonly HighlightKey[] = ['face', 'biometric', 'personal_data', 'negated'];

/** Each key's look: colour of the background and of the underline. */
const STYLE: Record<HighlightKey | 'flash', string> = {
  face: 'background-color: rgba(229, 57, 53, 0.28); text-decoration: underline 2px rgba(198, 40, 40, 0.9);',
  biometric: 'background-color: rgba(251, 140, 0, 0.28); text-decoration: underline 2px rgba(230, 81, 0, 0.9);',
  personal_data: 'background-color: rgba(30, 136, 229, 0.22); text-decoration: underline 2px rgba(21, 101, 192, 0.9);',
  negated: 'background-color: rgba(117, 117, 117, 0.18);',
  flash: 'background-color: rgba(255, 235, 59, 0.9); color: #000;',
};

/** What the content script needs from the page's window (injectable for tests). */
export interface HighlightHost {
  highlights: HighlightRegistry;
  Highlight: typeof Highlight;
  /** The document whose adoptedStyleSheets carry the rules; absent in unit tests. */
  doc?: Document;
  CSSStyleSheet?: typeof CSSStyleSheet;
}

/** The page's highlight registry, or null where the API is missing (older browsers). */
export function highlightHost(win: Window & typeof globalThis): HighlightHost | null {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (!css?.highlights || typeof win.Highlight !== 'function') return null;
  return { highlights: css.highlights, Highlight: win.Highlight, doc: win.document, CSSStyleSheet: win.CSSStyleSheet };
}

/** A name no page can guess or read a category from: "h" and 10 random base-36 characters. */
export function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let s = 'h';
  for (const b of bytes) s += (b % 36).toString(36);
  return s;
}

/** The marks of one page load: lazily named, painted, cleared, flashed. */
export class Marks {
  private names: Record<HighlightKey, string> | null = null;
  private sheet: CSSStyleSheet | null = null;
  private flashName: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: HighlightHost) {}

  /** The names in use now (tests; empty before anything was marked). */
  registered(): string[] {
    return [...(this.names ? Object.values(this.names) : []), ...(this.flashName ? [this.flashName] : [])];
  }

  /** Replace every mark with these ranges; no ranges at all removes names and rules. */
  paint(ranges: Partial<Record<HighlightKey, AbstractRange[]>>): void {
    if (!HIGHLIGHT_KEYS.some((k) => (ranges[k]?.length ?? 0) > 0)) {
      this.clear();
      return;
    }
    const names = (this.names ??= Object.fromEntries(HIGHLIGHT_KEYS.map((k) => [k, randomName()])) as Record<HighlightKey, string>);
    this.adoptRules();
    for (const key of HIGHLIGHT_KEYS) {
      const list = ranges[key] ?? [];
      if (list.length === 0) this.host.highlights.delete(names[key]);
      else this.host.highlights.set(names[key], new this.host.Highlight(...list));
    }
  }

  /** Flash one range for 1.6 s under a name of its own, then remove it (and its rule). */
  flash(range: AbstractRange): void {
    this.endFlash();
    this.flashName = randomName();
    this.adoptRules();
    this.host.highlights.set(this.flashName, new this.host.Highlight(range));
    this.flashTimer = setTimeout(() => {
      this.endFlash();
      if (!this.names) this.dropSheet();
      else this.adoptRules();
    }, 1600);
  }

  clear(): void {
    this.endFlash();
    if (this.names) for (const name of Object.values(this.names)) this.host.highlights.delete(name);
    this.names = null;
    this.dropSheet();
  }

  private endFlash(): void {
    clearTimeout(this.flashTimer);
    if (this.flashName) this.host.highlights.delete(this.flashName);
    this.flashName = null;
  }

  private rulesText(): string {
    const rules: string[] = [];
    if (this.names) for (const key of HIGHLIGHT_KEYS) rules.push(`::highlight(${this.names[key]}) { ${STYLE[key]} }`);
    if (this.flashName) rules.push(`::highlight(${this.flashName}) { ${STYLE.flash} }`);
    return rules.join('\n');
  }

  private adoptRules(): void {
    const { doc, CSSStyleSheet: Sheet } = this.host;
    if (!doc || !Sheet) return;
    try {
      if (!this.sheet) this.sheet = new Sheet();
      this.sheet.replaceSync(this.rulesText());
      if (!doc.adoptedStyleSheets.includes(this.sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    } catch {
      // A page that replaced adoptedStyleSheets with something odd: the marks stay unstyled.
    }
  }

  private dropSheet(): void {
    const { doc } = this.host;
    if (!this.sheet || !doc) return;
    const sheet = this.sheet;
    this.sheet = null;
    try {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // nothing to undo
    }
  }
}

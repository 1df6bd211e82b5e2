import { hiddenByAttributes, isEditable, type CollectOptions } from './collect';

/**
 * What a person can see is what counts: the browser's rules for the text collector.
 *
 * Subtrees nobody can see are skipped: display:none, visibility:hidden, opacity 0,
 * content-visibility:hidden (checkVisibility), boxes clipped to nothing (the "sr-only"
 * pattern, height:0 with overflow hidden), and boxes placed off the page. Text set in
 * font-size 0 or a transparent colour is dropped where it stands, so a filler inside a
 * word ("人<span style=font-size:0>广告</span>脸识别") does not split it. Whether an
 * element starts a line follows its computed display, not its tag.
 *
 * Style questions are asked only of elements that can carry their own style (a class,
 * an id, a style attribute, or a tag the browser styles): each question can force a
 * style pass over the whole page (83 ms on the 5 MB bench page), and a plain <span>
 * inside a visible parent is as visible as its parent.
 */

/** Text-level tags that pages rarely style by tag alone; without class, id or style they are not asked. */
const PLAIN_TEXT_TAGS = new Set(['P', 'SPAN', 'A', 'B', 'I', 'EM', 'STRONG', 'LI', 'TD', 'TH', 'SMALL', 'SUP', 'SUB', 'U', 'S', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'LABEL', 'FONT', 'BR', 'WBR']);

/** Tags that start a line when nothing says otherwise (the collector's default too). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

function isPlain(el: Element): boolean {
  return !el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('style');
}

function transparent(color: string): boolean {
  return color === 'transparent' || /^rgba\([^)]*,\s*0(?:\.0+)?\)$/.test(color) || /\/\s*0(?:\.0+)?\)$/.test(color);
}

interface ElementFacts {
  hidden: boolean;
  block: boolean;
  /** Text directly inside is invisible (font-size 0, transparent colour). */
  textHidden: boolean;
}

/** The browser's answers, computed once per element per scan. */
export class PageVisibility {
  private readonly facts = new WeakMap<Element, ElementFacts>();
  private readonly scrollX: number;
  private readonly scrollY: number;

  constructor(private readonly doc: Document) {
    const win = doc.defaultView;
    this.scrollX = win?.scrollX ?? 0;
    this.scrollY = win?.scrollY ?? 0;
  }

  /** Hooks for collectSteps. */
  options(): Pick<CollectOptions, 'isHidden' | 'isBlock' | 'textHidden' | 'shadowRootOf'> {
    return {
      isHidden: (el) => this.of(el).hidden,
      isBlock: (el) => this.of(el).block,
      textHidden: (el) => this.of(el).textHidden,
      shadowRootOf,
    };
  }

  /** Whether a node and all its ancestors are read at all (partial rescans), memoized. */
  readable(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (isEditable(el) || this.of(el).hidden) return false;
      if (SKIP_TAGS.has(el.tagName.toUpperCase())) return false;
    }
    return true;
  }

  of(el: Element): ElementFacts {
    let f = this.facts.get(el);
    if (!f) {
      f = this.compute(el);
      this.facts.set(el, f);
    }
    return f;
  }

  private compute(el: Element): ElementFacts {
    const tag = el.tagName.toUpperCase();
    const tagBlock = BLOCK_TAGS.has(tag);
    if (hiddenByAttributes(el)) return { hidden: true, block: tagBlock, textHidden: true };
    const parent = el.parentElement;
    const inherited = parent ? this.of(parent).textHidden : false;
    // A plain element inside visible text is as visible as its parent; inside invisible
    // text it is asked, because a stylesheet may make it visible again.
    if (PLAIN_TEXT_TAGS.has(tag) && isPlain(el) && !inherited) return { hidden: false, block: tagBlock, textHidden: false };
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    const win = el.ownerDocument.defaultView;
    const cs = win?.getComputedStyle(el);
    if (!cs) return { hidden: false, block: tagBlock, textHidden: inherited };
    const display = cs.display;
    // display:contents renders no box of its own but its children do.
    if (display !== 'contents' && typeof check === 'function' && !check.call(el, { visibilityProperty: true, opacityProperty: true })) {
      return { hidden: true, block: tagBlock, textHidden: true };
    }
    const block = display === 'contents' ? false : !display.startsWith('inline') && display !== 'ruby' && display !== 'none';
    const textHidden =
      cs.fontSize === '0px' ||
      (transparent(cs.color) && transparent(cs.getPropertyValue('-webkit-text-fill-color') || cs.color) && cs.getPropertyValue('background-clip') !== 'text' && cs.getPropertyValue('-webkit-background-clip') !== 'text');
    if (display !== 'inline' && display !== 'contents' && this.clippedAway(el, cs)) return { hidden: true, block, textHidden: true };
    return { hidden: false, block, textHidden };
  }

  /** A box clipped to (almost) nothing, or placed entirely off the page. */
  private clippedAway(el: Element, cs: CSSStyleDeclaration): boolean {
    const clips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || (cs.clip !== 'auto' && cs.clip !== '') || cs.clipPath !== 'none';
    const positioned = cs.position === 'absolute' || cs.position === 'fixed';
    if (!clips && !positioned) return false;
    const html = el as HTMLElement;
    if (clips && (html.clientWidth <= 1 || html.clientHeight <= 1) && html.scrollHeight > 0 && !(el.tagName === 'BODY' || el.tagName === 'HTML')) {
      // Clipped to a pixel or less: nothing inside can be read.
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || /rect\(\s*0/.test(cs.clip) || /inset\(\s*50%/.test(cs.clipPath)) return true;
    }
    if (positioned) {
      const r = el.getBoundingClientRect();
      if (r.right + this.scrollX <= 0 || r.bottom + this.scrollY <= 0) return true;
    }
    return false;
  }
}

/** Elements whose content is never read (the collector's own list, for ancestor checks). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/**
 * Open and closed shadow roots: what renders is what a person reads. Content scripts may
 * open closed ones (Chrome: chrome.dom.openOrClosedShadowRoot; Firefox:
 * element.openOrClosedShadowRoot); the page never learns that they did.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open) return open;
  // Only custom elements and a few built-in tags can host a shadow root.
  if (!el.tagName.includes('-') && !SHADOW_HOST_TAGS.has(el.tagName.toUpperCase())) return null;
  try {
    if ('openOrClosedShadowRoot' in el) return (el as Element & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
    const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
    return dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

/** Built-in elements that may host a shadow root (besides custom elements, whose names have a dash). */
const SHADOW_HOST_TAGS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);

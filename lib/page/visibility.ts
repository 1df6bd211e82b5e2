import { BLOCK_TAGS, hiddenByAttributes, isEditable, SKIP_TAGS, type CollectOptions } from './collect';

/**
 * What a person can see is what counts: the browser's rules for the text collector.
 *
 * Subtrees nobody can see are skipped: display:none, visibility:hidden, opacity 0
 * (checkVisibility), content-visibility:hidden, boxes clipped to nothing (the "sr-only"
 * pattern, height:0 with overflow hidden), boxes placed off the page, and anything a
 * person types into (contenteditable by style or designMode). Text set in font-size 0 or
 * a transparent colour is dropped where it stands, so a filler inside a word
 * ("人<span style=font-size:0>广告</span>脸识别") does not split it. Whether an element
 * starts a line follows its computed display, not its tag.
 *
 * Style questions are asked only of elements that can carry their own style (a class,
 * an id, a style attribute, or a tag the browser styles): each question can force a
 * style pass over the whole page (83 ms on the 5 MB bench page), and a plain <span>
 * inside a visible parent is as visible as its parent. Inside invisible text a plain
 * element is asked too, since a stylesheet may make it visible again.
 */

/** Text-level tags that pages rarely style by tag alone (by localName). */
const PLAIN_TEXT_TAGS: ReadonlySet<string> = new Set(['p', 'span', 'a', 'b', 'i', 'em', 'strong', 'li', 'td', 'th', 'small', 'sup', 'sub', 'u', 's', 'mark', 'q', 'cite', 'abbr', 'time', 'label', 'font', 'br', 'wbr']);

function isPlain(el: Element): boolean {
  return PLAIN_TEXT_TAGS.has(el.localName) && !el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('style');
}

function transparent(color: string): boolean {
  return color === 'transparent' || /^rgba\([^)]*,\s*0(?:\.0+)?\)$/.test(color) || /\/\s*0(?:\.0+)?\)$/.test(color);
}

interface ElementFacts {
  hidden: boolean;
  block: boolean;
  /** Text directly inside is invisible (font-size 0, transparent colour); null: as its parent's. */
  textHidden: boolean | null;
}

const PLAIN_BLOCK: ElementFacts = { hidden: false, block: true, textHidden: null };
const PLAIN_INLINE: ElementFacts = { hidden: false, block: false, textHidden: null };

/** The browser's answers for one scan. */
export class PageVisibility {
  private readonly scrollX: number;
  private readonly scrollY: number;
  /** The walk asks about one element several times in a row: keep only the last answer. */
  private lastEl: Element | null = null;
  private lastFacts: ElementFacts = PLAIN_INLINE;
  private lastInherited = false;
  /** Ancestors already known readable or not (partial rescans walk up from many roots). */
  private readonly readableMemo = new Map<Node, boolean>();

  constructor(doc: Document) {
    const win = doc.defaultView;
    this.scrollX = win?.scrollX ?? 0;
    this.scrollY = win?.scrollY ?? 0;
  }

  /** Hooks for collectSteps. */
  options(): Pick<CollectOptions, 'isHidden' | 'isBlock' | 'textHidden' | 'shadowRootOf'> {
    return {
      isHidden: (el) => this.facts(el, this.lastEl === el ? this.lastInherited : false).hidden,
      isBlock: (el) => this.facts(el, this.lastEl === el ? this.lastInherited : false).block,
      textHidden: (el, inherited) => this.facts(el, inherited).textHidden ?? inherited,
      shadowRootOf,
    };
  }

  /** Whether a node and all its ancestors are read at all (partial rescans), memoized. */
  readable(node: Node): boolean {
    const path: Node[] = [];
    let answer = true;
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      const known = this.readableMemo.get(n);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(n);
      if (n.nodeType === 1) {
        const el = n as Element;
        if (SKIP_TAGS.has(el.localName) || isEditable(el) || this.facts(el, false).hidden) {
          answer = false;
          break;
        }
      }
    }
    for (const p of path) this.readableMemo.set(p, answer);
    return answer;
  }

  private facts(el: Element, inherited: boolean): ElementFacts {
    if (this.lastEl !== el || this.lastInherited !== inherited) {
      this.lastFacts = this.compute(el, inherited);
      this.lastEl = el;
      this.lastInherited = inherited;
    }
    return this.lastFacts;
  }

  private compute(el: Element, inherited: boolean): ElementFacts {
    const tagBlock = BLOCK_TAGS.has(el.localName);
    if (hiddenByAttributes(el)) return { hidden: true, block: tagBlock, textHidden: true };
    if (!inherited && isPlain(el)) return tagBlock ? PLAIN_BLOCK : PLAIN_INLINE;
    // Editable by designMode: someone types here.
    if ((el as HTMLElement).isContentEditable === true) return { hidden: true, block: tagBlock, textHidden: true };
    const win = el.ownerDocument.defaultView;
    const cs = win?.getComputedStyle(el);
    if (!cs) return { hidden: false, block: tagBlock, textHidden: null };
    // -webkit-user-modify makes an element editable without contenteditable (isContentEditable stays false).
    if (cs.getPropertyValue('-webkit-user-modify').startsWith('read-write')) return { hidden: true, block: tagBlock, textHidden: true };
    const display = cs.display;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    // display:contents renders no box of its own but its children do.
    if (display !== 'contents' && typeof check === 'function' && !check.call(el, { visibilityProperty: true, opacityProperty: true })) {
      return { hidden: true, block: tagBlock, textHidden: true };
    }
    const block = display !== 'contents' && !display.startsWith('inline') && display !== 'ruby' && display !== 'none';
    // content-visibility:hidden renders the box but none of its contents.
    if (cs.getPropertyValue('content-visibility') === 'hidden') return { hidden: true, block, textHidden: true };
    if (display !== 'inline' && display !== 'contents' && this.clippedAway(el, cs)) return { hidden: true, block, textHidden: true };
    const textHidden =
      cs.fontSize === '0px' ||
      (transparent(cs.color) &&
        transparent(cs.getPropertyValue('-webkit-text-fill-color') || cs.color) &&
        cs.getPropertyValue('background-clip') !== 'text' &&
        cs.getPropertyValue('-webkit-background-clip') !== 'text');
    return { hidden: false, block, textHidden };
  }

  /** A box clipped to (almost) nothing, or placed entirely off the page. */
  private clippedAway(el: Element, cs: CSSStyleDeclaration): boolean {
    const overflows = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    const clipped = (cs.clip !== 'auto' && cs.clip !== '') || cs.clipPath !== 'none';
    const positioned = cs.position === 'absolute' || cs.position === 'fixed';
    if (!overflows && !clipped && !positioned) return false;
    const box = el as HTMLElement;
    if ((overflows || clipped) && el.localName !== 'body' && el.localName !== 'html' && (box.clientWidth <= 1 || box.clientHeight <= 1)) {
      // Clipped to a pixel or less: nothing inside can be read.
      if (overflows || /rect\(\s*0/.test(cs.clip) || /inset\(\s*50%/.test(cs.clipPath)) return true;
    }
    if (positioned) {
      const r = el.getBoundingClientRect();
      if (r.right + this.scrollX <= 0 || r.bottom + this.scrollY <= 0) return true;
    }
    return false;
  }
}

/** Built-in elements that may host a shadow root (besides custom elements, whose names have a dash). */
const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/**
 * Open and closed shadow roots: what renders is what a person reads. Content scripts may
 * open closed ones (Chrome: chrome.dom.openOrClosedShadowRoot; Firefox:
 * element.openOrClosedShadowRoot); the page never learns that they did.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open) return open;
  const tag = el.localName;
  if (!tag.includes('-') && !SHADOW_HOST_TAGS.has(tag)) return null;
  try {
    if ('openOrClosedShadowRoot' in el) return (el as Element & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
    const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
    return dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

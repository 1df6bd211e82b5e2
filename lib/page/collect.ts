/**
 * Collect the readable text of a DOM subtree with a map back to its text nodes.
 *
 * A plain walk over childNodes rather than a TreeWalker: it skips subtrees the same way
 * in Chromium, Firefox and linkedom (the CLI's DOM, whose TreeWalker ignores
 * FILTER_REJECT), so the CLI and the extension see the same text and the same offsets,
 * and it can enter open shadow roots, which a TreeWalker does not.
 */

/** Elements whose content is never read: code, styles, form fields, embedded documents (by localName). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'iframe',
  'frame', 'object', 'embed', 'canvas', 'svg', 'math', 'head', 'title', 'meta', 'link',
]);

/** Elements that end a line of text when nothing says otherwise: a boundary between them is a clause boundary. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'body', 'html',
]);

/** An element's lower-case tag name without allocating (localName is interned; tagName.toUpperCase() was not). */
const tagOf = (el: Element) => el.localName;

export interface CollectedText {
  text: string;
  /**
   * The text nodes in document order, with where each starts in `text` and its length
   * (parallel arrays: a page of a million nodes once spent 150 ms slices collecting the
   * garbage of a million segment objects). `text` between them holds "\n" block breaks.
   */
  nodes: Text[];
  starts: number[];
  lengths: number[];
}

export interface CollectOptions {
  /** Hidden subtrees are skipped (browser: lib/page/visibility.ts; Node: attributes only). */
  isHidden?: (el: Element) => boolean;
  /**
   * Whether an element starts a new line. Browser: its computed display, so
   * "人<div style=display:inline>脸识别" reads as one word; default: by tag.
   */
  isBlock?: (el: Element) => boolean;
  /**
   * Whether the text directly inside an element is invisible (font-size 0, transparent
   * colour), given whether its parent's is: the walk carries the answer down, so plain
   * children inherit it without being asked.
   */
  textHidden?: (el: Element, inherited: boolean) => boolean;
  /** The shadow root to read (browser: open or closed ones); default: open ones only. */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
  /** Told of every shadow root entered (the scanner observes its changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Stop collecting after this many characters. */
  maxChars?: number;
}

/**
 * Where a person types: contenteditable, ARIA text boxes, and the code and rich-text
 * editors that mirror a hidden textarea into plain divs (CodeMirror 5, Monaco, Ace) or
 * edit their own (CodeMirror 6, ProseMirror, Quill, Slate, TinyMCE). None of it is read.
 */
const EDITOR_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
const EDITOR_CLASS = /(?:^|\s)(?:CodeMirror|monaco-editor|ace_editor|cm-editor|cm-content|ProseMirror|ql-editor|mce-content-body|tox-edit-area|redactor-editor|note-editable|fr-element|ck-editor__editable)(?:\s|$)/;

export function isEditable(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  if (role !== null && EDITOR_ROLES.has(role.trim().toLowerCase())) return true;
  if (el.hasAttribute('data-slate-editor') || el.hasAttribute('data-lexical-editor')) return true;
  const cls = el.getAttribute('class');
  return cls !== null && EDITOR_CLASS.test(cls);
}

/** Hidden by markup alone: the `hidden` attribute, aria-hidden, or inline display:none. */
export function hiddenByAttributes(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether this element's subtree is read at all. */
export function isReadable(el: Element, isHidden: (el: Element) => boolean = hiddenByAttributes): boolean {
  return !SKIP_TAGS.has(tagOf(el)) && !isEditable(el) && !isHidden(el);
}

const CONTROL_WS = /[\n\r\t\f]/;
const CONTROL_WS_ALL = /[\n\r\t\f]/g;

/** Flags of a level of the walk (one open element). */
const BLOCK_LEVEL = 1;
/** A closed <details>: only its <summary> is shown. */
const SUMMARY_ONLY = 2;
/** The text directly in this element is invisible. */
const TEXT_HIDDEN = 4;
/** One root of a mutation batch: its siblings are not part of the walk. */
const SINGLE = 8;

/**
 * The walk as a generator that pauses every `sliceNodes` nodes, so the content script can
 * yield to the page between slices (no long task on huge pages); collectText runs it
 * to the end at once. The walk keeps one level per open element in two flat arrays (the
 * next child to visit, and flags), so memory grows with depth, not with the number of
 * children, and nothing is allocated per element (a million-node page once spent 150 ms
 * slices collecting the garbage of per-element objects). Shadow roots are read: their
 * tree, then the host's own children.
 */
export function* collectSteps(root: Node | readonly Node[], options: CollectOptions = {}, sliceNodes = 1024): Generator<void, CollectedText> {
  const isHidden = options.isHidden ?? hiddenByAttributes;
  const isBlock = options.isBlock ?? ((el: Element) => BLOCK_TAGS.has(tagOf(el)));
  const textHidden = options.textHidden;
  const shadowRootOf = options.shadowRootOf ?? ((el: Element) => el.shadowRoot);
  const maxChars = options.maxChars ?? Infinity;
  // Text is joined in pieces of 4,096 parts as the walk goes (one join of a million parts
  // at the end was one long slice).
  let parts: string[] = [];
  const pieces: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  let length = 0;
  let endsWithBreak = true;
  const breakLine = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length += 1;
      endsWithBreak = true;
    }
  };
  const next: (Node | null)[] = [];
  const flags: number[] = [];
  const push = (first: Node | null, f: number) => {
    next.push(first);
    flags.push(f);
  };
  const textHiddenOf = (el: Element, inherited: boolean) => (textHidden ? textHidden(el, inherited) : false);
  /** Open an element: its own children, and its shadow tree above them (what renders is read first). */
  const enter = (el: Node, f: number) => {
    const closedDetails = el.nodeType === 1 && tagOf(el as Element) === 'details' && !(el as Element).hasAttribute('open');
    push(el.firstChild, f | (closedDetails ? SUMMARY_ONLY : 0));
    const shadow = el.nodeType === 1 ? shadowRootOf(el as Element) : null;
    if (shadow) {
      options.onShadowRoot?.(shadow);
      push(shadow.firstChild, BLOCK_LEVEL | (f & TEXT_HIDDEN));
    }
  };

  if (Array.isArray(root)) {
    // Several subtrees (the roots of a mutation batch), each its own block.
    const list = root as readonly Node[];
    for (let i = list.length - 1; i >= 0; i--) {
      const r = list[i]!;
      const parent = r.parentNode;
      const inherited = parent !== null && parent.nodeType === 1 && textHiddenOf(parent as Element, false);
      push(r, BLOCK_LEVEL | SINGLE | (inherited ? TEXT_HIDDEN : 0));
    }
  } else {
    const single = root as Node;
    if (single.nodeType !== 1) enter(single, 0);
    else if (isReadable(single as Element, isHidden)) enter(single, textHiddenOf(single as Element, false) ? TEXT_HIDDEN : 0);
  }
  let visited = 0;
  while (next.length && length < maxChars) {
    const top = next.length - 1;
    const node = next[top]!;
    const f = flags[top]!;
    if (node === null) {
      next.pop();
      flags.pop();
      if (f & BLOCK_LEVEL) breakLine();
      continue;
    }
    next[top] = f & SINGLE ? null : node.nextSibling;
    if (f & SUMMARY_ONLY && !(node.nodeType === 1 && tagOf(node as Element) === 'summary')) continue;
    if (++visited % sliceNodes === 0) yield;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length && !(f & TEXT_HIDDEN)) {
        nodes.push(node as Text);
        starts.push(length);
        lengths.push(data.length);
        // Source line breaks inside a paragraph render as spaces; keep offsets 1:1.
        parts.push(CONTROL_WS.test(data) ? data.replace(CONTROL_WS_ALL, ' ') : data);
        length += data.length;
        endsWithBreak = false;
        if (parts.length >= 4096) {
          pieces.push(parts.join(''));
          parts = [];
        }
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!isReadable(el, isHidden)) continue;
      const block = isBlock(el);
      if (block) breakLine();
      enter(el, (block ? BLOCK_LEVEL : 0) | (textHiddenOf(el, (f & TEXT_HIDDEN) !== 0) ? TEXT_HIDDEN : 0));
    } else if (node.nodeType === 11) {
      enter(node, BLOCK_LEVEL | (f & TEXT_HIDDEN)); // a document fragment or shadow root given as a root
    }
  }
  pieces.push(parts.join(''));
  return { text: pieces.join(''), nodes, starts, lengths };
}

export function collectText(root: Node | readonly Node[], options: CollectOptions = {}): CollectedText {
  const steps = collectSteps(root, options, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The text node and offset of a position in the collected text. An end position that
 * falls exactly between two nodes resolves to the end of the earlier one.
 */
export function locate(collected: CollectedText, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { starts, lengths, nodes } = collected;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  if (preferEnd && offset === starts[found] && found > 0 && starts[found - 1]! + lengths[found - 1]! === offset) found--;
  const within = offset - starts[found]!;
  return within <= lengths[found]! ? { node: nodes[found]!, offset: within } : null;
}

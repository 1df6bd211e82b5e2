/**
 * Collect the readable text of a DOM subtree with a map back to its text nodes.
 *
 * A plain walk over childNodes rather than a TreeWalker: it skips subtrees the same way
 * in Chromium, Firefox and linkedom (the CLI's DOM, whose TreeWalker ignores
 * FILTER_REJECT), so the CLI and the extension see the same text and the same offsets,
 * and it can enter open shadow roots, which a TreeWalker does not.
 */

/** Elements whose content is never read: code, styles, form fields, embedded documents. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that end a line of text: a boundary between them is a clause boundary. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
  /** The node's length when collected. */
  length: number;
}

export interface CollectedText {
  text: string;
  /** In document order; `text` between segments holds "\n" block separators. */
  segments: TextSegment[];
}

export interface CollectOptions {
  /** Hidden subtrees are skipped (browser: lib/page/visibility.ts; Node: attributes only). */
  isHidden?: (el: Element) => boolean;
  /**
   * Whether an element starts a new line. Browser: its computed display, so
   * "人<div style=display:inline>脸识别" reads as one word; default: by tag.
   */
  isBlock?: (el: Element) => boolean;
  /** Whether the text directly inside an element is invisible (font-size 0, transparent colour). */
  textHidden?: (el: Element) => boolean;
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
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether this element's subtree is read at all. */
export function isReadable(el: Element, isHidden: (el: Element) => boolean = hiddenByAttributes): boolean {
  return !SKIP.has(el.tagName.toUpperCase()) && !isEditable(el) && !isHidden(el);
}

const CONTROL_WS = /[\n\r\t\f]/;
const CONTROL_WS_ALL = /[\n\r\t\f]/g;

/** Marks the end of a block element on the walk stack. */
const BLOCK_END = 0;

/**
 * The walk as a generator that pauses every `sliceNodes` nodes, so the content script can
 * yield to the page between slices (no long task on huge pages); collectText runs it
 * to the end at once. Open shadow roots are read (their tree, then the host's children).
 */
export function* collectSteps(root: Node | readonly Node[], options: CollectOptions = {}, sliceNodes = 1024): Generator<void, CollectedText> {
  const isHidden = options.isHidden ?? hiddenByAttributes;
  const isBlock = options.isBlock ?? ((el: Element) => BLOCK.has(el.tagName.toUpperCase()));
  const textHidden = options.textHidden;
  const shadowRootOf = options.shadowRootOf ?? ((el: Element) => el.shadowRoot);
  const maxChars = options.maxChars ?? Infinity;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithBreak = true;
  const breakLine = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length += 1;
      endsWithBreak = true;
    }
  };

  const stack: (Node | typeof BLOCK_END)[] = [];
  const pushChildren = (parent: Node) => {
    // A closed <details> shows its <summary> only.
    const closedDetails = parent.nodeType === 1 && (parent as Element).tagName.toUpperCase() === 'DETAILS' && !(parent as Element).hasAttribute('open');
    for (let c = parent.lastChild; c; c = c.previousSibling) {
      if (closedDetails && !(c.nodeType === 1 && (c as Element).tagName.toUpperCase() === 'SUMMARY')) continue;
      stack.push(c);
    }
  };
  if (Array.isArray(root)) {
    // Several subtrees (the roots of a mutation batch), each its own block.
    for (let i = root.length - 1; i >= 0; i--) {
      stack.push(BLOCK_END);
      stack.push(root[i]!);
    }
  } else {
    const single = root as Node;
    if (single.nodeType !== 1 || isReadable(single as Element, isHidden)) {
      pushChildren(single);
      const shadow = single.nodeType === 1 ? shadowRootOf(single as Element) : null;
      if (shadow) {
        options.onShadowRoot?.(shadow);
        pushChildren(shadow);
      }
    }
  }
  let visited = 0;
  while (stack.length && length < maxChars) {
    if (++visited % sliceNodes === 0) yield;
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const parent = node.parentNode;
      if (data.length && !(textHidden && parent && parent.nodeType === 1 && textHidden(parent as Element))) {
        segments.push({ node: node as Text, start: length, length: data.length });
        // Source line breaks inside a paragraph render as spaces; keep offsets 1:1.
        parts.push(CONTROL_WS.test(data) ? data.replace(CONTROL_WS_ALL, ' ') : data);
        length += data.length;
        endsWithBreak = false;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!isReadable(el, isHidden)) continue;
      if (isBlock(el)) {
        breakLine();
        stack.push(BLOCK_END);
      }
      pushChildren(el);
      // Pushed last, popped first: the shadow tree is what renders.
      const shadow = shadowRootOf(el);
      if (shadow) {
        options.onShadowRoot?.(shadow);
        stack.push(BLOCK_END);
        pushChildren(shadow);
      }
    }
  }
  return { text: parts.join(''), segments };
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
  const segs = collected.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  let s = segs[found]!;
  if (preferEnd && offset === s.start && found > 0) {
    const prev = segs[found - 1]!;
    if (prev.start + prev.length === offset) s = prev;
  }
  const within = offset - s.start;
  return within <= s.length ? { node: s.node, offset: within } : null;
}

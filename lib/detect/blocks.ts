import { blockAt, continuesDefinition, definesCategory, sentenceSpan, type Block, type TextView } from './clauses';
import type { Token } from './match';

/** A statement block as the content script reports it: its text and where it is in the page text. */
export interface TextBlock {
  start: number;
  end: number;
  /** Where the list lines under a lead-in start, relative to `start` (== text length when none). */
  listStart: number;
  text: string;
}

/** Lead words that act as verbs of a list ("日志信息包括…"): their action is the one named before them. */
export const LEAD_VERB = /^(?:包括|包含|含有|涵盖|涵蓋)$/;

/**
 * A word for a whole class of sensitive data (个人生物识别信息, 生物特征资料): the standard's
 * definitions list their members ("个人生物识别信息，包括个人基因、指纹、声纹…"). Other category
 * words open collection-list lines ("设备信息，包括设备型号…") and are not taken for definitions.
 */
const CATEGORY_WORD = /(?:生物识别|生物識別|生物辨识|生物辨識|生物特征|生物特徵)(?:信息|資訊|資料|资料|数据|數據)$/;

/**
 * "个人敏感信息包括…", "（2）个人生物识别信息，包括个人基因、指纹…": a lead verb right after a
 * generic word, or after a category word with no action before it, describes the members of
 * a category.
 */
export function describesMembers(view: TextView, verb: Token, data: readonly Token[], actionBefore = true): boolean {
  if (!LEAD_VERB.test(verb.surface)) return false;
  return data.some(
    (t) =>
      t.end <= verb.start &&
      verb.start - t.end <= 8 &&
      (t.generic || (!actionBefore && CATEGORY_WORD.test(t.surface))) &&
      // "这些个人信息包括…", "上述信息包括…": the data named before, not a category described.
      !REFERS_BACK.test(view.slice(Math.max(0, t.start - 3), t.start)),
  );
}

/** A word that points back to data already named. */
const REFERS_BACK = /(?:这些|這些|该等|該等|上述|前述|此类|此類|这类|這類)$/;

/**
 * The statement blocks of a text (clauses.ts), found around matched data words only: what
 * the content script sends so that claims can be read from them, and the definitions
 * whose words are not counted. Each block is read once.
 */
export interface FoundBlocks {
  blocks: Block[];
  /** Spans (normalized offsets) that describe a category of data by its members ("个人敏感信息包括…"). */
  descriptions: [number, number][];
}

/** Actions that give data away: a party right after them is the recipient ("提供给合作方"). */
export const GIVES_AWAY: ReadonlySet<string> = new Set(['share', 'transfer', 'disclose', 'sell']);
/** Data named right after the verb, in the folded view (記錄 reads as 记录). */
const HEAD_NOUN_AFTER = /^(?:您的|你的|用户的)?[\u3400-\u9fff]{1,8}(?:信息|資訊|数据|资料|資料|记录|日志|日誌)/;

/** A collecting or data-giving verb (not a weak one): what stands right after it is data, even when the lexicon does not know it. */
export function takesData(t: Token): boolean {
  return t.kind === 'verb' && t.strength === '' && (t.action === 'collect' || GIVES_AWAY.has(t.action));
}

/** Whether a verb opens a block of its own: it takes data, and data is named after it ("收集您的缓存记录"). */
export function opensBlock(view: Pick<TextView, 'slice'>, t: Token): boolean {
  return takesData(t) && HEAD_NOUN_AFTER.test(view.slice(t.end, t.end + 16));
}

export function findBlocks(view: TextView, tokens: readonly Token[]): FoundBlocks {
  const blocks: Block[] = [];
  const descriptions: [number, number][] = [];
  let covered = -1;
  const actions = tokens.filter((t) => t.kind === 'verb' && t.strength === '');
  const hasAction = (a: number, b: number) => actions.some((t) => t.start >= a && t.end <= b);
  for (const t of tokens) {
    if (t.start < covered) continue;
    // A collecting or sharing verb opens a block when data it names follows ("收集您的缓存记录"), known or not.
    if (t.kind === 'verb' && !opensBlock(view, t)) continue;
    const block = blockAt(view, t.start, hasAction);
    covered = block.end;
    if (block.kind === 'statement') {
      const inBlock = tokens.filter((x) => x.start >= block.start && x.end <= block.end);
      const verbs = inBlock.filter((x) => x.kind === 'verb' && x.strength !== 'trait');
      const data = inBlock.filter((x) => x.kind !== 'verb');
      // The sentence of a lead verb also names an action ("我们会收集您的个人信息，包括…",
      // "把用户的个人信息，包括位置信息…，传到美国"): its list is what is acted on, not a description.
      const actsInSentence = (v: Token) => {
        const [sa, sb] = sentenceSpan(view, v.start);
        // A definition names actions too ("一旦泄露、非法提供或滥用…的个人信息，包括…"): still a description.
        if (definesCategory(view.slice(Math.max(block.start, sa), v.start))) return false;
        // An action before the lead verb, or the list fronted by 把/将 for an action after it.
        // A verb inside a data word (识别 in 个人生物识别信息) is no action.
        const before = actions.some((x) => x.start >= sa && x.end <= v.start && !data.some((d) => d.start <= x.start && x.end <= d.end));
        return before || /(?:把|将|將)[^，,。；;]{0,12}$/.test(view.slice(Math.max(sa, v.start - 24), v.start).replace(/[，,\s]+$/, ''));
      };
      // "个人敏感信息包括身份证件号码、个人生物识别信息…" with no action in it: a definition.
      if (verbs[0] && LEAD_VERB.test(verbs[0].surface) && describesMembers(view, verbs[0], data, false) && !actsInSentence(verbs[0])) block.kind = 'definition';
      // "个人信息：指……各种信息。包括…": the members of what the sentence before defined.
      else if (continuesDefinition(view, block.start)) block.kind = 'definition';
      else for (const v of verbs) if (describesMembers(view, v, data) && !actsInSentence(v)) descriptions.push([v.start, Math.min(sentenceSpan(view, v.start)[1], block.end)]);
    }
    blocks.push(block);
  }
  return { blocks, descriptions };
}

/** The statement blocks as sent: their text, offsets in the original text. */
export function textBlocks(blocks: readonly Block[], original: string, toOriginal: (a: number, b: number) => [number, number]): TextBlock[] {
  return blocks
    .filter((b) => b.kind === 'statement')
    .map((b) => {
      const [start, end] = toOriginal(b.start, b.end);
      const listStart = Math.min(end, toOriginal(b.listStart, b.listStart)[0]) - start;
      return { start, end, listStart, text: original.slice(start, end) };
    });
}

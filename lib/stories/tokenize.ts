/**
 * Tokenization shared by the index build (Node, jieba for Chinese) and the query side
 * (extension and CLI, no jieba). Text is split into CJK runs and other runs; other runs
 * go through the same English tokenizer on both sides, and CJK runs are segmented by
 * jieba at build time and by forward maximum matching over the index vocabulary at query
 * time. BM25 only scores words that are in the index, so matching the index's own jieba
 * words in the query gives the same terms jieba would, without shipping jieba's 4 MB wasm
 * and its 0.6-1 s start (shared/research/toolchain.md) to the popup's 300 ms budget.
 */

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

const EN_STOP = new Set(
  ('a an and are as at be been by for from had has have he her his in into is it its of on or our that the their them ' +
    'they this to was were which who will with would you your we us not no than then there these those such also can may ' +
    'after before over under more most other some any each per about against between during without within upon ' +
    'when what where how why all if so do does did done out up down only own same too very just one two both being because ' +
    'while until again further here once should could must might shall let any my me i he she him her ' +
    // Everyday words of forum posts and articles: with 195 stories their idf is high, but they
    // say nothing of the practice ("a face search site" is not a waste site).
    'get gets got never ever mean means meant show shows showed take takes took taken start started form page site link result results ' +
    'like know knew said says say make made new first last year years week time way thing things someone anyone even still really ' +
    'much many well back now see seen look looked want wanted think thought told tell asked ask something every since around through ' +
    'off though however via whether yet etc ok okay lot lots kind sure actually probably maybe anything nothing everyone everything').split(' '),
);

/** Chinese function words that jieba keeps as words but that carry no topic. */
const ZH_STOP = new Set(
  ('的 了 和 与 及 或 在 对 为 是 被 将 把 从 由 其 该 此 这 那 并 而 等 以 于 之 也 都 就 还 又 但 如 若 则 所 个 中 上 下 一个 一些 这些 那些 进行 通过 以及 已经 可以 因为 所以 如果 没有 我们 他们 她们 它们 自己 相关 有关 其中 同时 目前 此外 对于 根据 按照 因此 以上 以下 包括 其他 情况 表示 认为 要求 ' +
    '发现 进入 大量 部门 检查 一台 一家 两家 三家 多家 一名 多个 一些 之后 之前 以来 期间 今年 去年 近日 日前 此前 随后 后来 其后 仍然 已经 不能 需要 使用 提供 进行 开展 作出 作为 成为 没有 可能 能够 以便 用于 用来 以及 还是 或者 并且 而且 但是 不过 然而 因而 从而 即使 只有 只是 就是 还有 其实 一起 此外 另外 总共 共计 分别 各自 所有 全部 部分 一般 主要 重要 问题 方面 工作 行为 情况 内容 方式 方面 单位 人员 公司 企业 平台 一处 这种 这样 为了 任何 往往 哪些').split(' '),
);

/** Lower-case ASCII words and numbers; plural "s" stripped from longer words. */
export function tokenizeLatin(text: string, out: string[] = []): string[] {
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || EN_STOP.has(raw)) continue;
    out.push(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}

export function isIndexableCjkWord(w: string): boolean {
  return w.length >= 2 && !ZH_STOP.has(w);
}

/** Split text into alternating CJK and non-CJK runs and call back for each. */
export function splitRuns(text: string, onCjk: (run: string) => void, onOther: (run: string) => void): void {
  let last = 0;
  CJK_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CJK_RUN.exec(text)) !== null) {
    if (m.index > last) onOther(text.slice(last, m.index));
    onCjk(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) onOther(text.slice(last));
}

/** Build-time tokenizer: `segment` is jieba's cut. */
export function tokenizeForIndex(text: string, segment: (cjk: string) => string[]): string[] {
  const out: string[] = [];
  splitRuns(
    text,
    (run) => {
      for (const w of segment(run)) if (isIndexableCjkWord(w)) out.push(w);
    },
    (run) => tokenizeLatin(run, out),
  );
  return out;
}

/** Query-time tokenizer: forward maximum matching over the index vocabulary. */
export function tokenizeQuery(text: string, vocab: ReadonlySet<string>, maxWordLength: number): string[] {
  const out: string[] = [];
  splitRuns(
    text,
    (run) => {
      let i = 0;
      while (i < run.length) {
        let len = Math.min(maxWordLength, run.length - i);
        for (; len >= 2; len--) if (vocab.has(run.slice(i, i + len))) break;
        if (len >= 2) {
          out.push(run.slice(i, i + len));
          i += len;
        } else i++;
      }
    },
    (run) => tokenizeLatin(run, out),
  );
  return out;
}

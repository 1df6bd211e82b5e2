import { detect } from '../detect/detect';
import type { Matcher } from '../detect/match';
import { CATEGORIES, type Category } from '../lexicon/types';
import type { RawArticle } from './split';

/** Words that say an authority acted: a fine, a case, a ruling, an order. */
const ENFORCEMENT_CUES = ['罚款', '罚单', '立案', '行政处罚', '处罚', '判决', '裁定', '责令', '检察建议', '公益诉讼', '下架', '约谈', '通报', '罰款', '罰鍰', '裁罰', '判決'];

const AUTHORITY =
  /((?:[\u4e00-\u9fa5]{2,6}?(?:省|市|自治区|区|县))+)(市场监督管理局|市场监管局|市场监管综合行政执法队|人民法院|中级人民法院|人民检察院|网信办|互联网信息办公室|公安局|消费者权益保护委员会|消保委)/;
const NATIONAL = /(国家互联网信息办公室|国家网信办|工业和信息化部|工信部|市场监管总局|国家市场监督管理总局|最高人民法院|最高人民检察院|公安部)/;
const AMOUNT = /(\d+(?:\.\d+)?)\s*(亿|万)?\s*元/g;
const CASES = /(\d+)\s*(?:件|起)/g;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;
const LAW = /《([^》]{2,40}(?:法|条例|规定|办法))》|(?:违反了?|依据|根据)(?:《)?([\u4e00-\u9fa5]{2,16}法)/;

export interface ArticleFields {
  categories: Category[];
  cues: string[];
  date?: { text: string; year?: number; month: number; day: number };
  place?: string;
  authority?: string;
  amount?: { value: number; currency: 'CNY'; text: string };
  amounts: { value: number; currency: 'CNY'; text: string }[];
  cases: number[];
  law?: string;
}

export interface IngestedArticle extends RawArticle {
  relevant: boolean;
  fields: ArticleFields;
}

function amountValue(num: string, unit: string | undefined): number {
  const n = Number(num);
  return Math.round(unit === '亿' ? n * 1e8 : unit === '万' ? n * 1e4 : n);
}

export function extractFields(article: RawArticle, matcher: Matcher): ArticleFields {
  const text = `${article.headline}\n${article.text}`;
  const findings = detect(text, matcher).filter((f) => !f.negated);
  const fields: ArticleFields = {
    categories: CATEGORIES.filter((c) => findings.some((f) => f.category === c)),
    cues: ENFORCEMENT_CUES.filter((c) => text.includes(c)),
    amounts: [],
    cases: [],
  };
  const d = DATE.exec(text);
  if (d) fields.date = { text: d[0], month: Number(d[2]), day: Number(d[3]), ...(d[1] ? { year: Number(d[1]) } : {}) };
  const a = AUTHORITY.exec(text);
  if (a) {
    fields.authority = a[0];
    const first = a[1]!.match(/^[\u4e00-\u9fa5]{2,6}?(?:省|市|自治区|区|县)/)![0];
    fields.place = first.length > 2 ? first.replace(/(省|市|自治区|区|县)$/, '') : first;
  } else {
    const n = NATIONAL.exec(text);
    if (n) fields.authority = n[1];
  }
  for (const m of text.matchAll(AMOUNT)) fields.amounts.push({ value: amountValue(m[1]!, m[2]), currency: 'CNY', text: m[0] });
  if (fields.amounts.length) fields.amount = fields.amounts.reduce((x, y) => (y.value > x.value ? y : x));
  for (const m of text.matchAll(CASES)) fields.cases.push(Number(m[1]));
  const law = LAW.exec(text);
  if (law) fields.law = law[1] ?? law[2];
  return fields;
}

/** Relevant: about faces or personal data (non-negated findings) and an authority acting. */
export function ingestArticle(article: RawArticle, matcher: Matcher): IngestedArticle {
  const fields = extractFields(article, matcher);
  const relevant = fields.categories.length > 0 && fields.cues.length > 0;
  return { ...article, relevant, fields };
}

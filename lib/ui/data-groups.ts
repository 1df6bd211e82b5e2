import { counts } from '../detect/counts';
import { DATA_TYPE_INFO, DATA_TYPES_SENSITIVE_FIRST } from '../lexicon/data-type-info';
import type { DataType } from '../lexicon/data-types';
import { ACTIONS, CATEGORIES, type Action, type Category } from '../lexicon/types';
import type { TabClaim, TabFinding } from '../messaging';

/**
 * The popup's view of what a page says is done with which data: one group per data type
 * (sensitive first) with its actions and statements, built from the claims and from the
 * findings no claim covers (a news page that only mentions 人脸识别). Generic words for
 * personal data (个人信息) are folded into one count; statements that say something is not
 * done are listed apart.
 */
export type ShownAction = Action | 'mentioned';

export interface Statement {
  key: string;
  sentence: string;
  /** Where a click scrolls: a finding of a frame, or a claim's first data item in its block. */
  target: { frameId: number; index: number; span?: { start: number; end: number } };
  /** Words to emphasize in the sentence. */
  matches: string[];
  /** Lexicon terms of the findings in it (what "not a privacy mention" dismisses). */
  terms: string[];
  actions: ShownAction[];
  origin?: string;
}

export interface DataGroup {
  type: DataType;
  category: Category;
  sensitive: boolean;
  actions: ShownAction[];
  recipients: string[];
  purposes: string[];
  abroad: boolean;
  statements: Statement[];
}

export interface PageDataView {
  groups: DataGroup[];
  /** Mentions of personal information in general (个人信息), folded into one line. */
  generic: number;
  /** Statements that say something is not done. */
  negated: Statement[];
  /** Counted findings by category (the badge's numbers). */
  byCategory: Record<Category, number>;
}

const ACTION_ORDER: readonly ShownAction[] = [...ACTIONS, 'mentioned'];
const sortActions = (xs: Iterable<ShownAction>) => [...new Set(xs)].sort((a, b) => ACTION_ORDER.indexOf(a) - ACTION_ORDER.indexOf(b));
const addUnique = (list: string[], x: string | undefined, max = 6) => {
  if (x && !list.includes(x) && list.length < max) list.push(x);
};

export function pageDataView(findings: readonly TabFinding[], claims: readonly TabClaim[]): PageDataView {
  const groups = new Map<DataType, DataGroup>();
  const statements = new Map<string, Statement>();
  const negated = new Map<string, Statement>();
  let generic = 0;
  const group = (type: DataType): DataGroup => {
    let g = groups.get(type);
    if (!g) {
      const info = DATA_TYPE_INFO[type];
      g = { type, category: info.category, sensitive: info.sensitive, actions: [], recipients: [], purposes: [], abroad: false, statements: [] };
      groups.set(type, g);
    }
    return g;
  };
  const statementFor = (map: Map<string, Statement>, frameId: number, sentence: string, target: Statement['target'], origin?: string): Statement => {
    const key = `${frameId}\u0000${sentence}`;
    let st = map.get(key);
    if (!st) {
      st = { key: `${target.span ? `c${target.span.start}` : "f"}:${frameId}:${target.index}`, sentence, target, matches: [], terms: [], actions: [], ...(origin ? { origin } : {}) };
      map.set(key, st);
    }
    return st;
  };

  claims.forEach((c) => {
    const target = claimTarget(c);
    if (c.negated) {
      const st = statementFor(negated, c.frameId, c.sentence, target, c.origin);
      for (const d of c.data) addUnique(st.matches, d.text, 40);
      st.actions = sortActions([...st.actions, c.action]);
      return;
    }
    const specific = c.data.filter((d) => !d.generic);
    generic += c.data.length - specific.length;
    if (specific.length === 0) return;
    const st = statementFor(statements, c.frameId, c.sentence, target, c.origin);
    st.actions = sortActions([...st.actions, c.action]);
    for (const d of specific) {
      addUnique(st.matches, d.text, 40);
      const g = group(d.type);
      g.actions = sortActions([...g.actions, c.action]);
      if (c.recipient) addUnique(g.recipients, c.recipient.text);
      if (c.purpose) addUnique(g.purposes, c.purpose.text.slice(0, 40));
      if (c.abroad) g.abroad = true;
      if (!g.statements.includes(st)) g.statements.push(st);
    }
  });

  for (const f of findings) {
    const target = { frameId: f.frameId, index: f.index };
    if (f.negated) {
      const st = statementFor(negated, f.frameId, f.sentence, target, f.origin);
      addUnique(st.matches, f.match ?? f.term, 40);
      addUnique(st.terms, f.term, 40);
      continue;
    }
    if (!counts(f)) continue;
    if (f.generic) {
      generic++;
      continue;
    }
    // A claim already holds this sentence: the finding adds its term (for "not a mention").
    const covering = claims.find((c) => !c.negated && c.frameId === f.frameId && c.start <= f.start && f.end <= c.end);
    const st = covering
      ? statementFor(statements, f.frameId, covering.sentence, claimTarget(covering), covering.origin)
      : statementFor(statements, f.frameId, f.sentence, target, f.origin);
    addUnique(st.matches, f.match ?? f.term, 40);
    addUnique(st.terms, f.term, 40);
    const g = group(f.type);
    if (!covering) {
      st.actions = sortActions([...st.actions, 'mentioned']);
      if (!g.actions.some((a) => a !== 'mentioned')) g.actions = sortActions([...g.actions, 'mentioned']);
    }
    if (!g.statements.includes(st)) g.statements.push(st);
  }

  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) if (counts(f)) byCategory[f.category]++;
  const order = new Map(DATA_TYPES_SENSITIVE_FIRST.map((t, i) => [t, i]));
  return {
    groups: [...groups.values()].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || order.get(a.type)! - order.get(b.type)!),
    generic,
    negated: [...negated.values()],
    byCategory,
  };
}

/** A claim scrolls to its first data item inside its block (or, when that is unknown, to nothing). */
function claimTarget(c: TabClaim): Statement['target'] {
  const first = c.data[0];
  return { frameId: c.frameId, index: c.block ?? -1, ...(first ? { span: { start: first.start, end: first.end } } : {}) };
}

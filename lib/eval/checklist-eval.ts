import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifySentences, type ChecklistItem } from '../policy/checklist';

/**
 * Evaluation of the sentence checklist (lib/policy/checklist.ts) on VioDroid-Finder's
 * labelled policy sentences (Empirical Software Engineering 2024), the half in
 * ../shared/benchmarks/viodroid-dev. The labels are the authors'; nothing here copies
 * their text. The sentences are split by n: even n is where patterns may be tuned
 * ("tune"), odd n is only reported ("check").
 */
export const VIODROID_DEV = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/benchmarks/viodroid-dev/sentences.jsonl');

export interface LabelledSentence {
  n: number;
  sentence: string;
  category: string;
  rules: string[];
}

export type Part = 'tune' | 'check';
export const partOf = (s: Pick<LabelledSentence, 'n'>): Part => (s.n % 2 === 0 ? 'tune' : 'check');

/** The benchmark rule of each checklist item (`complaints` has none). */
export const CR_OF_ITEM: Readonly<Record<Exclude<ChecklistItem, 'complaints'>, string>> = {
  updated: 'CR1',
  scope: 'CR2',
  controller: 'CR3',
  contact: 'CR4',
  children: 'CR5',
  consent: 'CR6',
  changes: 'CR7',
  withdraw: 'CR8',
  'personalised-off': 'CR9',
  rights: 'CR10',
  purposes: 'CR11',
  personalised: 'CR12',
  'data-types': 'CR13',
  retention: 'CR14',
  security: 'CR15',
  sensitive: 'CR16',
  incident: 'CR17',
  sharing: 'CR18',
  'sharing-consent': 'CR19',
  recipients: 'CR20',
  'sharing-purpose': 'CR21',
  'shared-data': 'CR22',
  abroad: 'CR23',
  'abroad-consent': 'CR24',
  'abroad-purpose': 'CR25',
  'abroad-protection': 'CR26',
};

export const RULES = Array.from({ length: 26 }, (_, i) => `CR${i + 1}`);
const ITEM_OF_CR = new Map(Object.entries(CR_OF_ITEM).map(([item, cr]) => [cr, item as ChecklistItem]));
export const itemOfRule = (cr: string): ChecklistItem | undefined => ITEM_OF_CR.get(cr);

export function loadSentences(path = VIODROID_DEV): LabelledSentence[] {
  if (!existsSync(path)) throw new Error(`VioDroid benchmark not found at ${path} (see ../shared/benchmarks/README.md)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledSentence);
}

export interface RuleScore {
  rule: string;
  item: ChecklistItem;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PartReport {
  sentences: number;
  rules: RuleScore[];
  /** Mean F1 over CR1-CR26 (a rule with no support and no prediction counts 1). */
  macroF1: number;
}

/** Predicted rules of each sentence. */
export type Predictions = Map<number, Set<string>>;

/** Classifies a run of sentences in document order (the default: lib/policy/checklist.ts classifySentences). */
export type Classify = (sentences: readonly string[]) => readonly (readonly ChecklistItem[])[];

export function predict(sentences: readonly LabelledSentence[], classify: Classify = classifySentences): { predictions: Predictions; ms: number } {
  const predictions: Predictions = new Map();
  const t0 = performance.now();
  const items = classify(sentences.map((s) => s.sentence));
  const ms = performance.now() - t0;
  sentences.forEach((s, i) => {
    const crs = new Set<string>();
    for (const it of items[i]!) if (it !== 'complaints') crs.add(CR_OF_ITEM[it]);
    predictions.set(s.n, crs);
  });
  return { predictions, ms };
}

export function score(sentences: readonly LabelledSentence[], predictions: Predictions): PartReport {
  const rules = RULES.map((rule): RuleScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of sentences) {
      const gold = s.rules.includes(rule);
      const pred = predictions.get(s.n)?.has(rule) ?? false;
      if (gold && pred) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { rule, item: itemOfRule(rule)!, support: tp + fn, tp, fp, fn, precision, recall, f1 };
  });
  return { sentences: sentences.length, rules, macroF1: rules.reduce((a, r) => a + r.f1, 0) / rules.length };
}

export interface ChecklistReport {
  tune: PartReport;
  check: PartReport;
  all: PartReport;
  /** Time to classify every sentence once, in ms. */
  ms: number;
}

export function evaluateChecklist(sentences: readonly LabelledSentence[] = loadSentences(), classify?: Classify): ChecklistReport {
  const { predictions, ms } = predict(sentences, classify);
  return {
    tune: score(sentences.filter((s) => partOf(s) === 'tune'), predictions),
    check: score(sentences.filter((s) => partOf(s) === 'check'), predictions),
    all: score(sentences, predictions),
    ms,
  };
}

/**
 * False negatives and false positives of one item, from the tune half only: the check
 * half is never shown while patterns are written.
 */
export function tuneMisses(sentences: readonly LabelledSentence[], item: ChecklistItem, limit = 8, classify: Classify = classifySentences) {
  if (item === 'complaints') throw new Error('complaints has no benchmark rule');
  const rule = CR_OF_ITEM[item];
  // Classified in document order, both halves (a sentence's neighbours are read as text only).
  const { predictions } = predict(sentences, classify);
  const tune = sentences.filter((s) => partOf(s) === 'tune');
  const fn: LabelledSentence[] = [];
  const fp: LabelledSentence[] = [];
  for (const s of tune) {
    const gold = s.rules.includes(rule);
    const pred = predictions.get(s.n)!.has(rule);
    if (gold && !pred) fn.push(s);
    else if (pred && !gold) fp.push(s);
  }
  return { rule, fn: fn.slice(0, limit), fp: fp.slice(0, limit), fnCount: fn.length, fpCount: fp.length };
}

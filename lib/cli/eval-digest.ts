/**
 * npm run eval:digest [-- --json] [--part tune|check] [--misses N]
 *
 * The policy digest on CA4P-483's dev half (../shared/benchmarks/ca4p-dev; Zhao et al.,
 * EMNLP 2022): policies recognised; annotated data types the digest lists (per policy,
 * averaged, and pooled); clauses inside the text; flags raised; time per policy. And pages
 * that are not policies (lib/eval/digest-eval.ts): how many were taken for one (should be
 * none). The even-id half ("tune") is where rules may be tuned, the odd half ("check") is
 * only looked at; both are reported. --misses lists the tune half's most often missed types.
 */
import { defaultMatcher } from '../detect/default-matcher';
import { evaluateDigestDoc, nonPolicyMistakes, nonPolicyPages, type DigestDocResult } from '../eval/digest-eval';
import { loadCa4p, partOf, type Part } from '../eval/policy-eval';

const args = process.argv.slice(2);
const json = args.includes('--json');
const partArg = args.includes('--part') ? (args[args.indexOf('--part') + 1] as Part) : undefined;
const missesN = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1]) : 0;

const matcher = defaultMatcher();
const docs = loadCa4p().filter((d) => !partArg || partOf(d) === partArg);
const results = docs.map((d) => evaluateDigestDoc(d, matcher));

function summarise(rs: readonly DigestDocResult[]) {
  const withGold = rs.filter((r) => r.gold.length > 0);
  const perDoc = withGold.map((r) => r.gold.filter((t) => r.got.includes(t)).length / r.gold.length);
  const goldN = withGold.reduce((n, r) => n + r.gold.length, 0);
  const hitN = withGold.reduce((n, r) => n + r.gold.filter((t) => r.got.includes(t)).length, 0);
  const extra = rs.reduce((n, r) => n + r.got.filter((t) => !r.gold.includes(t)).length, 0);
  const ms = rs.map((r) => r.ms).sort((a, b) => a - b);
  const chars = rs.reduce((n, r) => n + r.chars, 0);
  const flags: Record<string, number> = {};
  for (const r of rs) for (const f of r.flags) flags[f] = (flags[f] ?? 0) + 1;
  return {
    policies: rs.length,
    recognised: rs.filter((r) => r.recognised).length,
    kinds: rs.reduce<Record<string, number>>((m, r) => ((m[r.kind ?? 'none'] = (m[r.kind ?? 'none'] ?? 0) + 1), m), {}),
    withGoldTypes: withGold.length,
    typeRecallMeanPerPolicy: perDoc.length ? perDoc.reduce((a, b) => a + b, 0) / perDoc.length : 0,
    typeRecallPooled: goldN ? hitN / goldN : 0,
    goldTypes: goldN,
    listedNotAnnotated: extra,
    untypedItems: rs.reduce((n, r) => n + r.untyped, 0),
    clauses: rs.reduce((n, r) => n + r.clauses, 0),
    badClauses: rs.reduce((n, r) => n + r.badClauses, 0),
    policiesWithClauses: rs.filter((r) => r.clauses > 0).length,
    flags,
    appTypes: rs.filter((r) => r.appType).length,
    msMedian: ms[Math.floor(ms.length / 2)] ?? 0,
    msMax: ms[ms.length - 1] ?? 0,
    charsPerMs: chars / Math.max(1, rs.reduce((n, r) => n + r.ms, 0)),
  };
}

const tune = summarise(results.filter((r) => r.part === 'tune'));
const check = summarise(results.filter((r) => r.part === 'check'));
const all = summarise(results);
const nonPolicy = { pages: nonPolicyPages().length, takenForPolicy: nonPolicyMistakes() };

const missed: Record<string, number> = {};
for (const r of results.filter((x) => x.part === 'tune')) for (const t of r.gold) if (!r.got.includes(t)) missed[t] = (missed[t] ?? 0) + 1;

if (json) {
  console.log(JSON.stringify({ tune, check, all, nonPolicy, ...(missesN ? { tuneMissedTypes: missed } : {}) }));
} else {
  const line = (name: string, s: ReturnType<typeof summarise>) =>
    console.log(
      `${name.padEnd(6)} policies ${s.recognised}/${s.policies} recognised; data types listed: ${s.typeRecallMeanPerPolicy.toFixed(3)} per policy (mean of ${s.withGoldTypes}), ${s.typeRecallPooled.toFixed(3)} pooled (${s.goldTypes} annotated types; ${s.untypedItems} items the lexicon cannot type); rows not annotated ${s.listedNotAnnotated}; clauses ${s.clauses} (${s.badClauses} off the text) in ${s.policiesWithClauses} policies; app type for ${s.appTypes}; ${s.msMedian.toFixed(1)} ms median, ${s.msMax.toFixed(1)} ms max, ${Math.round(s.charsPerMs * 1000).toLocaleString('en')} chars/s`,
    );
  console.log('Policy digest on CA4P-483 dev half (../shared/benchmarks/ca4p-dev)');
  line('tune', tune);
  line('check', check);
  line('all', all);
  console.log(`kinds (all): ${JSON.stringify(all.kinds)}`);
  console.log(`flags raised (all, policies): ${Object.entries(all.flags).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`non-policy pages: ${nonPolicy.takenForPolicy.length} of ${nonPolicy.pages} taken for a policy${nonPolicy.takenForPolicy.length ? ': ' + nonPolicy.takenForPolicy.join(', ') : ''}`);
  if (missesN) console.log(`tune half, missed types: ${Object.entries(missed).sort((a, b) => b[1] - a[1]).slice(0, missesN).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

import * as v from 'valibot';
import { DATA_TYPES } from '../lexicon/data-types';

/**
 * 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021): for each of its 39 app types, the
 * basic function service and the personal information necessary for it, as the rules list
 * them, mapped onto the project's data types (lib/lexicon/data-types.ts). The policy digest
 * lists what a policy collects beyond the necessary scope of the app type it infers (and of
 * any type the reader picks instead). Validated at build and in tests.
 */
const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const Localized = v.strictObject({ zh: text, en: text });

export const AppTypeSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: Localized,
  basic: Localized,
  necessary: v.strictObject({ zh: v.array(text), en: v.array(text) }),
  dataTypes: v.array(v.picklist(DATA_TYPES)),
});

export const NecessaryScopeSchema = v.strictObject({
  source: v.strictObject({ publisher: text, title: text, date: v.optional(text), url: v.optional(v.pipe(v.string(), v.url())) }),
  inForce: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  types: v.pipe(
    v.array(AppTypeSchema),
    v.check((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'app type ids must be unique'),
  ),
});

export type AppType = v.InferOutput<typeof AppTypeSchema>;
export type NecessaryScope = v.InferOutput<typeof NecessaryScopeSchema>;

export function parseNecessaryScope(input: unknown): NecessaryScope {
  const r = v.safeParse(NecessaryScopeSchema, input);
  if (!r.success) throw new Error(`necessary-scope.json:\n${r.issues.map((i) => `  ${i.path?.map((p) => String(p.key)).join('.') ?? '(root)'}: ${i.message}`).join('\n')}`);
  return r.output;
}

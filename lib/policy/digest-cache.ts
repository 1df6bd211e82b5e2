import type { Matcher } from '../detect/match';
import { buildDigest, type PolicyDigest } from './digest';

/** A digest and the time it took to make (ms; a cached one keeps the time of its making). */
export interface TimedDigest {
  digest: PolicyDigest | null;
  ms: number;
}

/**
 * The background's digests of the last few policy texts: a policy page reports again on
 * every later change (a cookie banner closing), with the same text; it is digested once.
 * Texts are kept in memory only, at most `size` of them.
 */
export function createDigestCache(matcher: () => Matcher, size = 4) {
  const entries = new Map<string, TimedDigest>();
  return {
    get(text: string, title: string, truncated: boolean): TimedDigest {
      const key = `${truncated ? 1 : 0}${title}\u0000${text}`;
      if (entries.has(key)) {
        const hit = entries.get(key)!;
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const t0 = performance.now();
      const made = { digest: buildDigest(text, title, matcher(), { truncated }).digest ?? null, ms: 0 };
      made.ms = performance.now() - t0;
      entries.set(key, made);
      while (entries.size > size) entries.delete(entries.keys().next().value!);
      return made;
    },
  };
}

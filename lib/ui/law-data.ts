import type { LawData } from '../law/rules';

let loaded: LawData | null = null;
let loading: Promise<LawData> | undefined;

/** The law data (its own chunk), loaded once: the popup starts it before its first render on a policy page. */
export function loadLaw(): Promise<LawData> {
  return (loading ??= import('../law/law.gen.json').then((m) => (loaded = m.default as unknown as LawData)));
}

/** The law data if it has loaded already, else null. */
export function lawIfLoaded(): LawData | null {
  return loaded;
}

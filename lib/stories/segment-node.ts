import { add_word, cut } from 'jieba-wasm';
import { LEXICON_SOURCES } from '../lexicon';
import { SECTOR_CUES } from './cues';

let ready = false;

/**
 * jieba (node build) with the project's domain words added as user words, so 人脸信息,
 * 售楼处 and 刷脸 stay whole in the index. Build time and tests only.
 */
export function jiebaSegment(text: string): string[] {
  if (!ready) {
    for (const src of LEXICON_SOURCES) {
      if (src.lang === 'en') continue;
      for (const list of [...Object.values(src.terms), ...Object.values(src.objects)]) {
        for (const w of list) if (/^[\u3400-\u9fff]{2,}$/.test(w)) add_word(w, 50000);
      }
    }
    for (const cues of Object.values(SECTOR_CUES)) for (const w of cues) if (/^[\u3400-\u9fff]{2,}$/.test(w)) add_word(w, 50000);
    ready = true;
  }
  return cut(text, true);
}

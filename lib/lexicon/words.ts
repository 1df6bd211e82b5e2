/**
 * Front coding for the compiled word lists: words sorted, each written as the length of
 * the prefix it shares with the previous word (one digit, 0-9) and the rest, joined by
 * "|". "人脸识别|人脸信息" becomes "0人脸识别|2信息". It keeps the content script small: most
 * Chinese words share their first characters with a neighbour.
 */
export function encodeWords(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let prev = '';
  return sorted
    .map((w) => {
      let k = 0;
      while (k < 9 && k < w.length && k < prev.length && w[k] === prev[k]) k++;
      prev = w;
      return `${k}${w.slice(k)}`;
    })
    .join('|');
}

export function decodeWords(encoded: string): string[] {
  if (!encoded) return [];
  let prev = '';
  return encoded.split('|').map((item) => {
    const w = prev.slice(0, Number(item[0])) + item.slice(1);
    prev = w;
    return w;
  });
}

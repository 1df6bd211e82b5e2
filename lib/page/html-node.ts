import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { collectText } from './collect';

/** Extract a page's readable text and title in Node, with the content script's rules. */
export function textFromHtml(html: string): { text: string; title: string } {
  const { document } = parseHTML(html);
  const title = document.title?.trim() ?? '';
  const root = document.body ?? document.documentElement;
  return { text: root ? collectText(root).text : '', title };
}

/**
 * A CLI input file's text and title: .html/.htm read as the content script reads a page,
 * .txt as is, `-` standard input (HTML when it looks like it). Other types throw.
 */
export function readInputFile(file: string): { text: string; title: string } {
  const raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  const isHtml = /\.html?$/i.test(file) || (file === '-' && /^\s*<(?:!doctype|html|head|body|p|div)\b/i.test(raw));
  if (isHtml) return textFromHtml(raw);
  if (file !== '-' && !/\.txt$/i.test(file)) throw new Error(`${file}: unsupported file type (use .html, .htm or .txt)`);
  return { text: raw, title: '' };
}

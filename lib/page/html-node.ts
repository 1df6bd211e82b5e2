import { parseHTML } from 'linkedom';
import { collectText } from './collect';

/** Extract a page's readable text and title in Node, with the content script's rules. */
export function textFromHtml(html: string): { text: string; title: string } {
  const { document } = parseHTML(html);
  const title = document.title?.trim() ?? '';
  const root = document.body ?? document.documentElement;
  return { text: root ? collectText(root).text : '', title };
}

/**
 * Split a plain-text newspaper page (several articles, each a short headline, an
 * optional byline, then paragraphs separated by blank lines) into articles.
 */

export interface RawArticle {
  headline: string;
  byline: string;
  text: string;
}

/** Reporter roles that start or fill a byline (本报记者 张三 通讯员 李四; 通讯员 王五 摄). */
const ROLE = '(?:本报|本刊|见习|实习|特约|首席)?(?:记者|通讯员|实习生|编辑|撰稿|摄影)';
const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
const BYLINE = new RegExp(`^(?:(?:${ROLE}\\s*)?${NAME}(?:\\s+|$))+(?:摄|报道|文/图|供图)?$`);

/** A line that names reporters and nothing else. */
export function isByline(line: string): boolean {
  const s = line.trim().replace(/\s+/g, ' ');
  if (s.length === 0 || s.length > 40) return false;
  if (!BYLINE.test(s)) return false;
  // Names alone ("刘羊旻 张玉洁") need at least two of them, or a role word.
  return new RegExp(ROLE).test(s) || s.split(' ').length >= 2;
}

/** A headline: one short line with no sentence-final full stop inside, not a byline. */
export function isHeadline(block: string): boolean {
  const s = block.trim();
  if (s.includes('\n') || s.length < 4 || s.length > 40) return false;
  if (/[。；]/.test(s) || /^(本报讯|据|近日|日前)/.test(s)) return false;
  return !isByline(s);
}

export function splitArticles(page: string): RawArticle[] {
  const blocks = page
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const articles: RawArticle[] = [];
  let current: RawArticle | null = null;
  let paragraphs: string[] = [];
  const flush = () => {
    if (current) {
      current.text = paragraphs.join('\n');
      articles.push(current);
    }
    paragraphs = [];
  };
  blocks.forEach((block) => {
    if (isHeadline(block)) {
      flush();
      current = { headline: block, byline: '', text: '' };
    } else if (isByline(block)) {
      if (!current) current = { headline: '', byline: '', text: '' };
      if (!current.byline) current.byline = block.replace(/\s+/g, ' ');
    } else {
      if (!current) current = { headline: '', byline: '', text: '' };
      // A paragraph cut by the page layout ("……松阳县法院" / "开设……") continues the last one.
      const last = paragraphs.length - 1;
      if (last >= 0 && !/[。！？!?”」』）)…]$/.test(paragraphs[last]!)) paragraphs[last] += block;
      else paragraphs.push(block);
    }
  });
  flush();
  return articles;
}

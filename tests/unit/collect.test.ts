import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { collectText, locate } from '../../lib/page/collect';
import { textFromHtml } from '../../lib/page/html-node';
import { scanDocument } from '../../lib/page/scan-document';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture written here, not page input
  return document.body;
}

describe('collectText', () => {
  it('skips scripts, styles, form fields, contenteditable and hidden subtrees', () => {
    const body = dom(`
      <p>可见的人脸识别</p>
      <script>var s = "人脸识别";</script><style>.x{}</style><noscript>人脸识别</noscript>
      <textarea>人脸识别</textarea><input value="人脸识别"><div contenteditable="true">人脸识别</div>
      <div hidden>人脸识别</div><div style="display: none">人脸识别</div><div aria-hidden="true">人脸识别</div>
      <p>结尾</p>`);
    const { text } = collectText(body);
    expect(text.match(/人脸识别/g)).toHaveLength(1);
    expect(text).toContain('可见的人脸识别\n');
    expect(text).toContain('结尾');
  });

  it('separates blocks with a line break and keeps inline text together', () => {
    const { text } = collectText(dom('<div>我们<b>收集</b>您的<i>位置信息</i></div><p>下一段</p>'));
    expect(text.trim()).toBe('我们收集您的位置信息\n下一段');
  });

  it('maps every offset back to its text node', () => {
    const body = dom('<p>甲<b>人脸</b>识别</p><p>乙</p>');
    const collected = collectText(body);
    const start = collected.text.indexOf('人脸');
    const a = locate(collected, start)!;
    expect(a.node.data).toBe('人脸');
    expect(a.offset).toBe(0);
    const end = locate(collected, start + 2, true)!;
    expect(end.node.data).toBe('人脸');
    expect(end.offset).toBe(2);
  });

  it('reads the same text as the CLI does from the same HTML', () => {
    const html = '<html><head><title>t</title></head><body><h1>标题</h1><p>收集<span>手机号</span></p><script>x</script></body></html>';
    document.documentElement.innerHTML = html.replace(/^<html>|<\/html>$/g, '');
    expect(collectText(document.body).text).toBe(textFromHtml(html).text);
  });
});

describe('open shadow roots', () => {
  it('are read, with the text of the shadow tree', () => {
    const body = dom('<p>前言</p><div id="host">宿主文字</div>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: '本店使用人脸识别门禁' }));
    expect(collectText(body).text).toContain('本店使用人脸识别门禁');
  });
});

describe('scanDocument', () => {
  it('gives one range per finding covering exactly the mention', () => {
    dom('<p>本店启用<b>人脸</b>识别门禁。我们会收集您的<span>手机号</span>。</p>');
    const result = scanDocument(document, defaultMatcher());
    expect(result.map((e) => e.finding.term)).toEqual(['人脸识别', '手机号']);
    expect(result.map((e) => e.range?.toString())).toEqual(['人脸识别', '手机号']);
  });
});

import { describe, expect, it } from 'vitest';
import { createAnalyzer, MAX_ANALYZE_FINDINGS } from '../../lib/background/analyze';
import { analyzeText } from '../../lib/detect/chunked';
import { defaultMatcher } from '../../lib/detect/default-matcher';
import { LIMITS } from '../../lib/messaging';
import { createBackgroundReader, type SendPart } from '../../lib/page/background-reader';

const m = defaultMatcher();
const analyzer = createAnalyzer(() => m, () => Promise.resolve());
/** What the background answers, as the real message handler computes it. */
const send: SendPart = (text, limit) => analyzer({ text, limit });

/** A long text with mentions, list lines and a lead-in spread over it. */
function longText(): string {
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    if (i % 37 === 5) lines.push('我们会收集以下信息：', '1、您的手机号码；', '2、您的面部特征。');
    else if (i % 23 === 3) lines.push('The app collects your email address and your precise location.');
    else if (i % 29 === 7) lines.push('本店不会收集您的指纹。');
    else lines.push(`第${i}行：今天天气很好，我们去公园散步。`);
  }
  return lines.join('\n');
}

describe('the background reads the content script\'s text', () => {
  it('in parts, with the findings and blocks (offsets included) of one reading of the whole', async () => {
    const text = longText();
    const whole = analyzeText(text, m, { limit: 2000 });
    expect(whole.findings.length).toBeGreaterThan(20);
    let messages = 0;
    const counting: SendPart = (t, limit) => {
      messages++;
      expect(t.length).toBeLessThanOrEqual(1000);
      return send(t, limit);
    };
    const got = await createBackgroundReader(counting, 1000)(text, 2000);
    expect(messages).toBeGreaterThan(10);
    expect(got?.findings).toEqual(whole.findings);
    expect(got?.blocks).toEqual(whole.blocks);
    for (const f of got!.findings) expect(text.slice(f.start, f.end).length).toBe(f.end - f.start);
  });

  it('says where a text with no finding names a standalone practice, with the offsets of the whole text across parts', async () => {
    const filler = Array.from({ length: 60 }, (_, i) => `第${i}行：今天天气很好，我们去公园散步。`).join('\n');
    const text = `${filler}\n家裡的網路攝影機被入侵，畫面出現在國外網站上。`;
    const got = await createBackgroundReader(send, 1000)(text, 100);
    expect(got?.findings).toEqual([]);
    expect(got?.cues?.map(([a, b]) => text.slice(a, b))).toEqual(['網路攝影機']);
    // A page with a finding that counts carries none.
    const withFinding = await analyzer({ text: '网络摄像头会拍下您的人脸并上传。', limit: 10 });
    expect(withFinding?.findings.length).toBeGreaterThan(0);
    expect(withFinding?.cues).toBeUndefined();
    // Nor does a page that names no such practice.
    expect((await analyzer({ text: '今天天气很好，我们去公园散步。', limit: 10 }))?.cues).toBeUndefined();
  });

  it('stops at the limit of findings', async () => {
    const got = await createBackgroundReader(send, 1000)(longText(), 3);
    expect(got?.findings.length).toBe(3);
  });

  it('sends a failed part again after each pause, and gives null (not a partial answer) when it still fails or is refused', async () => {
    const text = '我们会收集您的手机号码。';
    let calls = 0;
    const flaky: SendPart = (t, l) => (++calls <= 3 ? Promise.reject(new Error('Receiving end does not exist')) : send(t, l));
    expect((await createBackgroundReader(flaky, 1000, [0, 0, 0])(text, 10))?.findings.map((f) => f.term)).toEqual(['手机号码']);
    expect(calls).toBe(4);
    let downCalls = 0;
    const down: SendPart = () => (downCalls++, Promise.reject(new Error('gone')));
    expect(await createBackgroundReader(down, 1000, [0, 0])(text, 10)).toBeNull();
    expect(downCalls).toBe(3);
    let part = 0;
    const refusesSecond: SendPart = (t, l) => (++part === 2 ? Promise.resolve(null) : send(t, l));
    expect(await createBackgroundReader(refusesSecond, 1000, [0])(longText(), 100)).toBeNull();
    // A refusal is not sent again.
    expect(part).toBe(2);
  });
});

describe('the background analyzer (contentAnalyze)', () => {
  it('refuses what is not a text and a limit within bounds', async () => {
    for (const bad of [null, 'text', { text: 1, limit: 1 }, { text: 'a', limit: -1 }, { text: 'a', limit: 1.5 }, { text: 'a' }, { text: 'x'.repeat(LIMITS.analyzeChars + 1), limit: 1 }]) {
      expect(await analyzer(bad)).toBeNull();
    }
  });

  it('answers as analyzeText does, and pauses between pieces of a long reading', async () => {
    const text = longText().repeat(40);
    let pauses = 0;
    let clock = 0;
    // Every step "takes" 10 ms, so the analyzer pauses at least every other piece.
    const slow = createAnalyzer(() => m, () => (pauses++, Promise.resolve()), () => (clock += 10));
    const got = await slow({ text, limit: 100_000 });
    const whole = analyzeText(text, m, { limit: MAX_ANALYZE_FINDINGS });
    expect(got?.findings).toEqual(whole.findings);
    expect(got?.blocks).toEqual(whole.blocks);
    expect(pauses).toBeGreaterThan(5);
    expect(got!.ms).toBeGreaterThan(0);
  });
});

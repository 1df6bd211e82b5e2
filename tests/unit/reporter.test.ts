import { describe, expect, it } from 'vitest';
import { Reporter } from '../../lib/page/reporter';

const noSleep = () => Promise.resolve();

describe('the content script reporter', () => {
  it('retries a report until the background says it is stored (a stopped worker once lost it)', async () => {
    const answers: unknown[] = [Promise.reject(new Error('Could not establish connection')), undefined, false, true];
    const sent: string[] = [];
    const r = new Reporter<string>({ send: async (x) => (sent.push(x), answers.shift()), sleep: noSleep });
    r.submit('a');
    await expect.poll(() => r.delivered).toBe(1);
    expect(sent).toEqual(['a', 'a', 'a', 'a']);
  });

  it('sends only the newest report when several wait', async () => {
    let release: (v: boolean) => void = () => {};
    const sent: string[] = [];
    const r = new Reporter<string>({ send: (x) => (sent.push(x), new Promise<boolean>((res) => (release = res))), sleep: noSleep });
    r.submit('first');
    r.submit('second');
    r.submit('third');
    release(true);
    await expect.poll(() => sent.length).toBe(2);
    release(true);
    await expect.poll(() => r.delivered).toBe(2);
    expect(sent).toEqual(['first', 'third']);
  });

  it('gives up after its last pause, and a later report goes through', async () => {
    let ok = false;
    let tries = 0;
    const r = new Reporter<string>({ send: async () => (tries++, ok), sleep: noSleep, backoffMs: [1, 1] });
    r.submit('x');
    await expect.poll(() => tries).toBe(3);
    ok = true;
    r.submit('y');
    await expect.poll(() => r.delivered).toBe(1);
  });
});

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { textFromHtml } from '../../lib/page/html-node';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = (script: string, args: string[], input?: string) => {
  const p = run(tsx, [join(root, 'lib/cli', script), ...args], { cwd: root, maxBuffer: 1 << 24 });
  if (input !== undefined) {
    p.child.stdin!.end(input);
  }
  return p;
};

describe('npm run scan', () => {
  it('prints one JSON object per file with findings and stories', async () => {
    const { stdout } = await cli('scan.ts', ['--json', 'tests/fixtures/pages/demo.html', 'tests/fixtures/pages/negative-bees.html']);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe('tests/fixtures/pages/demo.html');
    expect(Object.keys(lines[0].findings[0]).sort()).toEqual(['category', 'end', 'negated', 'sentence', 'start', 'term', 'type']);
    expect(lines[0].claims.length).toBeGreaterThan(0);
    expect(Object.keys(lines[0].claims[0]).sort()).toEqual(expect.arrayContaining(['action', 'data', 'end', 'negated', 'reason', 'sentence', 'start']));
    // Claim offsets index the extracted text, as findings' do.
    const { text } = textFromHtml(readFileSync('tests/fixtures/pages/demo.html', 'utf8'));
    for (const c of lines[0].claims) for (const d of c.data) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(lines[0].stories[0]).toMatchObject({ id: 'cn-ningbo-sales-offices-2021' });
    expect(Object.keys(lines[0].stories[0]).sort()).toEqual(['id', 'score', 'why']);
    expect(lines[1]).toEqual({ file: 'tests/fixtures/pages/negative-bees.html', findings: [], claims: [], stories: [] });
  }, 30_000);

  it('reads stdin for "-", and its offsets index the extracted text', async () => {
    const text = '第一段。\n商场门口装了人脸识别摄像头。';
    const { stdout } = await cli('scan.ts', ['--json', '-'], text);
    const [line] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.findings).toHaveLength(1);
    const f = line.findings[0];
    expect(text.slice(f.start, f.end)).toBe(f.term);
    expect(f.term).toBe('人脸识别摄像头');
  }, 30_000);

  it('says what is wrong with a missing file or an unsupported type, and exits non-zero', async () => {
    await expect(cli('scan.ts', ['--json', 'nope.html'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('nope.html: no such file') });
    await expect(cli('scan.ts', ['package.json'])).rejects.toMatchObject({ stderr: expect.stringContaining('unsupported file type') });
    await expect(cli('scan.ts', [])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage') });
  }, 30_000);
});

describe('npm run digest -- --sentences', () => {
  it('prints the benchmark rules of each line in file order, and says which lines are bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentences-'));
    const file = join(dir, 's.jsonl');
    const lines = [
      { n: 7, sentence: '您可以在“设置-账号”中删除您的个人信息或注销账号。' },
      { n: 8, sentence: '如您需要注销账号，可拨打客服电话400-123-4567联系我们。' },
      { n: 9, sentence: '今天天气很好。' },
    ].map((l) => JSON.stringify(l));
    writeFileSync(file, [...lines, 'not json', '{"n": 10}'].join('\n') + '\n');
    const err = await cli('digest.ts', ['--sentences', file]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in err && err.code).toBe(1);
    expect(err.stderr).toContain(`${file}:4: not JSON`);
    expect(err.stderr).toContain(`${file}:5: no "sentence" string`);
    // The second sentence says contact and rights; its neighbour is about rights (CR10), so it is too.
    expect(err.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { n: 7, rules: ['CR10'] },
      { n: 8, rules: ['CR10'] },
      { n: 9, rules: [] },
    ]);
  }, 30_000);
});

describe('npm run stories', () => {
  it('prints every story record, one per line', async () => {
    const { stdout } = await cli('stories.ts', ['--json']);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(15);
    for (const s of lines) expect(s).toHaveProperty('sources');
  }, 30_000);
});

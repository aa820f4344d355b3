/**
 * Issue 10 class 12: every command's output is whole through a pipe. The CLI ends through
 * `bin/exit.js`, which waits for stdout to drain; a bare process exit right after a large write cut it.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin');

function run(script: string): Promise<{ bytes: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: BIN, stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    // a slow reader: the pipe fills and the child must wait for it
    child.stdout.on('data', (b: Buffer) => {
      bytes += b.length;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ bytes, code }));
  });
}

const BIG = 2 * 1024 * 1024;

describe('output through a pipe', () => {
  it('exitWhenDrained delivers every byte of a 2 MB write and keeps the exit code', async () => {
    const r = await run(`process.stdout.write('x'.repeat(${BIG})); require('./exit.js').exitWhenDrained(1);`);
    expect(r).toEqual({ bytes: BIG, code: 1 });
  });

  it('bin/rapk.js ends through exitWhenDrained on every path (no bare process.exit)', () => {
    const src = fs.readFileSync(path.join(BIN, 'rapk.js'), 'utf8');
    expect(src.match(/process\.exit\(/g)).toBeNull();
    expect(src.match(/exitWhenDrained\(/g)!.length).toBe(3);
  });
});

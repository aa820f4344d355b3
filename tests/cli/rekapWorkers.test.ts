/** `rapk rekap` on worker threads (ADR 016): the same outcomes, JSON and stderr lines, in the files' order, as in one thread. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as os from 'os';
import { readRekapFiles, spareCores } from '../../src/cli/rekapPool';
import { runRekap } from '../../src/cli/rekap';
import { tmpDir } from '../support/cli';
import { GOLDEN } from '../support/rekap';
import { writeUnit } from '../support/rekapFiles';

let dir: string;
let files: string[];

/** A workbook exceljs refuses (two merged ranges overlap): read as damaged. */
async function overlapping(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('RAPK').mergeCells('B2:C3');
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.replace('<mergeCell ref="B2:C3"/>', '<mergeCell ref="B2:C3"/><mergeCell ref="C3:D4"/>'));
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

beforeAll(async () => {
  dir = tmpDir();
  const at = (name: string): string => path.join(dir, name);
  files = [at('a-unit-1.xlsx'), at('b-rusak.xlsx'), at('c-unit-2.xlsx'), at('d-tanpa-realisasi.xlsx'), at('e-sandi.xlsx')];
  files.push(at('f-unit-3.xlsx'), at('g-tumpang.xlsx'), at('h-kosong.xlsx'), at('i-unit-4.xlsx'), at('j-tidak-ada.xlsx'));
  await writeUnit(GOLDEN[0]!, files[0]!);
  fs.writeFileSync(files[1]!, 'bukan zip');
  await writeUnit(GOLDEN[1]!, files[2]!);
  await writeUnit({ ...GOLDEN[0]!, noRealisasi: true }, files[3]!);
  fs.writeFileSync(files[4]!, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
  await writeUnit(GOLDEN[2]!, files[5]!);
  await overlapping(files[6]!);
  fs.writeFileSync(files[7]!, '');
  await writeUnit(GOLDEN[3]!, files[8]!);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const summary = (outcomes: Awaited<ReturnType<typeof readRekapFiles>>['outcomes']) =>
  outcomes.map((o) =>
    o.ok ? [path.basename(o.unit.file), Math.round(o.unit.npss! * 100) / 100] : [path.basename(o.failure.file), o.failure.reason],
  );

test('workers read every file; outcomes and their order are those of one thread', async () => {
  const order: number[][] = [[], []];
  const one = await readRekapFiles(files, 2, { workers: 0, each: (_, i) => order[0]!.push(i) });
  const two = await readRekapFiles(files, 2, { workers: 2, here: false, each: (_, i) => order[1]!.push(i) });
  expect(one.byWorkers).toBe(0);
  expect(two.byWorkers).toBe(10);
  expect(order).toEqual([
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  ]);
  expect(summary(two.outcomes)).toEqual([
    ['a-unit-1.xlsx', 101.67],
    ['b-rusak.xlsx', 'notXlsx'],
    ['c-unit-2.xlsx', 84.17],
    ['d-tanpa-realisasi.xlsx', 'noRealisasi'],
    ['e-sandi.xlsx', 'encrypted'],
    ['f-unit-3.xlsx', 106.25],
    ['g-tumpang.xlsx', 'corrupt'],
    ['h-kosong.xlsx', 'empty'],
    ['i-unit-4.xlsx', 100],
    ['j-tidak-ada.xlsx', 'missing'],
  ]);
  expect(JSON.stringify(two.outcomes)).toBe(JSON.stringify(one.outcomes));
});

test('rapk rekap --json: the same stdout, stderr lines (in the files order) and exit code with a worker as in one thread', async () => {
  const run = async (workers: number) => {
    let out = '';
    let err = '';
    const io = { out: (s: string) => (out += `${s}\n`), err: (s: string) => (err += `${s}\n`) };
    const code = await runRekap(files, 2, { lang: 'en', json: true, workers }, async (f) => f, io);
    return { code, out, err };
  };
  const one = await run(0);
  const two = await run(1);
  expect(two).toEqual(one);
  expect(two.code).toBe(2);
  expect(two.err.split('\n').map((l) => path.basename(l))).toEqual([
    'b-rusak.xlsx: not an .xlsx file',
    'd-tanpa-realisasi.xlsx: no Realisasi sheet',
    'e-sandi.xlsx: the file is password-protected (encrypted) or an old .xls',
    expect.stringMatching(/^g-tumpang\.xlsx: .+/),
    expect.stringMatching(/^h-kosong\.xlsx: .+/),
    expect.stringMatching(/^j-tidak-ada\.xlsx: .+/),
    '',
  ]);
  const j = JSON.parse(two.out);
  expect(j.units.map((u: { file: string; rank: number | null }) => [path.basename(u.file), u.rank])).toEqual([
    ['f-unit-3.xlsx', 1],
    ['a-unit-1.xlsx', 2],
    ['c-unit-2.xlsx', 3],
    ['i-unit-4.xlsx', null],
  ]);
});

test('a worker that cannot start or dies: its files are read in this thread, in order', async () => {
  const expected = summary((await readRekapFiles(files, 2, { workers: 0 })).outcomes);
  const missing = await readRekapFiles(files, 2, { workers: 2, here: false, worker: path.join(dir, 'tidak-ada-worker.js') });
  expect(missing.byWorkers).toBe(0);
  expect(summary(missing.outcomes)).toEqual(expected);
  const dies = path.join(dir, 'mati-worker.js');
  // a worker thread that ends (exit code 3) at its first file
  fs.writeFileSync(dies, "require('worker_threads').parentPort.on('message', () => process.exit.call(process, 3));\n");
  for (const here of [false, true]) {
    const order: number[] = [];
    const died = await readRekapFiles(files, 2, { workers: 1, here, worker: dies, each: (_, i) => order.push(i) });
    expect(died.byWorkers).toBe(0);
    // with this thread reading too, the worker's file (the second) is read last and still reported in its place
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(summary(died.outcomes)).toEqual(expected);
  }
});

test('from the sources, by default, no worker; the idle cores are a share of the machine', async () => {
  const byDefault = await readRekapFiles(files.slice(0, 3), 2);
  expect(byDefault.byWorkers).toBe(0);
  expect(summary(byDefault.outcomes)).toEqual([
    ['a-unit-1.xlsx', 101.67],
    ['b-rusak.xlsx', 'notXlsx'],
    ['c-unit-2.xlsx', 84.17],
  ]);
  const spare = await spareCores(50);
  expect(typeof spare).toBe('number');
  expect(spare).toBeGreaterThanOrEqual(0);
  expect(spare).toBeLessThanOrEqual(os.cpus().length);
});

/** `rapk settings init FILE -o OUT [--preset spec|sekretariat-utama]`: the `Pengaturan RAPK` sheet in a copy. */
import type { Command, Option } from 'commander';
import { type Lang, isLang } from '../core/locales';
import type { PresetName } from '../core/settings';
import { settingsPlanForWorkbook } from '../core/workbook';
import { CLI_STRINGS } from './strings';
import { CliError, checkOutputPath, type Io } from './common';
import { loadWorkbookFile, sheetToGrid } from './xlsx';
import { writeCopy } from './copy';

const PRESETS: readonly PresetName[] = ['spec', 'sekretariat-utama'];

export async function runSettingsInit(file: string, out: string, opts: { preset: PresetName; lang: Lang }, io: Io): Promise<number> {
  await checkOutputPath(file, out, opts.lang);
  const { wb, bytes } = await loadWorkbookFile(file);
  const r = settingsPlanForWorkbook(wb.worksheets.map(sheetToGrid), opts);
  // an existing settings sheet holds the planner's choices: never overwritten
  if (r.exists) throw new CliError(CLI_STRINGS[opts.lang].settingsExists(r.plan.name));
  // a copy of the planner's workbook: every part not ours stays as it was (ADR 006)
  await writeCopy(bytes, out, opts.lang, (w) => w.writePlan(r.plan));
  io.out(CLI_STRINGS[opts.lang].settingsWritten(out, r.plan.name, opts.preset));
  return 0;
}

export function registerSettingsCommand(program: Command, io: Io, setCode: (n: number) => void, langOption: () => Option): void {
  const settings = program.command('settings').description('sheet "Pengaturan RAPK" (metode pengukuran) / the methodology settings sheet');
  settings
    .command('init')
    .description('buat sheet Pengaturan RAPK di salinan / add the settings sheet to a copy')
    .argument('<file>', 'berkas .xlsx')
    .requiredOption('-o, --output <file>', 'berkas keluaran / output file')
    .option('--preset <name>', 'spec (bawaan / default) | sekretariat-utama', 'spec')
    .addOption(langOption())
    .action(async (file: string, o: { output: string; preset: string; lang?: string }) => {
      const lang: Lang = isLang(o.lang) ? o.lang : 'id';
      if (!PRESETS.includes(o.preset as PresetName)) throw new CliError(CLI_STRINGS[lang].badPreset);
      setCode(await runSettingsInit(file, o.output, { preset: o.preset as PresetName, lang }, io));
    });
}

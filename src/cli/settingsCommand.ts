/** `rapk settings init FILE -o OUT [--preset spec|sekretariat-utama]`: the `Pengaturan RAPK` sheet in a copy. */
import type { Command, Option } from 'commander';
import { type Lang, isLang } from '../core/locales';
import type { PresetName } from '../core/settings';
import { settingsPlanForWorkbook } from '../core/workbook';
import { CLI_STRINGS } from '../core/locales/cli';
import { helpText } from '../core/locales/cliHelp';
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
  const settings = program.command('settings').description(helpText('settings'));
  settings
    .command('init')
    .description(helpText('settingsInit'))
    .argument('<file>', helpText('file'))
    .requiredOption('-o, --output <file>', helpText('output'))
    .option('--preset <name>', helpText('preset'), 'spec')
    .addOption(langOption())
    .action(async (file: string, o: { output: string; preset: string; lang?: string }) => {
      const lang: Lang = isLang(o.lang) ? o.lang : 'id';
      if (!PRESETS.includes(o.preset as PresetName)) throw new CliError(CLI_STRINGS[lang].badPreset);
      setCode(await runSettingsInit(file, o.output, { preset: o.preset as PresetName, lang }, io));
    });
}

/**
 * `rapk hapus-tanda FILE -o OUT`: the marks of `rapk annotate` or of the add-in's Validasi
 * cleared into a copy, from the one marks record both hosts keep (a custom XML part).
 */
import type { Command, Option } from 'commander';
import { type Lang, isLang } from '../core/locales';
import { CLI_STRINGS } from '../core/locales/cli';
import { helpText } from '../core/locales/cliHelp';
import { clearMarks } from '../xlsx/marks';
import { CliError, checkOutputPath, type Io } from './common';
import { writeCopy } from './copy';
import { loadWorkbookFile } from './xlsx';

export async function runHapusTanda(file: string, out: string, lang: Lang, io: Io): Promise<number> {
  await checkOutputPath(file, out, lang);
  // the same pre-flight checks as every command (size, inflated size, encryption, not a zip)
  const { bytes } = await loadWorkbookFile(file);
  let cleared = { restored: 0, keptComments: 0 };
  await writeCopy(bytes, out, lang, (w) => {
    cleared = clearMarks(w);
  });
  io.out(CLI_STRINGS[lang].cleared(out, cleared.restored, cleared.keptComments));
  return 0;
}

export function registerHapusTandaCommand(program: Command, io: Io, setCode: (n: number) => void, langOption: () => Option): void {
  program
    .command('hapus-tanda')
    .description(helpText('hapusTanda'))
    .argument('<file>', helpText('file'))
    .option('-o, --output <file>', helpText('output'))
    .addOption(langOption())
    .action(async (file: string, o: { output?: string; lang?: string }) => {
      const lang: Lang = isLang(o.lang) ? o.lang : 'id';
      if (!o.output) throw new CliError(CLI_STRINGS[lang].needOutput('hapus-tanda', true));
      setCode(await runHapusTanda(file, o.output, lang, io));
    });
}

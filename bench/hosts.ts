/**
 * `npm run hosts`: every command on every Excel profile (outcome, syncs, largest request) and
 * marks made on each profile cleared on each other; `npm run hosts -- --json` prints it as JSON.
 */
import * as path from 'path';
import { hostTable } from './hostTable';

// compiled to build/bench/bench/hosts.js
const ROOT = path.resolve(__dirname, '../../..');

async function main(): Promise<void> {
  const t = await hostTable(path.join(ROOT, 'tests/fixtures'));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(t, null, 2));
    return;
  }
  for (const p of t.profiles) {
    console.log(`\n${p.name} (ExcelApi ${p.api})`);
    for (const r of p.results)
      console.log(
        `  ${r.command.padEnd(12)} ${String(r.syncs).padStart(2)} syncs ${String(r.maxRequestBytes).padStart(9)} B  ${r.outcome}${r.detail ? `  [${r.detail}]` : ''}`,
      );
  }
  console.log('\nmarked on → cleared on');
  for (const c of t.crossVersion) console.log(`  ${c.markedOn.padEnd(28)} → ${c.clearedOn.padEnd(28)} ${c.outcome}  [${c.detail}]`);
  // conditions: one line per condition and command, the profiles that share an outcome together
  console.log('\nconditions');
  const lines = new Map<string, string[]>();
  for (const r of t.conditions) {
    const key = `  ${r.condition.padEnd(20)} ${r.command.padEnd(12)} ${r.outcome}${r.detail ? `  [${r.detail}]` : ''}`;
    lines.set(key, [...(lines.get(key) ?? []), r.profile]);
  }
  for (const [line, on] of lines) console.log(`${line}  (${on.length === t.profiles.length ? 'every profile' : on.join(', ')})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

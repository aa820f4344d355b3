/**
 * A problem without its fields does not compile (issue 25 item 2): `npm run typecheck` compiles
 * this file, and each `@ts-expect-error` fails the check if the line below it compiled.
 */
import { type Problem, type ProblemTexts, problem, sayProblem } from '../../src/core/problems';
import { UI } from '../../src/core/locales/pane';
import { GatewayError } from '../../src/gateway/contract';

// @ts-expect-error noRapk without its reader stops
const a: Problem = { kind: 'noRapk', sheet: null };
// @ts-expect-error ambiguousRapk without its sheets
const b: Problem = { kind: 'ambiguousRapk' };
// @ts-expect-error sheets as one '\n'-joined string
const c: Problem = { kind: 'ambiguousRapk', sheets: 'RAPK 2024\nRAPK 2025' };
// @ts-expect-error a misspelt field
const d: Problem = { kind: 'protected', sheetName: 'RAPK' };
// @ts-expect-error a kind that does not exist
const e: Problem = { kind: 'noRapkTable' };
// @ts-expect-error the builder checks the fields against the kind
const f = problem('invalidSettings', { sheet: 'Pengaturan RAPK' });
// @ts-expect-error a GatewayError takes a problem, not a kind and a params bag
const g = new GatewayError('protected', { sheet: 'RAPK' });
// @ts-expect-error a catalogue that misses a kind does not compile
const h: ProblemTexts = { noRapk: () => '' };

describe('problems typed by kind', () => {
  it('a problem with its fields is said by the catalogue of its kind', () => {
    const p = problem('ambiguousRapk', { sheets: ['RAPK 2024', 'RAPK 2025'] });
    expect(p).toEqual({ kind: 'ambiguousRapk', sheets: ['RAPK 2024', 'RAPK 2025'] });
    expect(sayProblem(UI.id.errors, p)).toContain('("RAPK 2024", "RAPK 2025")');
    expect(problem('noRealisasi')).toEqual({ kind: 'noRealisasi' });
    expect(new GatewayError(p).kind).toBe('ambiguousRapk');
    // the lines above that must not compile still run: they are values, not checks
    expect([a, b, c, d, e, f, g, h].length).toBe(8);
  });
});

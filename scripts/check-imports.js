#!/usr/bin/env node
/**
 * Fails when the relative imports of src/**\/*.ts(x) form a cycle at run time. Type-only imports
 * (`import type`, `export type`, or `import { type A, type B }`) are erased by the compiler and do
 * not count: a proxy may name its context's type. Prints each cycle found
 * as a path of files, e.g. `src/a.ts → src/b.ts → src/a.ts`, and exits 1; exits 0 when there is
 * none. Run by `npm run lint` and by tests/architecture.test.ts. No dependencies.
 *
 * Usage: node scripts/check-imports.js [root]   (root defaults to the repository; it scans root/src)
 */
'use strict';
const fs = require('fs');
const path = require('path');

function sources(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * Run-time specifiers of `import … from`, `export … from`, `import '…'` and `import('…')`,
 * comments removed; type-only imports and exports are left out (the compiler erases them).
 */
function specifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out = [];
  const re = /\b(import|export)\s*(\(\s*)?(type\s+)?([^'"`;]*?\bfrom\s*)?(['"])([^'"]+)\5/g;
  for (let m; (m = re.exec(code)); ) {
    const [, , dynamic, typeOnly, clause] = m;
    if (!dynamic && typeOnly) continue;
    // `import { type A, type B } from`: only types, erased
    const named = clause && /^\s*\{([^}]*)\}\s*from\s*$/.exec(clause);
    if (named) {
      const names = named[1]
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    }
    if (!dynamic && m[1] === 'export' && !clause) continue;
    out.push(m[6]);
  }
  return out;
}

function resolve(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')])
    if (/\.tsx?$/.test(p) && fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  return null;
}

/** The import graph of root/src: file → files it imports. */
function graphOf(root) {
  const files = sources(path.join(root, 'src'));
  const graph = new Map();
  for (const f of files) {
    const deps = new Set();
    for (const s of specifiers(fs.readFileSync(f, 'utf8'))) {
      const r = resolve(f, s);
      if (r) deps.add(r);
    }
    graph.set(f, [...deps].sort());
  }
  return graph;
}

/** One cycle per strongly connected component of more than one file (or a file importing itself). */
function cyclesOf(graph) {
  const cycles = [];
  const state = new Map(); // 1 on the stack, 2 done
  const stack = [];
  const visit = (f) => {
    state.set(f, 1);
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 1) cycles.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 2);
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return cycles;
}

function main() {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const cycles = cyclesOf(graphOf(root));
  if (cycles.length === 0) {
    console.log('check-imports: no import cycles in src');
    return 0;
  }
  for (const c of cycles) console.error(`import cycle: ${c.map((f) => path.relative(root, f).split(path.sep).join('/')).join(' → ')}`);
  console.error(`check-imports: ${cycles.length} import cycle(s)`);
  return 1;
}

if (require.main === module) process.exit(main());
module.exports = { graphOf, cyclesOf, specifiers };

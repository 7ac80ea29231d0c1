/**
 * The shape of src/ (docs/architecture.md): no circular import, no import running back up a layer, no
 * function over 80 lines, and comments that name only files that exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.js';

const SRC = path.join(REPO, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

const FILES = sourceFiles(SRC).map((p) => path.relative(REPO, p).split(path.sep).join('/'));
const TEXTS = new Map(FILES.map((f) => [f, readFileSync(path.join(REPO, f), 'utf8')]));

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** The relative imports and re-exports of every file of src/, read by the TypeScript parser. */
function imports(): Import[] {
  const out: Import[] = [];
  for (const [file, text] of TEXTS) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    for (const st of sf.statements) {
      if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier) continue;
      const spec = (st.moduleSpecifier as ts.StringLiteral).text;
      if (!spec.startsWith('.')) continue;
      const to = path.posix.join(path.posix.dirname(file), spec).replace(/\.js$/, '.ts');
      const typeOnly = ts.isImportDeclaration(st) ? (st.importClause?.isTypeOnly ?? false) : st.isTypeOnly;
      out.push({ from: file, to, typeOnly });
    }
  }
  return out;
}

/** Strongly connected components of more than one file (each one a cycle, or several). */
function cycles(edges: readonly Import[]): string[][] {
  const graph = new Map<string, string[]>(FILES.map((f) => [f, []]));
  for (const e of edges) graph.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const f of FILES) if (!index.has(f)) visit(f);
  return found;
}

/**
 * Layers, lowest first: a file may import its own layer and the ones below. The kinds table (k8s, which
 * imports nothing) -> reading and modelling manifests (engine, with kustomize builds) -> rules -> config and output formats -> the check (CLI and
 * Action share it) and the Action's pure planning -> GitHub I/O and the command line -> the Action's
 * run (prepare, channels) -> entry points.
 */
const LAYERS: [prefix: string, rank: number][] = [
  ['src/version.ts', 0],
  ['src/k8s/', 0.5],
  ['src/engine/', 1],
  ['src/kustomize/', 1],
  ['src/helm/', 1],
  ['src/rules/', 2],
  ['src/config/', 3],
  ['src/report/', 3],
  ['src/check.ts', 4],
  ['src/action/', 4],
  ['src/github/', 5],
  ['src/cli/', 5],
  ['src/run/', 6],
  ['src/cli.ts', 7],
  ['src/main.ts', 7],
  ['src/index.ts', 8],
];
const rankOf = (file: string): number => {
  const layer = LAYERS.find(([prefix]) => file === prefix || file.startsWith(prefix));
  if (!layer) throw new Error(`${file} is in no layer: add it to LAYERS (and docs/architecture.md)`);
  return layer[1];
};

/**
 * Functions allowed over 80 lines, with their length: none today. An entry is a debt written down (it may
 * shrink, never grow), never a way to let a new long function in.
 */
const LONG_FUNCTIONS: Record<string, number> = {};

function longFunctions(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [file, text] of TEXTS) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (last - first + 1 > 80) {
          const name = node.name && ts.isIdentifier(node.name) ? node.name.text : `(line ${first + 1})`;
          out[`${file} ${name}`] = last - first + 1;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('the shape of src/', () => {
  const all = imports();

  it('reads the imports (so the checks below can fail)', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContainEqual({ from: 'src/main.ts', to: 'src/run/prepare.ts', typeOnly: false });
    expect(all).toContainEqual({ from: 'src/run/context.ts', to: 'src/run/log.ts', typeOnly: true });
    expect(
      cycles([...all, { from: 'src/engine/parse.ts', to: 'src/main.ts', typeOnly: false }]),
    ).toHaveLength(1);
  });

  it('has no circular import at run time', () => {
    expect(cycles(all.filter((i) => !i.typeOnly))).toEqual([]);
  });

  it('has no circular import of types either', () => {
    expect(cycles(all)).toEqual([]);
  });

  it('has no import that runs back up a layer', () => {
    const upward = all.filter((i) => rankOf(i.to) > rankOf(i.from)).map((i) => `${i.from} -> ${i.to}`);
    expect(upward).toEqual([]);
  });

  it('imports only files that exist', () => {
    expect(all.filter((i) => !TEXTS.has(i.to)).map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('has no function over 80 lines', () => {
    const now = longFunctions();
    const grown = Object.entries(now)
      .filter(([name, lines]) => lines > (LONG_FUNCTIONS[name] ?? 80))
      .map(([name, lines]) => `${name}: ${lines} lines`);
    expect(grown).toEqual([]);
  });

  it('names in its comments only files that exist', () => {
    const named =
      /(?<![\w./-])((?:src|docs|__tests__|bench|scripts|examples)\/[\w./-]*\w\.(?:ts|md|mjs|js|json|yaml))/g;
    const missing: string[] = [];
    for (const [file, text] of TEXTS) {
      for (const m of text.matchAll(named)) {
        const target = m[1]!;
        if (!existsSync(path.join(REPO, target))) missing.push(`${file}: ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

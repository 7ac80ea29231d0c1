/**
 * `--format sarif` from the built CLI, checked by the SARIF 2.1.0 schema (our validator, any platform) and
 * by Microsoft's SARIF Multitool with GitHub's ingestion rules (Linux only: its npm package ships a Linux
 * binary). Where the Multitool cannot run, only its tests are skipped, each with the reason shown;
 * __tests__/report/sarif.test.ts checks the log field by field in memory.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTexts } from '../src/engine/analyze.js';
import { sarifLog } from '../src/report/sarif.js';
import { ALL_RULES } from '../src/rules/index.js';
import { ruleDocsUrl, VERSION } from '../src/version.js';
import { FIXTURES, REPO, runCli } from './helpers/cli.js';
import type { Schema } from './helpers/json-schema.js';
import { validateJsonSchema } from './helpers/json-schema.js';

const MULTITOOL_DIR = path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux');
const MULTITOOL = path.join(MULTITOOL_DIR, 'Sarif.Multitool');
const SCHEMA_FILE = path.join(MULTITOOL_DIR, 'sarif-2.1.0.json');
const ON_LINUX = process.platform === 'linux';
// Off Linux the package installs only with `npm ci --force` (its package.json says `"os": ["linux"]`).
const SCHEMA = existsSync(SCHEMA_FILE)
  ? (JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema)
  : undefined;

type Skip = (note: string) => never;

/** The official schema; skips the test, saying why, only off Linux where the package may be absent. */
function schema(skip: Skip): Schema {
  if (!SCHEMA && !ON_LINUX)
    skip(`the SARIF schema ships in @microsoft/sarif-multitool-linux, not installed on ${process.platform}`);
  expect(SCHEMA, `${SCHEMA_FILE} is missing: run npm ci`).toBeDefined();
  return SCHEMA!;
}

/** Skips the test, saying why, where the Multitool cannot run; on Linux a missing Multitool fails. */
function needMultitool(skip: Skip): void {
  if (!ON_LINUX)
    skip(
      `the SARIF Multitool runs on Linux only (a Linux binary in its npm package), not on ${process.platform}`,
    );
  expect(existsSync(MULTITOOL), `${MULTITOOL} is missing: run npm ci`).toBe(true);
}
const FINDINGS = path.join(FIXTURES, 'sarif/findings');
const CLEAN = path.join(REPO, 'examples/web-app');

// Loosely typed views of the SARIF we read back.
interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface PhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region: Region;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: PhysicalLocation; logicalLocations?: { fullyQualifiedName: string }[] }[];
  relatedLocations?: { id: number; physicalLocation: PhysicalLocation; message: { text: string } }[];
  fixes?: {
    artifactChanges: {
      artifactLocation: { uri: string };
      replacements: { deletedRegion: Region; insertedContent: { text: string } }[];
    }[];
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] };
    };
    results: SarifResult[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { message: { text: string } }[];
    }[];
    columnKind?: string;
    originalUriBaseIds?: Record<string, { uri: string }>;
  }[];
}

const work = mkdtempSync(path.join(tmpdir(), 'kp-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI with --format sarif --output FILE; returns the parsed log and the file. */
function sarif(
  args: string[],
  cwd: string,
  name: string,
): { status: number | null; file: string; log: SarifLog } {
  const file = path.join(work, `${name}.sarif`);
  const run = runCli([...args, '--format', 'sarif', '--output', file], cwd);
  expect(run.stderr).toBe('');
  return { status: run.status, file, log: JSON.parse(readFileSync(file, 'utf8')) as SarifLog };
}

interface Diagnostic {
  level: string;
  ruleId: string;
  text: string;
}

/**
 * Microsoft's SARIF Multitool with the SARIF and GitHub ingestion rules. It exits 0 whether or not it finds
 * problems: its verdict is the SARIF log it writes, one result per problem (no `level` means warning).
 */
function multitool(file: string): Diagnostic[] {
  const out = `${file}.validation.sarif`;
  const run = spawnSync(
    MULTITOOL,
    ['validate', '--rule-kind', 'Sarif;Gh', '--log', 'ForceOverwrite', '--output', out, file],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', DOTNET_CLI_TELEMETRY_OPTOUT: '1', HOME: work },
    },
  );
  expect(run.status, run.stderr || run.stdout).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8')) as {
    runs: {
      invocations: { executionSuccessful: boolean }[];
      results?: {
        level?: string;
        ruleId: string;
        message: { id?: string; text?: string; arguments?: string[] };
      }[];
    }[];
  };
  const validation = log.runs[0]!;
  expect(validation.invocations[0]?.executionSuccessful).toBe(true);
  return (validation.results ?? []).map((r) => ({
    level: r.level ?? 'warning',
    ruleId: r.ruleId,
    text: r.message.text ?? `${r.message.id}: ${(r.message.arguments ?? []).join(' | ')}`,
  }));
}

const problemsOf = (diagnostics: Diagnostic[]): string[] =>
  diagnostics
    .filter((d) => d.level === 'error' || d.level === 'warning')
    .map((d) => `${d.level} ${d.ruleId} ${d.text}`);

/** A log with three mistakes each checker must catch: a line 0, an absolute relative URI, no shortDescription. */
function brokenLog(): { file: string; log: SarifLog } {
  const { log } = sarif(['.'], FINDINGS, 'broken');
  const result = log.runs[0]!.results[0]!;
  result.locations[0]!.physicalLocation.region.startLine = 0;
  result.locations[0]!.physicalLocation.artifactLocation.uri = '/absolute/path.yaml';
  delete log.runs[0]!.tool.driver.rules[0]!.shortDescription;
  const file = path.join(work, 'broken-by-hand.sarif');
  writeFileSync(file, JSON.stringify(log));
  return { file, log };
}

describe('--format sarif', () => {
  it('the schema check catches a broken log (so the checks below can fail)', ({ skip }) => {
    const { log } = brokenLog();
    expect(validateJsonSchema(schema(skip), log).map((e) => e.path)).toContain(
      '$.runs[0].results[0].locations[0].physicalLocation.region.startLine',
    );
  });

  it('the SARIF Multitool is installed and catches a broken log (so the checks below can fail)', ({
    skip,
  }) => {
    needMultitool(skip);
    const { file } = brokenLog();
    const problems = problemsOf(multitool(file));
    expect(problems.some((p) => p.startsWith('error JSON1008'))).toBe(true); // startLine below 1
    expect(problems.some((p) => p.startsWith('error SARIF1004'))).toBe(true); // relative URI starts with /
    expect(problems.some((p) => p.startsWith('error GH2012'))).toBe(true); // GitHub needs shortDescription
  });

  it('a run with findings, fixes, related locations and a skipped file validates', ({ skip }) => {
    const { status, log } = sarif(['.'], FINDINGS, 'findings');
    expect(status).toBe(1);
    const run = log.runs[0]!;
    const results = run.results;
    expect(results.some((r) => r.fixes && r.relatedLocations)).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      expect.stringMatching(/^chart\/templates\/svc\.yaml was not checked: Go\/Helm template/),
    ]);
    expect(validateJsonSchema(schema(skip), log)).toEqual([]);
  });

  it('a clean run still writes a valid log, with empty results', ({ skip }) => {
    const { status, log } = sarif(['.'], CLEAN, 'clean');
    expect(status).toBe(0);
    expect(log.runs[0]!.results).toEqual([]);
    expect(validateJsonSchema(schema(skip), log)).toEqual([]);
  });

  it('the SARIF Multitool, with the GitHub ingestion rules, finds no problem in either log', ({ skip }) => {
    needMultitool(skip);
    expect(problemsOf(multitool(sarif(['.'], FINDINGS, 'findings-mt').file))).toEqual([]);
    expect(problemsOf(multitool(sarif(['.'], CLEAN, 'clean-mt').file))).toEqual([]);
  });

  it('describes every rule with its docs page and default level', () => {
    const { log } = sarif(['.'], CLEAN, 'rules');
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({
      name: 'kube-pairing',
      version: VERSION,
      informationUri: 'https://github.com/kube-pairing/kube-pairing',
    });
    const level = { error: 'error', warning: 'warning', notice: 'note' } as const;
    expect(driver.rules).toEqual(
      ALL_RULES.map((r) =>
        expect.objectContaining({
          id: r.meta.id,
          shortDescription: { text: r.meta.summary },
          // The rule's summary and why it matters (its meta.why), in the description and the help.
          fullDescription: { text: expect.stringContaining(`${r.meta.summary} ${r.meta.why}`) },
          help: {
            text: expect.stringContaining(`${r.meta.summary} ${r.meta.why}\n`),
            markdown: expect.stringContaining(`${r.meta.summary} ${r.meta.why}\n`),
          },
          helpUri: ruleDocsUrl(r.meta.id),
          defaultConfiguration: { level: level[r.meta.severity] },
        }),
      ),
    );
  });

  it('results carry rule index, level, relative location, related locations and whole-line fixes', () => {
    const { log } = sarif(['.'], FINDINGS, 'typo');
    const run = log.runs[0]!;
    // Columns are UTF-16 code units (JavaScript string indexes), as GitHub reads them by default.
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`${pathToFileURL(FINDINGS).href}/`);
    const typo = run.results.find((r) => r.ruleId === 'endpoints-without-service' && r.fixes)!;
    expect(run.tool.driver.rules[typo.ruleIndex]?.id).toBe('endpoints-without-service');
    expect(typo.level).toBe('error');
    expect(typo.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'endpoints.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 32 },
    });
    expect(typo.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName).toBe(
      'Endpoints default/etcd-support-kubernetes',
    );
    expect(typo.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'service.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 35 },
        },
        message: { text: 'Service default/etcd-supporting-kubernetes' },
      },
    ]);
    // GitHub shows related locations through links in the message.
    expect(typo.message.text).toMatch(/ Related: \[Service default\/etcd-supporting-kubernetes\]\(1\)\.$/);
    expect(typo.fixes).toEqual([
      expect.objectContaining({
        artifactChanges: [
          {
            artifactLocation: { uri: 'endpoints.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 32 },
                insertedContent: { text: '  name: etcd-supporting-kubernetes' },
              },
            ],
          },
        ],
      }),
    ]);

    // Paths are percent-encoded URI references; brackets in messages with links are escaped.
    const odd = run.results.find((r) => r.message.text.includes('orphan-'))!;
    expect(odd.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'odd%20name%20%231/ep%20%5Blegacy%5D.yaml',
    );

    // Silenced findings are left out: GitHub code scanning ignores SARIF `suppressions` and would open alerts.
    const lines = (file: string) =>
      run.results
        .filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === file)
        .map((r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.region.startLine}`);
    expect(lines('odd%20name%20%231/ep%20%5Blegacy%5D.yaml')).toEqual(
      expect.arrayContaining([
        'endpoints-without-service 5',
        'endpoints-deprecated 11',
        'unused-suppression 13',
      ]),
    );
    expect(lines('odd%20name%20%231/ep%20%5Blegacy%5D.yaml')).not.toContain('endpoints-deprecated 3');
    expect(lines('odd%20name%20%231/ep%20%5Blegacy%5D.yaml')).not.toContain('endpoints-without-service 13');
    expect(run.results.some((r) => r.suppressions)).toBe(false);
  });

  it('partialFingerprints stay the same when lines move', () => {
    const moved = path.join(work, 'moved');
    cpSync(FINDINGS, moved, { recursive: true });
    for (const name of ['endpoints.yaml', 'service.yaml']) {
      const file = path.join(moved, name);
      writeFileSync(file, `# moved down by a comment\n\n${readFileSync(file, 'utf8')}`);
    }
    const key = (r: SarifResult) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}`;
    const before = sarif(['.'], FINDINGS, 'before').log.runs[0]!.results;
    const after = sarif(['.'], moved, 'after').log.runs[0]!.results;
    expect(after.map(key)).toEqual(before.map(key));
    after.forEach((r, i) => {
      const b = before[i]!;
      const shift = key(r).endsWith('%5Blegacy%5D.yaml') ? 0 : 2;
      expect(r.locations[0]!.physicalLocation.region.startLine).toBe(
        b.locations[0]!.physicalLocation.region.startLine + shift,
      );
      expect(r.partialFingerprints).toEqual(b.partialFingerprints);
      expect(Object.keys(r.partialFingerprints)).toEqual(['kubePairing/v1']);
    });
  });

  it('silenced findings can be written with an inSource suppression when asked (not for GitHub)', ({
    skip,
  }) => {
    const result = analyzeTexts(
      [
        {
          path: 'ep.yaml',
          text: 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: x # kube-pairing-ignore all\n',
        },
      ],
      { rules: ALL_RULES },
    );
    expect(result.suppressed.length).toBeGreaterThan(0);
    const log = sarifLog(result, result.findings, { suppressed: result.suppressed }) as unknown as SarifLog;
    const results = log.runs[0]!.results;
    expect(results.filter((r) => r.suppressions).map((r) => r.ruleId)).toEqual(
      result.suppressed.map((f) => f.rule),
    );
    expect(results.filter((r) => r.suppressions).every((r) => r.suppressions?.[0]?.kind === 'inSource')).toBe(
      true,
    );
    expect(sarifLog(result, result.findings) as unknown as SarifLog).toMatchObject({
      runs: [{ results: result.findings.map((f) => expect.objectContaining({ ruleId: f.rule })) }],
    });
    expect(validateJsonSchema(schema(skip), log)).toEqual([]);
  });

  it('--quiet keeps only errors, also in SARIF', () => {
    const { log } = sarif(['.', '--quiet'], FINDINGS, 'quiet');
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results.every((r) => r.level === 'error')).toBe(true);
  });
});

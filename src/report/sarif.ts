import { pathToFileURL } from 'node:url';
import type { AnalysisResult } from '../engine/analyze.js';
import type { Finding, Fix, Region, Severity } from '../engine/finding.js';
import { formatResource } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import type { SourceFile } from '../engine/source.js';
import { IGNORE_ANNOTATION, IGNORE_COMMENT } from '../engine/suppress.js';
import { ALL_RULES } from '../rules/index.js';
import { HOMEPAGE, ruleDocsUrl, VERSION } from '../version.js';
import { neutralizeWorkflowCommands } from './github.js';

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning ingests it (github/codeql-action/upload-sarif):
 * one run, every rule in `tool.driver.rules`, relative artifact URIs under `%SRCROOT%`, UTF-16 columns.
 */

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** Key of our fingerprint in `partialFingerprints` (rule, file, object and field: stable when lines move). */
export const FINGERPRINT_KEY = 'kubePairing/v1';

export interface SarifOptions {
  /** The directory finding paths are relative to; recorded as the `%SRCROOT%` base when given. */
  cwd?: string;
  /** Rules to describe (default: every rule). Findings of other rules get a minimal descriptor. */
  rules?: readonly Rule[];
  /**
   * Findings silenced in the manifests, to write with an `inSource` suppression (default: none). GitHub code
   * scanning ignores `suppressions` and would open alerts for them, so leave this empty for an upload there.
   */
  suppressed?: readonly Finding[];
}

// A loose structural type: the schema, not TypeScript, is the contract (tests validate against it).
type Json = { [key: string]: unknown };

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/** The SARIF log object for `findings` (a subset of the analysis when scoped or `--quiet`). */
export function sarifLog(
  result: AnalysisResult,
  findings: readonly Finding[],
  options: SarifOptions = {},
): Json {
  const rules = [...(options.rules ?? ALL_RULES)];
  const descriptors = rules.map((r) => ruleDescriptor(r.meta.id, r));
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const suppressed = options.suppressed ?? [];
  const all = [...findings, ...suppressed];
  for (const f of all) {
    if (!ruleIndex.has(f.rule)) {
      ruleIndex.set(f.rule, descriptors.length);
      descriptors.push(ruleDescriptor(f.rule, undefined));
    }
  }
  const sources = new Map<string, SourceFile>(result.index.files.map((p) => [p.file.path, p.file]));
  const toResult = (f: Finding, suppressed: boolean): Json =>
    sarifResult(f, ruleIndex.get(f.rule) ?? 0, sources.get(f.file), suppressed);

  const run: Json = {
    tool: {
      driver: {
        name: 'kube-pairing',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: HOMEPAGE,
        rules: descriptors,
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: result.skippedFiles.map((s) => ({
          level: 'note',
          message: { text: `${s.file} was not checked: ${s.reason}.` },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file) } }],
        })),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: [...findings.map((f) => toResult(f, false)), ...suppressed.map((f) => toResult(f, true))],
  };
  if (options.cwd !== undefined) {
    const base = pathToFileURL(options.cwd).href;
    run.originalUriBaseIds = {
      [SRCROOT]: {
        uri: base.endsWith('/') ? base : `${base}/`,
        description: { text: 'The directory kube-pairing ran in; result paths are relative to it.' },
      },
    };
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** The SARIF document as text (what `--format sarif` prints and the Action's `sarif-file` holds). */
export function formatSarif(
  result: AnalysisResult,
  findings: readonly Finding[] = result.findings,
  options: SarifOptions = {},
): string {
  // Printed to a step's log, the text must not read as a workflow command (JSON reads the escapes back).
  return neutralizeWorkflowCommands(`${JSON.stringify(sarifLog(result, findings, options), null, 2)}\n`);
}

function ruleDescriptor(id: string, rule: Rule | undefined): Json {
  const url = ruleDocsUrl(id);
  const summary = rule?.meta.summary ?? `kube-pairing rule ${id}.`;
  const why = rule ? ` ${rule.meta.why}` : '';
  const severity = rule?.meta.severity ?? 'warning';
  const suppress =
    `Suppress it on one object with the annotation \`${IGNORE_ANNOTATION}: "${id}"\`, on one line with a ` +
    `\`# ${IGNORE_COMMENT} ${id}\` comment (on the line or the line above it), or everywhere with ` +
    `\`rules: { ${id}: off }\` in .kube-pairing.yaml.`;
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: summary },
    fullDescription: {
      text: `${summary}${why} Default severity: ${severity}${rule?.meta.fixable ? '; some findings carry a fix' : ''}.`,
    },
    helpUri: url,
    help: {
      text: `${summary}${why}\n\nWhat it checks, why it matters in the cluster, a failing and a fixed example: ${url}\n\n${suppress}`,
      markdown: `${summary}${why}\n\nWhat it checks, why it matters in the cluster, a failing and a fixed example: [${id}](${url}).\n\n${suppress}`,
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ['kubernetes', rule?.meta.family ?? 'kube-pairing'] },
  };
}

function sarifResult(f: Finding, index: number, source: SourceFile | undefined, suppressed: boolean): Json {
  const related = f.related.map((r, i) => ({
    id: i + 1,
    physicalLocation: physicalLocation(r.file, r),
    message: { text: r.message },
  }));
  // GitHub shows related locations through links in the message: `[text](id)`; literal brackets are escaped.
  const links = related.map((r) => `[${escapeBrackets(String(r.message.text))}](${r.id})`);
  const text = links.length > 0 ? `${escapeBrackets(f.message)} Related: ${links.join(', ')}.` : f.message;
  const location: Json = { physicalLocation: physicalLocation(f.file, f) };
  if (f.resource) {
    location.logicalLocations = [
      {
        name: f.resource.name,
        fullyQualifiedName: formatResource(f.resource),
        kind: 'object',
      },
    ];
  }
  const out: Json = {
    ruleId: f.rule,
    ruleIndex: index,
    level: LEVEL[f.severity],
    message: { text },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  if (related.length > 0) out.relatedLocations = related;
  if (f.fix) out.fixes = [sarifFix(f.file, f.fix, source)];
  if (suppressed) {
    out.suppressions = [
      {
        kind: 'inSource',
        justification: `Silenced by ${IGNORE_ANNOTATION} or # ${IGNORE_COMMENT} in the manifest.`,
      },
    ];
  }
  const properties: Json = {};
  if (f.resource) properties.resource = { ...f.resource };
  if (f.migration) properties.migration = f.migration;
  if (Object.keys(properties).length > 0) out.properties = properties;
  return out;
}

function sarifFix(file: string, fix: Fix, source: SourceFile | undefined): Json {
  const lines = fix.line === fix.endLine ? `line ${fix.line}` : `lines ${fix.line}-${fix.endLine}`;
  // Whole lines without their final line break: the replacement carries none either.
  const deletedRegion: Json = { startLine: fix.line, startColumn: 1, endLine: fix.endLine };
  if (source) deletedRegion.endColumn = source.lineText(fix.endLine).length + 1;
  return {
    description: { text: `Replace ${lines} of ${file}.` },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file),
        replacements: [{ deletedRegion, insertedContent: { text: fix.replacement } }],
      },
    ],
  };
}

function physicalLocation(file: string, region: Region): Json {
  return {
    artifactLocation: artifactLocation(file),
    region: {
      startLine: region.line,
      startColumn: region.column,
      endLine: region.endLine,
      endColumn: region.endColumn,
    },
  };
}

/** A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, `:` are safe then). */
function artifactLocation(file: string): Json {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** In a message with embedded links, literal `[` and `]` are escaped (SARIF §3.11.6). */
const escapeBrackets = (text: string): string => text.replace(/[[\]]/g, (c) => `\\${c}`);

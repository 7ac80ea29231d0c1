/**
 * The output formats of `--format`, by name: each turns the analysis and the findings to report into the
 * text printed (or written to `--output`). Adding a format: a module in src/report/ and one entry here;
 * `--help` and the argument check come from this table.
 */
import type { AnalysisResult } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson, jsonReport } from './json.js';
import { formatJunit } from './junit.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface FormatOptions {
  /** The working directory: paths in findings are relative to it. */
  cwd: string;
  /** Text format: ANSI colours. */
  color: boolean;
  /** Text format: print the replacement objects a finding carries. */
  fixPreview: boolean;
}

export interface Format {
  /** One line for `--help`. */
  description: string;
  format(result: AnalysisResult, findings: readonly Finding[], options: FormatOptions): string;
}

export const FORMATS = {
  text: {
    description: 'findings by file, with code frames',
    format: (result, findings, { color, fixPreview }) => formatText(result, findings, { color, fixPreview }),
  },
  json: {
    description: 'one JSON report (version 1: findings, summary, skipped files)',
    format: (result, findings) => formatJson(jsonReport(result, findings)),
  },
  sarif: {
    description: 'SARIF 2.1.0, for GitHub code scanning and other SARIF viewers',
    format: (result, findings, { cwd }) => formatSarif(result, findings, { cwd }),
  },
  github: {
    description: 'GitHub Actions workflow commands (annotations)',
    format: (_result, findings) => formatGithub(findings),
  },
  rdjson: {
    description: 'reviewdog Diagnostic Format, for reviewdog -f=rdjson',
    format: (result, findings) => formatRdjson(result, findings),
  },
  checkstyle: {
    description: 'Checkstyle XML (reviewdog -f=checkstyle, Jenkins)',
    format: (result, findings) => formatCheckstyle(result, findings),
  },
  junit: {
    description: 'JUnit XML, a test case per finding (GitLab, Jenkins, CircleCI)',
    format: (result, findings) => formatJunit(result, findings),
  },
  gitlab: {
    description: 'GitLab Code Quality report (artifacts:reports:codequality)',
    format: (_result, findings) => formatGitlab(findings),
  },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

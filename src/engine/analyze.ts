import { createHash } from 'node:crypto';
import { formatMessage } from './message.js';
import type { Finding, RelatedLocation, Severity, SeverityOrOff } from './finding.js';
import type { SourceFile } from './source.js';
import { compareFindings, SEVERITY_RANK } from './finding.js';
import { fixFile } from './fix.js';
import { placeOf } from './locate.js';
import type { ParsedFile } from './parse.js';
import { isRecord, parseManifestFile } from './parse.js';
import { isPlaceholder } from './placeholder.js';
import { ResourceIndex } from './resource-index.js';
import type { Unit } from './units.js';
import { placeResources } from './resources.js';
import type { Problem, Rule, RuleContext } from './rule.js';
import { prescanKinds } from './rule.js';
import { helmChartOf } from './template.js';
import { applySuppressions, collectSuppressions } from './suppress.js';
import { directoriesOf, testInputDirectory, testInputNote } from './test-inputs.js';
import type { KustomizeListing } from './unlisted.js';
import { kustomizeListing, unlistedBesideKustomization, unlistedNote } from './unlisted.js';
import type { FunctionScopes } from './function-inputs.js';
import { functionInputNote, functionInputOf, functionScopes } from './function-inputs.js';
import type { SuiteInput } from './test-suites.js';
import { testSuiteInputs, testSuiteNote } from './test-suites.js';

export interface ManifestText {
  /** Path as it appears in output: relative, with `/`. */
  path: string;
  text: string;
}

export interface AnalyzeOptions {
  rules: readonly Rule[];
  defaultNamespace?: string;
  /** Per-rule severity overrides; `off` disables the rule. */
  severities?: Readonly<Record<string, SeverityOrOff>>;
  /** Every rule id a suppression may name (default: the ids of `rules`); others are reported as unknown. */
  knownRuleIds?: readonly string[];
  /**
   * The directories the user named to check, relative (the literal part of each pattern): a test-input
   * directory among them is checked as any other (src/engine/test-inputs.ts).
   */
  namedDirectories?: readonly string[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Summary {
  files: number;
  resources: number;
  skipped: number;
  /** Findings silenced by a suppression in the manifests (not counted below). */
  suppressed: number;
  errors: number;
  warnings: number;
  notices: number;
}

export interface AnalysisResult {
  findings: Finding[];
  /** Findings silenced by an annotation or comment in the manifests (counted in the summary, not reported). */
  suppressed: Finding[];
  summary: Summary;
  skippedFiles: SkippedFile[];
  index: ResourceIndex;
  /**
   * Files findings point into that were not analysed as such (the templates of a rendered Helm chart,
   * whose rendered stream was): for code frames.
   */
  otherSources?: readonly SourceFile[];
}

/** The longest whole-line fix a finding carries (GitHub's limit for a suggestion's text). */
export const MAX_FIX_LENGTH = 65_536;

/** Parses manifests and runs the rules. Pure: no I/O. */
export function analyzeTexts(texts: readonly ManifestText[], options: AnalyzeOptions): AnalysisResult {
  const paths = new Set(texts.map((t) => t.path));
  // The pre-scan parses up front what the rules that run read (src/engine/rule.ts).
  const kinds = prescanKinds(options.rules.filter((r) => options.severities?.[r.meta.id] !== 'off'));
  return analyzeParsed(
    texts.map((t) => parseManifestFile(t.path, t.text, { helmChart: helmChartOf(t.path, paths), kinds })),
    options,
  );
}

export function analyzeParsed(files: readonly ParsedFile[], options: AnalyzeOptions): AnalysisResult {
  const defaultNamespace = options.defaultNamespace ?? 'default';
  const sorted = [...files].sort((a, b) =>
    a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0,
  );
  const { resources, hidden, patchUses } = placeResources(sorted, defaultNamespace);
  const index = new ResourceIndex(sorted, resources, defaultNamespace, hidden, patchUses);
  const placing = placingOf(sorted, options);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  /** The object each finding is about, and the builds it was found in: to report a shared base once. */
  const builds = new Map<Finding, { source: object; units: readonly Unit[] }>();

  const ran = options.rules.filter((r) => options.severities?.[r.meta.id] !== 'off');
  for (const rule of ran) {
    if (!rule.check) continue;
    const configured = configuredSeverity(options, rule);
    const context: RuleContext = {
      index,
      report(problem) {
        if (aboutUnknownValue(rule, problem)) return;
        const finding = toFinding(rule, problem, configured, placing);
        const identity = `${finding.fingerprint}|${finding.line}|${finding.column}|${finding.message}`;
        if (seen.has(identity)) return;
        seen.add(identity);
        findings.push(finding);
        if ('resource' in problem.target) {
          const { object, units } = problem.target.resource;
          builds.set(finding, { source: object.built?.source ?? object, units });
        }
      },
    };
    rule.check(context);
  }

  const merged = onceAcrossBuilds(findings, builds);
  const knownRuleIds = new Set(options.knownRuleIds ?? options.rules.map((r) => r.meta.id));
  const { kept, suppressed, unused } = applySuppressions(
    merged,
    collectSuppressions(sorted, resources),
    { knownRuleIds, ranRuleIds: new Set(ran.map((r) => r.meta.id)) },
    (f) => builds.get(f)?.source,
  );
  // Rules that judge the outcome of the others (unused-suppression) run last; nothing suppresses them.
  const outcome = [...kept];
  for (const rule of ran) {
    if (!rule.afterRules) continue;
    const configured = configuredSeverity(options, rule);
    rule.afterRules({
      unused,
      kept: outcome,
      knownRuleIds,
      report: (p) => kept.push(toFinding(rule, p, configured, placing)),
    });
  }
  kept.sort(compareFindings);
  suppressed.sort(compareFindings);
  const skippedFiles = sorted
    .filter((f) => f.skipped)
    .map((f) => ({ file: f.file.path, reason: f.skipped as string }));
  return {
    findings: kept,
    suppressed,
    skippedFiles,
    index,
    summary: {
      files: sorted.length,
      resources: resources.length,
      skipped: skippedFiles.length,
      suppressed: suppressed.length,
      ...countBySeverity(kept),
    },
  };
}

/**
 * The finding is about a value a person substitutes before applying (`${APP}`, `{{ .Values.x }}`,
 * `<your-ip>`), or, for a rule that relates objects by name, about an object whose name or namespace is one
 * (Flux `${APP}` substitutions): its real value is unknown, so nothing can be said of it.
 */
function aboutUnknownValue(rule: Rule, problem: Problem): boolean {
  const target = problem.target;
  if (!('resource' in target)) return false;
  const { ref, object } = target.resource;
  if (
    (rule.meta.family === 'pairing' || rule.meta.family === 'workloads') &&
    (isPlaceholder(ref.name) || isPlaceholder(ref.namespace))
  )
    return true;
  let value: unknown = object.value;
  for (const step of target.path) {
    if (typeof step === 'number') value = Array.isArray(value) ? value[step] : undefined;
    else value = isRecord(value) ? value[step] : undefined;
  }
  return typeof value === 'string' && isPlaceholder(value, { allCaps: false });
}

/**
 * A finding about one source object, at one place, found in several deployment units (a base every overlay
 * builds): reported once, naming the builds. The first one's message and fingerprint are kept.
 */
function onceAcrossBuilds(
  findings: readonly Finding[],
  builds: Map<Finding, { source: object; units: readonly Unit[] }>,
): Finding[] {
  const groups = new Map<string, Finding[]>();
  const sources = new Map<object, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const build = builds.get(f);
    if (!build) {
      out.push(f);
      continue;
    }
    if (!sources.has(build.source)) sources.set(build.source, sources.size);
    const key = [f.rule, f.file, f.line, f.column, f.endLine, f.endColumn, sources.get(build.source)].join(
      '|',
    );
    const group = groups.get(key);
    // Two findings of one build at one place are two findings (a rule may report one node twice).
    const sameBuild = (g: Finding): boolean => builds.get(g)!.units.every((u) => build.units.includes(u));
    if (group && !group.some(sameBuild)) group.push(f);
    else if (group) out.push(f);
    else {
      groups.set(key, [f]);
      out.push(f);
    }
  }
  return out.map((f) => {
    const build = builds.get(f);
    if (!build) return f;
    const group = groups.get(
      [f.rule, f.file, f.line, f.column, f.endLine, f.endColumn, sources.get(build.source)].join('|'),
    );
    if (!group || group.length < 2 || group[0] !== f) return f;
    const labels = [...new Set(group.flatMap((g) => builds.get(g)!.units.map((u) => u.label)))];
    if (labels.length < 2) return f;
    const once = { ...f, message: `${f.message} (Found in ${labels.length} builds: ${labels.join(', ')}.)` };
    builds.set(once, build);
    return once;
  });
}

export function countBySeverity(
  findings: readonly Finding[],
): Pick<Summary, 'errors' | 'warnings' | 'notices'> {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notices++;
  }
  return { errors, warnings, notices };
}

/** Whether any finding is at or above the threshold (`never` never fails). */
export function reachesThreshold(findings: readonly Finding[], failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** The severity `.kube-pairing.yaml` sets for a rule that runs, if it sets one. */
function configuredSeverity(options: AnalyzeOptions, rule: Rule): Severity | undefined {
  const configured = options.severities?.[rule.meta.id];
  return configured === 'off' ? undefined : configured;
}

/** The message of a report: the template of its id, filled in with its data. */
function messageOf(rule: Rule, problem: Problem): Pick<Finding, 'message' | 'messageId' | 'data'> {
  const data = problem.data ?? {};
  return { message: formatMessage(rule.meta, problem.messageId, data), messageId: problem.messageId, data };
}

/**
 * Where the scan's files are deployed from, as far as it decides a finding's severity: a finding about a test
 * input, a manifest no kustomization lists, a KRM function's input or a test suite's input is a notice.
 */
interface Placing {
  /** The directories the user named to check. */
  named: readonly string[];
  directories: ReadonlySet<string>;
  listing: KustomizeListing;
  functions: FunctionScopes;
  suites: ReadonlyMap<string, SuiteInput>;
}

/**
 * Why a finding at error or warning about `file` is reported as a notice, when it is: the file is a test input
 * (by its directory's or its own name, or named by a test suite), or, for a finding about an object (`units`: its
 * deployment units), nothing deploys it as written (no kustomization lists it beside one, or a KRM function
 * rewrites it).
 */
function demotionNote(
  file: string,
  units: readonly Unit[] | undefined,
  placing: Placing,
): string | undefined {
  const testInputs = testInputDirectory(file, units, placing.named, placing.directories);
  if (testInputs !== undefined) return testInputNote(testInputs, testInputs === file);
  const suite = placing.suites.get(file);
  if (suite) return testSuiteNote(suite);
  if (unlistedBesideKustomization(file, units, placing.listing)) return unlistedNote(file);
  const input = functionInputOf(file, units, placing.functions);
  return input ? functionInputNote(input, file) : undefined;
}

function placingOf(files: readonly ParsedFile[], options: AnalyzeOptions): Placing {
  return {
    named: options.namedDirectories ?? [],
    directories: directoriesOf(files.map((f) => f.file.path)),
    listing: kustomizeListing(files),
    functions: functionScopes(files),
    suites: testSuiteInputs(files),
  };
}

function toFinding(
  rule: Rule,
  problem: Problem,
  configured: Severity | undefined,
  placing: Placing,
): Finding {
  // As ESLint does: a fix from a rule that does not say it fixes is a bug of the rule, found at once.
  if (problem.fix && rule.meta.fixable !== true)
    throw new Error(`rule ${rule.meta.id} reported a fix, but its meta.fixable is not true`);
  const severity = configured ?? problem.severity ?? rule.meta.severity;
  const said = messageOf(rule, problem);
  const related: RelatedLocation[] = (problem.related ?? []).map((r) => {
    // A built object's value may come from another file (an overlay's patch, a kustomization).
    const place = placeOf(r.resource.object, r.path, r.anchor);
    return { file: place.file.path, ...place.region, message: r.message };
  });
  const target = problem.target;
  let file: string;
  let identity: string;
  let finding: Omit<Finding, 'fingerprint'>;
  if ('resource' in target) {
    const { ref, object } = target.resource;
    const place = placeOf(object, target.path, target.anchor);
    file = place.file.path;
    // No position in it: a fingerprint stays when lines or objects are inserted above (two definitions of one
    // object share one; the Action's keyFindings numbers them).
    identity = `${ref.kind}|${ref.namespace}|${ref.name}|${target.path.join('.')}`;
    finding = {
      rule: rule.meta.id,
      severity,
      ...said,
      file,
      ...place.region,
      resource: { ...ref },
      related,
    };
  } else {
    file = target.file.path;
    // A finding on a file, not an object: its key says what it is about when the rule gives one.
    identity = problem.key === undefined ? `${target.region.line}` : `key|${problem.key}`;
    finding = { rule: rule.meta.id, severity, ...said, file, ...target.region, related };
    if (target.about) finding.resource = { ...target.about };
  }
  if (configured === undefined && (finding.severity === 'error' || finding.severity === 'warning')) {
    const note = demotionNote(file, 'resource' in target ? target.resource.units : undefined, placing);
    if (note !== undefined) {
      finding.severity = 'notice';
      finding.message += note;
    }
  }
  // A fix edits lines of the file it was made for: only a fix for the finding's own file is kept. A fix
  // replaces whole lines: on a one-line JSON List of megabytes it would be the whole file, once for every
  // finding (a 9 MB List with 37 findings made a 395 MB report). GitHub takes no suggestion over 65,536
  // characters either: such a fix is not offered.
  if (
    problem.fix &&
    (fixFile(problem.fix) ?? file) === file &&
    problem.fix.replacement.length <= MAX_FIX_LENGTH
  )
    finding.fix = problem.fix;
  if (problem.migration) finding.migration = problem.migration;
  const fingerprint = createHash('sha256')
    .update(`${rule.meta.id}\n${file}\n${identity}\n${problem.key ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return { ...finding, fingerprint };
}

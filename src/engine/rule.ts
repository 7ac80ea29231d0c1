import type { Finding, Fix, MessageData, Region, ResourceRef, Severity } from './finding.js';

export type { MessageData } from './finding.js';
import type { Anchor } from './locate.js';
import type { Path } from './parse.js';
import type { PrescanKinds } from './prescan.js';
import type { SourceFile } from './source.js';
import type { ResourceIndex } from './resource-index.js';
import type { UnusedSuppression } from './suppress.js';
import type { Resource } from './resources.js';

export type RuleFamily = 'pairing' | 'validity' | 'advice' | 'input' | 'workloads';

export interface RuleMeta {
  /** Public id: used in output, config and suppressions. Never rename. */
  id: string;
  /** Default severity. */
  severity: Severity;
  family: RuleFamily;
  /** One sentence: what the rule reports. */
  summary: string;
  /** Whether some of its findings carry a fix. */
  fixable?: boolean;
  /**
   * Why the problem matters in the cluster, the part that is the same for every finding (one to three
   * sentences). Its rule page quotes it; a message template takes it in with `{{why}}`.
   */
  why: string;
  /**
   * The rule's messages by id (as ESLint's `meta.messages`): templates whose `{{name}}` placeholders are
   * filled from a report's `data` (`{{why}}` from `why`). Each names the object, says what is wrong, why it
   * matters and how to fix it. A report names one of these ids; tests assert the id and the data.
   */
  messages: Readonly<Record<string, string>>;
  /**
   * The kinds (src/k8s/kinds.ts) whose contents the rule reads, beyond the identity every object has
   * (apiVersion, kind, name, namespace): through the index's views, Pod templates, route backends or
   * `value`. The pre-scan parses documents of these kinds up front (`prescanKinds`); `'*'` would mean every
   * kind. Pod templates of custom kinds (any `spec.template`) and `List`s are always parsed up front, and
   * file-level data (syntax problems, kustomization files, charts) is no kind: a rule that reads only
   * identities or files reads `[]`.
   */
  reads: readonly string[];
  /**
   * Of the kinds it reads, those whose YAML nodes the rule's own code uses (`locate`, `placeOf`, a list
   * item's first key, whether a key is written) for most objects it checks, beyond the positions and fixes
   * of its findings: the pre-scan lets the YAML parser read these, instead of building the value alone.
   */
  readsNodes?: readonly string[];
  /**
   * Kinds whose contents it reads for a few objects only (the ConfigMaps a Pod template names): left to
   * parse on first use, not up front. Documentation, and a place to look when one of them turns common.
   */
  readsOnDemand?: readonly string[];
}

/** A place inside a resource, given by a path from the object's root. */
export interface ResourceTarget {
  resource: Resource;
  path: Path;
  anchor?: Anchor;
}

export interface RelatedTarget extends ResourceTarget {
  message: string;
}

/** A place in a file, not inside an object's value: a syntax error, a kustomization, a comment. */
export interface FileTarget {
  file: SourceFile;
  region: Region;
  /** The object the place lies in or belongs to, when there is one (an annotation's object). */
  about?: ResourceRef;
}

export interface Problem {
  /** Where the finding points. */
  target: ResourceTarget | FileTarget;
  /** One of the rule's `meta.messages` ids. */
  messageId: string;
  /** The values of the message's placeholders: every placeholder needs one, and each one is used. */
  data?: MessageData;
  /** Overrides the rule's default severity for this finding (e.g. a weaker variant). */
  severity?: Severity;
  related?: RelatedTarget[];
  fix?: Fix;
  /** Replacement objects as multi-document YAML (see `Finding.migration`), e.g. from `src/engine/migrate.ts`. */
  migration?: string;
  /** Tells apart several findings of one rule on one node, for the fingerprint. */
  key?: string;
}

export interface RuleContext {
  readonly index: ResourceIndex;
  report(problem: Problem): void;
}

/** A rule that reads the objects. Rules run in the order of ALL_RULES (src/rules/index.ts). */
export interface ObjectRule {
  meta: RuleMeta;
  check(context: RuleContext): void;
  afterRules?: never;
}

/** What the suppressions made of the other rules' findings, for a rule that runs after them. */
export interface AfterRulesContext {
  /** The suppression entries that silenced nothing (src/engine/suppress.ts). */
  readonly unused: readonly UnusedSuppression[];
  /** The findings left once suppressions were applied. */
  readonly kept: readonly Finding[];
  /** Every rule id there is (not only those that ran). */
  readonly knownRuleIds: ReadonlySet<string>;
  report(problem: Problem): void;
}

/**
 * A rule that judges the outcome of the others: it runs once every object rule has run and the
 * suppressions are applied, and its own findings cannot be suppressed (`unused-suppression`).
 */
export interface AfterRulesRule {
  meta: RuleMeta;
  afterRules(context: AfterRulesContext): void;
  check?: never;
}

export type Rule = ObjectRule | AfterRulesRule;

/**
 * What the pre-scan parses up front for these rules (src/engine/prescan.ts): the kinds they read, and of
 * those, the ones whose YAML nodes they use. The one place the pre-scan's kinds come from.
 */
export function prescanKinds(rules: readonly Rule[]): PrescanKinds {
  const nodes = new Set(rules.flatMap((r) => r.meta.readsNodes ?? []));
  const fullParse = new Set([...rules.flatMap((r) => r.meta.reads), ...nodes]);
  return { fullParse, nodes };
}

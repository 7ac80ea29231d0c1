import type { Fix, Region, Severity } from './finding.js';
import type { Anchor } from './locate.js';
import type { Path } from './parse.js';
import type { PrescanKinds } from './prescan.js';
import type { SourceFile } from './source.js';
import type { ResourceIndex } from './resource-index.js';
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

export interface Problem {
  /** Where the finding points. */
  target: ResourceTarget | { file: SourceFile; region: Region };
  message: string;
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

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * What the pre-scan parses up front for these rules (src/engine/prescan.ts): the kinds they read, and of
 * those, the ones whose YAML nodes they use. The one place the pre-scan's kinds come from.
 */
export function prescanKinds(rules: readonly Rule[]): PrescanKinds {
  const nodes = new Set(rules.flatMap((r) => r.meta.readsNodes ?? []));
  const fullParse = new Set([...rules.flatMap((r) => r.meta.reads), ...nodes]);
  return { fullParse, nodes };
}

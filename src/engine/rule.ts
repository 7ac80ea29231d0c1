import type { Fix, Region, Severity } from './finding.js';
import type { Anchor } from './locate.js';
import type { Path } from './parse.js';
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

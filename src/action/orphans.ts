/**
 * Services deleted or renamed by a change, and the head findings they cause on Endpoints and
 * EndpointSlices left without a Service. Pure: given the base texts of the changed files and the
 * head analysis, it says which findings the change caused and where in the diff to comment them.
 *
 * Limits: a Service that only moves namespace through a kustomization's `namespace:` is found, but
 * when none of its own lines changed there is no line to anchor on and it is commented in the review
 * body; a changed file whose base text is unknown is taken as unchanged (its Services look kept).
 */
import type { AnalysisResult } from '../engine/analyze.js';
import { analyzeTexts } from '../engine/analyze.js';
import type { ManifestText } from '../engine/analyze.js';
import type { ResourceRef } from '../engine/finding.js';
import { formatResource } from '../engine/finding.js';
import { locate, regionOf } from '../engine/locate.js';
import type { K8sObject } from '../engine/parse.js';
import type { ServiceView } from '../engine/model.js';
import type { ChangeSet } from './change-set.js';
import type { ChangedFile } from './diff.js';

/** The object as its file writes it (a built object's source): lines are compared within one file. */
const written = (object: K8sObject): K8sObject => object.built?.source ?? object;
import type { DiffAnchor, ScopedFinding } from './scope.js';

/** Rules whose findings mean "this Endpoints / slice has no Service": the ones a deletion causes. */
export const ORPHAN_RULES: ReadonlySet<string> = new Set([
  'endpoints-without-service',
  'pairing-namespace-mismatch',
  'slice-without-service',
]);

export interface RemovedService {
  service: ResourceRef;
  /** The Service's file and its name line on the base side. */
  basePath: string;
  baseLine: number;
  /** Set when the same object is still there under another name or namespace (a rename). */
  renamedTo?: ResourceRef;
  anchor?: DiffAnchor;
}

export interface OrphanAnalysis {
  removed: RemovedService[];
  /** Head findings caused by the removals, re-anchored on the diff and explained. */
  caused: ScopedFinding[];
}

const IDENTITY_FIELDS = [['metadata', 'name'], ['metadata', 'namespace'], ['kind'], ['apiVersion']] as const;

/**
 * @param head the head analysis (its index holds every loaded file's text)
 * @param headFindings the keyed findings of that analysis
 * @param baseTexts base text of changed files, by their base path (removed, modified, renamed-from)
 */
export function findOrphans(
  head: AnalysisResult,
  headFindings: readonly ScopedFinding[],
  changes: ChangeSet,
  baseTexts: ReadonlyMap<string, string>,
  defaultNamespace: string,
): OrphanAnalysis {
  if (!changes.files || baseTexts.size === 0) return { removed: [], caused: [] };
  const changed = [...changes.files.values()];
  const byBasePath = new Map<string, ChangedFile>();
  for (const file of changed) {
    if (file.status === 'added' || file.status === 'copied') continue;
    byBasePath.set(file.previousPath ?? file.path, file);
  }

  const base = analyzeTexts(baseView(head, changes, baseTexts), { rules: [], defaultNamespace });
  const removed: RemovedService[] = [];
  for (const service of base.index.services) {
    const { namespace, name } = service.resource.ref;
    const basePath = service.resource.object.file.path;
    if (head.index.service(namespace, name)) continue;
    const file = byBasePath.get(basePath);
    const baseLine = regionOf(written(service.resource.object), ['metadata', 'name']).line;
    const entry: RemovedService = { service: service.resource.ref, basePath, baseLine };
    const successor = file ? successorOf(service, file, head) : undefined;
    if (successor) entry.renamedTo = successor.resource.ref;
    const anchor = file ? anchorOf(service, file, successor) : undefined;
    if (anchor) entry.anchor = anchor;
    removed.push(entry);
  }

  const caused: ScopedFinding[] = [];
  for (const r of removed) {
    for (const f of headFindings) {
      const res = f.finding.resource;
      if (!res || !ORPHAN_RULES.has(f.finding.rule) || res.namespace !== r.service.namespace) continue;
      const paired =
        (res.kind === 'Endpoints' && res.name === r.service.name) ||
        (res.kind === 'EndpointSlice' && sliceServiceName(head, res) === r.service.name);
      if (!paired) continue;
      const cause = r.renamedTo
        ? `This change renames ${formatResource(r.service)} to ${formatResource(r.renamedTo)} (${r.basePath}:${r.baseLine} on the base commit), which ${formatResource(res)} paired with.`
        : `This change deletes ${formatResource(r.service)} (${r.basePath}:${r.baseLine} on the base commit), which ${formatResource(res)} paired with.`;
      const scoped: ScopedFinding = {
        key: f.key,
        finding: { ...f.finding, message: `${f.finding.message} ${cause}` },
      };
      if (r.anchor) scoped.anchor = r.anchor;
      caused.push(scoped);
    }
  }
  return { removed, caused };
}

/** The base commit's manifests: head texts, with changed files replaced by their base texts. */
function baseView(
  head: AnalysisResult,
  changes: ChangeSet,
  baseTexts: ReadonlyMap<string, string>,
): ManifestText[] {
  const texts = new Map<string, string>();
  for (const parsed of head.index.files) {
    const path = parsed.file.path;
    const file = changes.files?.get(path);
    if (file && file.status !== 'modified' && file.status !== 'changed' && file.status !== 'unchanged')
      continue;
    texts.set(path, baseTexts.get(path) ?? parsed.file.text);
  }
  for (const file of changes.files?.values() ?? []) {
    if (file.status !== 'removed' && file.status !== 'renamed') continue;
    const path = file.previousPath ?? file.path;
    const text = baseTexts.get(path) ?? (file.status === 'renamed' ? headText(head, file.path) : undefined);
    if (text !== undefined) texts.set(path, text);
  }
  return [...texts].map(([path, text]) => ({ path, text }));
}

function headText(head: AnalysisResult, path: string): string | undefined {
  return head.index.files.find((f) => f.file.path === path)?.file.text;
}

function sliceServiceName(head: AnalysisResult, ref: ResourceRef): string | undefined {
  return head.index.slices.find(
    (s) => s.resource.ref.namespace === ref.namespace && s.resource.ref.name === ref.name,
  )?.serviceName;
}

/**
 * The head Service that took the removed one's place: in the same file (or its renamed path), with
 * the changed identity line added in the same hunk that deleted the old one.
 */
function successorOf(service: ServiceView, file: ChangedFile, head: AnalysisResult): ServiceView | undefined {
  const diff = file.diff;
  if (!diff || file.status === 'removed') return undefined;
  for (const path of IDENTITY_FIELDS) {
    if (!has(service, path)) continue;
    const baseLine = regionOf(written(service.resource.object), path).line;
    if (!diff.deleted.has(baseLine)) continue;
    const hunk = diff.commentable.LEFT.get(baseLine);
    return head.index.services.find((candidate) => {
      if (candidate.resource.object.file.path !== file.path) return false;
      const line = regionOf(written(candidate.resource.object), path).line;
      return has(candidate, path) && diff.added.has(line) && diff.commentable.RIGHT.get(line) === hunk;
    });
  }
  return undefined;
}

const has = (service: ServiceView, path: readonly string[]): boolean =>
  locate(written(service.resource.object), path).value !== undefined;

/** The changed line to comment on: the successor's new identity line, else the deleted base line. */
function anchorOf(
  service: ServiceView,
  file: ChangedFile,
  successor: ServiceView | undefined,
): DiffAnchor | undefined {
  const diff = file.diff;
  if (!diff) return undefined;
  for (const path of IDENTITY_FIELDS) {
    if (!has(service, path)) continue;
    const baseLine = regionOf(written(service.resource.object), path).line;
    if (!diff.deleted.has(baseLine)) continue;
    if (successor && has(successor, path)) {
      const line = regionOf(written(successor.resource.object), path).line;
      if (diff.added.has(line)) return { path: file.path, side: 'RIGHT', line };
    }
    return { path: file.path, side: 'LEFT', line: baseLine };
  }
  return undefined;
}

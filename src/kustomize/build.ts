/**
 * One object as `kustomize build <root>` emits it: the transformations of every kustomization on its way
 * to the root, innermost first, in kustomize's order within each (api/internal/target/
 * kusttarget_configplugin.go: PatchStrategicMerge, Patch, Namespace, Prefix, Suffix, Label, Annotations,
 * PatchJson6902, ..., Replacement). What each transformation does, and its kustomize source, is in
 * docs/kustomize.md. The namespace is not written into the value: the resource carries it (resources.ts).
 *
 * Pure: the parsed files in, built values with provenance out (src/kustomize/built.ts).
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { kindNames } from '../k8s/kinds.js';
import type { Node, Pair, Scalar } from 'yaml';
import type { K8sObject, ParsedFile } from '../engine/parse.js';
import type { KustomizationStep, Unit } from '../engine/units.js';
import { joinPath } from '../engine/units.js';
import { isRecord } from '../engine/parse.js';
import type { Origin, ValueProvenance } from '../engine/parse.js';
import { Provenance, sourceEntryOrigin } from './built.js';
import { applyJsonPatch, isJsonPatch } from './json-patch.js';
import { matchesLabelSelector } from './replacements.js';
import type { PatchFrom, StrategicMergeOptions } from './strategic-merge.js';
import { applyStrategicMerge, PatchError } from './strategic-merge.js';

/** A patch of a kustomization, as read from its entry. */
interface PatchEntry {
  /** The kustomization field and the entry's index: for messages and for the patch's position. */
  field: 'patches' | 'patchesStrategicMerge' | 'patchesJson6902';
  index: number;
  /** The patch documents: parsed from a file, or from the inline text (with one origin for all of it). */
  documents: { value: unknown; from: { object: K8sObject } | { origin: Origin } }[];
  target?: Record<string, unknown>;
  /** The patch file when it is one (relative to the kustomization's directory). */
  path?: string;
  /** The entry's `options` (allowNameChange, allowKindChange). */
  options?: Record<string, unknown>;
  /**
   * kustomize v1's bare file name under `patches`: v1 matched such a patch by group, version, kind and name
   * only (its patch transformer's GVKN lookup), so a patch without `namespace:` patches a namespaced object.
   */
  anyNamespace?: true;
}

/** A target-less strategic-merge patch kustomize matches by the patch's own kind and name. */
export interface PatchUse {
  step: KustomizationStep;
  entry: { field: string; index: number };
  kind: string;
  name: string;
  /** How many objects of the build it was applied to. */
  matched: number;
  /** The build (deployment unit) it was counted in. */
  unit?: Unit;
}

/** What building one object needs beyond its chain of kustomizations. */
export interface BuildContext {
  /** Parsed files by path: patch files are read from here. */
  files: ReadonlyMap<string, ParsedFile>;
  /** Target-less strategic-merge patches of this build, counted as they match (for kustomize-patch-no-target). */
  patchUses: Map<string, PatchUse>;
  /** The build being built. */
  unit?: Unit;
}

/** Whether a kustomization of the chain renames a v1 Namespace object (after its own `namespace:`). */
export function renamesNamespace(object: K8sObject, chain: readonly KustomizationStep[]): boolean {
  if (object.kind !== 'Namespace' || object.apiVersion !== 'v1') return false;
  return chain.some(({ kustomization: k }) => {
    const namespace = k.document?.value.namespace;
    return typeof namespace === 'string' && namespace !== '' && namespace !== object.name;
  });
}

/** Whether a chain of kustomizations changes anything of the objects it builds that rules read. */
export function changesValues(chain: readonly KustomizationStep[]): boolean {
  return chain.some(({ kustomization: k }) => {
    const raw = k.document?.value ?? {};
    return (
      typeof raw.namePrefix === 'string' ||
      typeof raw.nameSuffix === 'string' ||
      isRecord(raw.commonLabels) ||
      (Array.isArray(raw.labels) && raw.labels.length > 0) ||
      (Array.isArray(raw.patches) && raw.patches.length > 0) ||
      (Array.isArray(raw.patchesStrategicMerge) && raw.patchesStrategicMerge.length > 0) ||
      (Array.isArray(raw.patchesJson6902) && raw.patchesJson6902.length > 0) ||
      (Array.isArray(raw.replacements) && raw.replacements.length > 0)
    );
  });
}

/**
 * Whether namePrefix and nameSuffix leave the object alone (api/internal/builtins/PrefixTransformer.go
 * prefixFieldSpecsToSkip: any CustomResourceDefinition, an apiregistration.k8s.io APIService, a Namespace).
 */
function notRenamed(kind: string, apiVersion: string): boolean {
  return (
    kind === 'CustomResourceDefinition' ||
    kind === 'Namespace' ||
    (kind === 'APIService' && apiVersion.startsWith('apiregistration.k8s.io/'))
  );
}

/**
 * The name an object gets from a chain of kustomizations (prefixes and suffixes, innermost first; a v1
 * Namespace is named after the kustomization's namespace).
 */
function builtName(
  kind: string,
  apiVersion: string,
  name: string,
  chain: readonly KustomizationStep[],
): string {
  if (name === '') return name;
  let out = name;
  for (const { kustomization: k } of chain) {
    const raw = k.document?.value ?? {};
    // The namespace transformer names a v1 Namespace after the kustomization's namespace
    // (api/internal/konfig/builtinpluginconsts/namespace.go: `metadata/name` of kind Namespace;
    // api/filters/namespace removeUnneededMetaFieldSpecs keeps it for apiVersion v1 only): kubebuilder's
    // Namespace `system` becomes `<project>-system`.
    if (
      kind === 'Namespace' &&
      apiVersion === 'v1' &&
      typeof raw.namespace === 'string' &&
      raw.namespace !== ''
    )
      out = raw.namespace;
    if (notRenamed(kind, apiVersion)) continue;
    if (typeof raw.namePrefix === 'string') out = raw.namePrefix + out;
    if (typeof raw.nameSuffix === 'string') out = out + raw.nameSuffix;
  }
  return out;
}

function identityOf(value: Record<string, unknown>): { kind: string; name: string; namespace?: string } {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return {
    kind: typeof value.kind === 'string' ? value.kind : '',
    name: typeof metadata.name === 'string' ? metadata.name : '',
    ...(typeof metadata.namespace === 'string' && metadata.namespace !== ''
      ? { namespace: metadata.namespace }
      : {}),
  };
}

/** Kinds kustomize knows to be cluster-scoped (its OpenAPI data): their ids have no namespace. */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set(kindNames((k) => !k.namespaced));

/**
 * The ids an object has had so far in its build: kustomize matches a target-less strategic-merge patch by
 * group, version, kind, name and namespace against the object's current and previous ids
 * (api/resmap/reswrangler.go GetMatchingResourcesByAnyId, resid.ResId.Equals: a missing namespace is
 * `default`, and a cluster-scoped kind's namespace, written or not, is none: EffectiveNamespace).
 */
class ObjectIds {
  private readonly names: Set<string>;
  private readonly namespaces: Set<string>;
  /** `apiVersion kind` of each type the object has had (a JSON patch may replace its `kind`). */
  private readonly types: Set<string>;
  private name: string;
  /** The object's type now. */
  kind: string;
  apiVersion: string;

  constructor(source: K8sObject) {
    this.name = source.name;
    this.names = new Set([source.name]);
    this.namespaces = new Set([source.namespace ?? 'default']);
    this.kind = source.kind;
    this.apiVersion = source.apiVersion;
    this.types = new Set([`${source.apiVersion} ${source.kind}`]);
  }

  /** Whether a patch document names the object by one of its ids (`anyNamespace`: kustomize v1's match). */
  matchedBy(patch: Record<string, unknown>, anyNamespace = false): boolean {
    const { kind, name, namespace } = identityOf(patch);
    const apiVersion = typeof patch.apiVersion === 'string' ? patch.apiVersion : undefined;
    const typed = [...this.types].some((t) => {
      const [v, k] = t.split(' ');
      return kind === k && (apiVersion === undefined || apiVersion === v);
    });
    return (
      typed &&
      this.names.has(name) &&
      (anyNamespace || CLUSTER_SCOPED.has(this.kind) || this.namespaces.has(namespace ?? 'default'))
    );
  }

  /**
   * Takes the type the patched value now has: a JSON patch may replace `kind` and `apiVersion` (emojivoto's
   * `kustomize/job` overlay makes its Deployments Jobs; kustomize's patchjson6902 filter keeps the change,
   * where a strategic-merge patch's is undone unless `allowKindChange`).
   */
  retype(value: Record<string, unknown>): void {
    if (typeof value.kind === 'string' && value.kind !== '') this.kind = value.kind;
    if (typeof value.apiVersion === 'string' && value.apiVersion !== '') this.apiVersion = value.apiVersion;
    this.types.add(`${this.apiVersion} ${this.kind}`);
  }

  /** The ids the kustomization gives the object after its patches (its namespace, prefix and suffix): the new name. */
  after(step: KustomizationStep): string {
    const raw = step.kustomization.document?.value ?? {};
    if (typeof raw.namespace === 'string' && raw.namespace !== '') this.namespaces.add(raw.namespace);
    this.name = builtName(this.kind, this.apiVersion, this.name, [step]);
    this.names.add(this.name);
    return this.name;
  }
}

/** The object as the chain of kustomizations (innermost first) emits it. */
export function buildObject(
  source: K8sObject,
  chain: readonly KustomizationStep[],
  context: BuildContext,
): K8sObject {
  const provenance = new Provenance();
  const value = provenance.copy(source.value, source);
  let name = source.name;
  const ids = new ObjectIds(source);
  for (const step of chain) {
    const k = step.kustomization;
    const document = k.document;
    if (!document) continue;
    const raw = document.value;
    for (const entry of patchEntries(step, context)) {
      for (const doc of entry.documents) {
        if (!isRecord(doc.value) && !Array.isArray(doc.value)) continue;
        // kustomize's ApplySmPatch (a targeted patch, any patchesStrategicMerge entry) merges labels as strings.
        const options = {
          metadataAsStrings: entry.target !== undefined || entry.field === 'patchesStrategicMerge',
          allowNameChange: entry.options?.allowNameChange === true,
          allowKindChange: entry.options?.allowKindChange === true,
        };
        if (entry.target) {
          if (!targetSelects(entry.target, source, ids, name, value)) continue;
          if (isJsonPatch(doc.value)) applyJsonPatch(value, doc.value as unknown[], provenance, doc.from);
          else if (isRecord(doc.value)) mergeOrSkip(value, doc.value, provenance, doc.from, options);
          ids.retype(value);
          continue;
        }
        if (entry.field === 'patchesJson6902' || !isRecord(doc.value)) continue;
        // A target-less strategic-merge patch applies to the object of its own kind and name.
        const { kind, name: patchName } = identityOf(doc.value);
        const use = recordUse(context, step, entry, kind, patchName);
        if (!ids.matchedBy(doc.value, entry.anyNamespace)) continue;
        use.matched++;
        mergeOrSkip(value, doc.value, provenance, doc.from, options);
        ids.retype(value);
      }
    }
    // `$patch: delete` left nothing: the object is gone from this build, and no later step brings it back.
    if (Object.keys(value).length === 0) break;
    // namespace: carried by the resource, not written here. A prefixed name keeps the place of the name it
    // was made of: that is the line a reader fixes (the rename is said and related by the rules).
    const renamed = ids.after(step);
    if (renamed !== name) {
      name = renamed;
      ensureMap(value, 'metadata').name = name;
    }
    applyLabels(value, ids.kind, raw, document, provenance, configuredLabelFields(step, context));
  }
  return {
    file: source.file,
    get node() {
      return source.node;
    },
    value,
    apiVersion: ids.apiVersion,
    kind: ids.kind,
    name,
    ...(source.namespace !== undefined ? { namespace: source.namespace } : {}),
    documentIndex: source.documentIndex,
    built: { source, provenance },
  };
}

/**
 * A strategic-merge patch kustomize fails the build on (an unknown `$patch`, a list patched with a mapping)
 * is left out: the object is checked as the rest of its build makes it.
 */
function mergeOrSkip(
  value: Record<string, unknown>,
  patch: Record<string, unknown>,
  provenance: ValueProvenance,
  from: PatchFrom,
  options: StrategicMergeOptions,
): void {
  try {
    applyStrategicMerge(value, patch, provenance, from, options);
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
  }
}

function recordUse(
  context: BuildContext,
  step: KustomizationStep,
  entry: PatchEntry,
  kind: string,
  name: string,
): PatchUse {
  const id = `${step.dir}\n${entry.field}\n${entry.index}\n${kind}\n${name}`;
  let use = context.patchUses.get(id);
  if (!use)
    context.patchUses.set(
      id,
      (use = {
        step,
        entry: { field: entry.field, index: entry.index },
        kind,
        name,
        matched: 0,
        ...(context.unit ? { unit: context.unit } : {}),
      }),
    );
  return use;
}

/** The patches of a kustomization, in kustomize's order: patchesStrategicMerge, patches, patchesJson6902. */
function patchEntries(step: KustomizationStep, context: BuildContext): PatchEntry[] {
  const document = step.kustomization.document;
  if (!document) return [];
  const cached = entriesCache.get(document);
  if (cached) return cached;
  const raw = document.value;
  const entries: PatchEntry[] = [];
  const list = (field: PatchEntry['field']): unknown[] => (Array.isArray(raw[field]) ? raw[field] : []);
  list('patchesStrategicMerge').forEach((p, index) => {
    if (typeof p !== 'string') return;
    entries.push({
      field: 'patchesStrategicMerge',
      index,
      documents: p.includes('\n')
        ? inline(p, document, ['patchesStrategicMerge', index])
        : fromFile(step.dir, p, context),
      path: p,
    });
  });
  list('patches').forEach((p, index) => {
    if (typeof p === 'string') {
      // kustomize v1's bare file name (see parse.ts patchFiles).
      entries.push({
        field: 'patches',
        index,
        documents: fromFile(step.dir, p, context),
        path: p,
        anyNamespace: true,
      });
      return;
    }
    if (!isRecord(p)) return;
    const documents =
      typeof p.path === 'string'
        ? fromFile(step.dir, p.path, context)
        : typeof p.patch === 'string'
          ? inline(p.patch, document, ['patches', index, 'patch'])
          : [];
    entries.push({
      field: 'patches',
      index,
      documents,
      ...(isRecord(p.target) ? { target: p.target } : {}),
      ...(typeof p.path === 'string' ? { path: p.path } : {}),
      ...(isRecord(p.options) ? { options: p.options } : {}),
    });
  });
  list('patchesJson6902').forEach((p, index) => {
    if (!isRecord(p) || !isRecord(p.target)) return;
    const documents =
      typeof p.path === 'string'
        ? fromFile(step.dir, p.path, context)
        : typeof p.patch === 'string'
          ? inline(p.patch, document, ['patchesJson6902', index, 'patch'])
          : [];
    entries.push({ field: 'patchesJson6902', index, documents, target: p.target });
  });
  entriesCache.set(document, entries);
  return entries;
}

const entriesCache = new WeakMap<K8sObject, PatchEntry[]>();

/** The documents of a patch file, parsed with the other files (a JSON6902 file is one list of operations). */
function fromFile(dir: string, path: string, context: BuildContext): PatchEntry['documents'] {
  const file = context.files.get(joinPath(dir, path));
  if (!file) return [];
  if (file.objects.length > 0)
    return file.objects.map((object) => ({ value: object.value, from: { object } }));
  // A JSON 6902 patch file holds operations, not an object: read it whole, positions from its own nodes.
  const document = parseDocument(file.file.text);
  if (document.errors.length > 0 || !document.contents) return [];
  const object: K8sObject = {
    file: file.file,
    node: document.contents as never,
    value: document.toJS() as Record<string, unknown>,
    apiVersion: '',
    kind: '',
    name: '',
    documentIndex: 0,
  };
  return [{ value: object.value, from: { object } }];
}

/** An inline patch: parsed from the kustomization's text; every value it writes is placed at its entry. */
function inline(text: string, document: K8sObject, path: (string | number)[]): PatchEntry['documents'] {
  const origin = entryOrigin(document, path) ?? documentOrigin(document);
  const parsed = parseDocument(text);
  if (parsed.errors.length > 0) return [];
  return [{ value: parsed.toJS() as unknown, from: { origin } }];
}

/**
 * Whether a patch `target` selects the object (api/resource/resource.go and types/selector.go: group,
 * version, kind, name and namespace match as anchored regular expressions; label and annotation selectors
 * as equality requirements).
 */
function targetSelects(
  target: Record<string, unknown>,
  source: K8sObject,
  type: { kind: string; apiVersion: string },
  name: string,
  value: Record<string, unknown>,
): boolean {
  const [group, version] = type.apiVersion.includes('/')
    ? [type.apiVersion.split('/')[0]!, type.apiVersion.split('/')[1]!]
    : ['', type.apiVersion];
  const matches = (pattern: unknown, actual: string): boolean => {
    if (typeof pattern !== 'string' || pattern === '') return true;
    try {
      return new RegExp(`^(?:${pattern})$`).test(actual);
    } catch {
      return pattern === actual;
    }
  };
  if (!matches(target.group, group) || !matches(target.version, version) || !matches(target.kind, type.kind))
    return false;
  if (!matches(target.name, name) && !matches(target.name, source.name)) return false;
  if (typeof target.namespace === 'string' && target.namespace !== '' && source.namespace !== undefined)
    if (!matches(target.namespace, source.namespace)) return false;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const holds = (selector: unknown, labels: unknown): boolean =>
    typeof selector !== 'string' || selector.trim() === '' || matchesLabelSelector(selector, labels) === true;
  return (
    holds(target.labelSelector, metadata.labels) && holds(target.annotationSelector, metadata.annotations)
  );
}

type FieldSpec = { path: readonly string[]; create: boolean; kinds: readonly string[] };

/**
 * Where kustomize writes labels (api/internal/konfig/builtinpluginconsts/commonlabels.go and
 * metadatalabels.go), for the kinds rules read: selectors and Pod template labels.
 */
const SELECTOR_FIELDS: readonly FieldSpec[] = [
  { path: ['spec', 'selector'], create: true, kinds: ['Service', 'ReplicationController'] },
  {
    path: ['spec', 'selector', 'matchLabels'],
    create: true,
    kinds: ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet'],
  },
  { path: ['spec', 'selector', 'matchLabels'], create: false, kinds: ['Job'] },
  { path: ['spec', 'jobTemplate', 'spec', 'selector', 'matchLabels'], create: false, kinds: ['CronJob'] },
];
const TEMPLATE_FIELDS: readonly FieldSpec[] = [
  {
    path: ['spec', 'template', 'metadata', 'labels'],
    create: true,
    kinds: ['ReplicationController', 'Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job'],
  },
  { path: ['spec', 'jobTemplate', 'metadata', 'labels'], create: true, kinds: ['CronJob'] },
  {
    path: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'],
    create: true,
    kinds: ['CronJob'],
  },
];
const METADATA_FIELDS: readonly FieldSpec[] = [{ path: ['metadata', 'labels'], create: true, kinds: [] }];

/** Label fields a kustomization's `configurations` files add to kustomize's own (for custom kinds). */
interface ConfiguredLabelFields {
  /** `commonLabels:` of the files: where `commonLabels` and `labels` with `includeSelectors` write. */
  common: readonly FieldSpec[];
  /** `templateLabels:` of the files: where `labels` with `includeTemplates` write. */
  template: readonly FieldSpec[];
}

const NO_CONFIGURED_FIELDS: ConfiguredLabelFields = { common: [], template: [] };
const configuredCache = new WeakMap<K8sObject, ConfiguredLabelFields>();

/**
 * The label field specs of a kustomization's `configurations` files (api/internal/plugins/builtinconfig
 * TransformerConfig, merged into kustomize's defaults for that kustomization's own transformers): e.g. Argo
 * Rollouts' `rollout-transform.yaml` has `commonLabels` write `spec/template/metadata/labels` of a `Rollout`.
 * A file that is not there or does not parse adds nothing.
 */
function configuredLabelFields(step: KustomizationStep, context: BuildContext): ConfiguredLabelFields {
  const document = step.kustomization.document;
  const raw = document?.value;
  if (!document || !raw || !Array.isArray(raw.configurations) || raw.configurations.length === 0)
    return NO_CONFIGURED_FIELDS;
  const cached = configuredCache.get(document);
  if (cached) return cached;
  const common: FieldSpec[] = [];
  const template: FieldSpec[] = [];
  const specs = (list: unknown, into: FieldSpec[]): void => {
    for (const spec of Array.isArray(list) ? list : []) {
      if (!isRecord(spec) || typeof spec.path !== 'string' || spec.path === '') continue;
      into.push({
        path: spec.path.split('/').filter((p) => p !== ''),
        create: spec.create === true,
        kinds: typeof spec.kind === 'string' && spec.kind !== '' ? [spec.kind] : [],
      });
    }
  };
  for (const entry of raw.configurations) {
    if (typeof entry !== 'string') continue;
    for (const { value } of fromFile(step.dir, entry, context)) {
      if (!isRecord(value)) continue;
      specs(value.commonLabels, common);
      specs(value.templateLabels, template);
    }
  }
  const fields = { common, template };
  configuredCache.set(document, fields);
  return fields;
}

/** `commonLabels` (selectors, templates and metadata) and `labels` (each as its include flags say). */
function applyLabels(
  value: Record<string, unknown>,
  kind: string,
  raw: Record<string, unknown>,
  document: K8sObject,
  provenance: ValueProvenance,
  configured: ConfiguredLabelFields,
): void {
  const sets: { pairs: Record<string, unknown>; fields: readonly FieldSpec[]; at: (string | number)[] }[] =
    [];
  const common = [...METADATA_FIELDS, ...TEMPLATE_FIELDS, ...SELECTOR_FIELDS, ...configured.common];
  if (isRecord(raw.commonLabels))
    sets.push({
      pairs: raw.commonLabels,
      fields: common,
      at: ['commonLabels'],
    });
  (Array.isArray(raw.labels) ? raw.labels : []).forEach((l, i) => {
    if (!isRecord(l) || !isRecord(l.pairs)) return;
    const fields = l.includeSelectors
      ? common
      : l.includeTemplates
        ? [...METADATA_FIELDS, ...TEMPLATE_FIELDS, ...configured.template]
        : METADATA_FIELDS;
    sets.push({ pairs: l.pairs, fields, at: ['labels', i, 'pairs'] });
  });
  for (const { pairs, fields, at } of sets) {
    for (const field of fields) {
      if (field.kinds.length > 0 && !field.kinds.includes(kind)) continue;
      const setAt = entryOrigin(document, at) ?? documentOrigin(document);
      // A mapping the labels create (a Service's `selector`) is written where the labels are.
      const map = reach(value, field.path, field.create, (parent, key) =>
        provenance.wrote(parent, key, setAt),
      );
      if (!map) continue;
      for (const [key, v] of Object.entries(pairs)) {
        if (v === null || v === undefined) continue;
        map[key] = String(v);
        provenance.wrote(map, key, entryOrigin(document, [...at, key]) ?? setAt);
      }
    }
  }
}

/** The mapping at `path`, created on the way when `create` is set; undefined where it is missing or not a map. */
function reach(
  value: Record<string, unknown>,
  path: readonly string[],
  create: boolean,
  created: (parent: Record<string, unknown>, key: string) => void,
): Record<string, unknown> | undefined {
  let current: Record<string, unknown> = value;
  for (const step of path) {
    const next = current[step];
    if (isRecord(next)) {
      current = next;
      continue;
    }
    if (!create || (next !== undefined && next !== null)) return undefined;
    const made: Record<string, unknown> = {};
    current[step] = made;
    created(current, step);
    current = made;
  }
  return current;
}

function ensureMap(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const existing = value[key];
  if (isRecord(existing)) return existing;
  const made: Record<string, unknown> = {};
  value[key] = made;
  return made;
}

/** The origin of the entry at `path` in a kustomization document. */
function entryOrigin(document: K8sObject, path: (string | number)[]): Origin | undefined {
  let container: unknown = document.value;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    container = Array.isArray(container)
      ? container[step as number]
      : isRecord(container)
        ? container[step as string]
        : undefined;
  }
  if (typeof container !== 'object' || container === null) return undefined;
  return sourceEntryOrigin(document, container, path[path.length - 1]!);
}

function documentOrigin(document: K8sObject): Origin {
  const first = isMap(document.node) ? (document.node.items[0] as Pair | undefined) : undefined;
  const key = first && isScalar(first.key) ? (first.key as Scalar) : undefined;
  return { file: document.file, node: (key ?? document.node) as Node };
}

/**
 * The name to write in an object's source file so that its build emits `wanted`: the build's prefixes and
 * suffixes taken off (`etcd` for `app-etcd` under `namePrefix: app-`). Undefined when `wanted` does not carry
 * them, so no written name gives it. An object no build renamed writes `wanted` as is.
 */
export function writtenNameFor(object: K8sObject, wanted: string): string | undefined {
  const source = object.built?.source.name;
  if (source === undefined || source === object.name) return wanted;
  const at = object.name.indexOf(source);
  if (at === -1) return undefined;
  const prefix = object.name.slice(0, at);
  const suffix = object.name.slice(at + source.length);
  if (
    !wanted.startsWith(prefix) ||
    !wanted.endsWith(suffix) ||
    wanted.length <= prefix.length + suffix.length
  )
    return undefined;
  return wanted.slice(prefix.length, wanted.length - suffix.length);
}

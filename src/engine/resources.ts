import type { ResourceRef } from './finding.js';
import type { BuildContext, PatchUse } from '../kustomize/build.js';
import { buildObject, changesValues, renamesNamespace } from '../kustomize/build.js';
import { serviceNameReferences } from '../kustomize/name-references.js';
import { parse as parseYaml } from 'yaml';
import type { BuiltTarget } from '../kustomize/replacements.js';
import { applyReplacements, replacementsInFile } from '../kustomize/replacements.js';
import { locate } from './locate.js';
import type { K8sObject, ParsedFile } from './parse.js';
import { isRecord } from './parse.js';
import type { HiddenSource, KustomizationStep, Placement, Unit } from './units.js';
import { deploymentUnits, joinPath } from './units.js';
import { kindNames } from '../k8s/kinds.js';

/** `gitops`: given by the Flux Kustomization (`targetNamespace`) or Argo CD Application that deploys it. */
export type NamespaceSource = 'explicit' | 'kustomization' | 'gitops' | 'default';

/** An object placed in a namespace: the unit every rule works on. */
export interface Resource {
  /** The object as its deployment unit applies it: for a kustomize build, as the build emits it. */
  object: K8sObject;
  ref: ResourceRef;
  namespaceSource: NamespaceSource;
  /** What gives it its namespace when it is not written on it: `overlays/prod/kustomization.yaml`. */
  namespaceOrigin?: string;
  /** The deployment units it is applied with (several when overlays share a base it applies unchanged). */
  units: readonly Unit[];
}

export interface Placed {
  resources: Resource[];
  /** Sources of objects the scan cannot show (Helm releases, remote bases, unrendered charts). */
  hidden: readonly HiddenSource[];
  /** Target-less strategic-merge patches of each build, with how many objects they matched. */
  patchUses: readonly PatchUse[];
}

/**
 * Gives every object its deployment units (src/engine/units.ts) and, in each, its namespace: a
 * kustomization's `namespace:` or Flux's `targetNamespace` (these override the written one, outermost
 * first), else `metadata.namespace`, else an Argo CD Application's destination, else the default. In a
 * kustomize build that changes the objects it builds (prefixes, labels, patches), each object is the one the
 * build emits (src/kustomize/build.ts), one per build; otherwise an object that its units put in one
 * namespace is one resource. Kustomize patch files hold partial objects, not objects of their own.
 */
export function placeResources(files: readonly ParsedFile[], defaultNamespace: string): Placed {
  const { placements, hidden } = deploymentUnits(files);
  const resources: Resource[] = [];
  const filesByPath = new Map(files.map((f) => [f.file.path, f]));
  /** The chain of kustomizations each built resource went through. */
  const placedChains = new Map<Resource, readonly KustomizationStep[]>();
  const contexts = new Map<Unit, BuildContext>();
  const contextOf = (unit: Unit): BuildContext => {
    let context = contexts.get(unit);
    if (!context) contexts.set(unit, (context = { files: filesByPath, patchUses: new Map(), unit }));
    return context;
  };
  for (const parsed of files) {
    const placed = placements.get(parsed.file.path);
    if (!placed) continue;
    for (const object of parsed.objects) {
      const byNamespace = new Map<string, Resource>();
      for (const placement of placed) {
        const { namespace, source, origin } = namespaceIn(object, placement, defaultNamespace);
        const chain = placement.chain ?? [];
        // kustomize leaves local-config objects out of what it emits (kusttarget.go IgnoreLocal).
        if (chain.length > 0 && isLocalConfig(object)) continue;
        const resource = (built: K8sObject): Resource => ({
          object: built,
          ref: { kind: object.kind, namespace, name: built.name },
          namespaceSource: source,
          ...(origin !== undefined ? { namespaceOrigin: origin } : {}),
          units: [placement.unit],
        });
        if (chain.length > 0 && (changesValues(chain) || renamesNamespace(object, chain))) {
          const built = buildObject(object, chain, contextOf(placement.unit));
          // A patch's `$patch: delete` removes the object from the build.
          if (Object.keys(built.value).length === 0) continue;
          const fresh = resource(built);
          placedChains.set(fresh, chain);
          resources.push(fresh);
          continue;
        }
        const existing = byNamespace.get(namespace);
        if (existing) {
          (existing.units as Unit[]).push(placement.unit);
          continue;
        }
        const fresh = resource(object);
        byNamespace.set(namespace, fresh);
        resources.push(fresh);
      }
    }
  }
  applyBuildReplacements(resources, placedChains, filesByPath);
  fixServiceReferences(resources);
  const patchUses = [...contexts.values()].flatMap((c) => [...c.patchUses.values()]);
  return { resources, hidden, patchUses };
}

/**
 * kustomize's `replacements` (src/kustomize/replacements.ts), each kustomization's on the objects it builds,
 * innermost kustomizations first. An approximation of one point of kustomize's order: here a replacement
 * runs after every kustomization's prefixes and patches, where kustomize runs it after its own
 * kustomization's and before the outer ones' (docs/kustomize.md).
 */
function applyBuildReplacements(
  resources: readonly Resource[],
  chains: ReadonlyMap<Resource, readonly KustomizationStep[]>,
  files: ReadonlyMap<string, ParsedFile>,
): void {
  const byKustomization = new Map<
    KustomizationStep['kustomization'],
    { depth: number; dir: string; targets: Resource[] }
  >();
  for (const [resource, chain] of chains) {
    if (resource.object.deferred || !resource.object.built) continue;
    chain.forEach((step, depth) => {
      const raw = step.kustomization.document?.value;
      if (!raw || !Array.isArray(raw.replacements) || raw.replacements.length === 0) return;
      let entry = byKustomization.get(step.kustomization);
      if (!entry) byKustomization.set(step.kustomization, (entry = { depth, dir: step.dir, targets: [] }));
      entry.targets.push(resource);
    });
  }
  const ordered = [...byKustomization.entries()].sort((a, b) => a[1].depth - b[1].depth);
  for (const [kustomization, { dir, targets }] of ordered) {
    const document = kustomization.document!;
    const entries = (document.value.replacements as unknown[]).flatMap(
      (entry, i): { entry: unknown; i: number }[] => {
        if (!isRecord(entry) || typeof entry.path !== 'string') return [{ entry, i }];
        const file = files.get(joinPath(dir, entry.path));
        const inFile = file
          ? replacementsInFile(
              file.objects.length > 0 ? file.objects.map((o) => o.value) : parseFileValue(file),
            )
          : [];
        return typeof inFile === 'string' ? [] : inFile.map((e) => ({ entry: e, i }));
      },
    );
    const built: BuiltTarget[] = targets.map((r) => ({
      kind: r.ref.kind,
      apiVersion: r.object.apiVersion,
      name: r.ref.name,
      namespace: r.ref.namespace,
      value: r.object.value,
      provenance: r.object.built!.provenance,
      previousIds: [
        {
          kind: r.ref.kind,
          name: r.object.built!.source.name,
          namespace: r.object.built!.source.namespace ?? 'default',
        },
      ],
    }));
    applyReplacements(
      built,
      entries.map((e) => e.entry),
      (index) => {
        const at = locate(document, ['replacements', entries[index]!.i]);
        return { file: at.file, node: at.value ?? at.deepest, ...(at.key ? { key: at.key } : {}) };
      },
    );
    // A replacement may rename an object: its identity follows its value.
    built.forEach((b, n) => {
      const r = targets[n]!;
      if (b.name !== r.ref.name) {
        r.ref = { ...r.ref, name: b.name };
        r.object.name = b.name;
      }
    });
  }
}

/** The value of a file that holds no object (a list of replacements). */
function parseFileValue(file: ParsedFile): unknown {
  try {
    return parseYaml(file.file.text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * kustomize's name references (src/kustomize/name-references.ts): in each deployment unit, a field naming a
 * Service that the build renamed is rewritten to the new name; the value keeps its own place.
 */
function fixServiceReferences(resources: Resource[]): void {
  const renamedServices = new Map<Unit, Map<string, string>>();
  for (const r of resources) {
    const built = r.object.built;
    if (r.ref.kind !== 'Service' || !built || built.source.name === r.ref.name) continue;
    for (const unit of r.units) {
      let names = renamedServices.get(unit);
      if (!names) renamedServices.set(unit, (names = new Map()));
      names.set(`${r.ref.namespace}/${built.source.name}`, r.ref.name);
    }
  }
  if (renamedServices.size === 0) return;
  for (const r of resources) {
    if (r.object.deferred) continue;
    for (const { path, name } of serviceNameReferences(r.ref.kind, r.object.value)) {
      const to = r.units
        .map((u) => renamedServices.get(u)?.get(`${r.ref.namespace}/${name}`))
        .find((x) => x !== undefined);
      if (to === undefined) continue;
      if (!r.object.built) r.object = buildObject(r.object, [], { files: new Map(), patchUses: new Map() });
      const { provenance } = r.object.built!;
      const place = locate(r.object, path);
      let container: unknown = r.object.value;
      for (const step of path.slice(0, -1))
        container = Array.isArray(container)
          ? container[step as number]
          : (container as Record<string, unknown>)[step as string];
      const key = path[path.length - 1] as string;
      (container as Record<string, unknown>)[key] = to;
      if (place.value)
        provenance.wrote(container as object, key, {
          file: place.file,
          node: place.value,
          ...(place.key ? { key: place.key } : {}),
        });
    }
  }
}

const LOCAL_CONFIG = 'config.kubernetes.io/local-config';

/** An object annotated `config.kubernetes.io/local-config` (any value but "false"): config for tools, not the cluster. */
function isLocalConfig(object: K8sObject): boolean {
  // The text names the key, unless an escape spells part of it (`"config.kubernetes.io/local\u002Dconfig"` in
  // YAML, `"config.kubernetes.io\/local-config"` in JSON): without either, the object's value need not be read
  // (reading it parses a document the pre-scan deferred: on a 10k-file platform with many backslashes, 45 MB).
  const { text } = object.file;
  if (!text.includes(LOCAL_CONFIG) && !(text.includes('config.kubernetes.io') && text.includes('\\')))
    return false;
  const metadata = object.value.metadata;
  const annotations = isRecord(metadata) && isRecord(metadata.annotations) ? metadata.annotations : {};
  return annotations[LOCAL_CONFIG] !== undefined && String(annotations[LOCAL_CONFIG]) !== 'false';
}

function namespaceIn(
  object: K8sObject,
  placement: Placement,
  defaultNamespace: string,
): { namespace: string; source: NamespaceSource; origin?: string } {
  const given = (namespace: string): { namespace: string; source: NamespaceSource; origin?: string } => ({
    namespace,
    source: placement.namespaceBy ?? 'kustomization',
    ...(placement.namespaceOrigin !== undefined ? { origin: placement.namespaceOrigin } : {}),
  });
  if (placement.namespaceOverride !== undefined && !CLUSTER_SCOPED.has(object.kind))
    return given(placement.namespaceOverride);
  if (object.namespace !== undefined) return { namespace: object.namespace, source: 'explicit' };
  if (placement.namespaceDefault !== undefined) return given(placement.namespaceDefault);
  return { namespace: defaultNamespace, source: 'default' };
}

/** Built-in kinds without a namespace: kustomize's and Flux's namespace settings leave them alone. */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set(kindNames((k) => !k.namespaced));

import type { ResourceRef } from './finding.js';
import type { K8sObject, ParsedFile, PatchTouches } from './parse.js';
import type { HiddenSource, Placement, Unit } from './units.js';
import { deploymentUnits, patchMatches } from './units.js';

/** `gitops`: given by the Flux Kustomization (`targetNamespace`) or Argo CD Application that deploys it. */
export type NamespaceSource = 'explicit' | 'kustomization' | 'gitops' | 'default';

/** An object placed in a namespace: the unit every rule works on. */
export interface Resource {
  object: K8sObject;
  ref: ResourceRef;
  namespaceSource: NamespaceSource;
  /** What gives it its namespace when it is not written on it: `overlays/prod/kustomization.yaml`. */
  namespaceOrigin?: string;
  /** The deployment units it is applied with (several when overlays share a base). */
  units: readonly Unit[];
  /** What a kustomize build's patches of it may change: what its file says there is not what is applied. */
  patched?: PatchTouches;
  /** Labels a kustomize build adds to its selectors and Pod template (`commonLabels`). */
  selectorLabels?: Readonly<Record<string, string>>;
}

export interface Placed {
  resources: Resource[];
  /** Sources of objects the scan cannot show (Helm releases, remote bases, unrendered charts). */
  hidden: readonly HiddenSource[];
}

/**
 * Gives every object its deployment units (src/engine/units.ts) and, in each, its namespace: a
 * kustomization's `namespace:` or Flux's `targetNamespace` (these override the written one, outermost
 * first), else `metadata.namespace`, else an Argo CD Application's destination, else the default. An object
 * that its units put in different namespaces yields one resource per namespace. Kustomize patch files hold
 * partial objects, not objects of their own: they yield no resource.
 */
export function placeResources(files: readonly ParsedFile[], defaultNamespace: string): Placed {
  const { placements, hidden } = deploymentUnits(files);
  const resources: Resource[] = [];
  for (const parsed of files) {
    const placed = placements.get(parsed.file.path);
    if (!placed) continue;
    for (const object of parsed.objects) {
      const byNamespace = new Map<string, Resource>();
      for (const placement of placed) {
        const { namespace, source, origin } = namespaceIn(object, placement, defaultNamespace);
        const existing = byNamespace.get(namespace);
        if (existing) {
          (existing.units as Unit[]).push(placement.unit);
          if (placement.selectorLabels)
            existing.selectorLabels = { ...existing.selectorLabels, ...placement.selectorLabels };
          const patched = patchedBy(placement, object);
          if (patched) existing.patched = merge(existing.patched, patched);
          continue;
        }
        const resource: Resource = {
          object,
          ref: { kind: object.kind, namespace, name: object.name },
          namespaceSource: source,
          units: [placement.unit],
        };
        if (origin !== undefined) resource.namespaceOrigin = origin;
        if (placement.selectorLabels) resource.selectorLabels = placement.selectorLabels;
        const patched = patchedBy(placement, object);
        if (patched) resource.patched = patched;
        byNamespace.set(namespace, resource);
        resources.push(resource);
      }
    }
  }
  return { resources, hidden };
}

/** What the patches of a placement that match the object may change; undefined when none matches. */
function patchedBy(placement: Placement, object: K8sObject): PatchTouches | undefined {
  let touches: PatchTouches | undefined;
  for (const t of placement.patches ?? [])
    if (patchMatches(t, object.kind, object.name))
      touches = merge(touches, t.touches ?? { labels: true, ports: true });
  return touches;
}

const merge = (a: PatchTouches | undefined, b: PatchTouches): PatchTouches => ({
  labels: (a?.labels ?? false) || b.labels,
  ports: (a?.ports ?? false) || b.ports,
});

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
const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'CertificateSigningRequest',
  'GatewayClass',
]);

/**
 * Strategic merge patches applied as `kustomize build` applies them, on a built value (see built.ts), every
 * value the patch writes remembering where in the patch it was written.
 *
 * kustomize does not use apimachinery's strategicpatch: its PatchTransformer and
 * PatchStrategicMergeTransformer call `Resource.ApplySmPatch`, which runs kyaml's merge2 walker with
 * `ListIncreaseDirection: MergeOptionsListPrepend` (kubernetes-sigs/kustomize api/resource/resource.go,
 * api/filters/patchstrategicmerge/patchstrategicmerge.go, kyaml/yaml/merge2/merge2.go, kyaml/yaml/walk/*.go).
 * This module follows that walker step by step, quirks included, because the build's output is what the
 * cluster receives:
 * - maps merge key by key; a `null` in the patch deletes the key; a scalar replaces; new keys are appended
 *   in sorted order; a null the target writes as `null` or `~` stays, an empty value (`key:`) goes;
 * - a list the OpenAPI schema marks `x-kubernetes-patch-strategy: merge` merges by its keys
 *   (`x-kubernetes-list-map-keys` when the schema has them, e.g. Service ports by `port` and `protocol`,
 *   else `x-kubernetes-patch-merge-key`; a merge list without a key, e.g. `finalizers`, is a set of
 *   scalars). The patch's items come first, in the patch's order, then the items only the target has, in
 *   the target's order (kyaml's "prepend"). Items are matched by the text of their key values; a key a
 *   patch item leaves out matches an item that has it only where kyaml's `mergeValues` says so (e.g. a
 *   port without `protocol` and one with `protocol: TCP`), and kyaml's quirks follow from the same code:
 *   items with equal keys collapse into the last one, a target item without the merge key drops the
 *   target's other items (kubernetes-sigs/kustomize#3426, #3513, #3620);
 * - any other list (no merge strategy, or a kind the schema does not know: custom resources such as
 *   Gateway API routes, and every list of Endpoints, EndpointSlice and Ingress) is replaced whole;
 * - directives, exactly as merge2 reads them (kyaml/yaml/merge2/smpdirective.go): `$patch: delete` on a
 *   map or on an item of a merge list deletes it (on the whole patch: the object is deleted), `$patch:
 *   replace` replaces the map or, as an item of its own, the merge list (at the top of the patch it does
 *   nothing: kustomize keeps the merge's answer only when it is the object itself), `$patch: merge` is the
 *   default;
 *   another `$patch` value fails the build (`PatchError`). A directive item in a list without merge
 *   strategy, or in a merge list the target lacks, is not read and stays in the list as kyaml leaves it.
 *   kyaml does not know apimachinery's `$retainKeys`, `$setElementOrder/<field>` and
 *   `$deleteFromPrimitiveList/<field>`: like any other key they are merged into the output as written.
 * - afterwards kind, metadata.name and metadata.namespace are the target's again (Resource.ApplySmPatch),
 *   and so is apiVersion (kustomize gives a patch its target's group, version and kind).
 *
 * Not modelled: schema comments (`# {"$ref": ...}` line comments kyaml reads as a field's schema), the
 * `openapi:` field of a kustomization (custom schemas), comments and styles, YAML 1.1 scalars (`on`),
 * and scalar text beyond what the parsed value keeps (`port: 0x50` matches `port: 80` here).
 */
import { isScalar } from 'yaml';
import type { K8sObject } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import type { Origin, ValueProvenance } from '../engine/parse.js';
import { sourceContainerOrigin, sourceEntryOrigin } from './built.js';

/**
 * Where a patch comes from: a parsed document (`object.value` is the patch, and each value written from it
 * gets the position of the entry it came from), or text known only by one node (an inline patch in a
 * kustomization: everything it writes gets that node).
 */
export type PatchFrom = { object: K8sObject } | { origin: Origin };

/** A patch kustomize refuses (the build fails): an unknown `$patch` value, a map patched with a list. */
export class PatchError extends Error {
  override name = 'PatchError';
}

export interface StrategicMergeOptions {
  /** `options.allowNameChange` of the kustomization's patch: metadata.name is the patch's. */
  allowNameChange?: boolean;
  /** `options.allowKindChange` of the kustomization's patch: kind is the patch's. */
  allowKindChange?: boolean;
  /**
   * The patch goes through kustomize's `ResMap.ApplySmPatch` (a `patches` entry with a `target`, and every
   * `patchesStrategicMerge` entry), which first rewrites the patch's metadata.labels and
   * metadata.annotations as strings (`Resource.CopyMergeMetaDataFieldsFrom`): `null` there is the text
   * `"null"`, not a deletion, and an empty or null map there is dropped. A `patches` entry without a target
   * (`GetById`) merges them as written.
   */
  metadataAsStrings?: boolean;
}

/**
 * Applies a strategic merge patch to `target` (a built value, changed in place). When the patch deletes the
 * whole object (`$patch: delete` at its top), `target` is left with no keys: kustomize drops the object.
 * Throws `PatchError` where kustomize fails the build.
 */
export function applyStrategicMerge(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
  provenance: ValueProvenance,
  from: PatchFrom,
  options: StrategicMergeOptions = {},
): void {
  const writer = new PatchWriter(provenance, from);
  const kept = identity(target, provenance, options);
  const merger = new Merger(writer, provenance, options.metadataAsStrings === true);
  const result = merger.walk(target, patch, undefined, false, []);
  if (result === CLEAR || !isRecord(result)) {
    for (const key of Object.keys(target)) delete target[key];
    return;
  }
  // `$patch: replace` at the top makes the merge answer the patch, which Resource.ApplyFilter drops: the
  // object stays as it was (only a deletion reaches it).
  if (result === target) for (const entry of kept) entry.restore(target);
}

// ---------------------------------------------------------------------------------------------------------
// Merge keys: from kyaml's compiled OpenAPI schema (Kubernetes v1.21.2, the version kyaml builds in:
// kubernetes-sigs/kustomize kyaml/openapi/kubernetesapi/data/kubernetes-openapi-union-v1.21.2.bundle-v1.json.gz,
// `DefaultOpenAPI = "v1.21.2"` in kyaml/openapi/builtin_schema.go), generated from its definitions: for every
// built-in kind, the fields leading to a list with `x-kubernetes-patch-strategy` containing `merge`, and that
// list's keys as ResourceSchema.PatchStrategyAndKeyList reads them (`x-kubernetes-list-map-keys`, else
// `x-kubernetes-patch-merge-key`, else none: a set of scalars). Fields whose lists have no merge strategy are
// left out: such lists are replaced whole, as are lists of kinds not listed here (custom resources, Gateway
// API routes), and the items of a replaced list are never walked. The same keys are the patchMergeKey /
// listMapKeys tags of k8s.io/api (core/v1/types.go: PodSpec.Containers `name`, Container.Ports
// `containerPort`+`protocol`, ServiceSpec.Ports `port`+`protocol`, ...). Tolerations, envFrom, Endpoints
// subsets, EndpointSlice endpoints and ports, Ingress rules and a label selector's matchExpressions have no
// merge strategy in that schema: a patch replaces them.
// ---------------------------------------------------------------------------------------------------------

/** A field of a definition: the definition of the map it holds, or a merge list (keys, item definition). */
type SchemaField = string | { keys: readonly string[]; items?: string };

const DEFINITIONS: Record<string, Record<string, SchemaField>> = {
  Object: { metadata: 'meta.v1.ObjectMeta' },
  'admissionregistration.v1.MutatingWebhookConfiguration': {
    metadata: 'meta.v1.ObjectMeta',
    webhooks: { keys: ['name'] },
  },
  'admissionregistration.v1.ValidatingWebhookConfiguration': {
    metadata: 'meta.v1.ObjectMeta',
    webhooks: { keys: ['name'] },
  },
  'admissionregistration.v1beta1.MutatingWebhookConfiguration': {
    metadata: 'meta.v1.ObjectMeta',
    webhooks: { keys: ['name'] },
  },
  'admissionregistration.v1beta1.ValidatingWebhookConfiguration': {
    metadata: 'meta.v1.ObjectMeta',
    webhooks: { keys: ['name'] },
  },
  'apiregistration.v1.APIService': {
    metadata: 'meta.v1.ObjectMeta',
    status: 'apiregistration.v1.APIServiceStatus',
  },
  'apiregistration.v1.APIServiceStatus': { conditions: { keys: ['type'] } },
  'apiregistration.v1beta1.APIService': {
    metadata: 'meta.v1.ObjectMeta',
    status: 'apiregistration.v1beta1.APIServiceStatus',
  },
  'apiregistration.v1beta1.APIServiceStatus': { conditions: { keys: ['type'] } },
  'apps.v1.DaemonSet': {
    metadata: 'meta.v1.ObjectMeta',
    spec: 'apps.v1.DaemonSetSpec',
    status: 'apps.v1.DaemonSetStatus',
  },
  'apps.v1.DaemonSetSpec': { template: 'core.v1.PodTemplateSpec' },
  'apps.v1.DaemonSetStatus': { conditions: { keys: ['type'] } },
  'apps.v1.Deployment': {
    metadata: 'meta.v1.ObjectMeta',
    spec: 'apps.v1.DeploymentSpec',
    status: 'apps.v1.DeploymentStatus',
  },
  'apps.v1.DeploymentSpec': { template: 'core.v1.PodTemplateSpec' },
  'apps.v1.DeploymentStatus': { conditions: { keys: ['type'] } },
  'apps.v1.ReplicaSet': {
    metadata: 'meta.v1.ObjectMeta',
    spec: 'apps.v1.ReplicaSetSpec',
    status: 'apps.v1.ReplicaSetStatus',
  },
  'apps.v1.ReplicaSetSpec': { template: 'core.v1.PodTemplateSpec' },
  'apps.v1.ReplicaSetStatus': { conditions: { keys: ['type'] } },
  'apps.v1.StatefulSet': {
    metadata: 'meta.v1.ObjectMeta',
    spec: 'apps.v1.StatefulSetSpec',
    status: 'apps.v1.StatefulSetStatus',
  },
  'apps.v1.StatefulSetSpec': { template: 'core.v1.PodTemplateSpec' },
  'apps.v1.StatefulSetStatus': { conditions: { keys: ['type'] } },
  'batch.v1.CronJob': { metadata: 'meta.v1.ObjectMeta', spec: 'batch.v1.CronJobSpec' },
  'batch.v1.CronJobSpec': { jobTemplate: 'batch.v1.JobTemplateSpec' },
  'batch.v1.Job': { metadata: 'meta.v1.ObjectMeta', spec: 'batch.v1.JobSpec', status: 'batch.v1.JobStatus' },
  'batch.v1.JobSpec': { template: 'core.v1.PodTemplateSpec' },
  'batch.v1.JobStatus': { conditions: { keys: ['type'] } },
  'batch.v1.JobTemplateSpec': { metadata: 'meta.v1.ObjectMeta', spec: 'batch.v1.JobSpec' },
  'batch.v1beta1.CronJob': { metadata: 'meta.v1.ObjectMeta', spec: 'batch.v1beta1.CronJobSpec' },
  'batch.v1beta1.CronJobSpec': { jobTemplate: 'batch.v1beta1.JobTemplateSpec' },
  'batch.v1beta1.JobTemplateSpec': { metadata: 'meta.v1.ObjectMeta', spec: 'batch.v1.JobSpec' },
  'core.v1.ComponentStatus': { conditions: { keys: ['type'] }, metadata: 'meta.v1.ObjectMeta' },
  'core.v1.Container': {
    env: { keys: ['name'] },
    ports: { keys: ['containerPort', 'protocol'] },
    volumeDevices: { keys: ['devicePath'] },
    volumeMounts: { keys: ['mountPath'] },
  },
  'core.v1.EphemeralContainer': {
    env: { keys: ['name'] },
    volumeDevices: { keys: ['devicePath'] },
    volumeMounts: { keys: ['mountPath'] },
  },
  'core.v1.EphemeralVolumeSource': { volumeClaimTemplate: 'Object' },
  'core.v1.Namespace': { metadata: 'meta.v1.ObjectMeta', status: 'core.v1.NamespaceStatus' },
  'core.v1.NamespaceStatus': { conditions: { keys: ['type'] } },
  'core.v1.Node': { metadata: 'meta.v1.ObjectMeta', spec: 'core.v1.NodeSpec', status: 'core.v1.NodeStatus' },
  'core.v1.NodeSpec': { podCIDRs: { keys: [] } },
  'core.v1.NodeStatus': { addresses: { keys: ['type'] }, conditions: { keys: ['type'] } },
  'core.v1.PersistentVolumeClaim': {
    metadata: 'meta.v1.ObjectMeta',
    status: 'core.v1.PersistentVolumeClaimStatus',
  },
  'core.v1.PersistentVolumeClaimStatus': { conditions: { keys: ['type'] } },
  'core.v1.Pod': { metadata: 'meta.v1.ObjectMeta', spec: 'core.v1.PodSpec', status: 'core.v1.PodStatus' },
  'core.v1.PodSpec': {
    containers: { keys: ['name'], items: 'core.v1.Container' },
    ephemeralContainers: { keys: ['name'], items: 'core.v1.EphemeralContainer' },
    hostAliases: { keys: ['ip'] },
    imagePullSecrets: { keys: ['name'] },
    initContainers: { keys: ['name'], items: 'core.v1.Container' },
    topologySpreadConstraints: { keys: ['topologyKey', 'whenUnsatisfiable'] },
    volumes: { keys: ['name'], items: 'core.v1.Volume' },
  },
  'core.v1.PodStatus': { conditions: { keys: ['type'] }, podIPs: { keys: ['ip'] } },
  'core.v1.PodTemplate': { metadata: 'meta.v1.ObjectMeta', template: 'core.v1.PodTemplateSpec' },
  'core.v1.PodTemplateSpec': { metadata: 'meta.v1.ObjectMeta', spec: 'core.v1.PodSpec' },
  'core.v1.ReplicationController': {
    metadata: 'meta.v1.ObjectMeta',
    spec: 'core.v1.ReplicationControllerSpec',
    status: 'core.v1.ReplicationControllerStatus',
  },
  'core.v1.ReplicationControllerSpec': { template: 'core.v1.PodTemplateSpec' },
  'core.v1.ReplicationControllerStatus': { conditions: { keys: ['type'] } },
  'core.v1.Service': {
    metadata: 'meta.v1.ObjectMeta',
    spec: 'core.v1.ServiceSpec',
    status: 'core.v1.ServiceStatus',
  },
  'core.v1.ServiceAccount': { metadata: 'meta.v1.ObjectMeta', secrets: { keys: ['name'] } },
  'core.v1.ServiceSpec': { ports: { keys: ['port', 'protocol'] } },
  'core.v1.ServiceStatus': { conditions: { keys: ['type'] } },
  'core.v1.Volume': { ephemeral: 'core.v1.EphemeralVolumeSource' },
  'meta.v1.ObjectMeta': { finalizers: { keys: [] }, ownerReferences: { keys: ['uid'] } },
  'policy.v1.PodDisruptionBudget': {
    metadata: 'meta.v1.ObjectMeta',
    status: 'policy.v1.PodDisruptionBudgetStatus',
  },
  'policy.v1.PodDisruptionBudgetStatus': { conditions: { keys: ['type'] } },
  'policy.v1beta1.PodDisruptionBudget': {
    metadata: 'meta.v1.ObjectMeta',
    status: 'policy.v1beta1.PodDisruptionBudgetStatus',
  },
  'policy.v1beta1.PodDisruptionBudgetStatus': { conditions: { keys: ['type'] } },
  'storage.v1.CSINode': { metadata: 'meta.v1.ObjectMeta', spec: 'storage.v1.CSINodeSpec' },
  'storage.v1.CSINodeSpec': { drivers: { keys: ['name'] } },
  'storage.v1beta1.CSINode': { metadata: 'meta.v1.ObjectMeta', spec: 'storage.v1beta1.CSINodeSpec' },
  'storage.v1beta1.CSINodeSpec': { drivers: { keys: ['name'] } },
};

/** `apiVersion kind` -> definition, for the kinds whose definitions hold more than metadata. */
const RESOURCES: Record<string, string> = {
  'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration':
    'admissionregistration.v1.MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration':
    'admissionregistration.v1.ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration':
    'admissionregistration.v1beta1.MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration':
    'admissionregistration.v1beta1.ValidatingWebhookConfiguration',
  'apiregistration.k8s.io/v1 APIService': 'apiregistration.v1.APIService',
  'apiregistration.k8s.io/v1beta1 APIService': 'apiregistration.v1beta1.APIService',
  'apps/v1 DaemonSet': 'apps.v1.DaemonSet',
  'apps/v1 Deployment': 'apps.v1.Deployment',
  'apps/v1 ReplicaSet': 'apps.v1.ReplicaSet',
  'apps/v1 StatefulSet': 'apps.v1.StatefulSet',
  'batch/v1 CronJob': 'batch.v1.CronJob',
  'batch/v1 Job': 'batch.v1.Job',
  'batch/v1beta1 CronJob': 'batch.v1beta1.CronJob',
  'policy/v1 PodDisruptionBudget': 'policy.v1.PodDisruptionBudget',
  'policy/v1beta1 PodDisruptionBudget': 'policy.v1beta1.PodDisruptionBudget',
  'storage.k8s.io/v1 CSINode': 'storage.v1.CSINode',
  'storage.k8s.io/v1beta1 CSINode': 'storage.v1beta1.CSINode',
  'v1 ComponentStatus': 'core.v1.ComponentStatus',
  'v1 Namespace': 'core.v1.Namespace',
  'v1 Node': 'core.v1.Node',
  'v1 PersistentVolumeClaim': 'core.v1.PersistentVolumeClaim',
  'v1 Pod': 'core.v1.Pod',
  'v1 PodTemplate': 'core.v1.PodTemplate',
  'v1 ReplicationController': 'core.v1.ReplicationController',
  'v1 Service': 'core.v1.Service',
  'v1 ServiceAccount': 'core.v1.ServiceAccount',
};

/** Built-in kinds whose only merge lists are metadata's (`finalizers`, `ownerReferences`). */
const METADATA_ONLY = [
  'apiextensions.k8s.io/v1 CustomResourceDefinition',
  'apiextensions.k8s.io/v1beta1 CustomResourceDefinition',
  'apps/v1 ControllerRevision',
  'authentication.k8s.io/v1 TokenRequest',
  'authentication.k8s.io/v1 TokenReview',
  'authentication.k8s.io/v1beta1 TokenReview',
  'authorization.k8s.io/v1 LocalSubjectAccessReview',
  'authorization.k8s.io/v1 SelfSubjectAccessReview',
  'authorization.k8s.io/v1 SelfSubjectRulesReview',
  'authorization.k8s.io/v1 SubjectAccessReview',
  'authorization.k8s.io/v1beta1 LocalSubjectAccessReview',
  'authorization.k8s.io/v1beta1 SelfSubjectAccessReview',
  'authorization.k8s.io/v1beta1 SelfSubjectRulesReview',
  'authorization.k8s.io/v1beta1 SubjectAccessReview',
  'autoscaling/v1 HorizontalPodAutoscaler',
  'autoscaling/v1 Scale',
  'autoscaling/v2beta1 HorizontalPodAutoscaler',
  'autoscaling/v2beta2 HorizontalPodAutoscaler',
  'certificates.k8s.io/v1 CertificateSigningRequest',
  'certificates.k8s.io/v1beta1 CertificateSigningRequest',
  'coordination.k8s.io/v1 Lease',
  'coordination.k8s.io/v1beta1 Lease',
  'discovery.k8s.io/v1 EndpointSlice',
  'discovery.k8s.io/v1beta1 EndpointSlice',
  'events.k8s.io/v1 Event',
  'events.k8s.io/v1beta1 Event',
  'extensions/v1beta1 Ingress',
  'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema',
  'flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration',
  'networking.k8s.io/v1 Ingress',
  'networking.k8s.io/v1 IngressClass',
  'networking.k8s.io/v1 NetworkPolicy',
  'networking.k8s.io/v1beta1 Ingress',
  'networking.k8s.io/v1beta1 IngressClass',
  'node.k8s.io/v1 RuntimeClass',
  'node.k8s.io/v1beta1 RuntimeClass',
  'policy/v1beta1 Eviction',
  'policy/v1beta1 PodSecurityPolicy',
  'rbac.authorization.k8s.io/v1 ClusterRole',
  'rbac.authorization.k8s.io/v1 ClusterRoleBinding',
  'rbac.authorization.k8s.io/v1 Role',
  'rbac.authorization.k8s.io/v1 RoleBinding',
  'rbac.authorization.k8s.io/v1beta1 ClusterRole',
  'rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding',
  'rbac.authorization.k8s.io/v1beta1 Role',
  'rbac.authorization.k8s.io/v1beta1 RoleBinding',
  'scheduling.k8s.io/v1 PriorityClass',
  'scheduling.k8s.io/v1beta1 PriorityClass',
  'storage.k8s.io/v1 CSIDriver',
  'storage.k8s.io/v1 StorageClass',
  'storage.k8s.io/v1 VolumeAttachment',
  'storage.k8s.io/v1beta1 CSIDriver',
  'storage.k8s.io/v1beta1 CSIStorageCapacity',
  'storage.k8s.io/v1beta1 StorageClass',
  'storage.k8s.io/v1beta1 VolumeAttachment',
  'v1 Binding',
  'v1 ConfigMap',
  'v1 Endpoints',
  'v1 Event',
  'v1 LimitRange',
  'v1 PersistentVolume',
  'v1 ResourceQuota',
  'v1 Secret',
];
for (const gvk of METADATA_ONLY) RESOURCES[gvk] = 'Object';

/** Where the walk is in the schema: a definition (a map), or a merge list. */
type ListSchema = { keys: readonly string[]; items?: string };
type Schema = { definition: string } | ListSchema;

function fieldSchema(schema: Schema | undefined, field: string): Schema | undefined {
  if (!schema || !('definition' in schema)) return undefined;
  const spec = DEFINITIONS[schema.definition]?.[field];
  if (spec === undefined) return undefined;
  return typeof spec === 'string' ? { definition: spec } : spec;
}

function itemSchema(schema: ListSchema): Schema | undefined {
  return schema.items ? { definition: schema.items } : undefined;
}

/** The merge keys of a list, when the schema makes it a merge list. */
function mergeKeys(schema: Schema | undefined): readonly string[] | undefined {
  return schema && 'keys' in schema ? schema.keys : undefined;
}

/**
 * The schema of an object by its apiVersion and kind (kyaml's Walker.GetSchema looks this up for the patched
 * object, and for any map with no schema of its own that names an apiVersion and a kind).
 */
function mergeSchemaOf(value: unknown): { definition: string } | undefined {
  if (!isRecord(value)) return undefined;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '')
    return undefined;
  const definition = RESOURCES[`${apiVersion} ${kind}`];
  return definition ? { definition } : undefined;
}

/**
 * The merge keys of the list at `path` of an object of this apiVersion and kind: `[]` for a merge list of
 * scalars, undefined for a list a patch replaces. For tests and callers that want to explain a merge.
 */
export function mergeKeysAt(
  apiVersion: string,
  kind: string,
  path: readonly string[],
): readonly string[] | undefined {
  let schema: Schema | undefined = mergeSchemaOf({ apiVersion, kind });
  for (const step of path) {
    if (schema && 'keys' in schema) schema = itemSchema(schema);
    schema = fieldSchema(schema, step);
  }
  return mergeKeys(schema);
}

// ---------------------------------------------------------------------------------------------------------
// Provenance of what a patch writes (shared with json-patch.ts)
// ---------------------------------------------------------------------------------------------------------

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Sets an own entry (a `__proto__` key stays data). */
export function setEntry(container: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
  else container[key] = value;
}

/** Copies values out of a patch into a built value, and says where in the patch each came from. */
export class PatchWriter {
  constructor(
    readonly provenance: ValueProvenance,
    readonly from: PatchFrom,
  ) {}

  /** Where the patch writes `container[key]` (`container` being one of the patch's containers). */
  entryOrigin(container: object, key: string | number): Origin | undefined {
    if ('origin' in this.from) return this.from.origin;
    return (
      sourceEntryOrigin(this.from.object, container, key) ??
      this.provenance.entryOrigin(container, key, (container as Record<string | number, unknown>)[key])
    );
  }

  /** Where the patch writes one of its containers. */
  containerOrigin(container: object): Origin | undefined {
    if ('origin' in this.from) return this.from.origin;
    return sourceContainerOrigin(this.from.object, container) ?? this.provenance.containerOrigin(container);
  }

  /** A copy of a patch value (or part of it) for the built value, that knows where it came from. */
  copy<T>(value: T): T {
    if ('object' in this.from) return this.provenance.copy(value, this.from.object);
    return this.copyInline(value, this.from.origin);
  }

  private copyInline<T>(value: T, origin: Origin): T {
    if (!isContainer(value)) return value;
    let out: Container;
    if (Array.isArray(value)) {
      out = value.map((v) => this.copyInline(v, origin));
      out.forEach((_, i) => this.provenance.wrote(out, i, origin));
    } else {
      const map: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        setEntry(map, k, this.copyInline(v, origin));
        this.provenance.wrote(map, k, origin);
      }
      out = map;
    }
    this.provenance.wroteWhole(out, origin);
    return out as T;
  }
}

/** The origins of a built list's items, by index (scalar items have no identity to keep theirs). */
export function listOrigins(provenance: ValueProvenance, list: unknown[]): (Origin | undefined)[] {
  return list.map((item, i) => provenance.entryOrigin(list, i, item));
}

/** Records the origins of a built list's items after its items moved. */
export function recordListOrigins(
  provenance: ValueProvenance,
  list: unknown[],
  origins: (Origin | undefined)[],
): void {
  origins.forEach((origin, i) => {
    if (origin && i < list.length) provenance.wrote(list, i, origin);
  });
}

// ---------------------------------------------------------------------------------------------------------
// The walk (kyaml/yaml/walk and kyaml/yaml/merge2)
// ---------------------------------------------------------------------------------------------------------

/** A field the walk clears (kyaml's walk.ClearNode, or a null value set on a field). */
const CLEAR = Symbol('clear');
type Walked = unknown;

type Directive = 'merge' | 'replace' | 'delete' | 'none' | 'unknown';
const DIRECTIVE = '$patch';

/** A list item during a merge, with the origin its slot gets. */
interface Item {
  v: unknown;
  o: Origin | undefined;
}

type Kind = 'map' | 'list' | 'scalar';

function kindOf(value: unknown): Kind | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'map' : 'scalar';
}

/** The text kyaml compares: a scalar's value; '' for null and for maps and lists. */
function text(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value);
}

const own = (map: Record<string, unknown>, key: string): boolean => Object.hasOwn(map, key);

function isEmptyMap(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length === 0;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => own(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function mapDirective(patch: Record<string, unknown>): Directive {
  if (!own(patch, DIRECTIVE)) return 'none';
  const value = patch[DIRECTIVE];
  return value === 'merge' || value === 'replace' || value === 'delete' ? value : 'unknown';
}

/** The `$patch` item of a list (smpdirective.go: the first map item with `$patch`, when it is its only key). */
function listDirective(patch: unknown[]): { directive: Directive; value?: string } {
  const item = patch.find((v) => isRecord(v) && own(v, DIRECTIVE)) as Record<string, unknown> | undefined;
  if (!item || Object.keys(item).length > 1) return { directive: 'none' };
  const value = item[DIRECTIVE];
  if (value === 'merge' || value === 'replace' || value === 'delete') return { directive: value, value };
  return { directive: 'unknown', value: text(value) };
}

class Merger {
  /**
   * merge2 elides a directive from the patch as it reads it: the patch's maps whose `$patch` it has
   * consumed, and its lists as they are without their directive item. An item kyaml visits twice (two
   * items with the same keys) sees the patch as the first visit left it.
   */
  private readonly elidedMaps = new WeakSet<object>();
  private readonly patchLists = new WeakMap<unknown[], Item[]>();

  constructor(
    private readonly writer: PatchWriter,
    private readonly provenance: ValueProvenance,
    private readonly metadataAsStrings: boolean,
  ) {}

  /**
   * kyaml's Walker.Walk on [dest, origin]: the value the field gets (`dest` itself when merged in place),
   * or CLEAR. `same` is set when dest and origin are one value: a copy of the patch being walked on its own,
   * as kyaml walks a patch node it has put in the output.
   */
  walk(dest: unknown, origin: unknown, schema: Schema | undefined, same: boolean, path: string[]): Walked {
    const destKind = kindOf(dest);
    const originKind = kindOf(origin);
    const kind = destKind ?? originKind;
    if (destKind && originKind && destKind !== originKind)
      throw new PatchError(
        `wrong node kind at ${path.join('.') || 'the top'}: the patch has a ${originKind} where the target has a ${destKind}`,
      );
    if (kind === undefined || kind === 'map') {
      const resolved = schema ?? mergeSchemaOf(dest) ?? mergeSchemaOf(origin);
      return this.walkMap(dest, origin, resolved, same, path);
    }
    if (kind === 'list') {
      const keys = mergeKeys(schema);
      if (keys === undefined) return this.walkReplacedList(dest, origin, same);
      return this.walkMergeList(dest, origin, schema as ListSchema, same, path);
    }
    // Scalars (merge2 VisitScalar): the patch's value, a null in the patch clearing the field.
    if (origin === undefined) return dest;
    return origin === null ? CLEAR : origin;
  }

  /** merge2 VisitMap, then walk.walkMap. */
  private walkMap(
    dest: unknown,
    origin: unknown,
    schema: Schema | undefined,
    same: boolean,
    path: string[],
  ): Walked {
    if (dest === undefined || dest === null) {
      if (origin === undefined) return dest; // an explicit null in the target stays
      if (origin === null) return CLEAR;
      const patch = origin as Record<string, unknown>;
      const directive = this.directiveOf(patch); // an unknown value is not an error here (merge2 ignores it)
      if (directive === 'delete') return CLEAR;
      const copy = this.copyMap(patch);
      this.walkFields(copy, copy, schema, true, path);
      return copy;
    }
    const target = dest as Record<string, unknown>;
    if (origin === null) return CLEAR;
    if (origin === undefined) {
      this.walkFields(target, undefined, schema, false, path);
      return target;
    }
    const patch = origin as Record<string, unknown>;
    const directive = same ? mapDirective(patch) : this.directiveOf(patch);
    if (directive === 'unknown')
      throw new PatchError(
        `unknown patch strategy '${text(patch[DIRECTIVE])}' at ${path.join('.') || 'the top'}`,
      );
    if (same) {
      // merge2 elides the directive from the patch before answering, so the copy loses it even when the
      // answer is a deletion (an item kyaml then fails to match stays, without its `$patch`).
      if (directive !== 'none') delete target[DIRECTIVE];
      if (directive === 'delete') return CLEAR;
      this.walkFields(target, target, schema, true, path);
      return target;
    }
    if (directive === 'delete') return CLEAR;
    if (directive === 'replace') {
      const copy = this.copyMap(patch);
      this.walkFields(copy, copy, schema, true, path);
      return copy;
    }
    this.walkFields(target, patch, schema, false, path);
    return target;
  }

  /** The directive of a patch map, read once: merge2 elides what it recognises. */
  private directiveOf(patch: Record<string, unknown>): Directive {
    if (this.elidedMaps.has(patch)) return 'none';
    const directive = mapDirective(patch);
    if (directive !== 'none' && directive !== 'unknown') this.elidedMaps.add(patch);
    return directive;
  }

  /** A copy of a patch map for the output, without the directive merge2 has elided. */
  private copyMap(patch: Record<string, unknown>): Record<string, unknown> {
    const copy = this.writer.copy(patch);
    if (this.elidedMaps.has(patch)) delete copy[DIRECTIVE];
    return copy;
  }

  /** walk.walkMap's loop: every field of either, in sorted order, set with FieldSetter. */
  private walkFields(
    dest: Record<string, unknown>,
    origin: Record<string, unknown> | undefined,
    schema: Schema | undefined,
    same: boolean,
    path: string[],
  ): void {
    const elided = origin !== undefined && !same && this.elidedMaps.has(origin);
    const names = new Set(Object.keys(dest));
    if (origin && !same) for (const k of Object.keys(origin)) if (!(elided && k === DIRECTIVE)) names.add(k);
    const strings = this.metadataAsStrings && !same && path.length === 2 && path[0] === 'metadata';
    for (const name of [...names].sort()) {
      const destValue = own(dest, name) ? dest[name] : undefined;
      let originValue =
        origin && own(origin, name) && !(elided && name === DIRECTIVE) ? origin[name] : undefined;
      if (
        strings &&
        origin &&
        (path[1] === 'labels' || path[1] === 'annotations') &&
        originValue !== undefined
      )
        originValue = this.asString(origin, name, originValue);
      if (this.metadataAsStrings && !same && path.length === 1 && path[0] === 'metadata' && origin)
        if (
          (name === 'labels' || name === 'annotations') &&
          (!isRecord(originValue) || isEmptyMap(originValue))
        )
          originValue = undefined; // CopyMergeMetaDataFieldsFrom drops an empty or null map
      if (destValue === null && originValue === undefined && !same && this.writtenEmpty(dest, name)) {
        // merge2 keeps a null the target writes (`null`, `~`), not an empty value (`key:`).
        delete dest[name];
        continue;
      }
      const result = this.walk(destValue, originValue, fieldSchema(schema, name), same, [...path, name]);
      if (result === CLEAR || result === undefined) {
        delete dest[name];
        continue;
      }
      if (result === destValue) continue;
      setEntry(dest, name, result);
      if (!same && origin) {
        const at = this.writer.entryOrigin(origin, name);
        if (at) this.provenance.wrote(dest, name, at);
      }
    }
  }

  /** Whether the target's null at `dest[name]` is written as nothing at all (`key:`). */
  private writtenEmpty(dest: Record<string, unknown>, name: string): boolean {
    const origin = this.provenance.entryOrigin(dest, name, null);
    if (!origin) return false;
    return origin.node === origin.key || (isScalar(origin.node) && (origin.node.source ?? '') === '');
  }

  /** A label or annotation value as CopyMergeMetaDataFieldsFrom writes it: the scalar's text. */
  private asString(origin: Record<string, unknown>, name: string, value: unknown): string {
    if ('object' in this.writer.from) {
      const node = sourceEntryOrigin(this.writer.from.object, origin, name)?.node;
      if (node && isScalar(node) && typeof node.source === 'string') return node.source;
    }
    return value === null ? 'null' : text(value);
  }

  /** A list without merge strategy (merge2 VisitList, NonAssociateList): the patch's list replaces it. */
  private walkReplacedList(dest: unknown, origin: unknown, same: boolean): Walked {
    if (origin === undefined) return dest;
    if (origin === null) return CLEAR;
    if (same || deepEqual(dest, origin)) return dest ?? origin;
    return this.writer.copy(origin);
  }

  /** merge2 VisitList (AssociativeList), then walk.walkAssociativeSequence. */
  private walkMergeList(
    dest: unknown,
    origin: unknown,
    schema: ListSchema,
    same: boolean,
    path: string[],
  ): Walked {
    let list: unknown[];
    let destItems: Item[];
    let originItems: Item[] | undefined;
    if (dest === undefined || dest === null) {
      // The patch's list, walked on its own; merge2 does not read its directive here.
      list = this.writer.copy(origin as unknown[]);
      destItems = this.items(list);
      originItems = destItems;
    } else if (origin === null) {
      return CLEAR;
    } else if (origin === undefined) {
      list = dest as unknown[];
      destItems = this.items(list);
    } else {
      const patch = origin as unknown[];
      // The patch list as merge2 has left it (without its directive item, once read).
      const view = same
        ? undefined
        : (this.patchLists.get(patch) ?? patch.map((v, i) => ({ v, o: this.writer.entryOrigin(patch, i) })));
      const { directive, value } = listDirective(view ? view.map((item) => item.v) : patch);
      if (directive === 'unknown')
        throw new PatchError(`unknown patch strategy '${value ?? ''}' at ${path.join('.')}`);
      if (view && directive !== 'none') {
        elementSetter(view, undefined, [DIRECTIVE], [directive]);
        this.patchLists.set(patch, view);
      }
      if (directive === 'delete') return CLEAR;
      if (same) {
        list = dest as unknown[];
        destItems = this.items(list);
        if (directive !== 'none') elementSetter(destItems, undefined, [DIRECTIVE], [directive]);
        originItems = destItems;
      } else if (directive === 'replace') {
        list = this.writer.copy(patch);
        destItems = this.items(list);
        elementSetter(destItems, undefined, [DIRECTIVE], [directive]);
        originItems = destItems;
        same = true;
      } else {
        list = dest as unknown[];
        destItems = this.items(list);
        originItems = view;
      }
    }
    if (originItems === destItems) same = true;

    const keys = schema.keys;
    const sources = originItems ? [originItems, destItems] : [destItems]; // prepend: the patch's items first
    const merged =
      keys.length > 0
        ? this.mergeItems(elementValues(sources, keys), keys, destItems, originItems, schema, same, path)
        : this.mergeItems(primitiveValues(sources), [''], destItems, originItems, schema, same, path);
    list.splice(0, list.length, ...merged.map((item) => item.v));
    recordListOrigins(
      this.provenance,
      list,
      merged.map((item) => item.o),
    );
    return list;
  }

  /** The items of a built list, with their current origins. */
  private items(list: unknown[]): Item[] {
    const origins = listOrigins(this.provenance, list);
    return list.map((v, i) => ({ v, o: origins[i] }));
  }

  /** walk.setAssociativeSequenceElements, in prepend mode. */
  private mergeItems(
    valuesList: string[][],
    keys: readonly string[],
    destItems: Item[],
    originItems: Item[] | undefined,
    schema: ListSchema,
    same: boolean,
    path: string[],
  ): Item[] {
    const added: Item[] = [];
    if (keys.length > 1) mergeValues(valuesList);
    let validKeys: readonly string[] = keys;
    for (const values of valuesList) {
      if (values.length === 0) continue;
      let validValues: string[];
      [validKeys, validValues] = validateKeys(valuesList, values, keys);
      const [elementKeys, elementValues] = validateKeys([validValues], validValues, validKeys);
      const destItem = matchElement(destItems, elementKeys, elementValues);
      const originItem = originItems ? matchElement(originItems, elementKeys, elementValues) : undefined;
      const primitive = keys[0] === '';
      const walked = primitive
        ? this.walk(destItem?.v, originItem?.v, undefined, same, path)
        : this.walk(destItem?.v, originItem?.v, itemSchema(schema), same, path);
      if (walked === CLEAR || walked === undefined || walked === null || isEmptyMap(walked)) {
        elementSetter(destItems, undefined, validKeys, validValues);
        continue;
      }
      if (isRecord(walked))
        validKeys.forEach((key, i) => {
          const value = validValues[i] as string;
          if (!own(walked, key) && value !== '') this.setKey(walked, key, value, destItems, originItems);
        });
      const o = walked === destItem?.v ? destItem.o : walked === originItem?.v ? originItem.o : originItem?.o;
      elementSetter(added, { v: walked, o }, validKeys, validValues);
    }
    if (valuesList.length === 0) return destItems;
    return appendListNode(added, destItems, validKeys);
  }

  /** Sets a merge key kyaml took from another item (`mergeValues`) on the merged item. */
  private setKey(
    item: Record<string, unknown>,
    key: string,
    value: string,
    ...lists: (Item[] | undefined)[]
  ): void {
    for (const list of lists)
      for (const other of list ?? [])
        if (isRecord(other.v) && own(other.v, key) && text(other.v[key]) === value) {
          setEntry(item, key, other.v[key]);
          const at =
            this.provenance.entryOrigin(other.v, key, other.v[key]) ?? this.writer.entryOrigin(other.v, key);
          if (at) this.provenance.wrote(item, key, at);
          return;
        }
    setEntry(item, key, value);
  }
}

/** walk.elementValues: each item's key values, the patch's items first, each tuple once. */
function elementValues(sources: Item[][], keys: readonly string[]): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const items of sources)
    for (const item of items) {
      const values = keys.map((key) => (isRecord(item.v) && own(item.v, key) ? text(item.v[key]) : ''));
      const id = JSON.stringify(values);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(values);
    }
  return out;
}

/** walk.elementPrimitiveValues: each scalar once, the patch's first. */
function primitiveValues(sources: Item[][]): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const items of sources)
    for (const item of items) {
      const value = text(item.v);
      if (seen.has(value)) continue;
      seen.add(value);
      out.push([value]);
    }
  return out;
}

/** walk.mergeValues: tuples that agree where both have a value are one item (a missing protocol matches). */
function mergeValues(valuesList: string[][]): void {
  for (let i = 0; i < valuesList.length; i++) {
    // Go's `for i, values1 := range valuesList`: values1 stays what it was when the outer step began.
    const first = valuesList[i] as string[];
    for (let j = 0; j < valuesList.length; j++) {
      const merged = match(first, valuesList[j] as string[]);
      if (merged) {
        valuesList[i] = merged;
        valuesList[j] = merged;
      }
    }
  }
}

function match(a: string[], b: string[]): string[] | undefined {
  if (a.length !== b.length) return undefined;
  let common = false;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) {
      common = true;
      out.push(x);
    } else if (x !== '' && y !== '') return undefined;
    else out.push(x !== '' ? x : y);
  }
  return common ? out : undefined;
}

/** walk.validateKeys: the keys some item has a value for (all of them when none has). */
function validateKeys(
  valuesList: string[][],
  values: string[],
  keys: readonly string[],
): [string[], string[]] {
  const valid = new Set<string>();
  for (const list of valuesList) list.forEach((v, i) => v !== '' && valid.add(keys[i] as string));
  if (valid.size === 0) return [[...keys], values];
  return [
    keys.filter((k) => valid.has(k)),
    values.filter((v, i) => v !== '' || valid.has(keys[i] as string)),
  ];
}

/** yaml.ElementMatcher (MatchElementList): the first item whose keys have exactly these values. */
function matchElement(items: Item[], keys: string[], values: string[]): Item | undefined {
  if (keys.length === 0 || keys[0] === '') {
    const value = values[0] ?? '';
    return items.find((item) => kindOf(item.v) !== undefined && text(item.v) === value);
  }
  return items.find(
    (item) =>
      isRecord(item.v) &&
      keys.every(
        (key, i) =>
          own(item.v as Record<string, unknown>, key) &&
          text((item.v as Record<string, unknown>)[key]) === values[i],
      ),
  );
}

/** yaml.FieldMatcher with a string value: the field exists and, unless `value` is '', has that text. */
function fieldMatches(value: unknown, key: string, wanted: string): boolean {
  if (value === null || value === undefined) return false;
  if (key === '') return !isContainer(value) && text(value) === wanted;
  if (!isRecord(value) || !own(value, key)) return false;
  return wanted === '' || text(value[key]) === wanted;
}

/**
 * yaml.ElementSetter, in place: replaces the items matching every key (a key past the values repeats the
 * last answer, as kyaml's loop does) with `element`, or removes them when there is none; appends `element`
 * when nothing matched. Null items and empty maps are dropped on the way, as kyaml drops them.
 */
function elementSetter(
  items: Item[],
  element: Item | undefined,
  keys: readonly string[],
  values: string[],
): void {
  const mappingSetter = keys.length > 0 && keys[0] !== '' && values.length > 0 && values[0] !== '';
  const out: Item[] = [];
  let found = false;
  for (const item of items) {
    if (item.v === null || item.v === undefined || isEmptyMap(item.v)) continue;
    if (!isRecord(item.v) && mappingSetter) {
      out.push(item);
      continue;
    }
    let matched = false;
    let matches = true;
    for (let j = 0; j < keys.length; j++) {
      if (j < values.length) matched = fieldMatches(item.v, keys[j] as string, values[j] as string);
      if (!matched) {
        matches = false;
        break;
      }
    }
    if (!matches) {
      if (values.length > 0) out.push(item);
      continue;
    }
    found = true;
    if (element) out.push(element);
  }
  items.splice(0, items.length, ...out);
  if (!element || element.v === null || element.v === undefined) return;
  if (!found) items.push(element);
}

/** walk.appendListNode(added, dest): the target's items set over the patch's, else appended. */
function appendListNode(added: Item[], destItems: Item[], keys: readonly string[]): Item[] {
  for (const item of destItems) {
    if (keys[0] === '') {
      elementSetter(added, item, [''], [text(item.v)]);
      continue;
    }
    const values: string[] = [];
    for (const key of keys) {
      if (item.v !== null && item.v !== undefined && !isRecord(item.v))
        throw new PatchError(
          `a list merged by ${keys.join(', ')} holds ${JSON.stringify(item.v)}, not a map`,
        );
      const field = isRecord(item.v) && own(item.v, key) ? item.v[key] : undefined;
      if (field === undefined) {
        added.push(item);
        continue;
      }
      values.push(text(field));
    }
    if (keys.length > 1) elementSetter(added, undefined, keys, values);
    elementSetter(added, item, keys, values);
  }
  return added;
}

// ---------------------------------------------------------------------------------------------------------
// What Resource.ApplySmPatch puts back after the merge
// ---------------------------------------------------------------------------------------------------------

interface Kept {
  restore(target: Record<string, unknown>): void;
}

/** apiVersion, kind, metadata.name and metadata.namespace as the target has them, with their origins. */
function identity(
  target: Record<string, unknown>,
  provenance: ValueProvenance,
  options: StrategicMergeOptions,
): Kept[] {
  const kept: Kept[] = [];
  const keep = (path: string[], ifMissing: 'delete' | 'empty'): void => {
    const parent = path.length === 1 ? target : isRecord(target.metadata) ? target.metadata : undefined;
    const key = path[path.length - 1] as string;
    const had = parent !== undefined && own(parent, key);
    const value = had ? parent[key] : undefined;
    // Resolved only if the merge changed the value: most merges leave the identity alone.
    const origin = had ? provenance.entryOriginLater(parent, key, value) : () => undefined;
    kept.push({
      restore(t) {
        let into: Record<string, unknown> | undefined = t;
        if (path.length === 2) {
          if (!isRecord(t.metadata)) {
            if (!had && ifMissing === 'delete') return;
            setEntry(t, 'metadata', {});
          }
          into = t.metadata as Record<string, unknown>;
        }
        if (!had) {
          if (ifMissing === 'delete') delete into[key];
          else if (into[key] !== '') setEntry(into, key, ''); // kyaml's SetName(""): a name the target lacked
          return;
        }
        if (into[key] === value) return;
        setEntry(into, key, value);
        const from = origin();
        if (from) provenance.wrote(into, key, from);
      },
    });
  };
  keep(['apiVersion'], 'delete');
  if (!options.allowKindChange) keep(['kind'], 'delete');
  if (!options.allowNameChange) keep(['metadata', 'name'], 'empty');
  keep(['metadata', 'namespace'], 'delete');
  return kept;
}

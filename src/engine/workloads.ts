import { formatResource } from './finding.js';
import type { ServiceView } from './model.js';
import type { Path } from './parse.js';
import { isRecord } from './parse.js';
import { isPlaceholder } from './placeholder.js';
import type { ResourceIndex } from './resource-index.js';
import { NearIndex } from './resource-index.js';
import type { Resource } from './resources.js';
import type { RelatedTarget } from './rule.js';
import { kindNames } from '../k8s/kinds.js';

/**
 * Typed views of Pod templates: the labels the Pods of a workload get (what a Service selector matches)
 * and the ports their containers declare (what a named `targetPort` resolves against).
 */

export interface ContainerPortView {
  /** Path of the port item. */
  path: Path;
  /** Path of the container's `ports` list. */
  portsPath: Path;
  containerName: string;
  /** '' when unnamed. */
  name: string;
  /** Defaults to TCP. */
  protocol: string;
  protocolExplicit: boolean;
  /** The raw `containerPort` value (a number when well formed). */
  containerPort: unknown;
  /** The raw `hostPort` value (undefined when not written). */
  hostPort?: unknown;
}

export type SelectorOperator = 'Equals' | 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

/** One requirement of a workload's own selector: a `matchLabels` entry or a `matchExpressions` item. */
export interface SelectorRequirement {
  /** Path of the `matchLabels` entry or of the `matchExpressions` item. */
  path: Path;
  key: string;
  operator: SelectorOperator;
  values: string[];
}

/** A controller's own `spec.selector`, which the API server requires to match its template's labels. */
export interface WorkloadSelector {
  /** Path of `spec.selector` (written or not). */
  path: Path;
  written: boolean;
  /** A label selector (`matchLabels`/`matchExpressions`) or a plain map (ReplicationController). */
  form: 'labelSelector' | 'map';
  requirements: SelectorRequirement[];
  /** Some `matchExpressions` item has an operator Kubernetes does not know: the selector is not evaluated. */
  unknownOperator: boolean;
  /** apps/v1 requires `spec.selector`; a ReplicationController defaults it to the template's labels. */
  required: boolean;
}

export interface PodTemplateView {
  /** The workload (or the Pod itself). */
  resource: Resource;
  /** Path of the Pod template: `[]` for a Pod, `spec.template`, `spec.jobTemplate.spec.template`. */
  templatePath: Path;
  /** Path of the labels the Pods get. */
  labelsPath: Path;
  labels: Record<string, string>;
  labelsWritten: boolean;
  /** Path of the template's `spec.containers`. */
  containersPath: Path;
  /** Ports of the containers and of the native sidecars (init containers with `restartPolicy: Always`). */
  ports: ContainerPortView[];
  /** Ports declared by plain init containers: they have exited before the Pod serves, so nothing resolves to them. */
  initPorts: ContainerPortView[];
  /** The controller's own selector, for the built-in kinds whose selector the API server checks. */
  selector?: WorkloadSelector;
}

interface TemplateKind {
  templatePath: Path;
  apiVersion: (apiVersion: string) => boolean;
}

const CORE = (v: string): boolean => v === 'v1';
const APPS = (v: string): boolean => v.startsWith('apps/') || v.startsWith('extensions/');
const BATCH = (v: string): boolean => v.startsWith('batch/');

/** The built-in kinds that carry a Pod template, and where it is. */
export const WORKLOAD_KINDS: Readonly<Record<string, TemplateKind>> = {
  Pod: { templatePath: [], apiVersion: CORE },
  ReplicationController: { templatePath: ['spec', 'template'], apiVersion: CORE },
  Deployment: { templatePath: ['spec', 'template'], apiVersion: APPS },
  ReplicaSet: { templatePath: ['spec', 'template'], apiVersion: APPS },
  StatefulSet: { templatePath: ['spec', 'template'], apiVersion: APPS },
  DaemonSet: { templatePath: ['spec', 'template'], apiVersion: APPS },
  Job: { templatePath: ['spec', 'template'], apiVersion: BATCH },
  CronJob: { templatePath: ['spec', 'jobTemplate', 'spec', 'template'], apiVersion: BATCH },
};

/** The kinds whose Pod templates `podTemplateView` and `workloadIndex` read: what a rule using them reads. */
export const POD_TEMPLATE_KINDS: readonly string[] = Object.keys(WORKLOAD_KINDS);

/** The workload kinds of the apps group, whose `spec.selector` apps/v1 requires. */
const APPS_WORKLOADS: readonly string[] = kindNames((k) => k.category === 'workload' && k.group === 'apps');

/** Core kinds that are never workloads, even with a `spec.template` (a PodTemplate is a stored template, not Pods). */
const NOT_WORKLOADS = new Set(['PodTemplate', 'Service', 'Endpoints', 'EndpointSlice', 'List']);

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function at(value: unknown, path: Path): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = isRecord(current) ? current[step] : undefined;
  }
  return current;
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(record(v)))
    if (val !== null && val !== undefined) out[k] = String(val);
  return out;
}

/**
 * Where the Pod template of an object is: the built-in workload kinds, and any custom resource with a
 * Pod template at `spec.template` (Argo Rollouts, OpenKruise CloneSet, ...), whose Pods Services select too.
 */
function templatePathOf(resource: Resource): Path | undefined {
  // `value` is read last: reading it parses an object the pre-scan deferred.
  const { kind, apiVersion } = resource.object;
  const known = WORKLOAD_KINDS[kind];
  if (known?.apiVersion(apiVersion)) return known.templatePath;
  // A built-in kind's name in another API group is a custom resource (OpenKruise's Advanced StatefulSet and
  // DaemonSet, `apps.kruise.io`): read below like any other. In a built-in group, a wrong version is no workload.
  if (known && /^(?:v1|(?:apps|extensions|batch)\/)/.test(apiVersion)) return undefined;
  // A deferred object is one the pre-scan saw without `spec.template`: reading it would only parse it for nothing.
  if (NOT_WORKLOADS.has(kind) || !apiVersion.includes('/') || resource.object.deferred) return undefined;
  return Array.isArray(at(resource.object.value, ['spec', 'template', 'spec', 'containers']))
    ? ['spec', 'template']
    : undefined;
}

export function podTemplateView(resource: Resource): PodTemplateView | undefined {
  const templatePath = templatePathOf(resource);
  if (templatePath === undefined) return undefined;
  const value = resource.object.value;
  const template = at(value, templatePath);
  if (!isRecord(template)) return undefined;
  const labelsPath: Path = [...templatePath, 'metadata', 'labels'];
  const labelsValue = at(value, labelsPath);
  const podSpecPath: Path = [...templatePath, 'spec'];
  const podSpec = record(at(value, podSpecPath));
  const ports: ContainerPortView[] = [];
  const initPorts: ContainerPortView[] = [];
  const collect = (containersKey: 'containers' | 'initContainers'): void => {
    list(podSpec[containersKey]).forEach((c, i) => {
      if (!isRecord(c)) return;
      // Only native sidecars keep running beside the app; the EndpointSlice controller's findPort looks at them since v1.32.
      const into = containersKey === 'initContainers' && c.restartPolicy !== 'Always' ? initPorts : ports;
      const portsPath: Path = [...podSpecPath, containersKey, i, 'ports'];
      list(c.ports).forEach((p, j) => {
        if (!isRecord(p)) return;
        into.push({
          path: [...portsPath, j],
          portsPath,
          containerName: text(c.name),
          name: text(p.name),
          protocol: p.protocol === undefined || p.protocol === null ? 'TCP' : String(p.protocol),
          protocolExplicit: p.protocol !== undefined && p.protocol !== null,
          containerPort: p.containerPort,
          ...(p.hostPort === undefined ? {} : { hostPort: p.hostPort }),
        });
      });
    });
  };
  collect('containers');
  collect('initContainers');
  const view: PodTemplateView = {
    resource,
    templatePath,
    labelsPath,
    labels: stringMap(labelsValue),
    labelsWritten: isRecord(labelsValue),
    containersPath: [...podSpecPath, 'containers'],
    ports,
    initPorts,
  };
  const selector = workloadSelector(resource);
  if (selector) view.selector = selector;
  return view;
}

/** The selector the API server checks against the template labels (apps validation, batch validation). */
function workloadSelector(resource: Resource): WorkloadSelector | undefined {
  const { kind, apiVersion, value } = resource.object;
  const spec = record(value.spec);
  const path: Path = ['spec', 'selector'];
  const written = isRecord(spec.selector);
  if (kind === 'ReplicationController') {
    // An empty or missing selector defaults to the template's labels.
    const requirements = Object.entries(stringMap(spec.selector)).map(([key, v]): SelectorRequirement => ({
      path: [...path, key],
      key,
      operator: 'Equals',
      values: [v],
    }));
    return { path, written, form: 'map', requirements, unknownOperator: false, required: false };
  }
  const apps = APPS_WORKLOADS.includes(kind);
  // A Job's selector is generated unless `manualSelector: true`; the CronJob's lives in its job template.
  const job = kind === 'Job' && spec.manualSelector === true;
  if (!apps && !job) return undefined;
  const selector = record(spec.selector);
  const requirements: SelectorRequirement[] = Object.entries(stringMap(selector.matchLabels)).map(
    ([key, v]) => ({
      path: [...path, 'matchLabels', key],
      key,
      operator: 'Equals',
      values: [v],
    }),
  );
  let unknownOperator = false;
  list(selector.matchExpressions).forEach((e, i) => {
    if (!isRecord(e)) return;
    const operator = text(e.operator);
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(operator)) {
      unknownOperator = true;
      return;
    }
    requirements.push({
      path: [...path, 'matchExpressions', i],
      key: text(e.key),
      operator: operator as SelectorOperator,
      values: list(e.values).map(text),
    });
  });
  return {
    path,
    written,
    form: 'labelSelector',
    requirements,
    unknownOperator,
    required: apps && apiVersion === 'apps/v1',
  };
}

/** Whether a workload-selector requirement holds for a label set (k8s.io/apimachinery labels.Requirement). */
export function requirementMatches(r: SelectorRequirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  switch (r.operator) {
    case 'Equals':
    case 'In':
      return has && r.values.includes(labels[r.key] as string);
    case 'NotIn':
      return !has || !r.values.includes(labels[r.key] as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}

const DIGITS = /^\d+$/;
const ANY = (): boolean => true;

/**
 * Labels the controllers add to the Pods they create, beyond the template's: a Service may select by them
 * (a per-Pod Service on `statefulset.kubernetes.io/pod-name` is common).
 */
const CONTROLLER_LABELS: Readonly<Record<string, Record<string, (value: string, name: string) => boolean>>> =
  {
    Deployment: { 'pod-template-hash': ANY },
    StatefulSet: {
      'controller-revision-hash': ANY,
      'statefulset.kubernetes.io/pod-name': (v, name) =>
        v.startsWith(`${name}-`) && DIGITS.test(v.slice(name.length + 1)),
      'apps.kubernetes.io/pod-index': (v) => DIGITS.test(v),
    },
    DaemonSet: { 'controller-revision-hash': ANY, 'pod-template-generation': ANY },
    Job: {
      'controller-uid': ANY,
      'batch.kubernetes.io/controller-uid': ANY,
      'job-name': (v, name) => v === name,
      'batch.kubernetes.io/job-name': (v, name) => v === name,
      'batch.kubernetes.io/job-completion-index': (v) => DIGITS.test(v),
    },
    CronJob: {
      'controller-uid': ANY,
      'batch.kubernetes.io/controller-uid': ANY,
      'job-name': (v, name) => v.startsWith(`${name}-`),
      'batch.kubernetes.io/job-name': (v, name) => v.startsWith(`${name}-`),
      'batch.kubernetes.io/job-completion-index': (v) => DIGITS.test(v),
    },
  };

const BOOLEAN = (v: string): boolean => v === 'true' || v === 'false';

/**
 * Labels the software in a Pod writes on its own Pod at run time, whatever made it: Vault's Kubernetes service
 * registration (`service_registration "kubernetes"`) labels each Vault Pod with its state, and the Vault Helm
 * chart's `vault-active` and `vault-standby` Services select by it (rendered in marcel-dempers'
 * `hashicorp/vault-2022/manifests/vault.yaml`).
 */
const SELF_LABELS: Readonly<Record<string, (value: string) => boolean>> = {
  'vault-active': BOOLEAN,
  'vault-sealed': BOOLEAN,
  'vault-initialized': BOOLEAN,
  'vault-perf-standby': BOOLEAN,
  'vault-version': ANY,
};

/**
 * Label keys some controller adds to its Pods (CONTROLLER_LABELS), or the Pod's own software (SELF_LABELS):
 * never among the labels a template writes.
 */
const CONTROLLER_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(CONTROLLER_LABELS).flatMap((labels) => Object.keys(labels)),
  ...Object.keys(SELF_LABELS),
]);

const labelKey = (namespace: string, key: string, value: string): string => `${namespace}\n${key}=${value}`;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Whether the Pods of the template carry label `key` = `value` (written in the template, or added by its
 * controller or by the Pod's own software).
 */
export function podHasLabel(template: PodTemplateView, key: string, value: string): boolean {
  if (Object.hasOwn(template.labels, key)) return template.labels[key] === value;
  const added = CONTROLLER_LABELS[template.resource.object.kind]?.[key];
  if (added !== undefined) return added(value, template.resource.ref.name);
  const own = Object.hasOwn(SELF_LABELS, key) ? SELF_LABELS[key] : undefined;
  return own !== undefined && own(value);
}

/**
 * Whether a Service selector selects the template's Pods: every selector key and value is among the Pods'
 * labels (pkg/controller/endpointslice: `labels.Set(service.Spec.Selector).AsSelectorPreValidated()`).
 */
export function selectorSelects(
  selector: Readonly<Record<string, string>>,
  template: PodTemplateView,
): boolean {
  return Object.entries(selector).every(([k, v]) => podHasLabel(template, k, v));
}

const portToken = (number: number): RegExp => new RegExp(`(^|[^0-9])${number}($|[^0-9])`);

/** The ConfigMaps a Pod template reads: mounted (also through a projected volume) or as environment. */
function configMapsOf(template: PodTemplateView): string[] {
  const spec = record(at(template.resource.object.value, [...template.templatePath, 'spec']));
  const names: unknown[] = [];
  for (const v of list(spec.volumes).filter(isRecord)) {
    names.push(record(v.configMap).name);
    for (const source of list(record(v.projected).sources).filter(isRecord))
      names.push(record(source.configMap).name);
  }
  for (const c of [...list(spec.containers), ...list(spec.initContainers)].filter(isRecord))
    for (const from of list(c.envFrom).filter(isRecord)) names.push(record(from.configMapRef).name);
  return names.filter((n): n is string => typeof n === 'string' && n !== '');
}

/** What an OpenKruise SidecarSet injects, and into which Pods. */
interface SidecarSet {
  /** `spec.namespace`: only Pods of that namespace; undefined: any (a namespaceSelector is not evaluated). */
  namespace?: string;
  /** `spec.selector.matchLabels` (match expressions are not evaluated: a Pod with these labels may get it). */
  matchLabels: Record<string, string>;
  ports: { name: string; containerPort: unknown; protocol: string }[];
}

function sidecarSetOf(resource: Resource): SidecarSet | undefined {
  const { kind, apiVersion } = resource.object;
  if (kind !== 'SidecarSet' || !apiVersion.startsWith('apps.kruise.io/')) return undefined;
  const spec = record(resource.object.value.spec);
  const ports = list(spec.containers)
    .filter(isRecord)
    .flatMap((c) => list(c.ports).filter(isRecord))
    .map((p) => ({
      name: text(p.name),
      containerPort: p.containerPort,
      protocol: p.protocol === undefined || p.protocol === null ? 'TCP' : String(p.protocol),
    }));
  return {
    ...(typeof spec.namespace === 'string' && spec.namespace !== '' ? { namespace: spec.namespace } : {}),
    matchLabels: stringMap(record(spec.selector).matchLabels),
    ports,
  };
}

/** Pod templates by namespace, excluding the objects the rules do not treat as resources (kustomize patches). */
export class WorkloadIndex {
  readonly templates: readonly PodTemplateView[];
  private readonly byNamespace = new Map<string, PodTemplateView[]>();
  /** `namespace \n key=value` -> the templates of the namespace whose Pods carry that label as written. */
  private readonly byLabel = new Map<string, PodTemplateView[]>();
  /** `key=value` -> the templates of any namespace whose Pods carry that label as written. */
  private readonly byLabelAnywhere = new Map<string, PodTemplateView[]>();
  /** The templates of each namespace, for `near`. */
  private readonly nearIndexes = new Map<string, NearIndex<PodTemplateView>>();

  constructor(private readonly index: ResourceIndex) {
    const templates: PodTemplateView[] = [];
    for (const resource of index.resources) {
      const view = podTemplateView(resource);
      if (!view) continue;
      templates.push(view);
      const ns = resource.ref.namespace;
      push(this.byNamespace, ns, view);
      for (const [k, v] of Object.entries(view.labels)) {
        push(this.byLabel, labelKey(ns, k, v), view);
        push(this.byLabelAnywhere, `${k}=${v}`, view);
      }
    }
    this.templates = templates;
  }

  /**
   * The templates of a namespace a Service selector selects, anywhere in the scan: looked up through the
   * least common written label of the selector (a controller-added label, such as `pod-template-hash`, is
   * never written: a selector of those only is matched against every template of the namespace).
   * Complexity: the candidates of one label, not every template of the namespace.
   */
  matching(namespace: string, selector: Readonly<Record<string, string>>): PodTemplateView[] {
    let candidates: readonly PodTemplateView[] | undefined;
    for (const [k, v] of Object.entries(selector)) {
      if (CONTROLLER_KEYS.has(k)) continue;
      const withLabel = this.byLabel.get(labelKey(namespace, k, v)) ?? [];
      if (!candidates || withLabel.length < candidates.length) candidates = withLabel;
      if (candidates.length === 0) return [];
    }
    // The namespace is checked again: a namespace and a label key with line breaks (invalid, but YAML allows
    // them) can make two pairs share a lookup key.
    return (candidates ?? this.in(namespace)).filter(
      (t) => t.resource.ref.namespace === namespace && selectorSelects(selector, t),
    );
  }

  /**
   * The templates of the other namespaces that a selector selects (where a Service of `namespace` with that
   * selector may have been meant to be), in scan order: looked up, like `matching`, through the least common
   * written label of the selector.
   */
  matchingOutside(namespace: string, selector: Readonly<Record<string, string>>): PodTemplateView[] {
    let candidates: readonly PodTemplateView[] | undefined;
    for (const [k, v] of Object.entries(selector)) {
      if (CONTROLLER_KEYS.has(k)) continue;
      const withLabel = this.byLabelAnywhere.get(`${k}=${v}`) ?? [];
      if (!candidates || withLabel.length < candidates.length) candidates = withLabel;
      if (candidates.length === 0) return [];
    }
    return (candidates ?? this.templates).filter(
      (t) => t.resource.ref.namespace !== namespace && selectorSelects(selector, t),
    );
  }

  private selected?: Set<PodTemplateView>;

  /** Whether some Service of its namespace, anywhere in the scan, selects the template (computed once). */
  isSelected(template: PodTemplateView): boolean {
    if (!this.selected) {
      this.selected = new Set();
      for (const service of this.index.services) {
        const selector = service.selector;
        if (selector === null || Object.keys(selector).length === 0) continue;
        for (const t of this.matching(service.resource.ref.namespace, selector)) this.selected.add(t);
      }
    }
    return this.selected.has(template);
  }

  /** The Pod templates of a namespace, anywhere in the scan. */
  in(namespace: string): readonly PodTemplateView[] {
    return this.byNamespace.get(namespace) ?? [];
  }

  /**
   * The Pod templates of its namespace deployed with `from`, or on its line of directories (ResourceIndex.near).
   * Complexity: those templates (NearIndex), not every template of the namespace.
   */
  near(from: Resource, namespace = from.ref.namespace): PodTemplateView[] {
    let near = this.nearIndexes.get(namespace);
    if (!near) this.nearIndexes.set(namespace, (near = new NearIndex(this.in(namespace))));
    return near.near(from);
  }

  private sidecarSets?: SidecarSet[];

  /**
   * Whether a container an injector of the scan adds to the Pods declares the port: an OpenKruise `SidecarSet`
   * whose selector matches the template's labels (in its namespace, when it names one) injects its containers,
   * ports and all (OpenKruise's guestbook tutorial: the Service targets the sidecar's `sidecar-server`).
   * `port` is a name, or a number with its protocol.
   */
  injects(template: PodTemplateView, port: string | number, protocol: string): boolean {
    this.sidecarSets ??= this.index.resources.flatMap((r) => sidecarSetOf(r) ?? []);
    return this.sidecarSets.some(
      (set) =>
        (set.namespace === undefined || set.namespace === template.resource.ref.namespace) &&
        Object.entries(set.matchLabels).every(([k, v]) => podHasLabel(template, k, v)) &&
        set.ports.some(
          (p) =>
            (typeof port === 'string' ? p.name === port : p.containerPort === port) &&
            p.protocol === protocol,
        ),
    );
  }

  /**
   * Whether the Pods listen on a port number they do not declare: their containers name it (`--port=18080`, a
   * probe), or a ConfigMap they read does (a config file's `endpoint: 0.0.0.0:5317`).
   */
  readonly listensOn = (template: PodTemplateView, number: number): boolean => {
    if (mentionsPort(template, number)) return true;
    const token = portToken(number);
    const { namespace } = template.resource.ref;
    return configMapsOf(template).some((name) =>
      this.configMaps(namespace, name, template.resource).some((data) => token.test(data)),
    );
  };

  private configMapTexts?: Map<string, Resource[]>;

  /** The data of the ConfigMaps of that name a Pod template may read (deployed with it, else anywhere). */
  private configMaps(namespace: string, name: string, from: Resource): string[] {
    if (!this.configMapTexts) {
      this.configMapTexts = new Map();
      for (const r of this.index.resources) {
        if (r.ref.kind !== 'ConfigMap' || r.object.apiVersion !== 'v1') continue;
        const k = `${r.ref.namespace}/${r.ref.name}`;
        const found = this.configMapTexts.get(k);
        if (found) found.push(r);
        else this.configMapTexts.set(k, [r]);
      }
    }
    const candidates = this.configMapTexts.get(`${namespace}/${name}`) ?? [];
    const near = this.index.nearest(
      from,
      candidates.map((resource) => ({ resource })),
    );
    return (near.length > 0 ? near.map((c) => c.resource) : candidates).flatMap((r) =>
      Object.values(record(r.object.value.data)).filter((v): v is string => typeof v === 'string'),
    );
  }

  /** The Pod templates a Service selects and pairs with: in its namespace and near it, every selector label present. */
  selectedBy(service: ServiceView): PodTemplateView[] {
    const selector = service.selector;
    if (selector === null) return [];
    const matching = this.matching(service.resource.ref.namespace, selector).filter(
      (t) => !isHelmHook(t.resource),
    );
    return this.index.nearest(service.resource, matching);
  }
}

/**
 * A Helm hook (`helm.sh/hook`: a chart's test Pod, a pre-install Job): Helm runs it at one moment of a release and
 * deletes it by its `helm.sh/hook-delete-policy`, so it is no Pod a Service serves while the release runs
 * (OpenTelemetry's operator chart: its test Pod carries the operator's labels and no metrics port).
 */
function isHelmHook(resource: Resource): boolean {
  const annotations = record(record(resource.object.value).metadata).annotations;
  return isRecord(annotations) && annotations['helm.sh/hook'] !== undefined;
}

const cache = new WeakMap<ResourceIndex, WorkloadIndex>();

/** The workload index of an analysis, built once per resource index. */
export function workloadIndex(index: ResourceIndex): WorkloadIndex {
  let workloads = cache.get(index);
  if (!workloads) cache.set(index, (workloads = new WorkloadIndex(index)));
  return workloads;
}

/** `app=web, tier=api` */
export function formatLabels(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '(none)' : entries.map(([k, v]) => `${k}=${v}`).join(', ');
}

/** How a Service port's `targetPort` resolves against one Pod template (pkg/api/v1/pod `FindPort`). */
export type TargetPortResolution =
  /** Resolves, or there is nothing to say (a numeric targetPort with no container port declared at all). */
  | { kind: 'ok' }
  /** A named targetPort that no container port of that name carries. */
  | { kind: 'no-such-name'; name: string }
  /** A named targetPort whose container ports of that name all have another protocol. */
  | { kind: 'name-protocol'; name: string; ports: ContainerPortView[] }
  /** A numeric targetPort that the template's declared container ports do not include. */
  | { kind: 'undeclared-number'; number: number }
  /** A numeric targetPort declared only with another protocol. */
  | { kind: 'number-protocol'; number: number; ports: ContainerPortView[] };

/** The value a Service port targets: its `targetPort`, which defaults to `port`. */
export function targetOf(port: { port: unknown; targetPort: unknown; path: Path }): {
  value: unknown;
  path: Path;
  written: boolean;
} {
  return port.targetPort === undefined
    ? { value: port.port, path: [...port.path, 'port'], written: false }
    : { value: port.targetPort, path: [...port.path, 'targetPort'], written: true };
}

export function resolveTargetPort(
  port: { port: unknown; targetPort: unknown; protocol: string; path: Path },
  template: PodTemplateView,
  /** Whether the Pods are configured to listen on an undeclared port number (WorkloadIndex.listensOn). */
  listensOn: (template: PodTemplateView, number: number) => boolean = mentionsPort,
): TargetPortResolution {
  const { value } = targetOf(port);
  // A placeholder (`PORT`, `${PORT}`) is an unknown value: nothing to resolve.
  if (isPlaceholder(value)) return { kind: 'ok' };
  if (typeof value === 'string') {
    // A string of digits is no port name (invalid-port-name reports it); the API server rejects the Service.
    if (value === '' || /^\d+$/.test(value)) return { kind: 'ok' };
    const named = template.ports.filter((p) => p.name === value);
    if (named.some((p) => p.protocol === port.protocol)) return { kind: 'ok' };
    return named.length > 0
      ? { kind: 'name-protocol', name: value, ports: named }
      : { kind: 'no-such-name', name: value };
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) return { kind: 'ok' };
  // Declaring container ports is optional: with none declared there is nothing to compare against.
  const declared = template.ports.filter((p) => typeof p.containerPort === 'number');
  if (declared.length === 0) return { kind: 'ok' };
  const same = declared.filter((p) => p.containerPort === value);
  if (same.some((p) => p.protocol === port.protocol)) return { kind: 'ok' };
  if (same.length > 0) return { kind: 'number-protocol', number: value, ports: same };
  // An undeclared port the containers are told to listen on (`--port=18080`) or probed on is served.
  return listensOn(template, value) ? { kind: 'ok' } : { kind: 'undeclared-number', number: value };
}

/**
 * Whether the Pod template's running containers name the port number outside `ports`: in `command`, `args`
 * or an `env` value (`--port=18080`, `0.0.0.0:18080`), or as a probe's port.
 */
function mentionsPort(template: PodTemplateView, number: number): boolean {
  const token = portToken(number);
  const spec = record(at(template.resource.object.value, [...template.templatePath, 'spec']));
  const containers = [
    ...list(spec.containers),
    ...list(spec.initContainers).filter((c) => isRecord(c) && c.restartPolicy === 'Always'),
  ].filter(isRecord);
  return containers.some((c) => {
    const words = [
      ...list(c.command),
      ...list(c.args),
      ...list(c.env).map((e) => (isRecord(e) ? e.value : undefined)),
    ].filter((w): w is string => typeof w === 'string');
    if (words.some((w) => token.test(w))) return true;
    return ['livenessProbe', 'readinessProbe', 'startupProbe'].some((probe) => {
      const p = record(c[probe]);
      return ['httpGet', 'tcpSocket', 'grpc'].some((how) => record(p[how]).port === number);
    });
  });
}

/**
 * The related locations that stand for a Pod template in a finding about a Service's ports: its labels (why the
 * Service selects it) and its container ports (what it offers), so that a change to either touches the finding.
 */
export function podTemplateRelated(t: PodTemplateView): RelatedTarget[] {
  const who = formatResource(t.resource.ref);
  const portLists = [...new Map(t.ports.map((p) => [p.portsPath.join('.'), p.portsPath])).values()];
  return [
    { resource: t.resource, path: t.labelsPath, message: `${who} Pod labels (selected by the Service)` },
    ...(portLists.length > 0
      ? portLists.map((path) => ({ resource: t.resource, path, message: `${who} container ports` }))
      : [{ resource: t.resource, path: t.containersPath, message: `${who} containers (no ports declared)` }]),
  ];
}

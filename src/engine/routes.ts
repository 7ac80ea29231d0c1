import { formatResource } from './finding.js';
import type { ServicePort, ServiceView } from './model.js';
import type { Path } from './parse.js';
import { isRecord } from './parse.js';
import { portNumber } from './ports.js';
import { operatorMayMake } from './operators.js';
import type { ResourceIndex } from './resource-index.js';
import type { Resource } from './resources.js';
import type { RelatedTarget } from './rule.js';
import { closestName, editDistance } from './suggest.js';
import { kindNames } from '../k8s/kinds.js';

/**
 * Typed views of the references from Ingresses and Gateway API routes to Services, with the API's
 * defaults applied (a backendRef's group '', kind Service, namespace the route's own).
 */

export type BackendPort =
  { by: 'name'; name: string; path: Path } | { by: 'number'; number: unknown; path: Path };

export interface ServiceReference {
  /** The Ingress or route. */
  resource: Resource;
  /** Path of the reference: an Ingress backend's `service`, or a backendRef item. */
  path: Path;
  /** Path of the `name` value. */
  namePath: Path;
  /** '' when not written. */
  name: string;
  /** The namespace the Service is looked up in. */
  namespace: string;
  /** Path of the `namespace` value, when written (backendRefs only). */
  namespacePath?: Path;
  /** The port it names, when it names one. */
  port?: BackendPort;
  /** Where in the object, for messages: `spec.rules[0].http.paths[1].backend`. */
  where: string;
}

export interface RouteBackendRef extends ServiceReference {
  /** Defaults to '' (the core group). */
  group: string;
  /** Defaults to Service. */
  kind: string;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export const describePath = (path: Path): string =>
  path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');

export const isIngress = (r: Resource): boolean =>
  r.object.kind === 'Ingress' && r.object.apiVersion === 'networking.k8s.io/v1';

/** The Gateway API route kinds whose rules carry backendRefs. */
export const ROUTE_KINDS: readonly string[] = kindNames(
  (k) => k.category === 'route' && k.group === 'gateway.networking.k8s.io',
);

export const isRoute = (r: Resource): boolean =>
  ROUTE_KINDS.includes(r.object.kind) && r.object.apiVersion.startsWith('gateway.networking.k8s.io/');

/** The Service backends of a networking.k8s.io/v1 Ingress: `spec.defaultBackend` and every rule path's backend. */
/** The port name by which an AWS Load Balancer Controller Ingress backend names an annotation action. */
const USE_ANNOTATION = 'use-annotation';

export function ingressBackends(resource: Resource): ServiceReference[] {
  if (!isIngress(resource)) return [];
  const spec = resource.object.value.spec;
  if (!isRecord(spec)) return [];
  const backends: { backend: unknown; path: Path }[] = [
    { backend: spec.defaultBackend, path: ['spec', 'defaultBackend'] },
  ];
  list(spec.rules).forEach((rule, i) => {
    if (!isRecord(rule) || !isRecord(rule.http)) return;
    list(rule.http.paths).forEach((p, j) => {
      if (isRecord(p))
        backends.push({ backend: p.backend, path: ['spec', 'rules', i, 'http', 'paths', j, 'backend'] });
    });
  });
  const references: ServiceReference[] = [];
  for (const { backend, path } of backends) {
    if (!isRecord(backend) || !isRecord(backend.service)) continue;
    const service = backend.service;
    // The AWS Load Balancer Controller's actions: `port: {name: use-annotation}` makes the "Service" name
    // the key of an `alb.ingress.kubernetes.io/actions.<name>` annotation (a redirect, a fixed response,
    // weighted target groups), not a Service reference.
    if (isRecord(service.port) && service.port.name === USE_ANNOTATION) continue;
    const servicePath: Path = [...path, 'service'];
    const reference: ServiceReference = {
      resource,
      path: servicePath,
      namePath: [...servicePath, 'name'],
      name: text(service.name),
      namespace: resource.ref.namespace,
      where: describePath(path),
    };
    const port = isRecord(service.port) ? service.port : undefined;
    const portPath: Path = [...servicePath, 'port'];
    if (port && port.name !== undefined && port.name !== null && port.name !== '')
      reference.port = { by: 'name', name: text(port.name), path: [...portPath, 'name'] };
    else if (port && port.number !== undefined && port.number !== null)
      reference.port = { by: 'number', number: port.number, path: [...portPath, 'number'] };
    references.push(reference);
  }
  return references;
}

/**
 * Every backendRef of a Gateway API route: `spec.rules[].backendRefs[]` and the `requestMirror.backendRef`
 * of rule and backend filters.
 */
export function routeBackendRefs(resource: Resource): RouteBackendRef[] {
  if (!isRoute(resource)) return [];
  const spec = resource.object.value.spec;
  if (!isRecord(spec)) return [];
  const refs: RouteBackendRef[] = [];
  const mirrors = (filters: unknown, base: Path): void => {
    list(filters).forEach((f, k) => {
      if (isRecord(f) && isRecord(f.requestMirror))
        add(f.requestMirror.backendRef, [...base, k, 'requestMirror', 'backendRef']);
    });
  };
  const add = (ref: unknown, path: Path): void => {
    if (!isRecord(ref)) return;
    const written = ref.namespace !== undefined && ref.namespace !== null && ref.namespace !== '';
    const backendRef: RouteBackendRef = {
      resource,
      path,
      namePath: [...path, 'name'],
      name: text(ref.name),
      namespace: written ? text(ref.namespace) : resource.ref.namespace,
      group: text(ref.group),
      kind: ref.kind === undefined || ref.kind === null ? 'Service' : text(ref.kind),
      where: describePath(path),
    };
    if (written) backendRef.namespacePath = [...path, 'namespace'];
    if (ref.port !== undefined && ref.port !== null)
      backendRef.port = { by: 'number', number: ref.port, path: [...path, 'port'] };
    refs.push(backendRef);
  };
  list(spec.rules).forEach((rule, i) => {
    if (!isRecord(rule)) return;
    list(rule.backendRefs).forEach((ref, j) => {
      add(ref, ['spec', 'rules', i, 'backendRefs', j]);
      if (isRecord(ref)) mirrors(ref.filters, ['spec', 'rules', i, 'backendRefs', j, 'filters']);
    });
    mirrors(rule.filters, ['spec', 'rules', i, 'filters']);
  });
  return refs;
}

/** A backendRef to a core Service (group '' and kind Service, the defaults). */
export const isServiceRef = (ref: RouteBackendRef): boolean => ref.group === '' && ref.kind === 'Service';

/** What a reference finds among the scanned Services. */
export interface ServiceLookup {
  /** The Service it names, in the namespace it looks in, deployed with the referrer or beside it. */
  service?: ServiceView;
  /** A Service of that namespace and name exists somewhere in the scan (perhaps not the one it pairs with). */
  exists: boolean;
  /** The closest Service name in that namespace, when the name looks like a typo of it. */
  suggestion?: ServiceView;
  /** Services of that name in other namespaces. */
  elsewhere: readonly ServiceView[];
  /**
   * Whether the absence is a guess: no close name (a variant's, `whoamitcp` beside `whoami`, is none) or
   * same-named Service elsewhere says what was meant, the
   * referrer is only in plain directories (no kustomize build, GitOps path or chart shows what is deployed
   * with it), and its own file defines no Service of the namespace (it is no self-contained bundle). Examples
   * and docs leave the backend to the reader that way (Traefik's reference snippets, Envoy Gateway's task
   * examples), so the rules report it as a notice.
   */
  guess: boolean;
  /**
   * When the absence is a guess although the referrer's file defines Services of the namespace: how many other
   * files of the scan have backends that name the same missing Service.
   */
  sharedBy?: number;
  /**
   * Whether the scan shows the Services deployed with the referrer (at least one in that namespace, or one
   * of that name elsewhere) and nothing unseen (a Helm release, a remote base) may deploy into the namespace.
   */
  visible: boolean;
}

export function lookupService(index: ResourceIndex, ref: ServiceReference): ServiceLookup {
  const service = index.pairedService(ref.resource, ref.namespace, ref.name, fitsPort(ref.port));
  if (service) return { service, exists: true, elsewhere: [], visible: true, guess: false };
  if (index.service(ref.namespace, ref.name))
    return { exists: true, elsewhere: [], visible: true, guess: false };
  const local = index.servicesTogether(ref.resource, ref.namespace);
  const elsewhere = index
    .near(ref.resource, index.servicesNamed(ref.name))
    .filter((s) => s.resource.ref.namespace !== ref.namespace);
  const candidates = index.servicesFor(ref.resource, ref.namespace);
  const name = closestName(
    ref.name,
    candidates.map((s) => s.resource.ref.name),
  );
  const suggestion = candidates.find((s) => s.resource.ref.name === name);
  // Absent for sure only where a close name says which Service was meant, or where Services are deployed
  // with the referrer (so its own are in view) and nothing unseen deploys into the namespace: not
  // kube-system (the cluster's own add-ons), not a namespace a Helm release or remote base fills, not a
  // name an operator makes from a custom resource of the namespace (`rook-ceph-mgr-dashboard` of a
  // CephCluster `rook-ceph`).
  const unclear =
    (suggestion === undefined || isVariant(ref.name, suggestion.resource.ref.name)) &&
    elsewhere.length === 0 &&
    ref.resource.units.every((u) => u.kind === 'directory');
  const bundled = local.some((s) => s.resource.object.file.path === ref.resource.object.file.path);
  // A file that bundles Services may still name one made elsewhere: a name that backends of other files name
  // too, none of them finding it, is a Service installed apart (k8gb's demos all route to the podinfo chart's
  // `frontend-podinfo`), where a typo is made once.
  const sharedBy = unclear && bundled ? otherReferringFiles(index, ref) : 0;
  const guess = unclear && (!bundled || sharedBy >= SHARED_BY);
  const lookup: ServiceLookup = {
    exists: false,
    elsewhere,
    guess,
    ...(guess && bundled ? { sharedBy } : {}),
    visible:
      suggestion !== undefined ||
      ((local.length > 0 || elsewhere.length > 0 || besideInDirectory(index, ref)) &&
        ref.namespace !== 'kube-system' &&
        index.hiddenIn(ref.namespace, ref.resource).length === 0 &&
        !operatorMayMake(index, ref.namespace, ref.name)),
  };
  // A variant's name is no typo to fix (`whoamitcp` beside `whoami`): a guess suggests nothing.
  if (suggestion && !guess) lookup.suggestion = suggestion;
  return lookup;
}

/** How many other files naming a missing Service make it one installed apart rather than a typo. */
const SHARED_BY = 2;

const REFERRING_FILES = new WeakMap<ResourceIndex, Map<string, Set<string>>>();

/**
 * The number of files other than the referrer's whose Ingress backends or route backendRefs name the same
 * Service (namespace and name). Worked out once per scan: one pass over the routes.
 */
function otherReferringFiles(index: ResourceIndex, ref: ServiceReference): number {
  let files = REFERRING_FILES.get(index);
  if (!files) {
    files = new Map();
    for (const r of index.resources) {
      const refs = [...ingressBackends(r), ...routeBackendRefs(r).filter(isServiceRef)];
      for (const named of refs) {
        const key = `${named.namespace}/${named.name}`;
        let set = files.get(key);
        if (!set) files.set(key, (set = new Set()));
        set.add(r.object.file.path);
      }
    }
    REFERRING_FILES.set(index, files);
  }
  const set = files.get(`${ref.namespace}/${ref.name}`);
  if (!set) return 0;
  return set.size - (set.has(ref.resource.object.file.path) ? 1 : 0);
}

/**
 * Among equally near alternatives of one Service (vfarcic/k8s-specs' `devops-toolkit-dep.yml` with port 80 and
 * `devops-toolkit-dep-lb.yml` with 8080, beside one Ingress), the reference pairs with one that has its port.
 */
export function fitsPort(port: BackendPort | undefined): ((service: ServiceView) => boolean) | undefined {
  return port && ((service) => portMismatch(service, port) === undefined);
}

/**
 * A Service of the namespace in the referrer's directory: in view even where each file of the directory is a
 * unit of its own (a directory of alternatives, src/engine/units.ts).
 */
function besideInDirectory(index: ResourceIndex, ref: ServiceReference): boolean {
  const path = ref.resource.object.file.path;
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  return index.servicesIn(ref.namespace).some((s) => {
    const other = s.resource.object.file.path;
    return other.startsWith(dir) && !other.includes('/', dir.length);
  });
}

/**
 * One name is the other with two or more characters added at its start or end (`whoamitcp` and `whoami`,
 * `nginxgw` and `nginx`, `store-shadow` and `store`): another Service of the family, more likely than a typo
 * (one character added, dropped or changed).
 */
function isVariant(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length - short.length >= 2 && (long.startsWith(short) || long.endsWith(short));
}

/** Every `namespace/name` of a Service that some Ingress backend or route backendRef refers to. */
export function referencedServices(resources: readonly Resource[]): Set<string> {
  const names = new Set<string>();
  for (const r of resources) {
    for (const ref of ingressBackends(r)) names.add(`${ref.namespace}/${ref.name}`);
    for (const ref of routeBackendRefs(r)) if (isServiceRef(ref)) names.add(`${ref.namespace}/${ref.name}`);
  }
  return names;
}

/** What a backend's port finds among the Service's ports. */
export interface PortLookup {
  /** The Service port it names. */
  match?: ServicePort;
  /** The Service port it most likely meant, and why. */
  suggestion?: { port: ServicePort; why: 'targetPort' | 'closest-name' | 'only-port' };
}

/**
 * Finds the Service port an Ingress backend or backendRef names: by `name`, or by `port` number (never by
 * targetPort: both APIs name the Service's own port).
 */
export function lookupServicePort(service: ServiceView, port: BackendPort): PortLookup {
  const ports = service.ports;
  if (port.by === 'name') {
    const match = ports.find((p) => p.name === port.name);
    if (match) return { match };
    const byTarget = ports.filter((p) => p.targetPort === port.name && p.name !== '');
    if (byTarget.length === 1) return { suggestion: { port: byTarget[0]!, why: 'targetPort' } };
    const name = closestName(
      port.name,
      ports.map((p) => p.name).filter((n) => n !== ''),
    );
    const closest = ports.find((p) => p.name === name && p.name !== '');
    return closest ? { suggestion: { port: closest, why: 'closest-name' } } : {};
  }
  const number = portNumber(port.number);
  if (number === undefined) return {};
  const match = ports.find((p) => portNumber(p.port) === number);
  if (match) return { match };
  const byTarget = ports.filter((p) => portNumber(p.targetPort) === number);
  if (byTarget.length === 1) return { suggestion: { port: byTarget[0]!, why: 'targetPort' } };
  if (ports.length === 1 && portNumber(ports[0]!.port) !== undefined)
    return { suggestion: { port: ports[0]!, why: 'only-port' } };
  return {};
}

/** `http (80/TCP), metrics (9090/TCP)` */
export function listServicePorts(service: ServiceView): string {
  return service.ports
    .map((p) => `${p.name === '' ? '(unnamed)' : `\`${p.name}\``} (${String(p.port)}/${p.protocol})`)
    .join(', ');
}

/** How to fix a reference to a missing Service: a close name, the same name in another namespace, or the names there are. */
export function missingServiceHint(
  ref: ServiceReference,
  lookup: ServiceLookup,
  referrer: 'Ingress' | 'route',
): string {
  if (lookup.suggestion) return `Did you mean \`${lookup.suggestion.resource.ref.name}\`?`;
  if (lookup.elsewhere.length > 0) {
    return (
      `${lookup.elsewhere.map((s) => formatResource(s.resource.ref)).join(', ')} has that name but is in another namespace: ` +
      (referrer === 'Ingress'
        ? 'an Ingress cannot reach a Service of another namespace; put the Ingress in the Service’s namespace (or the Service in the Ingress’s).'
        : 'set the backendRef’s `namespace:` to it (the target namespace then needs a ReferenceGrant allowing the route), or move the Service.')
    );
  }
  const add = `Name one of the Services of namespace ${ref.namespace}, or add the Service ${ref.namespace}/${ref.name}.`;
  if (lookup.guess && lookup.sharedBy !== undefined)
    return (
      `${add} Reported as a notice: no close name says which Service was meant, and backends in ` +
      `${lookup.sharedBy} other files name it too, and the scan defines it nowhere: a Service installed apart ` +
      '(by a chart or a script) more likely than a typo, which is made once.'
    );
  return lookup.guess
    ? `${add} Reported as a notice: no close name says which Service was meant, and in a plain directory ` +
        '(no kustomize build or GitOps path) whose file defines no Service, examples often leave the Service to be ' +
        'created separately.'
    : add;
}

/**
 * The counterparts of a missing Service: the suggested or same-named Service, else the unreferenced Services of
 * that namespace most alike by name (a renamed Service is likely among them, so renaming one touches the finding).
 */
export function missingServiceRelated(
  index: ResourceIndex,
  ref: ServiceReference,
  lookup: ServiceLookup,
): RelatedTarget[] {
  if (lookup.suggestion) return [nameOf(lookup.suggestion)];
  if (lookup.elsewhere.length > 0)
    return lookup.elsewhere.map((s) => ({
      resource: s.resource,
      path: s.resource.namespaceSource === 'explicit' ? ['metadata', 'namespace'] : ['metadata', 'name'],
      message: formatResource(s.resource.ref),
    }));
  const referenced = referencedOnce(index);
  const candidates: ServiceView[] = index
    .servicesFor(ref.resource, ref.namespace)
    .filter((s) => !referenced.has(`${s.resource.ref.namespace}/${s.resource.ref.name}`));
  return candidates
    .map((s) => ({ s, d: editDistance(ref.name, s.resource.ref.name) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ s }) => nameOf(s, `${formatResource(s.resource.ref)} (referenced by no Ingress or route)`));
}

const referencedCache = new WeakMap<ResourceIndex, Set<string>>();

function referencedOnce(index: ResourceIndex): Set<string> {
  let names = referencedCache.get(index);
  if (!names) referencedCache.set(index, (names = referencedServices(index.resources)));
  return names;
}

const nameOf = (s: ServiceView, message?: string): RelatedTarget => ({
  resource: s.resource,
  path: ['metadata', 'name'],
  message: message ?? formatResource(s.resource.ref),
});

/** Why a backend's port is not a port of its Service, and the port it most likely meant. */
export interface PortMismatch {
  /** `port \`http\`` or `port 8080` */
  wanted: string;
  /** The Service's ports, listed. */
  ports: string;
  /** One sentence: the likely fix. */
  hint: string;
  suggestion?: ServicePort;
  /** The value that fixes the reference, when one is clear. */
  replacement?: string;
}

export function portMismatch(service: ServiceView, port: BackendPort): PortMismatch | undefined {
  if (port.by === 'number' && portNumber(port.number) === undefined) return undefined;
  const lookup = lookupServicePort(service, port);
  if (lookup.match) return undefined;
  const wanted = port.by === 'name' ? `port \`${port.name}\`` : `port ${String(port.number)}`;
  const mismatch: PortMismatch = {
    wanted,
    ports: listServicePorts(service),
    hint: "Name one of the Service's ports, or add the port to the Service.",
  };
  const s = lookup.suggestion;
  if (!s && port.by === 'name' && service.ports.every((p) => p.name === '')) {
    mismatch.hint =
      "The Service's port has no name: refer to it by `number:`, or give the Service port a `name:`.";
  }
  if (!s) return mismatch;
  const replacement = port.by === 'name' ? s.port.name : String(portNumber(s.port.port));
  const target =
    s.port.name === '' ? `port ${String(s.port.port)}` : `port \`${s.port.name}\` (${String(s.port.port)})`;
  mismatch.suggestion = s.port;
  mismatch.replacement = replacement;
  mismatch.hint =
    s.why === 'targetPort'
      ? `${port.by === 'name' ? `\`${port.name}\`` : String(port.number)} is the targetPort of Service ${target}: name the Service port instead, \`${replacement}\`.`
      : s.why === 'closest-name'
        ? `Did you mean \`${replacement}\`?`
        : `The Service has a single port, ${target}: use \`${replacement}\`.`;
  return mismatch;
}

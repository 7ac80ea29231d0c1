// Complexity (objects of one namespace): O(S + E + L + m·(E + L)) for S Services, E Endpoints, L
// EndpointSlices and m selector-less Services with no backend object: each of those is compared with the
// unpaired Endpoints and slices of the scan, and scans every slice for one without a service-name label.
import type { EndpointSliceView, ServiceView } from '../engine/model.js';
import { SERVICE_NAME_LABEL } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import type { ResourceIndex } from '../engine/resource-index.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import { closestName } from '../engine/suggest.js';
import { operatorMayMake } from '../engine/operators.js';
import {
  isApiServerService,
  NAME_PATH,
  NAMESPACE_PATH,
  related,
  SERVICE_NAME_LABEL_PATH,
  sliceNameSuggests,
  sliceServiceName,
  what,
} from './pairing.js';

/** An Endpoints or slice that pairs with no Service, with the name it tries to pair by. */
interface Stray {
  resource: Resource;
  /** The name it pairs by: the Endpoints' name or the slice's label. */
  name: string;
  path: Path;
  /** How it names the Service, for messages. */
  describe: string;
}

export const serviceWithoutEndpoints: Rule = {
  meta: {
    id: 'service-without-endpoints',
    severity: 'warning',
    family: 'pairing',
    summary:
      'A Service without a selector (and not ExternalName) has no Endpoints and no EndpointSlice among the scanned manifests.',
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      'Without a selector no controller creates endpoints for it, so it has no backends: connections to it ' +
      'are refused or time out.',
    messages: {
      noBackends:
        '{{service}} has no selector{{selectorNote}} and no Endpoints or EndpointSlice for it among the scanned ' +
        'manifests. {{why}} Add an EndpointSlice labelled `kubernetes.io/service-name: {{name}}` in namespace ' +
        '{{namespace}} (or an Endpoints named {{name}}), or give the Service a selector.',
      likelyBackends:
        '{{service}} has no selector{{selectorNote}} and no Endpoints or EndpointSlice for it among the scanned ' +
        'manifests. {{why}} {{hints}}',
      governingStub:
        '{{service}} has no selector{{selectorNote}}, no port and no Endpoints or EndpointSlice for it among the ' +
        'scanned manifests, so it publishes no DNS records. It is the governing Service of {{statefulSet}} ' +
        '(`serviceName: {{name}}`), whose Pods therefore get no stable DNS names (`{{pod}}.{{name}}.{{namespace}}.svc` ' +
        'does not resolve). Reported as a notice: with no port nothing connects through it, and many StatefulSets ' +
        'name a Service only because `serviceName` asks for one. If anything looks the Pods up by name, give the ' +
        "Service the StatefulSet's selector ({{selector}}).",
    },
  },
  check({ index, report }) {
    const strays = strayBackends(index);
    const governed = governedStatefulSets(index);
    for (const service of index.services) {
      if (!lacksBackends(index, service)) continue;
      const found = suspects(index, service, strays);
      const owner = stubOf(index, service, found, governed);
      report(owner ? stubProblem(service, owner) : problem(service, found));
    }
  },
};

/** The Endpoints and slices of the scan that pair with no Service. */
function strayBackends(index: ResourceIndex): Stray[] {
  const strays: Stray[] = [];
  for (const endpoints of index.endpoints) {
    if (endpoints.resource.ref.name !== '' && !index.serviceOfEndpoints(endpoints))
      strays.push({
        resource: endpoints.resource,
        name: endpoints.resource.ref.name,
        path: NAME_PATH,
        describe: what(endpoints.resource.ref),
      });
  }
  for (const slice of index.slices) {
    const name = sliceServiceName(slice);
    if (name !== undefined && !index.serviceOfSlice(slice))
      strays.push({
        resource: slice.resource,
        name,
        path: SERVICE_NAME_LABEL_PATH,
        describe: `${what(slice.resource.ref)} (labelled \`${SERVICE_NAME_LABEL}: ${name}\`)`,
      });
  }
  return strays;
}

/** A selector-less Service (not ExternalName, not the API server's) that no backend object may serve. */
function lacksBackends(index: ResourceIndex, service: ServiceView): boolean {
  const { namespace, name } = service.resource.ref;
  if (name === '' || service.selector !== null || service.type === 'ExternalName') return false;
  if (isApiServerService(service)) return false;
  // No port and not headless: it carries no traffic to lose (external-dns' tutorials use such Services only
  // for their DNS annotations); a headless one still needs endpoints for its DNS records.
  if (service.ports.length === 0 && !service.headless) return false;
  // kube-system: the cluster's own components write Endpoints there (the Prometheus Operator's `kubelet`
  // Service, a storage driver's Services such as Portworx's `px-csi-service`). A stray hand-written Endpoints
  // there is still endpoints-without-service's finding.
  if (namespace === 'kube-system') return false;
  // An absence: an Endpoints or slice of its name anywhere in the scan may be its backends; a Helm
  // release or remote base deploying into the namespace may hold them, and so may an operator whose
  // custom resource names the Service (Rook's `rook-ceph-active-mons` slices, made for CephCluster `rook-ceph`).
  return !(
    index.hasBackendObjects(service) ||
    index.hiddenIn(namespace, service.resource).length > 0 ||
    operatorMayMake(index, namespace, name)
  );
}

/** The StatefulSets of the scan by the `namespace/serviceName` they name. */
function governedStatefulSets(index: ResourceIndex): Map<string, Resource[]> {
  const byService = new Map<string, Resource[]>();
  for (const resource of index.resources) {
    if (resource.ref.kind !== 'StatefulSet') continue;
    const spec = resource.object.value['spec'];
    const serviceName = isRecord(spec) ? spec['serviceName'] : undefined;
    if (typeof serviceName !== 'string' || serviceName === '') continue;
    const key = `${resource.ref.namespace}/${serviceName}`;
    const list = byService.get(key);
    if (list) list.push(resource);
    else byService.set(key, [resource]);
  }
  return byService;
}

/**
 * The StatefulSet a port-less headless Service is only the governing Service of (`serviceName`), deployed with
 * it or beside it, when nothing else suggests the Service was meant to have backends (no Endpoints or slice
 * with a close name). A Service with ports is one that clients connect to: it stays a warning.
 */
function stubOf(
  index: ResourceIndex,
  service: ServiceView,
  found: Suspects,
  governed: ReadonlyMap<string, Resource[]>,
): Resource | undefined {
  if (service.ports.length > 0 || !service.headless) return undefined;
  if (found.typo.length > 0 || found.unlabelled.length > 0 || found.sameName.length > 0) return undefined;
  const { namespace, name } = service.resource.ref;
  const candidates = governed.get(`${namespace}/${name}`);
  if (!candidates) return undefined;
  return index.near(
    service.resource,
    candidates.map((resource) => ({ resource })),
  )[0]?.resource;
}

/** The notice for a governing Service stub: what its missing selector costs the StatefulSet's Pods. */
function stubProblem(service: ServiceView, statefulSet: Resource): Problem {
  const { namespace, name } = service.resource.ref;
  const spec = statefulSet.object.value['spec'];
  const selector = isRecord(spec) && isRecord(spec['selector']) ? spec['selector']['matchLabels'] : undefined;
  const labels = isRecord(selector)
    ? Object.entries(selector)
        .map(([k, v]) => `\`${k}: ${String(v)}\``)
        .join(', ')
    : '';
  return {
    target: { resource: service.resource, path: NAME_PATH },
    severity: 'notice',
    messageId: 'governingStub',
    data: {
      service: what(service.resource.ref),
      selectorNote: service.emptySelector ? ' (`selector: {}` selects nothing)' : '',
      statefulSet: what(statefulSet.ref),
      name,
      namespace,
      pod: `${statefulSet.ref.name}-0`,
      selector: labels === '' ? 'its `matchLabels`' : labels,
    },
    related: [related(statefulSet, ['spec', 'serviceName'])],
  };
}

/** Backend objects that were probably meant for a Service. */
interface Suspects {
  /** Strays of its namespace with the name closest to its own (`close`): a typo. */
  typo: Stray[];
  close: string | undefined;
  /** Slices of its namespace without the service-name label whose name starts with its name. */
  unlabelled: EndpointSliceView[];
  /** Strays of its name in another namespace. */
  sameName: Stray[];
}

/**
 * Why a Service may have no backends: an Endpoints/slice with its name in another namespace, one with a close
 * name in its namespace, or a slice without the service-name label whose name starts with its name. Only
 * objects deployed with the Service or beside it count, never an unrelated example's.
 */
function suspects(index: ResourceIndex, service: ServiceView, strays: readonly Stray[]): Suspects {
  const { namespace, name } = service.resource.ref;
  const nearStrays = index.near(service.resource, strays);
  const sameName = nearStrays.filter((s) => s.name === name && s.resource.ref.namespace !== namespace);
  const local = nearStrays.filter((s) => s.resource.ref.namespace === namespace);
  const close = closestName(
    name,
    local.map((s) => s.name),
  );
  const typo = close === undefined ? [] : local.filter((s) => s.name === close);
  const unlabelled = index.near(
    service.resource,
    index.slices.filter(
      (s) =>
        s.resource.ref.namespace === namespace &&
        sliceServiceName(s) === undefined &&
        sliceNameSuggests(s, name),
    ),
  );
  return { typo, close, unlabelled, sameName };
}

/** The finding: the Service has no backends, and which suspects to correct (else what to add). */
function problem(service: ServiceView, { typo, close, unlabelled, sameName }: Suspects): Problem {
  const { namespace, name } = service.resource.ref;
  const hints: string[] = [];
  const list = (items: readonly Stray[]): string => items.map((s) => s.describe).join(', ');
  if (typo.length > 0)
    hints.push(`${list(typo)} looks like it was meant for this Service: change \`${close}\` to \`${name}\`.`);
  if (unlabelled.length > 0)
    hints.push(
      `${unlabelled.map((s) => what(s.resource.ref)).join(', ')} looks like it was meant for this Service but has no \`${SERVICE_NAME_LABEL}\` label: add \`${SERVICE_NAME_LABEL}: ${name}\`.`,
    );
  if (sameName.length > 0)
    hints.push(
      `${list(sameName)} names this Service but is in another namespace: move it to namespace ${namespace}.`,
    );

  const common = {
    service: what(service.resource.ref),
    selectorNote: service.emptySelector ? ' (`selector: {}` selects nothing)' : '',
  };
  return {
    target: { resource: service.resource, path: NAME_PATH },
    ...(hints.length > 0
      ? { messageId: 'likelyBackends', data: { ...common, hints: hints.join(' ') } }
      : { messageId: 'noBackends', data: { ...common, name, namespace } }),
    related: [
      ...typo.map((s) => related(s.resource, s.path)),
      ...unlabelled.map((s) => related(s.resource, NAME_PATH)),
      ...sameName.map((s) =>
        related(s.resource, s.resource.namespaceSource === 'explicit' ? NAMESPACE_PATH : s.path),
      ),
    ],
  };
}

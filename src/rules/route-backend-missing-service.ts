// Complexity (objects of one namespace): O(R + b + m·S) for b route backendRefs, S Services of the namespace
// and m refs naming a missing Service (suggestion as for Ingress backends; renames indexed).
import { replaceScalarFix } from '../engine/fix.js';
import type { ServiceView } from '../engine/model.js';
import type { ResourceIndex } from '../engine/resource-index.js';
import type { Resource } from '../engine/resources.js';
import {
  isServiceRef,
  listServicePorts,
  lookupService,
  missingServiceHint,
  missingServiceRelated,
  portMismatch,
  ROUTE_KINDS,
  routeBackendRefs,
} from '../engine/routes.js';
import type { RouteBackendRef, ServiceLookup } from '../engine/routes.js';
import type { Problem, Rule } from '../engine/rule.js';
import { related, what } from './pairing.js';

export const routeBackendMissingService: Rule = {
  meta: {
    id: 'route-backend-missing-service',
    severity: 'error',
    family: 'workloads',
    summary:
      'A Gateway API route `backendRefs` entry (kind Service) names no Service in its namespace, no port, or a port the Service does not have.',
    fixable: true,
    reads: [...ROUTE_KINDS, 'Service'],
    why:
      'The implementation sets the route’s `ResolvedRefs` condition to False and drops this backend: requests ' +
      'it should serve fail (HTTPRoute: 500).',
    messages: {
      renamedService:
        '{{route}} backendRef `{{ref}}` names {{service}}, but its kustomize build renames that Service to ' +
        '{{renamed}} (namePrefix / nameSuffix) and leaves backendRefs as written: kustomize rewrites Ingress ' +
        'backends to a renamed Service, not Gateway API routes. {{why}} Name the built Service `{{renamed}}` ' +
        'where the prefix is added (a patch of that kustomization), or drop the prefix.',
      missingPort:
        '{{route}} backendRef `{{ref}}` refers to {{service}} without a `port`. The Gateway API requires `port` ' +
        'for a Service backend (the Service port number, not the targetPort), so the API server rejects the ' +
        'route. Add {{add}}.',
      missingService:
        '{{route}} backendRef `{{ref}}` names {{service}}, which does not exist among the scanned ' +
        'manifests{{ownNamespace}}. {{why}} {{hint}}',
      wrongPort:
        '{{route}} backendRef `{{ref}}` uses {{wanted}} of {{service}}, but the Service has no such port (its ports: ' +
        "{{ports}}). A Service backendRef's `port` is the Service port number, not the targetPort. {{why}} {{hint}}",
    },
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      for (const ref of routeBackendRefs(resource)) {
        if (!isServiceRef(ref) || ref.name === '') continue;
        for (const problem of backendRefProblems(index, resource, ref)) report(problem);
      }
    }
  },
};

/**
 * The problems of one Service backendRef, in order: a Service the build renamed (alone), then a missing
 * `port`, then a Service that does not exist or a port it does not have.
 */
function backendRefProblems(index: ResourceIndex, resource: Resource, ref: RouteBackendRef): Problem[] {
  const lookup = lookupService(index, ref);
  const renamed = lookup.service ? undefined : index.renamedFrom(resource, ref.namespace, ref.name);
  // kustomize rewrites an Ingress backend to a renamed Service, never a Gateway API backendRef.
  if (renamed) return [renamedServiceProblem(resource, ref, renamed)];
  const problems: Problem[] = [];
  // Rejected by the CRD's validation ("Must have port for Service reference").
  if (!ref.port) problems.push(missingPortProblem(resource, ref, lookup.service));
  if (!lookup.service) {
    // Absent only when no Service of that name is anywhere in the scan and the referrer's own are visible.
    if (!lookup.exists && lookup.visible) problems.push(missingServiceProblem(index, resource, ref, lookup));
    return problems;
  }
  const wrongPort = wrongPortProblem(resource, ref, lookup.service);
  if (wrongPort) problems.push(wrongPort);
  return problems;
}

/** How messages name the route and the Service a backendRef names. */
function names(resource: Resource, ref: RouteBackendRef): { route: string; service: string } {
  return { route: what(resource.ref), service: `Service ${ref.namespace}/${ref.name}` };
}

/** The backendRef names a Service its kustomize build renamed, which kustomize does not follow in routes. */
function renamedServiceProblem(resource: Resource, ref: RouteBackendRef, renamed: ServiceView): Problem {
  const { route, service } = names(resource, ref);
  return {
    target: { resource, path: ref.namePath },
    messageId: 'renamedService',
    data: { route, ref: ref.where, service, renamed: renamed.resource.ref.name },
    related: [
      related(renamed.resource, ['metadata', 'name'], `${what(renamed.resource.ref)}, renamed by the build`),
    ],
  };
}

/** The backendRef has no `port`, which the Gateway API requires of a Service backend. */
function missingPortProblem(
  resource: Resource,
  ref: RouteBackendRef,
  found: ServiceView | undefined,
): Problem {
  const { route, service } = names(resource, ref);
  return {
    target: { resource, path: ref.namePath },
    key: 'port',
    messageId: 'missingPort',
    data: {
      route,
      ref: ref.where,
      service,
      add:
        found && found.ports.length === 1 && found.ports[0]!.port !== undefined
          ? `\`port: ${String(found.ports[0]!.port)}\`, the Service's only port`
          : found && found.ports.length > 0
            ? `\`port:\` with one of the Service's ports: ${listServicePorts(found)}`
            : '`port:` with the Service port number',
    },
    related: found ? [related(found.resource, ['spec', 'ports'], `${service} ports`)] : [],
  };
}

/** The backendRef names a Service that is nowhere in the scan; fixed when a close name is. */
function missingServiceProblem(
  index: ResourceIndex,
  resource: Resource,
  ref: RouteBackendRef,
  lookup: ServiceLookup,
): Problem {
  const { route, service } = names(resource, ref);
  const crossNamespace = ref.namespace !== resource.ref.namespace;
  return {
    target: { resource, path: ref.namePath },
    ...(lookup.guess ? { severity: 'notice' as const } : {}),
    messageId: 'missingService',
    data: {
      route,
      ref: ref.where,
      service,
      ownNamespace: crossNamespace
        ? ''
        : ' (a backendRef without `namespace:` refers to the route’s own namespace)',
      hint: missingServiceHint(ref, lookup, 'route'),
    },
    related: missingServiceRelated(index, ref, lookup),
    fix: lookup.suggestion
      ? replaceScalarFix(resource.object, ref.namePath, lookup.suggestion.resource.ref.name)
      : undefined,
  };
}

/** The backendRef's `port` is not a port of the Service (undefined when it is, or cannot be judged). */
function wrongPortProblem(resource: Resource, ref: RouteBackendRef, found: ServiceView): Problem | undefined {
  if (!ref.port || found.type === 'ExternalName' || found.ports.length === 0) return undefined;
  const mismatch = portMismatch(found, ref.port);
  if (!mismatch) return undefined;
  return {
    target: { resource, path: ref.port.path },
    messageId: 'wrongPort',
    data: {
      route: what(resource.ref),
      ref: ref.where,
      wanted: mismatch.wanted,
      service: what(found.resource.ref),
      ports: mismatch.ports,
      hint: mismatch.hint,
    },
    related: [
      related(found.resource, ['spec', 'ports'], `${what(found.resource.ref)} ports`),
      ...(mismatch.suggestion ? [related(found.resource, mismatch.suggestion.path)] : []),
    ],
    fix:
      mismatch.replacement !== undefined
        ? replaceScalarFix(resource.object, ref.port.path, mismatch.replacement)
        : undefined,
  };
}

import { replaceScalarFix } from '../engine/fix.js';
import {
  isServiceRef,
  listServicePorts,
  lookupService,
  missingServiceHint,
  missingServiceRelated,
  portMismatch,
  routeBackendRefs,
} from '../engine/routes.js';
import type { Rule } from '../engine/rule.js';
import { related, what } from './pairing.js';

const DROPPED =
  'The implementation sets the route’s `ResolvedRefs` condition to False and drops this backend: requests it should serve fail (HTTPRoute: 500).';

export const routeBackendMissingService: Rule = {
  meta: {
    id: 'route-backend-missing-service',
    severity: 'error',
    family: 'workloads',
    summary:
      'A Gateway API route `backendRefs` entry (kind Service) names no Service in its namespace, no port, or a port the Service does not have.',
    fixable: true,
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      for (const ref of routeBackendRefs(resource)) {
        if (!isServiceRef(ref) || ref.name === '') continue;
        const route = what(resource.ref);
        const service = `Service ${ref.namespace}/${ref.name}`;
        const lookup = lookupService(index, ref);
        const renamed = lookup.service ? undefined : index.renamedFrom(resource, ref.namespace, ref.name);
        if (renamed) {
          // kustomize rewrites an Ingress backend to a renamed Service, never a Gateway API backendRef.
          report({
            target: { resource, path: ref.namePath },
            message:
              `${route} backendRef \`${ref.where}\` names ${service}, but its kustomize build renames that Service to ${renamed.resource.ref.name} ` +
              '(namePrefix / nameSuffix) and leaves backendRefs as written: kustomize rewrites Ingress backends to a renamed Service, not Gateway API routes. ' +
              `${DROPPED} Name the built Service \`${renamed.resource.ref.name}\` where the prefix is added (a patch of that kustomization), or drop the prefix.`,
            related: [
              related(
                renamed.resource,
                ['metadata', 'name'],
                `${what(renamed.resource.ref)}, renamed by the build`,
              ),
            ],
          });
          continue;
        }

        if (!ref.port) {
          // Rejected by the CRD's validation ("Must have port for Service reference").
          report({
            target: { resource, path: ref.namePath },
            key: 'port',
            message:
              `${route} backendRef \`${ref.where}\` refers to ${service} without a \`port\`. ` +
              'The Gateway API requires `port` for a Service backend (the Service port number, not the targetPort), so the API server rejects the route. ' +
              (lookup.service &&
              lookup.service.ports.length === 1 &&
              lookup.service.ports[0]!.port !== undefined
                ? `Add \`port: ${String(lookup.service.ports[0]!.port)}\`, the Service's only port.`
                : lookup.service && lookup.service.ports.length > 0
                  ? `Add \`port:\` with one of the Service's ports: ${listServicePorts(lookup.service)}.`
                  : 'Add `port:` with the Service port number.'),
            related: lookup.service
              ? [related(lookup.service.resource, ['spec', 'ports'], `${service} ports`)]
              : [],
          });
        }

        if (!lookup.service) {
          // Absent only when no Service of that name is anywhere in the scan and the referrer's own are visible.
          if (lookup.exists || !lookup.visible) continue;
          const crossNamespace = ref.namespace !== resource.ref.namespace;
          report({
            target: { resource, path: ref.namePath },
            message:
              `${route} backendRef \`${ref.where}\` names ${service}, which does not exist among the scanned manifests` +
              (crossNamespace
                ? ''
                : ' (a backendRef without `namespace:` refers to the route’s own namespace)') +
              `. ${DROPPED} ` +
              missingServiceHint(ref, lookup, 'route'),
            related: missingServiceRelated(index, ref, lookup),
            fix: lookup.suggestion
              ? replaceScalarFix(resource.object, ref.namePath, lookup.suggestion.resource.ref.name)
              : undefined,
          });
          continue;
        }

        const found = lookup.service;
        if (!ref.port || found.type === 'ExternalName' || found.ports.length === 0) continue;
        const mismatch = portMismatch(found, ref.port);
        if (!mismatch) continue;
        report({
          target: { resource, path: ref.port.path },
          message:
            `${route} backendRef \`${ref.where}\` uses ${mismatch.wanted} of ${what(found.resource.ref)}, but the Service has no such port ` +
            `(its ports: ${mismatch.ports}). A Service backendRef's \`port\` is the Service port number, not the targetPort. ${DROPPED} ` +
            mismatch.hint,
          related: [
            related(found.resource, ['spec', 'ports'], `${what(found.resource.ref)} ports`),
            ...(mismatch.suggestion ? [related(found.resource, mismatch.suggestion.path)] : []),
          ],
          fix:
            mismatch.replacement !== undefined
              ? replaceScalarFix(resource.object, ref.port.path, mismatch.replacement)
              : undefined,
        });
      }
    }
  },
};

// Complexity (objects of one namespace): O(E + L + n) for E Endpoints, L EndpointSlices and n Services
// sharing their names in other namespaces (servicesNamed index).
import type { ServiceView } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { Resource } from '../engine/resources.js';
import type { Rule, RuleContext } from '../engine/rule.js';
import {
  describeNamespace,
  NAMESPACE_PATH,
  namespaceNodePath,
  related,
  SERVICE_NAME_LABEL_PATH,
  sliceServiceName,
  what,
} from './pairing.js';

export const pairingNamespaceMismatch: Rule = {
  meta: {
    id: 'pairing-namespace-mismatch',
    severity: 'error',
    family: 'pairing',
    summary:
      'An Endpoints or EndpointSlice has no Service in its namespace, but a Service of that name exists in another namespace.',
    reads: ['Endpoints', 'EndpointSlice', 'Service'],
    why: 'Nothing ever crosses namespaces, so these addresses never receive the Service’s traffic.',
    messages: {
      endpointsElsewhere:
        '{{object}} is in {{location}}, but no Service {{serviceName}} exists there: {{existing}}. ' +
        'An Endpoints pairs only with the Service of the same name in its own namespace (the EndpointSlice ' +
        'mirroring controller looks nowhere else). {{why}} Put the Endpoints in {{wanted}} ({{where}}), or move ' +
        'the Service to namespace {{namespace}}.{{hint}}',
      sliceElsewhere:
        '{{object}} is in {{location}}, but no Service {{serviceName}} exists there: {{existing}}. ' +
        'An EndpointSlice belongs only to the Service its kubernetes.io/service-name label names in the slice’s ' +
        'own namespace (kube-proxy looks nowhere else). {{why}} Put the EndpointSlice in {{wanted}} ({{where}}), ' +
        'or move the Service to namespace {{namespace}}.{{hint}}',
    },
  },
  check(context) {
    const { index } = context;
    for (const endpoints of index.endpoints) {
      const { namespace, name } = endpoints.resource.ref;
      if (name === '' || index.service(namespace, name)) continue;
      // Only a Service deployed with it (or beside it) is the one it was meant for; an unrelated example's
      // Service of that name is not (endpoints-without-service reports the Endpoints then).
      const elsewhere = index.near(endpoints.resource, index.servicesNamed(name));
      if (elsewhere.length === 0) continue;
      report(
        context,
        endpoints.resource,
        name,
        elsewhere,
        namespaceNodePath(endpoints.resource),
        'Endpoints',
      );
    }
    for (const slice of index.slices) {
      const serviceName = sliceServiceName(slice);
      if (serviceName === undefined || index.service(slice.resource.ref.namespace, serviceName)) continue;
      const elsewhere = index.near(slice.resource, index.servicesNamed(serviceName));
      if (elsewhere.length === 0) continue;
      // The slice's own name plays no part in pairing: point at its namespace, else at the label naming the Service.
      const path = slice.resource.namespaceSource === 'explicit' ? NAMESPACE_PATH : SERVICE_NAME_LABEL_PATH;
      report(context, slice.resource, serviceName, elsewhere, path, 'EndpointSlice');
    }
  },
};

function report(
  { report }: RuleContext,
  resource: Resource,
  serviceName: string,
  elsewhere: readonly ServiceView[],
  path: Path,
  kind: 'Endpoints' | 'EndpointSlice',
): void {
  const { namespace } = resource.ref;
  const services = elsewhere.map((s) => s.resource);
  const implicit = [resource, ...services].filter((r) => r.namespaceSource === 'default');
  const namespaces = [...new Set(services.map((s) => s.ref.namespace))];
  const wanted =
    namespaces.length === 1 ? `namespace ${namespaces[0]}` : `one of the namespaces ${namespaces.join(', ')}`;
  const hint =
    implicit.length > 0
      ? ` The namespace of ${implicit.map((r) => what(r.ref)).join(' and ')} is not written, so it depends on how the manifests are applied (for example \`kubectl apply -n\`); write \`namespace:\` explicitly to be sure.`
      : '';
  report({
    target: { resource, path },
    severity: implicit.length > 0 ? 'warning' : 'error',
    messageId: kind === 'Endpoints' ? 'endpointsElsewhere' : 'sliceElsewhere',
    data: {
      object: what(resource.ref),
      location: describeNamespace(resource),
      serviceName,
      existing:
        `${services.length === 1 ? 'the only one is' : 'the Services of that name are'} ` +
        services
          .map((s) =>
            s.namespaceSource === 'explicit' ? what(s.ref) : `${what(s.ref)} (${describeNamespace(s)})`,
          )
          .join(', '),
      wanted,
      where:
        resource.namespaceSource === 'explicit' || resource.namespaceSource === 'default'
          ? '`metadata.namespace`'
          : `the namespace ${resource.namespaceOrigin ?? 'its kustomization.yaml'} gives it`,
      namespace,
      hint,
    },
    related: services.map((s) =>
      related(
        s,
        namespaceNodePath(s),
        s.namespaceSource === 'explicit' ? what(s.ref) : `${what(s.ref)}, ${describeNamespace(s)}`,
      ),
    ),
  });
}

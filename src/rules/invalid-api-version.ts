import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { Rule } from '../engine/rule.js';
import { isKubernetesKind, SERVED_VERSION } from './schema/objects.js';

export const invalidApiVersion: Rule = {
  meta: {
    id: 'invalid-api-version',
    severity: 'error',
    family: 'validity',
    summary:
      'A Service or Endpoints with an apiVersion other than v1, or an EndpointSlice other than discovery.k8s.io/v1.',
    fixable: true,
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      if (!isKubernetesKind(resource)) continue;
      const expected = SERVED_VERSION[resource.ref.kind]!;
      const actual = resource.object.apiVersion;
      if (actual === expected) continue;
      const kind = resource.ref.kind;
      const removed =
        actual === 'discovery.k8s.io/v1beta1'
          ? 'discovery.k8s.io/v1beta1 was removed in Kubernetes v1.25'
          : actual === 'discovery.k8s.io/v1alpha1'
            ? 'discovery.k8s.io/v1alpha1 is no longer served'
            : `no API group serves ${kind} as ${JSON.stringify(actual)}`;
      report({
        target: { resource, path: ['apiVersion'] },
        message:
          `${formatResource(resource.ref)} has apiVersion ${JSON.stringify(actual)}, but ${removed}: kubectl ` +
          `fails with 'no matches for kind "${kind}" in version "${actual}"' and nothing is created. ` +
          `${kind} is served as \`${expected}\`: write \`apiVersion: ${expected}\`.`,
        fix: replaceScalarFix(resource.object, ['apiVersion'], expected),
      });
    }
  },
};

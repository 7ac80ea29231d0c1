// Complexity (objects of one namespace): O(L + m·S) for L EndpointSlices, S Services of the namespace and m
// slices whose Service is missing: lookups and renames are indexed; only the suggestion reads Services (near
// via NearIndex, else the namespace's).
import { replaceScalarFix } from '../engine/fix.js';
import { SERVICE_NAME_LABEL } from '../engine/model.js';
import type { Rule } from '../engine/rule.js';
import { closestName } from '../engine/suggest.js';
import { NAME_PATH, related, SERVICE_NAME_LABEL_PATH, sliceServiceName, what } from './pairing.js';

export const sliceWithoutService: Rule = {
  meta: {
    id: 'slice-without-service',
    severity: 'error',
    family: 'pairing',
    summary: `An EndpointSlice's \`${SERVICE_NAME_LABEL}\` label names no Service in its namespace (nor in any other).`,
    fixable: true,
    reads: ['EndpointSlice', 'Service'],
    why:
      'kube-proxy and DNS attach a slice only to the Service this label names in the slice’s own namespace, ' +
      'so these endpoints receive no traffic.',
    messages: {
      renamedByBuild:
        `{{slice}} is labelled \`${SERVICE_NAME_LABEL}: {{serviceName}}\`, but its kustomize build renames that ` +
        'Service to {{renamed}} (namePrefix / nameSuffix) and leaves this label as written: kustomize rewrites ' +
        'some references to a renamed Service, never this label. {{why}} Label the slice with the built name ' +
        '`{{renamed}}` where the prefix is added (a patch or a `labels` entry of that kustomization), or drop ' +
        'the prefix.',
      closeName:
        `{{slice}} is labelled \`${SERVICE_NAME_LABEL}: {{serviceName}}\`, but there is no Service ` +
        '{{serviceName}} in namespace {{namespace}}. {{why}} Did you mean `{{suggestion}}`? Change the label to ' +
        'name {{service}}.',
      noService:
        `{{slice}} is labelled \`${SERVICE_NAME_LABEL}: {{serviceName}}\`, but there is no Service ` +
        '{{serviceName}} in namespace {{namespace}}. {{why}} Correct the label to the name of its Service, or ' +
        'add a Service {{namespace}}/{{serviceName}} without a selector.',
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      const serviceName = sliceServiceName(slice);
      if (serviceName === undefined) continue;
      const { namespace } = slice.resource.ref;
      const renamed = index.renamedFrom(slice.resource, namespace, serviceName);
      if (renamed && !index.pairedService(slice.resource, namespace, serviceName)) {
        report({
          target: { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH },
          messageId: 'renamedByBuild',
          data: { slice: what(slice.resource.ref), serviceName, renamed: renamed.resource.ref.name },
          related: [
            related(renamed.resource, NAME_PATH, `${what(renamed.resource.ref)}, renamed by the build`),
          ],
        });
        continue;
      }
      // A Service of that name in another namespace is pairing-namespace-mismatch.
      if (index.service(namespace, serviceName)) continue;
      if (index.near(slice.resource, index.servicesNamed(serviceName)).length > 0) continue;
      const candidates = index.servicesFor(slice.resource, namespace);
      const suggestion = closestName(
        serviceName,
        candidates.map((s) => s.resource.ref.name),
      );
      // A Helm release or remote base deploying into the namespace may hold the Service, unless a close name
      // beside it says which Service was meant.
      if (!suggestion && index.hiddenIn(namespace, slice.resource).length > 0) continue;
      const suggested = candidates.find((s) => s.resource.ref.name === suggestion);
      report({
        target: { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH },
        ...(suggested
          ? {
              messageId: 'closeName',
              data: {
                slice: what(slice.resource.ref),
                serviceName,
                namespace,
                suggestion: suggested.resource.ref.name,
                service: what(suggested.resource.ref),
              },
            }
          : { messageId: 'noService', data: { slice: what(slice.resource.ref), serviceName, namespace } }),
        related: suggested ? [related(suggested.resource, NAME_PATH)] : [],
        fix: suggestion
          ? replaceScalarFix(slice.resource.object, SERVICE_NAME_LABEL_PATH, suggestion)
          : undefined,
      });
    }
  },
};

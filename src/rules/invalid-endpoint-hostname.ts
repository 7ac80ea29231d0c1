// Complexity (objects of one namespace): O(A) for A endpoint addresses of Endpoints and EndpointSlices.
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { Path } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Rule } from '../engine/rule.js';
import { dns1123LabelProblem, dns1123SubdomainProblem, lowerCaseFix } from './schema/formats.js';
import { fieldPath, show } from './schema/objects.js';

export const invalidEndpointHostname: Rule = {
  meta: {
    id: 'invalid-endpoint-hostname',
    severity: 'error',
    family: 'validity',
    summary: 'An endpoint `hostname` is not a DNS-1123 label, or a `nodeName` is not a DNS-1123 subdomain.',
    fixable: true,
    reads: ['Endpoints', 'EndpointSlice'],
    why: 'The API server rejects the whole object.',
    messages: {
      notAString: '{{object}}: {{field}} is {{value}}, not a string. {{why}} Write the value as text.',
      invalidHostname:
        '{{object}}: {{field}} {{value}} {{problem}}. {{why}} A hostname must be a single DNS-1123 label (at ' +
        "most 63 characters of a-z, 0-9 and '-'; no dots: DNS adds the Service and namespace, as in " +
        '<hostname>.<service>.<namespace>.svc). {{advice}}',
      invalidNodeName:
        '{{object}}: {{field}} {{value}} {{problem}}. {{why}} A nodeName must be a Node name, a DNS-1123 ' +
        "subdomain (lower-case a-z, 0-9, '-' and '.'). {{advice}}",
    },
  },
  check({ index, report }) {
    const check = (resource: Resource, base: Path, field: 'hostname' | 'nodeName', value: unknown): void => {
      // Unset; or a placeholder (`NODE_NAME`, `${HOSTNAME}`), substituted before applying: unknown, not wrong.
      if (value === undefined || value === null || isPlaceholder(value)) return;
      // An Endpoints address skips an empty hostname; a slice validates any hostname that is set.
      if (field === 'hostname' && value === '' && resource.ref.kind === 'Endpoints') return;
      const path = [...base, field];
      const object = formatResource(resource.ref);
      if (typeof value !== 'string') {
        report({
          target: { resource, path },
          messageId: 'notAString',
          data: { object, field: fieldPath(path), value: show(value) },
        });
        return;
      }
      const validate = field === 'hostname' ? dns1123LabelProblem : dns1123SubdomainProblem;
      const problem = value === '' ? 'is empty' : validate(value);
      if (!problem) return;
      const lower = lowerCaseFix(value, validate);
      const firstLabel =
        field === 'hostname' && value.includes('.') ? value.split('.')[0]!.toLowerCase() : '';
      const advice = lower
        ? `Write \`${lower}\`.`
        : firstLabel && dns1123LabelProblem(firstLabel) === undefined
          ? `Write only the first label, e.g. \`${firstLabel}\`.`
          : value === ''
            ? `Remove \`${field}\` or give it a value.`
            : `Fix the ${field}.`;
      report({
        target: { resource, path },
        messageId: field === 'hostname' ? 'invalidHostname' : 'invalidNodeName',
        data: { object, field: fieldPath(path), value: JSON.stringify(value), problem, advice },
        fix: lower ? replaceScalarFix(resource.object, path, lower) : undefined,
      });
    };
    for (const endpoints of index.endpoints) {
      for (const subset of endpoints.subsets) {
        for (const address of [...subset.addresses, ...subset.notReadyAddresses]) {
          check(endpoints.resource, address.path, 'hostname', address.hostname);
          check(endpoints.resource, address.path, 'nodeName', address.nodeName);
        }
      }
    }
    for (const slice of index.slices) {
      for (const endpoint of slice.endpoints) {
        check(slice.resource, endpoint.path, 'hostname', endpoint.hostname);
        check(slice.resource, endpoint.path, 'nodeName', endpoint.nodeName);
      }
    }
  },
};

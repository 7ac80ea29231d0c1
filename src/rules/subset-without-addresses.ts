// Complexity (objects of one namespace): O(E·k) for E Endpoints of k subsets.
import { formatResource } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { fieldPath, itemTarget, rawAt } from './schema/objects.js';

const nonEmptyList = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

export const subsetWithoutAddresses: Rule = {
  meta: {
    id: 'subset-without-addresses',
    severity: 'error',
    family: 'validity',
    summary: 'An Endpoints subset has neither `addresses` nor `notReadyAddresses`.',
    reads: ['Endpoints'],
    readsNodes: ['Endpoints'],
    why:
      'The API server rejects the whole Endpoints ("Required value: must specify `addresses` or ' +
      '`notReadyAddresses`"), so the Service gets none of its backends.',
    messages: {
      noAddresses:
        "{{object}}: subset {{subset}} has no addresses. {{why}} Add the backends' IPs under `addresses:`, or " +
        'remove the subset (an Endpoints with no backends has `subsets: []`).',
      emptyAddresses:
        '{{object}}: subset {{subset}} has no addresses (`addresses: []`, perhaps filled in before it is ' +
        "applied). {{why}} Add the backends' IPs under `addresses:`, or remove the subset (an Endpoints with " +
        'no backends has `subsets: []`).',
    },
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const { resource } = endpoints;
      for (const subset of endpoints.subsets) {
        if (nonEmptyList(rawAt(resource, [...subset.path, 'addresses']))) continue;
        if (nonEmptyList(rawAt(resource, [...subset.path, 'notReadyAddresses']))) continue;
        // `addresses: []` written out, beside ports, is a form to fill in before applying (an installer writes
        // the addresses): a notice, where a subset that lost its addresses by mistake is an error.
        const toFill =
          Array.isArray(rawAt(resource, [...subset.path, 'addresses'])) &&
          nonEmptyList(rawAt(resource, [...subset.path, 'ports']));
        report({
          target: itemTarget(resource, subset.path),
          ...(toFill ? { severity: 'notice' as const } : {}),
          messageId: toFill ? 'emptyAddresses' : 'noAddresses',
          data: { object: formatResource(resource.ref), subset: fieldPath(subset.path) },
        });
      }
    }
  },
};

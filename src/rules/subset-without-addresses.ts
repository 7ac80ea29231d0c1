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
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const { resource } = endpoints;
      for (const subset of endpoints.subsets) {
        if (nonEmptyList(rawAt(resource, [...subset.path, 'addresses']))) continue;
        if (nonEmptyList(rawAt(resource, [...subset.path, 'notReadyAddresses']))) continue;
        const where = fieldPath(subset.path);
        // `addresses: []` written out, beside ports, is a form to fill in before applying (an installer writes
        // the addresses): a notice, where a subset that lost its addresses by mistake is an error.
        const toFill =
          Array.isArray(rawAt(resource, [...subset.path, 'addresses'])) &&
          nonEmptyList(rawAt(resource, [...subset.path, 'ports']));
        report({
          target: itemTarget(resource, subset.path),
          ...(toFill ? { severity: 'notice' as const } : {}),
          message:
            `${formatResource(resource.ref)}: subset ${where} has no addresses${toFill ? ' (`addresses: []`, perhaps filled in before it is applied)' : ''}. The API server rejects the ` +
            `whole Endpoints ("${where}: Required value: must specify \`addresses\` or \`notReadyAddresses\`"), ` +
            "so the Service gets none of its backends. Add the backends' IPs under `addresses:`, or remove the " +
            'subset (an Endpoints with no backends has `subsets: []`).',
        });
      }
    }
  },
};

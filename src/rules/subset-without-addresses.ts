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
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const { resource } = endpoints;
      for (const subset of endpoints.subsets) {
        if (nonEmptyList(rawAt(resource, [...subset.path, 'addresses']))) continue;
        if (nonEmptyList(rawAt(resource, [...subset.path, 'notReadyAddresses']))) continue;
        const where = fieldPath(subset.path);
        report({
          target: itemTarget(resource, subset.path),
          message:
            `${formatResource(resource.ref)}: subset ${where} has no addresses. The API server rejects the ` +
            `whole Endpoints ("${where}: Required value: must specify \`addresses\` or \`notReadyAddresses\`"), ` +
            "so the Service gets none of its backends. Add the backends' IPs under `addresses:`, or remove the " +
            'subset (an Endpoints with no backends has `subsets: []`).',
        });
      }
    }
  },
};

import { regionOf } from '../engine/locate.js';
import type { Resource } from '../engine/resources.js';
import type { Rule } from '../engine/rule.js';
import { NAME_PATH, what } from './pairing.js';

/** The API group of an apiVersion: `apps/v1` -> `apps`, `v1` -> `` (core). Versions of one group are one resource. */
const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');

const place = (r: Resource): string => `${r.object.file.path}:${regionOf(r.object, NAME_PATH).line}`;

export const duplicateResource: Rule = {
  meta: {
    id: 'duplicate-resource',
    severity: 'error',
    family: 'pairing',
    summary:
      'The same object (kind, namespace and name) is defined more than once among the scanned manifests.',
  },
  check({ index, report }) {
    const first = new Map<string, Resource>();
    for (const resource of index.resources) {
      const { kind, namespace, name } = resource.ref;
      const group = groupOf(resource.object.apiVersion);
      if (name === '' || group === 'kustomize.config.k8s.io') continue;
      // Kinds of different API groups (core Service, Knative Service) are different objects.
      const key = JSON.stringify([kind, group, namespace, name]);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, resource);
        continue;
      }
      report({
        target: { resource, path: NAME_PATH },
        message:
          `${what(resource.ref)} is defined twice: here and in ${place(earlier)}. ` +
          'Applied together, the later definition silently replaces the earlier one (or fights it on every sync), ' +
          'so one of them never takes effect. Delete one of them, or rename or re-namespace one if both are needed.',
        related: [
          { resource: earlier, path: NAME_PATH, message: `first definition of ${what(earlier.ref)}` },
        ],
      });
    }
  },
};

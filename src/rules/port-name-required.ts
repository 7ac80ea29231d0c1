// Complexity (objects of one namespace): O(P) for P ports, plus, for an unnamed port among several, its
// Service's paired groups (indexed).
import { formatResource } from '../engine/finding.js';
import { prependEntryFix } from '../engine/fix.js';
import type { EndpointPort, ServicePort } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, RelatedTarget, Rule } from '../engine/rule.js';
import { dns1123LabelProblem } from './schema/formats.js';
import { fieldPath, isInteger, itemTarget, rejectedBy } from './schema/objects.js';

/** The start of every message: the unnamed port, its list, who rejects the object and why. */
const UNNAMED =
  '{{object}}: {{port}} has no name, but {{owner}} has {{count}} ports. {{rejected}} ' +
  '("{{port}}.name: Required value"). {{why}}';

/** A named port on the other side of the pair that this unnamed port evidently stands for. */
interface Counterpart {
  name: string;
  related: RelatedTarget;
}

export const portNameRequired: Rule = {
  meta: {
    id: 'port-name-required',
    severity: 'error',
    family: 'validity',
    summary: 'A Service, or an Endpoints subset, with more than one port has an unnamed port.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Service', 'Endpoints'],
    why: 'With several ports, names are what pair each Service port with its endpoint port.',
    messages: {
      counterpartNamed: `${UNNAMED} Its counterpart is named \`{{suggestion}}\`: add \`name: {{suggestion}}\`.`,
      unnamed:
        `${UNNAMED} Add a \`name:\` (a DNS label such as \`client\`) to every port, and the same names on ` +
        'the other side.',
    },
  },
  check({ index, report }) {
    for (const service of index.services) {
      const counterparts = (port: ServicePort): Counterpart[] => {
        // The backend port of a selector-less Service is the endpoint port numbered like its targetPort.
        const target = isInteger(port.targetPort) && port.targetPort !== 0 ? port.targetPort : port.port;
        const groups = [
          ...index.endpointsFor(service).flatMap((e) => e.subsets.map((s) => ({ r: e.resource, s }))),
          ...index.slicesFor(service).map((sl) => ({ r: sl.resource, s: sl.group })),
        ];
        return groups.flatMap(({ r, s }) =>
          s.ports
            .filter((p) => p.name !== '' && p.port === target)
            .map((p) => named(r, p, `${formatResource(r.ref)} port ${p.name}`)),
        );
      };
      checkList(service.resource, service.ports, 'the Service', counterparts, report);
    }
    for (const endpoints of index.endpoints) {
      const service = index.serviceOfEndpoints(endpoints);
      for (const subset of endpoints.subsets) {
        const counterparts = (port: EndpointPort): Counterpart[] =>
          (service?.ports ?? [])
            .filter((p) => p.name !== '' && (isInteger(p.targetPort) ? p.targetPort : p.port) === port.port)
            .map((p) =>
              named(service!.resource, p, `${formatResource(service!.resource.ref)} port ${p.name}`),
            );
        checkList(endpoints.resource, subset.ports, `subset ${fieldPath(subset.path)}`, counterparts, report);
      }
    }
  },
};

function named(resource: Resource, port: { name: string; path: Path }, message: string): Counterpart {
  return { name: port.name, related: { resource, path: [...port.path, 'name'], message } };
}

function checkList<P extends ServicePort | EndpointPort>(
  resource: Resource,
  ports: readonly P[],
  owner: string,
  counterparts: (port: P) => Counterpart[],
  report: (p: Problem) => void,
): void {
  if (ports.length <= 1) return;
  const used = new Set(ports.map((p) => p.name));
  const what = formatResource(resource.ref);
  for (const port of ports) {
    if (port.name !== '') continue;
    // Only a name the API server accepts is proposed: not a counterpart's invalid name, nor its placeholder.
    const names = [...new Set(counterparts(port).map((c) => c.name))].filter(
      (n) => !used.has(n) && dns1123LabelProblem(n) === undefined && !isPlaceholder(n),
    );
    const suggestion = names.length === 1 ? names[0] : undefined;
    const counterpart = counterparts(port).find((c) => c.name === suggestion);
    const rejected = rejectedBy(resource.ref.kind === 'Service' ? 'Service' : 'Endpoints');
    const data = { object: what, port: fieldPath(port.path), owner, count: ports.length, rejected };
    report({
      target: itemTarget(resource, port.path),
      ...(suggestion
        ? { messageId: 'counterpartNamed', data: { ...data, suggestion } }
        : { messageId: 'unnamed', data }),
      related: counterpart ? [counterpart.related] : [],
      fix: suggestion ? prependEntryFix(resource.object, port.path, 'name', suggestion) : undefined,
    });
  }
}

// Complexity (objects of one namespace): O(P) for the P ports of all Services, Endpoints subsets and slices,
// plus O(P·A log A) per Endpoints with A addresses (the mirroring controller's repacking).
import { formatResource } from '../engine/finding.js';
import type { EndpointPort, EndpointsView, ServicePort } from '../engine/model.js';
import { isRecord } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Problem, Rule } from '../engine/rule.js';
import { fieldPath, itemTarget, portLists, rawAt } from './schema/objects.js';

/** The end of every message: how to fix it. */
const RENAME = "Give each port its own name, matching the Service's port names.";

export const duplicatePortName: Rule = {
  meta: {
    id: 'duplicate-port-name',
    severity: 'error',
    family: 'validity',
    summary: 'Two ports share one name in a Service, an Endpoints subset or an EndpointSlice.',
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Service', 'Endpoints', 'EndpointSlice'],
    why: 'Each Service port is paired with its endpoint port by name, so names must be unique.',
    messages: {
      serviceDuplicate:
        '{{object}}: {{where}} has two {{ports}} ({{first}} and {{second}}). The API server rejects the ' +
        `Service ("{{second}}.name: Duplicate value"). {{why}} ${RENAME}`,
      sliceDuplicate:
        '{{object}}: {{where}} has two {{ports}} ({{first}} and {{second}}). The API server rejects the ' +
        'slice ("{{second}}.name: Duplicate value"): kube-proxy pairs each Service port with exactly one ' +
        `slice port by name. ${RENAME}`,
      mirroredDuplicate:
        '{{object}}: {{first}} and {{second}} are different ports both named {{name}}{{merged}}. The API ' +
        'server accepts the Endpoints, but the EndpointSlice mirroring controller turns each subset into an ' +
        'EndpointSlice, which the API server rejects for the duplicate port name, so these addresses never ' +
        `reach kube-proxy. ${RENAME}`,
    },
  },
  check({ index, report }) {
    for (const list of portLists(index)) {
      if (list.owner === 'Endpoints subset') continue; // below: what matters is the mirrored slice
      const { resource } = list;
      const first = new Map<string, ServicePort | EndpointPort>();
      for (const port of list.ports) {
        // Several unnamed Service ports are port-name-required's; a slice stores "" and allows it once.
        if (port.name === '' && list.owner === 'Service') continue;
        // Two placeholders (`${NAME}`, `PORT_NAME`) may well become different names: unknown, not duplicates.
        if (isPlaceholder(port.name)) continue;
        const earlier = first.get(port.name);
        if (!earlier) {
          first.set(port.name, port);
          continue;
        }
        report({
          target:
            port.name === '' ? itemTarget(resource, port.path) : { resource, path: [...port.path, 'name'] },
          messageId: list.owner === 'Service' ? 'serviceDuplicate' : 'sliceDuplicate',
          data: {
            object: formatResource(resource.ref),
            where: list.where,
            ports: port.name === '' ? 'unnamed ports (name "")' : `ports named ${JSON.stringify(port.name)}`,
            first: fieldPath(earlier.path),
            second: fieldPath(port.path),
          },
          related: [
            {
              ...itemTarget(resource, earlier.path),
              message: `first port named ${JSON.stringify(port.name)}`,
            },
          ],
        });
      }
    }
    for (const endpoints of index.endpoints)
      for (const problem of endpointsDuplicates(endpoints)) report(problem);
  },
};

/**
 * The API server does not check an Endpoints' port names; the mirroring controller does, indirectly. It
 * first repacks the subsets (pkg/api/v1/endpoints RepackSubsets): identical ports merge, and ports served
 * by exactly the same addresses (same readiness) end up in one subset, which becomes one EndpointSlice.
 * Two different ports with one name in such a group make that slice invalid.
 */
function endpointsDuplicates(endpoints: EndpointsView): Problem[] {
  const { resource } = endpoints;
  const byPort = new Map<string, { port: EndpointPort; addresses: Map<string, boolean> }>();
  for (const subset of endpoints.subsets) {
    for (const port of subset.ports) {
      // A placeholder name, port or protocol is unknown: whether two ports merge or clash cannot be told.
      if ([port.name, port.port, port.protocol].some((v) => isPlaceholder(v))) continue;
      const raw = rawAt(resource, port.path);
      const appProtocol = isRecord(raw) ? (raw.appProtocol ?? null) : null;
      const key = JSON.stringify([port.name, port.port, port.protocol, appProtocol]);
      let entry = byPort.get(key);
      if (!entry) byPort.set(key, (entry = { port, addresses: new Map() }));
      for (const [list, ready] of [
        [subset.addresses, true],
        [subset.notReadyAddresses, false],
      ] as const) {
        for (const address of list) {
          const targetRef = rawAt(resource, [...address.path, 'targetRef']);
          const id = `${String(address.ip)}|${isRecord(targetRef) ? String(targetRef.uid ?? '') : ''}`;
          // "not ready always trumps ready"
          if (entry.addresses.get(id) !== false) entry.addresses.set(id, ready);
        }
      }
    }
  }
  const groups = new Map<string, EndpointPort[]>();
  for (const { port, addresses } of byPort.values()) {
    if (addresses.size === 0) continue;
    const key = JSON.stringify([...addresses.entries()].sort());
    groups.set(key, [...(groups.get(key) ?? []), port]);
  }
  const problems: Problem[] = [];
  const what = formatResource(resource.ref);
  for (const ports of groups.values()) {
    const first = new Map<string, EndpointPort>();
    for (const port of ports) {
      if (port.name === '') continue; // several unnamed ports in one subset: port-name-required
      const earlier = first.get(port.name);
      if (!earlier) {
        first.set(port.name, port);
        continue;
      }
      const sameSubset = earlier.path.slice(0, 2).join() === port.path.slice(0, 2).join();
      problems.push({
        target: { resource, path: [...port.path, 'name'] },
        messageId: 'mirroredDuplicate',
        data: {
          object: what,
          first: fieldPath(earlier.path),
          second: fieldPath(port.path),
          name: JSON.stringify(port.name),
          merged: sameSubset
            ? ''
            : ', and their subsets list the same addresses, so Kubernetes merges them into one',
        },
        related: [{ ...itemTarget(resource, earlier.path), message: `the other port named ${port.name}` }],
      });
    }
  }
  return problems;
}

// Complexity (objects of one namespace): O(S + E + L) port groups with the slice index (engine/ports.ts
// serviceComparisons), times P·G for a selector-less Service with P ports and G paired groups.
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { ServicePort } from '../engine/model.js';
import type { PortPair, ServiceComparison } from '../engine/ports.js';
import { describePort, portNumber, serviceComparisons } from '../engine/ports.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, RelatedTarget, Rule } from '../engine/rule.js';

export const targetPortIgnored: Rule = {
  meta: {
    id: 'target-port-ignored',
    severity: 'warning',
    family: 'pairing',
    summary:
      'A selector-less Service sets a targetPort that has no effect: it differs from the paired endpoint port, or names a port.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      '`targetPort` is only read by the endpoints controllers, to find the port on the Pods a selector picks; ' +
      'with no selector nothing reads it, and kube-proxy sends traffic to the port number of the endpoint port ' +
      'paired with this Service port by name and protocol.',
    messages: {
      namedTargetPort:
        '{{service}} {{port}} has targetPort `{{name}}`, a named port, but the Service has no selector, so the ' +
        "name has no effect{{traffic}}: {{why}} Replace it with the backend's port number{{number}}.",
      numberDiffers:
        '{{service}} {{port}} sets targetPort {{target}}, but the Service has no selector, so its traffic goes ' +
        'to port {{actual}}, the number of {{endpointPort}}, not {{target}}: {{why}} Set targetPort to {{actual}} ' +
        'so the manifest says where traffic goes, or correct the endpoint port if {{target}} is right.',
      endpointPortsDisagree:
        '{{service}} {{port}} sets targetPort {{target}}, but the Service has no selector, so its traffic goes ' +
        'to ports {{actual}}, not {{target}}: {{why}} Make the endpoint ports agree, then set targetPort to ' +
        'their number.',
      headless:
        '{{service}} is headless and has no selector, and its {{port}} sets targetPort {{written}}: a headless ' +
        'Service has no virtual IP and translates no port. Clients resolve its name to the endpoint addresses ' +
        'and connect on the port they know ({{own}}), and nothing rewrites it to targetPort. Make port, ' +
        'targetPort and the endpoint port the same number (or remove targetPort).',
    },
  },
  check({ index, report }) {
    for (const comparison of serviceComparisons(index)) {
      if (comparison.service.selector !== null) continue;
      for (const port of comparison.service.ports) {
        if (port.targetPort === undefined) continue;
        const problem = comparison.service.headless
          ? headlessProblem(comparison, port)
          : proxiedProblem(comparison, port);
        if (problem) report(problem);
      }
    }
  },
};

function proxiedProblem({ service, groups }: ServiceComparison, port: ServicePort): Problem | undefined {
  const svc = formatResource(service.resource.ref);
  const target = portNumber(port.targetPort);
  const pairs = matchedPairs(groups, port);
  const numbers = [...new Set(pairs.flatMap((p) => portNumber(p.endpoint.port) ?? []))];
  // The endpoint port the traffic goes to, when the paired ones agree on a number.
  const single = numbers.length === 1 && pairs[0] ? pairs[0] : undefined;
  const endpointPort = single ? `${single.label} ${describePort(single.endpoint)}` : undefined;
  const base = {
    target: { resource: service.resource, path: [...port.path, 'targetPort'] },
    related: relatedPorts(pairs),
  };
  const described = { service: svc, port: describePort(port) };
  if (target === undefined) {
    return {
      ...base,
      messageId: 'namedTargetPort',
      data: {
        ...described,
        name: String(port.targetPort),
        traffic: endpointPort ? `, and its traffic goes to the port number of ${endpointPort}` : '',
        number: single ? ` (${numbers[0]})` : '',
      },
    };
  }
  if (numbers.length === 0 || numbers.every((n) => n === target)) return undefined;
  const actual = numbers.join(', ');
  if (!endpointPort)
    return { ...base, messageId: 'endpointPortsDisagree', data: { ...described, target, actual } };
  return {
    ...base,
    messageId: 'numberDiffers',
    data: { ...described, target, actual, endpointPort },
    fix: replaceScalarFix(service.resource.object, [...port.path, 'targetPort'], actual),
  };
}

function headlessProblem({ service, groups }: ServiceComparison, port: ServicePort): Problem | undefined {
  const target = portNumber(port.targetPort);
  const own = portNumber(port.port);
  if (target !== undefined && target === own) return undefined;
  const svc = formatResource(service.resource.ref);
  const written = target === undefined ? `\`${String(port.targetPort)}\`` : String(target);
  return {
    target: { resource: service.resource, path: [...port.path, 'targetPort'] },
    messageId: 'headless',
    data: { service: svc, port: describePort(port), written, own: own ?? 'the Service port' },
    related: relatedPorts(matchedPairs(groups, port)),
  };
}

interface MatchedPort extends PortPair {
  label: string;
  resource: Resource;
}

/** The endpoint ports paired with this Service port, in every paired group. */
function matchedPairs(groups: ServiceComparison['groups'], port: ServicePort): MatchedPort[] {
  return groups.flatMap((g) =>
    g.matched
      .filter((m) => m.service === port)
      .map((m) => ({ ...m, label: g.paired.label, resource: g.paired.resource })),
  );
}

function relatedPorts(pairs: readonly MatchedPort[]): RelatedTarget[] {
  return pairs.slice(0, 5).map((p) => ({
    resource: p.resource,
    path: p.endpoint.path,
    message: `${p.label} ${describePort(p.endpoint)}`,
  }));
}

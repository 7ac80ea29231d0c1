// Complexity (objects of one namespace): O(S + E + L) port groups with the slice index (engine/ports.ts
// serviceComparisons), times P_s·P_e port pairs per group.
import { formatResource } from '../engine/finding.js';
import { prependEntryFix, replaceScalarFix } from '../engine/fix.js';
import { locate, placeOf } from '../engine/locate.js';
import type { EndpointPort, ServicePort, ServiceView } from '../engine/model.js';
import type { GroupComparison, NameMismatch, PairedGroup, ServiceComparison } from '../engine/ports.js';
import { describePort, portNamePath, portNumber, serviceComparisons } from '../engine/ports.js';
import { isPlaceholder } from '../engine/placeholder.js';
import { dns1123LabelProblem } from './schema/formats.js';
import type { Problem, RelatedTarget, Rule } from '../engine/rule.js';

export const portNameMismatch: Rule = {
  meta: {
    id: 'port-name-mismatch',
    severity: 'error',
    family: 'pairing',
    summary:
      'A Service port has no endpoint port of the same name in a paired Endpoints subset or EndpointSlice.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      'kube-proxy pairs Service ports with endpoint ports by name and protocol, exactly, and an unnamed port ' +
      'pairs only with an unnamed one.',
    messages: {
      missingPort:
        '{{group}} has no port matching {{service}} {{servicePort}}: it needs {{wanted}}. {{why}} ' +
        "{{consequence}}. Add {{portToAdd}} with the backend's port number to these ports, or rename the port " +
        'meant for it.',
      unnamedServicePort:
        '{{group}} {{port}} is named but {{service}} {{servicePort}} is unnamed: {{why}} {{consequence}}. ' +
        "Remove the endpoint port's name, or name the Service port `{{name}}`.{{numberNote}}",
      unnamedEndpointPort:
        '{{group}} {{port}} is unnamed but {{service}} {{servicePort}} is named: {{why}} {{consequence}}. ' +
        'Name the endpoint port `{{name}}`.{{numberNote}}',
      wrongName:
        '{{group}} {{port}} does not match the name of {{service}} {{servicePort}}: {{why}} {{consequence}}. ' +
        'Rename the endpoint port `{{name}}`.{{numberNote}}',
    },
  },
  check({ index, report }) {
    for (const comparison of serviceComparisons(index)) {
      for (const group of comparison.groups) {
        for (const mismatch of group.nameMismatches) report(problem(comparison, group, mismatch));
      }
    }
  },
};

/** The finding for a Service port that no endpoint port of a paired group matches by name. */
function problem(
  { service, served }: ServiceComparison,
  group: GroupComparison,
  mismatch: NameMismatch,
): Problem {
  const s = mismatch.service;
  const svc = formatResource(service.resource.ref);
  const shared: Shared = {
    svc,
    consequence: service.headless
      ? `${svc} is headless, so kube-proxy forwards nothing, but DNS SRV records and the ingress controllers and meshes that pair ports the same way miss this port`
      : `So Service port ${label(s)} gets no backends from these addresses` +
        (served.has(s) ? '' : ' and, as no other endpoints serve it, connections to it fail'),
    related: servicePortRelated(service, s, svc),
    severity: service.headless ? ('warning' as const) : undefined,
    key: `${s.name}/${s.protocol}`,
  };
  if (!mismatch.anchor) return noMatchingPortProblem(group.paired, s, shared);
  return misnamedPortProblem(group.paired, s, mismatch.anchor, mismatch.anchorBy, shared);
}

/** What every finding about one Service port says and carries. */
interface Shared {
  /** The Service, for messages. */
  svc: string;
  /** What the mismatch does in the cluster: a sentence without its final period. */
  consequence: string;
  related: RelatedTarget[];
  severity: 'warning' | undefined;
  key: string;
}

/** The Service port and, when a kustomize patch wrote its name, that name where it was written. */
function servicePortRelated(service: ServiceView, s: ServicePort, svc: string): RelatedTarget[] {
  const related = [{ resource: service.resource, path: s.path, message: `${svc} ${describePort(s)}` }];
  // A name a kustomize patch wrote is related where it was written, beside the port it renamed.
  const serviceNamePath = [...s.path, 'name'];
  if (
    s.name !== '' &&
    placeOf(service.resource.object, serviceNamePath).file !== placeOf(service.resource.object, s.path).file
  )
    related.push({
      resource: service.resource,
      path: serviceNamePath,
      message: `${svc} port name \`${s.name}\`, written by a kustomize patch`,
    });
  return related;
}

/** No endpoint port of the group was evidently meant for the Service port: the group's ports need one. */
function noMatchingPortProblem(paired: PairedGroup, s: ServicePort, shared: Shared): Problem {
  const { svc, consequence, related, severity, key } = shared;
  const wanted = s.name === '' ? `an unnamed ${s.protocol} port` : `a ${s.protocol} port named \`${s.name}\``;
  return {
    target: { resource: paired.resource, path: paired.group.portsPath, anchor: 'key' },
    messageId: 'missingPort',
    data: {
      group: paired.label,
      service: svc,
      servicePort: describePort(s),
      wanted,
      consequence,
      portToAdd: s.name === '' ? 'an unnamed port' : `a port named \`${s.name}\``,
    },
    related,
    severity,
    key,
  };
}

/**
 * The endpoint port meant for the Service port (`anchor`) has another name, or none: named like the Service
 * port by the fix, when the name is one the API server accepts and the numbers agree.
 */
function misnamedPortProblem(
  paired: PairedGroup,
  s: ServicePort,
  anchor: EndpointPort,
  anchorBy: NameMismatch['anchorBy'],
  shared: Shared,
): Problem {
  const { svc, consequence, related, severity, key } = shared;
  const object = paired.resource.object;
  const namePath = portNamePath(anchor);
  const nameWritten = locate(object, namePath).depth === namePath.length;
  const target = { resource: paired.resource, path: nameWritten ? namePath : anchor.path };
  const numbersDiffer = anchorBy === 'elimination' && !numberFits(s, anchor);
  const numberNote = numbersDiffer
    ? ` Its number also differs from the Service port's target (${expected(s)}): check which number is right.`
    : '';
  const ports = {
    group: paired.label,
    port: describePort(anchor),
    service: svc,
    servicePort: describePort(s),
  };

  if (s.name === '') {
    return {
      target,
      messageId: 'unnamedServicePort',
      data: { ...ports, consequence, name: anchor.name, numberNote },
      related,
      severity,
      key,
    };
  }
  // A fix never writes a value the API server rejects (invalid-port-name reports such a Service port name).
  const fix =
    numbersDiffer || dns1123LabelProblem(s.name) !== undefined || isPlaceholder(s.name)
      ? undefined
      : nameWritten
        ? replaceScalarFix(object, namePath, s.name)
        : prependEntryFix(object, anchor.path, 'name', s.name);
  return {
    target,
    messageId: anchor.name === '' ? 'unnamedEndpointPort' : 'wrongName',
    data: { ...ports, consequence, name: s.name, numberNote },
    related,
    severity,
    fix,
    key,
  };
}

const label = (p: ServicePort | EndpointPort): string =>
  p.name === '' ? `${portNumber(p.port) ?? '?'}/${p.protocol}` : `\`${p.name}\``;

function expected(s: ServicePort): string {
  return String(portNumber(s.targetPort) ?? portNumber(s.port) ?? '?');
}

function numberFits(s: ServicePort, e: EndpointPort): boolean {
  const n = portNumber(e.port);
  return n !== undefined && (n === portNumber(s.targetPort) || n === portNumber(s.port));
}

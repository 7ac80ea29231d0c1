import { formatResource } from '../engine/finding.js';
import { prependEntryFix, replaceScalarFix } from '../engine/fix.js';
import { locate, placeOf } from '../engine/locate.js';
import type { EndpointPort, ServicePort } from '../engine/model.js';
import type { GroupComparison, NameMismatch, ServiceComparison } from '../engine/ports.js';
import { describePort, portNamePath, portNumber, serviceComparisons } from '../engine/ports.js';
import { isPlaceholder } from '../engine/placeholder.js';
import { dns1123LabelProblem } from './schema/formats.js';
import type { Problem, Rule } from '../engine/rule.js';

const PAIRING =
  'kube-proxy pairs Service ports with endpoint ports by name and protocol, exactly, and an unnamed port pairs only with an unnamed one';

export const portNameMismatch: Rule = {
  meta: {
    id: 'port-name-mismatch',
    severity: 'error',
    family: 'pairing',
    summary:
      'A Service port has no endpoint port of the same name in a paired Endpoints subset or EndpointSlice.',
    fixable: true,
  },
  check({ index, report }) {
    for (const comparison of serviceComparisons(index)) {
      for (const group of comparison.groups) {
        for (const mismatch of group.nameMismatches) report(problem(comparison, group, mismatch));
      }
    }
  },
};

function problem(
  { service, served }: ServiceComparison,
  group: GroupComparison,
  mismatch: NameMismatch,
): Problem {
  const { paired } = group;
  const svc = formatResource(service.resource.ref);
  const s = mismatch.service;
  const consequence = service.headless
    ? `${svc} is headless, so kube-proxy forwards nothing, but DNS SRV records and the ingress controllers and meshes that pair ports the same way miss this port`
    : `so Service port ${label(s)} gets no backends from these addresses` +
      (served.has(s) ? '' : ' and, as no other endpoints serve it, connections to it fail');
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
  const severity = service.headless ? ('warning' as const) : undefined;
  const key = `${s.name}/${s.protocol}`;

  const anchor = mismatch.anchor;
  if (!anchor) {
    const wanted =
      s.name === '' ? `an unnamed ${s.protocol} port` : `a ${s.protocol} port named \`${s.name}\``;
    return {
      target: { resource: paired.resource, path: paired.group.portsPath, anchor: 'key' },
      message:
        `${paired.label} has no port matching ${svc} ${describePort(s)}: it needs ${wanted}. ` +
        `${PAIRING}, ${consequence}. ` +
        `Add ${s.name === '' ? 'an unnamed port' : `a port named \`${s.name}\``} with the backend's port number to these ports, or rename the port meant for it.`,
      related,
      severity,
      key,
    };
  }

  const object = paired.resource.object;
  const namePath = portNamePath(anchor);
  const nameWritten = locate(object, namePath).depth === namePath.length;
  const target = { resource: paired.resource, path: nameWritten ? namePath : anchor.path };
  const numbersDiffer = mismatch.anchorBy === 'elimination' && !numberFits(s, anchor);
  const numberNote = numbersDiffer
    ? ` Its number also differs from the Service port's target (${expected(s)}): check which number is right.`
    : '';
  const head = `${paired.label} ${describePort(anchor)}`;

  if (s.name === '') {
    return {
      target,
      message:
        `${head} is named but ${svc} ${describePort(s)} is unnamed: ${PAIRING}, ${consequence}. ` +
        `Remove the endpoint port's name, or name the Service port \`${anchor.name}\`.${numberNote}`,
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
  const what =
    anchor.name === ''
      ? `${head} is unnamed but ${svc} ${describePort(s)} is named`
      : `${head} does not match the name of ${svc} ${describePort(s)}`;
  return {
    target,
    message:
      `${what}: ${PAIRING}, ${consequence}. ` +
      `${anchor.name === '' ? 'Name' : 'Rename'} the endpoint port \`${s.name}\`.${numberNote}`,
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

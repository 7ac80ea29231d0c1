// Complexity (objects of one namespace): O(S·P·c) for S Services of P ports and c templates each selects
// (label index, then nearest).
import { describePort } from '../engine/ports.js';
import type { ServicePort, ServiceView } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { Problem, RelatedTarget, Rule } from '../engine/rule.js';
import type { ContainerPortView, PodTemplateView } from '../engine/workloads.js';
import {
  POD_TEMPLATE_KINDS,
  podTemplateRelated,
  resolveTargetPort,
  targetOf,
  workloadIndex,
} from '../engine/workloads.js';
import { related, TRANSPORT_PROTOCOLS, what } from './pairing.js';

export const targetPortProtocolMismatch: Rule = {
  meta: {
    id: 'target-port-protocol-mismatch',
    severity: 'error',
    family: 'workloads',
    summary:
      'The container port a Service port targets has another protocol (error for a named `targetPort`, warning for a ' +
      'numeric one, notice when only the container port leaves its protocol to the default or the Service sends the ' +
      'number over both protocols).',
    reads: ['Service', ...POD_TEMPLATE_KINDS],
    readsOnDemand: ['ConfigMap'],
    why:
      'Kubernetes resolves a named targetPort by container port name AND protocol (FindPort), so these Pods get ' +
      'no endpoint for this Service port and connections to it are refused or time out.',
    messages: {
      nameOtherProtocol:
        '{{service}} {{port}}{{defaulted}} targets container port `{{name}}`, but {{templates}} declares it only ' +
        'as {{declared}}. {{why}} Set `protocol: {{theirs}}` on the Service port if that is what the application ' +
        'speaks, or declare the container port with `protocol: {{protocol}}` (a container may declare one port ' +
        'number once per protocol).',
      numberOtherProtocol:
        '{{service}} {{port}}{{defaulted}} targets container port {{number}}, but {{templates}} declares it only ' +
        'as {{declared}}. Traffic arrives over {{protocol}}, which the declared port does not serve, so ' +
        'connections are likely to fail. Set `protocol: {{theirs}}` on the Service port if that is what the ' +
        'application speaks, or declare the container port with `protocol: {{protocol}}` (a container may ' +
        'declare one port number once per protocol).',
      numberUnwrittenProtocol:
        '{{service}} {{port}} targets container port {{number}}, which {{templates}} declares without a protocol ' +
        '(so TCP). A numeric targetPort reaches the Pod whatever its containers declare, and the Service port ' +
        'says {{protocol}} in so many words, so the declaration more likely left out its protocol than the ' +
        'application speaks TCP; traffic fails only if the application does not listen on {{protocol}}. Write ' +
        '`protocol: {{protocol}}` on the container port so that the two agree.',
      numberBothProtocols:
        '{{service}} {{port}} targets container port {{number}}, which {{templates}} declares only as ' +
        '{{declared}}; the Service also sends {{declared}} to {{number}} ({{sibling}}), so it serves the number ' +
        'over both protocols (DNS and syslog servers listen on both). A numeric targetPort reaches the Pod whatever ' +
        'its containers declare, so the declaration more likely left out {{protocol}} than the application does ' +
        'not listen on it; traffic fails only if it does not. Declare the container port a second time with ' +
        '`protocol: {{protocol}}` (a container may declare one port number once per protocol).',
    },
  },
  check({ index, report }) {
    const workloads = workloadIndex(index);
    for (const service of index.services) {
      if (service.selector === null || service.type === 'ExternalName') continue;
      const selected = workloads.selectedBy(service);
      if (selected.length === 0) continue;
      for (const port of service.ports) {
        // A protocol the API server rejects is invalid-protocol's finding: one cause, reported once.
        if (!TRANSPORT_PROTOCOLS.has(port.protocol)) continue;
        const target = targetOf(port);
        const mismatched: { t: PodTemplateView; ports: ContainerPortView[] }[] = [];
        let named = false;
        for (const t of selected) {
          const r = resolveTargetPort(port, t, workloads.listensOn);
          if (r.kind === 'name-protocol' || r.kind === 'number-protocol') {
            if (r.ports.some((p) => !TRANSPORT_PROTOCOLS.has(p.protocol))) continue;
            mismatched.push({ t, ports: r.ports });
            named = r.kind === 'name-protocol';
          }
        }
        if (mismatched.length === 0) continue;
        const theirs = [...new Set(mismatched.flatMap((m) => m.ports.map((p) => p.protocol)))];
        const where = mismatched.map((m) => what(m.t.resource.ref)).join(', ');
        // Point at the Service port's protocol when written; else at what it targets.
        const path = port.protocolExplicit ? [...port.path, 'protocol'] : target.path;
        // A numeric targetPort does not look at the declaration: when the Service port writes its protocol
        // and the container ports leave theirs to the default, the declaration is the likelier slip (a UDP
        // syslog or echo server declared as `containerPort: 514`).
        const unwritten =
          !named &&
          port.protocolExplicit &&
          mismatched.every((m) => m.ports.every((p) => !p.protocolExplicit));
        if (unwritten) {
          report(unwrittenProtocol(service, port, String(target.value), where, mismatched, path));
          continue;
        }
        // A Service that sends one number over both protocols (`53/TCP` and `53/UDP` to 1053) means both: the
        // container port declared for one of them only is the likelier slip.
        const sibling = named ? undefined : siblingPort(service, port, target.value, theirs);
        if (sibling) {
          report({
            target: { resource: service.resource, path },
            severity: 'notice',
            messageId: 'numberBothProtocols',
            data: {
              service: what(service.resource.ref),
              port: describePort(port),
              number: String(target.value),
              templates: where,
              declared: theirs.join('/'),
              sibling: sibling.name === '' ? describePort(sibling) : `port \`${sibling.name}\``,
              protocol: port.protocol,
            },
            related: mismatchRelated(mismatched),
          });
          continue;
        }
        report({
          target: { resource: service.resource, path },
          severity: named ? 'error' : 'warning',
          messageId: named ? 'nameOtherProtocol' : 'numberOtherProtocol',
          data: {
            service: what(service.resource.ref),
            port: describePort(port),
            defaulted: port.protocolExplicit ? '' : ' (protocol not written, so TCP)',
            ...(named ? { name: String(target.value) } : { number: String(target.value) }),
            templates: where,
            declared: theirs.join('/'),
            theirs: theirs[0]!,
            protocol: port.protocol,
          },
          related: mismatchRelated(mismatched),
        });
      }
    }
  },
};

/** Another port of the Service that sends the same target number over one of the declared protocols. */
function siblingPort(
  service: ServiceView,
  port: ServicePort,
  number: unknown,
  declared: readonly string[],
): ServicePort | undefined {
  return service.ports.find(
    (other) =>
      other !== port && declared.includes(other.protocol) && String(targetOf(other).value) === String(number),
  );
}

/** The notice for a numeric targetPort whose container ports leave their protocol to the default. */
function unwrittenProtocol(
  service: ServiceView,
  port: ServicePort,
  number: string,
  templates: string,
  mismatched: readonly { t: PodTemplateView; ports: ContainerPortView[] }[],
  path: Path,
): Problem {
  return {
    target: { resource: service.resource, path },
    severity: 'notice',
    messageId: 'numberUnwrittenProtocol',
    data: {
      service: what(service.resource.ref),
      port: describePort(port),
      number,
      templates,
      protocol: port.protocol,
    },
    related: mismatchRelated(mismatched),
  };
}

/** Each mismatched template's labels and its container ports of the other protocol (their `protocol` when written). */
function mismatchRelated(
  mismatched: readonly { t: PodTemplateView; ports: ContainerPortView[] }[],
): RelatedTarget[] {
  return mismatched.flatMap((m) => [
    ...podTemplateRelated(m.t).slice(0, 1),
    ...m.ports.map((p): RelatedTarget =>
      related(
        m.t.resource,
        p.protocolExplicit ? [...p.path, 'protocol'] : p.path,
        `${what(m.t.resource.ref)} container port ${p.name === '' ? String(p.containerPort) : `\`${p.name}\``} (${p.protocol}${p.protocolExplicit ? '' : ', not written'})`,
      ),
    ),
  ]);
}

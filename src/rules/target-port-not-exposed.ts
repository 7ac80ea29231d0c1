// Complexity (objects of one namespace): O(S·P·c) for S Services of P ports and c templates each selects
// (label index, then nearest).
import { replaceScalarFix } from '../engine/fix.js';
import type { ServicePort, ServiceView } from '../engine/model.js';
import { describePort } from '../engine/ports.js';
import type { Problem, RelatedTarget, Rule } from '../engine/rule.js';
import { closestName } from '../engine/suggest.js';
import type { ContainerPortView, PodTemplateView, WorkloadIndex } from '../engine/workloads.js';
import {
  POD_TEMPLATE_KINDS,
  podTemplateRelated as counterpart,
  resolveTargetPort,
  targetOf,
  workloadIndex,
} from '../engine/workloads.js';
import { related, what } from './pairing.js';

export const targetPortNotExposed: Rule = {
  meta: {
    id: 'target-port-not-exposed',
    severity: 'error',
    family: 'workloads',
    summary:
      'A named `targetPort` matches no container port name in the Pod templates the Service selects (a numeric `targetPort` that matches no declared `containerPort`: a warning when the number is a `hostPort` or the Service port names another container port, else a notice).',
    fixable: true,
    reads: ['Service', ...POD_TEMPLATE_KINDS],
    readsOnDemand: ['ConfigMap', 'SidecarSet'],
    why:
      'Kubernetes resolves a named targetPort in each selected Pod by container port name and protocol ' +
      '(FindPort); a Pod without it gets no endpoint for this Service port, so connections to the port are ' +
      'refused or time out.',
    messages: {
      nameTypo:
        '{{service}} {{port}} targets the container port named `{{name}}`, but no container of {{templates}} ' +
        'declares a port of that name with protocol {{protocol}}. {{why}}{{partly}}{{initOnly}} ' +
        'Did you mean `{{suggestion}}`? Target that name, or name the container port `{{name}}`.',
      nameNotDeclared:
        '{{service}} {{port}} targets the container port named `{{name}}`, but no container of {{templates}} ' +
        'declares a port of that name with protocol {{protocol}}. {{why}}{{partly}}{{initOnly}} {{declared}} ' +
        'Target one of the declared names, or add `name: {{name}}` to the container port the application listens on.',
      numberNotDeclared:
        '{{service}} {{port}} sends traffic to container port {{number}}, but {{templates}} declares no container ' +
        'port {{number}}. {{declared}}{{mixUp}} Declaring container ports is optional, so the application may still listen ' +
        'on {{number}}; if it does not, connections to this Service port are refused.{{partly}}{{closest}} ' +
        'Declare `containerPort: {{number}}` on the container that listens on it, or point `targetPort` at the ' +
        'port the application listens on.',
      defaultNotDeclared:
        '{{service}} {{port}} sends traffic to container port {{number}} (`targetPort` is not written, so it ' +
        'defaults to `port`), but {{templates}} declares no container port {{number}}. {{declared}}{{mixUp}} Declaring ' +
        'container ports is optional, so the application may still listen on {{number}}; if it does not, ' +
        'connections to this Service port are refused.{{partly}}{{closest}} Declare `containerPort: {{number}}` ' +
        'on the container that listens on it, or point a `targetPort` at the port the application listens on.',
    },
  },
  check({ index, report }) {
    const workloads = workloadIndex(index);
    for (const service of index.services) {
      if (service.selector === null || service.type === 'ExternalName') continue;
      const selected = workloads.selectedBy(service);
      if (selected.length === 0) continue;
      for (const port of service.ports) {
        const { unnamed, undeclared, served } = resolveInTemplates(port, selected, workloads);
        const partly =
          served.length > 0
            ? ` The Pods of ${list(served)} do serve it, so traffic on this port reaches only them.`
            : '';
        const at: TargetedPort = { service, port, target: targetOf(port), partly };
        if (unnamed.length > 0) report(noSuchNameProblem(at, unnamed, served.length > 0));
        if (undeclared.length > 0) report(undeclaredNumberProblem(at, undeclared));
      }
    }
  },
};

/** The selected templates by how a Service port's targetPort resolves in them. */
function resolveInTemplates(
  port: ServicePort,
  selected: readonly PodTemplateView[],
  workloads: WorkloadIndex,
): { unnamed: PodTemplateView[]; undeclared: PodTemplateView[]; served: PodTemplateView[] } {
  const results = selected.map((t) => {
    const r = resolveTargetPort(port, t, workloads.listensOn);
    // A container an injector adds (an OpenKruise SidecarSet) may declare what the template does not.
    const missing =
      r.kind === 'no-such-name' ? r.name : r.kind === 'undeclared-number' ? r.number : undefined;
    return {
      t,
      r: missing !== undefined && workloads.injects(t, missing, port.protocol) ? { kind: 'ok' as const } : r,
    };
  });
  const served = results.filter((x) => x.r.kind === 'ok').map((x) => x.t);
  // Two definitions of one workload (alternative bundles: linkerd-examples' thanos-demo holds one install per
  // cloud, and one without the Thanos sidecar) are applied one at a time: if one of them serves the port,
  // the other is another cluster's, not a Pod this Service leaves without an endpoint.
  const servedIds = new Set(served.map((t) => workloadId(t)));
  const failing = (kind: string) =>
    results.filter((x) => x.r.kind === kind && !servedIds.has(workloadId(x.t))).map((x) => x.t);
  return { unnamed: failing('no-such-name'), undeclared: failing('undeclared-number'), served };
}

/** A workload's identity: kind, namespace and name (its definitions in several files share it). */
const workloadId = (t: PodTemplateView): string =>
  JSON.stringify([t.resource.ref.kind, t.resource.ref.namespace, t.resource.ref.name]);

/** A Service port, where its target is written, and what to say when some selected Pods serve it. */
interface TargetedPort {
  service: ServiceView;
  port: ServicePort;
  target: ReturnType<typeof targetOf>;
  /** ` The Pods of … do serve it …`, or ''. */
  partly: string;
}

/**
 * A named targetPort that no container port of some selected templates declares; fixed to the closest
 * declared name when every such template has it and no other selected Pod resolves the old name.
 */
function noSuchNameProblem(
  { service, port, target, partly }: TargetedPort,
  unnamed: readonly PodTemplateView[],
  someServed: boolean,
): Problem {
  const name = String(target.value);
  const candidates = unnamed.flatMap((t) => t.ports.filter((p) => p.protocol === port.protocol));
  const suggestion = closestName(
    name,
    candidates.map((p) => p.name).filter((n) => n !== ''),
  );
  // Renaming the Service's targetPort is safe only when no selected Pod resolves the old name.
  const certain =
    suggestion !== undefined &&
    !someServed &&
    unnamed.every((t) => t.ports.some((p) => p.name === suggestion && p.protocol === port.protocol));
  const suggested = candidates.filter((p) => p.name === suggestion);
  const data = {
    service: what(service.resource.ref),
    port: describePort(port),
    name,
    templates: list(unnamed),
    protocol: port.protocol,
    partly,
    initOnly: initOnly(unnamed, name),
  };
  return {
    target: { resource: service.resource, path: target.path },
    ...(suggestion
      ? { messageId: 'nameTypo', data: { ...data, suggestion } }
      : { messageId: 'nameNotDeclared', data: { ...data, declared: declaredPorts(unnamed) } }),
    related: [
      ...unnamed.flatMap((t) => counterpart(t)),
      ...suggested.map((p) => portRelated(unnamed, p)).filter((r): r is RelatedTarget => r !== undefined),
    ],
    fix: certain ? replaceScalarFix(service.resource.object, target.path, suggestion) : undefined,
  };
}

/**
 * A numeric targetPort that some selected templates declare no container port for: a warning, as declaring
 * ports is optional; a declared port one digit away is probably the one meant (8081 for 8080): said, not fixed.
 */
function undeclaredNumberProblem(
  { service, port, target, partly }: TargetedPort,
  undeclared: readonly PodTemplateView[],
): Problem {
  const number = Number(target.value);
  const declared = undeclared.flatMap((t) =>
    t.ports.filter((p) => p.protocol === port.protocol && typeof p.containerPort === 'number'),
  );
  const close = closestName(
    String(number),
    declared.map((p) => String(p.containerPort)),
  );
  const closePort = declared.find((p) => String(p.containerPort) === close);
  // Declaring container ports is optional, and on real repositories most undeclared numbers were served (a
  // TLS port switched on by configuration, a gateway configured at run time, a port derived from another):
  // a warning only where the manifest itself shows a mix-up, else a notice (docs/precision.md).
  const hostPort = undeclared.flatMap((t) => t.ports).find((p) => p.hostPort === number);
  const sameName =
    port.name === '' ? undefined : declared.find((p) => p.name === port.name && p.containerPort !== number);
  const mixUp = hostPort
    ? ` ${number} is only a \`hostPort\` (the node's port) of container port ${String(hostPort.containerPort)}: traffic to the Pod IP goes to the \`containerPort\`.`
    : sameName
      ? ` The container port named \`${port.name}\`, like this Service port, is ${String(sameName.containerPort)}.`
      : '';
  return {
    target: { resource: service.resource, path: target.path },
    severity: mixUp === '' ? 'notice' : 'warning',
    messageId: target.written ? 'numberNotDeclared' : 'defaultNotDeclared',
    data: {
      service: what(service.resource.ref),
      port: describePort(port),
      number,
      templates: list(undeclared),
      declared: declaredPorts(undeclared),
      mixUp,
      partly,
      closest:
        mixUp !== ''
          ? ''
          : closePort
            ? ` Did you mean ${close}${closePort.name === '' ? '' : ` (\`${closePort.name}\`)`}?`
            : '',
    },
    related: undeclared.flatMap((t) => counterpart(t)),
  };
}

const list = (templates: readonly PodTemplateView[]): string =>
  templates.map((t) => what(t.resource.ref)).join(', ');

/** A plain init container that declares the name: a likely cause worth saying. */
function initOnly(templates: readonly PodTemplateView[], name: string): string {
  const init = templates.flatMap((t) => t.initPorts.filter((p) => p.name === name));
  if (init.length === 0) return '';
  const names = [...new Set(init.map((p) => `\`${p.containerName}\``))].join(', ');
  return (
    ` The init container ${names} declares \`${name}\`, but a plain init container has exited before the Pod serves: ` +
    'only app containers and native sidecars (init containers with `restartPolicy: Always`) count.'
  );
}

/** `Its containers declare http (8080/TCP), metrics (9090/TCP).` */
function declaredPorts(templates: readonly PodTemplateView[]): string {
  const ports = [
    ...new Set(
      templates.flatMap((t) =>
        t.ports.map(
          (p) =>
            `${p.name === '' ? '(unnamed)' : `\`${p.name}\``} (${String(p.containerPort)}/${p.protocol})`,
        ),
      ),
    ),
  ];
  return ports.length === 0
    ? 'Its containers declare no ports.'
    : `Its containers declare ${ports.join(', ')}.`;
}

function portRelated(
  templates: readonly PodTemplateView[],
  port: ContainerPortView,
): RelatedTarget | undefined {
  const owner = templates.find((t) => t.ports.includes(port));
  return owner
    ? related(
        owner.resource,
        [...port.path, 'name'],
        `${what(owner.resource.ref)} container port \`${port.name}\``,
      )
    : undefined;
}

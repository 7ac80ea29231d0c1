import type { Fix, ResourceRef } from '../engine/finding.js';
import { renameKeyFix, replaceScalarFix } from '../engine/fix.js';
import type { Anchor } from '../engine/locate.js';
import type { ServiceView } from '../engine/model.js';
import { labelsOf } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { ResourceIndex } from '../engine/resource-index.js';
import type { RelatedTarget, Rule } from '../engine/rule.js';
import { closestName } from '../engine/suggest.js';
import type { PodTemplateView } from '../engine/workloads.js';
import {
  formatLabels,
  podHasLabel,
  requirementMatches,
  selectorSelects,
  workloadIndex,
} from '../engine/workloads.js';
import { describeNamespace, isCustomResource, namespaceNodePath, related, what } from './pairing.js';

/** At most this many Pod templates are named as related locations of one finding. */
const MAX_RELATED = 5;
/** A one-label difference shared by more templates than this is common ground, not a near miss. */
const MAX_COMMON = 3;

/** How a Pod template differs from a selector by exactly one entry. */
type OneOff =
  | { type: 'value'; key: string; value: string }
  | { type: 'key'; key: string; newKey: string }
  | { type: 'missing'; key: string };

interface NearMiss {
  template: PodTemplateView;
  change: OneOff;
}

export const selectorMatchesNoWorkload: Rule = {
  meta: {
    id: 'selector-matches-no-workload',
    severity: 'warning',
    family: 'workloads',
    summary:
      'A Service selector matches no Pod template (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod) in its namespace among the scanned manifests.',
    fixable: true,
  },
  check({ index, report }) {
    const workloads = workloadIndex(index);
    for (const service of index.services) {
      const selector = service.selector;
      // No selector: endpoints come from elsewhere. ExternalName: the selector is ignored.
      if (selector === null || service.type === 'ExternalName' || service.resource.ref.name === '') continue;
      const { namespace } = service.resource.ref;
      // An absence: a Pod template anywhere in the scan that the selector matches may be what it routes to.
      if (workloads.matching(namespace, selector).length > 0) continue;
      // Judge only a Service whose workloads we see beside it (its deployment unit, its line of directories),
      // and whose Pods nothing unseen may create (an operator, a Helm release, the cluster itself).
      const local = workloads.near(service.resource);
      const elsewhere = index.near(
        service.resource,
        workloads.templates.filter(
          (t) => t.resource.ref.namespace !== namespace && selectorSelects(selector, t),
        ),
      );
      if (local.length === 0 && elsewhere.length === 0) continue;

      const nearMisses = local.flatMap((t): NearMiss[] => {
        const change = oneOff(selector, t);
        return change ? [{ template: t, change }] : [];
      });
      const changes = new Map<string, NearMiss[]>();
      for (const m of nearMisses) {
        const k = JSON.stringify(m.change);
        changes.set(k, [...(changes.get(k) ?? []), m]);
      }
      // A label that many templates lack (or carry under another key) says nothing about which one was meant.
      for (const [k, group] of changes)
        if (group.length > MAX_COMMON && group[0]!.change.type !== 'value') changes.delete(k);
      const plausible = [...changes.values()].flat();
      // An operator explains the selector only through labels a near-miss template does not carry itself.
      const unexplained = Object.fromEntries(
        Object.entries(selector).filter(([k, v]) => !plausible.some((m) => m.template.labels[k] === v)),
      );
      if (operatorMayMakePods(index, namespace, unexplained, plausible.length === 0)) continue;
      const onWorkloadItself = local.filter(
        (t) =>
          t.templatePath.length > 0 &&
          Object.entries(selector).every(([k, v]) => labelsOf(t.resource)[k] === v),
      );

      // Without a sign of which Pods it was meant for, the Service may route to Pods deployed some other way
      // (another repository, a chart, by hand): report it only when a Pod template deployed with it, which no
      // Service selects, says it was written to route there.
      const unselectedBeside = local.filter(
        (t) => t.resource.units.some((u) => service.resource.units.includes(u)) && !workloads.isSelected(t),
      );
      if (
        plausible.length === 0 &&
        onWorkloadItself.length === 0 &&
        elsewhere.length === 0 &&
        unselectedBeside.length === 0
      )
        continue;
      // Pods the cluster or a Helm release deploys may be what it selects, unless a near miss says otherwise.
      if (plausible.length === 0 && podsMayComeFromElsewhere(index, service)) continue;

      const head =
        `${what(service.resource.ref)} selects Pods labelled ${formatLabels(selector)}, but no Pod template in ` +
        `${describeNamespace(service.resource)} among the scanned manifests has all of these labels. ` +
        "The EndpointSlice controller adds only Pods of the Service's own namespace whose labels include every key and value of the selector, " +
        'so this Service has no endpoints: connections to it are refused or time out. ';

      let path: Path = ['spec', 'selector'];
      let anchor: Anchor | undefined;
      let fix: Fix | undefined;
      const hints: string[] = [];
      const relatedTargets: RelatedTarget[] = [];
      const single = changes.size === 1 ? [...changes.values()][0] : undefined;

      if (single && single[0]) {
        const change = single[0].change;
        // A template its own controller's selector does not match is itself the likely mistake.
        const inconsistent = single.filter((m) => selfMismatch(m.template));
        const holders = single.map((m) => what(m.template.resource.ref)).join(', ');
        const entry = `\`${change.key}: ${selector[change.key]}\``;
        path = ['spec', 'selector', change.key];
        if (change.type === 'value') {
          hints.push(
            `${holders} ${single.length === 1 ? 'has' : 'have'} every selector label but \`${change.key}: ${change.value}\` instead of ${entry}: ` +
              `did you mean \`${change.key}: ${change.value}\`? Make the selector and the Pod template's label agree.`,
          );
          if (inconsistent.length === 0) fix = replaceScalarFix(service.resource.object, path, change.value);
        } else if (change.type === 'key') {
          anchor = 'key';
          hints.push(
            `${holders} ${single.length === 1 ? 'has' : 'have'} every selector label but \`${change.newKey}: ${selector[change.key]}\` instead of ${entry}: ` +
              `did you mean the label key \`${change.newKey}\`? Make the selector and the Pod template's label agree.`,
          );
          if (inconsistent.length === 0) fix = renameKeyFix(service.resource.object, path, change.newKey);
        } else {
          anchor = 'pair';
          hints.push(
            `${holders} ${single.length === 1 ? 'has' : 'have'} every selector label except ${entry}: ` +
              "remove it from the selector, or add it to the Pod template's labels.",
          );
        }
        if (inconsistent.length > 0) {
          hints.push(
            `But the selector of ${inconsistent.map((m) => what(m.template.resource.ref)).join(', ')} does not match its own Pod template either ` +
              '(workload-selector-mismatch): the template labels are probably what is wrong.',
          );
        }
        relatedTargets.push(...single.map((m) => templateLabels(m.template)));
      } else if (changes.size > 1) {
        hints.push(
          `Several Pod templates differ from it by one label: ${plausible
            .slice(0, MAX_RELATED)
            .map((m) => `${what(m.template.resource.ref)} (${describeChange(m.change, selector)})`)
            .join(', ')}. Make the selector agree with the labels of the one it should route to.`,
        );
        relatedTargets.push(...plausible.slice(0, MAX_RELATED).map((m) => templateLabels(m.template)));
      } else {
        relatedTargets.push(
          ...closest(selector, unselectedBeside.length > 0 ? unselectedBeside : local).map(templateLabels),
        );
      }

      if (onWorkloadItself.length > 0) {
        hints.push(
          `${onWorkloadItself.map((t) => what(t.resource.ref)).join(', ')} carries these labels on itself (\`metadata.labels\`), ` +
            "but a Service selects Pods, which get only the Pod template's labels: put them in `" +
            onWorkloadItself[0]!.labelsPath.join('.') +
            '`.',
        );
        relatedTargets.push(...onWorkloadItself.map((t) => related(t.resource, ['metadata', 'labels'])));
      }
      if (elsewhere.length > 0) {
        const shown = elsewhere.slice(0, MAX_RELATED);
        hints.push(
          `${shown.map((t) => `${what(t.resource.ref)} (${describeNamespace(t.resource)})`).join(', ')} ` +
            `${shown.length === 1 ? 'has' : 'have'} these labels but ${shown.length === 1 ? 'is' : 'are'} in another namespace, and a Service never selects Pods of another namespace: ` +
            `put the Service and its workload in one namespace.` +
            (service.resource.namespaceSource === 'default'
              ? ` The Service's namespace is not written, so it depends on how it is applied (\`kubectl apply -n\`): write \`namespace: ${shown[0]!.resource.ref.namespace}\` to be sure.`
              : ''),
        );
        for (const t of shown) {
          relatedTargets.push(templateLabels(t));
          if (t.resource.namespaceSource === 'explicit')
            relatedTargets.push(related(t.resource, namespaceNodePath(t.resource)));
        }
      }
      if (hints.length === 0) {
        const candidates = closest(selector, unselectedBeside);
        hints.push(
          `${candidates.map((t) => `${what(t.resource.ref)} (Pod labels ${formatLabels(t.labels)})`).join(', ')}, ` +
            `deployed with it, ${candidates.length === 1 ? 'is' : 'are'} selected by no Service. ` +
            'Write in the selector the labels of the Pod template it should route to (`spec.template.metadata.labels` of its Deployment, StatefulSet or DaemonSet).',
        );
      }

      report({
        target: { resource: service.resource, path, ...(anchor ? { anchor } : {}) },
        message: head + hints.join(' '),
        related: relatedTargets,
        fix,
      });
    }
  },
};

/**
 * Whether an operator may make Pods with the selector's labels: a custom resource of the namespace (not one
 * of the kinds that make no Pods) whose name or kind is a selector value (`prometheus: k8s`,
 * `app.kubernetes.io/name: alertmanager`, `strimzi.io/cluster: my-cluster`).
 */
function operatorMayMakePods(
  index: ResourceIndex,
  namespace: string,
  selector: Readonly<Record<string, string>>,
  /** Also a value that only starts with the resource's name (`my-cluster-kafka`): weaker, so not against a near miss. */
  byPrefix: boolean,
): boolean {
  const values = Object.values(selector);
  return customResourcesIn(index, namespace).some(
    ({ name, kind }) =>
      !MAKES_NO_PODS.has(kind) &&
      values.some(
        (v) =>
          v === kind.toLowerCase() || (name !== '' && (v === name || (byPrefix && v.startsWith(`${name}-`)))),
      ),
  );
}

/**
 * Whether something else the scan cannot show may deploy the Pods: the cluster itself in kube-system (static
 * control-plane Pods, add-ons), or a Helm release, remote base or unrendered template deploying into the
 * namespace beside the Service.
 */
function podsMayComeFromElsewhere(index: ResourceIndex, service: ServiceView): boolean {
  const { namespace } = service.resource.ref;
  return namespace === 'kube-system' || index.hiddenIn(namespace, service.resource).length > 0;
}

/** Custom resource kinds, of well-known operators and tools, that configure and make no Pods of their own. */
const MAKES_NO_PODS: ReadonlySet<string> = new Set([
  // Prometheus Operator
  'ServiceMonitor',
  'PodMonitor',
  'PrometheusRule',
  'Probe',
  'ScrapeConfig',
  'AlertmanagerConfig',
  // Istio, Linkerd, Traefik, Cilium, MetalLB
  'VirtualService',
  'DestinationRule',
  'Gateway',
  'ServiceEntry',
  'WorkloadEntry',
  'WorkloadGroup',
  'Sidecar',
  'EnvoyFilter',
  'PeerAuthentication',
  'RequestAuthentication',
  'AuthorizationPolicy',
  'Telemetry',
  'ProxyConfig',
  'WasmPlugin',
  'ServiceProfile',
  'Server',
  'ServerAuthorization',
  'Middleware',
  'MiddlewareTCP',
  'IngressRoute',
  'IngressRouteTCP',
  'IngressRouteUDP',
  'TLSOption',
  'TLSStore',
  'ServersTransport',
  'TraefikService',
  'CiliumNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'IPAddressPool',
  'L2Advertisement',
  'BGPPeer',
  'BGPAdvertisement',
  // cert-manager, secrets
  'Certificate',
  'CertificateRequest',
  'Issuer',
  'ClusterIssuer',
  'ExternalSecret',
  'ClusterExternalSecret',
  'SecretStore',
  'ClusterSecretStore',
  'PushSecret',
  'SealedSecret',
  // Flux, Argo CD
  'HelmRelease',
  'HelmRepository',
  'HelmChart',
  'GitRepository',
  'OCIRepository',
  'Bucket',
  'Kustomization',
  'ImageRepository',
  'ImagePolicy',
  'ImageUpdateAutomation',
  'Alert',
  'Provider',
  'Receiver',
  'Application',
  'AppProject',
  'ApplicationSet',
  // Autoscaling, policy, backup, dashboards
  'VerticalPodAutoscaler',
  'ScaledObject',
  'ScaledJob',
  'TriggerAuthentication',
  'ClusterPolicy',
  'Policy',
  'ConstraintTemplate',
  'Backup',
  'Schedule',
  'Restore',
  'GrafanaDashboard',
  'GrafanaDatasource',
  'NetworkAttachmentDefinition',
  'VolumeSnapshot',
  'VolumeSnapshotClass',
]);

const customResources = new WeakMap<ResourceIndex, Map<string, ResourceRef[]>>();

/** The custom resources of a namespace, anywhere in the scan (collected once per analysis). */
function customResourcesIn(index: ResourceIndex, namespace: string): readonly ResourceRef[] {
  let byNamespace = customResources.get(index);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const r of index.resources) {
      if (!isCustomResource(r.object.apiVersion)) continue;
      const list = byNamespace.get(r.ref.namespace);
      if (list) list.push(r.ref);
      else byNamespace.set(r.ref.namespace, [r.ref]);
    }
    customResources.set(index, byNamespace);
  }
  return byNamespace.get(namespace) ?? [];
}

/** The workload's own selector does not match its template's labels (the API server would reject it). */
function selfMismatch(t: PodTemplateView): boolean {
  const selector = t.selector;
  return (
    !!selector &&
    !selector.unknownOperator &&
    selector.requirements.some((r) => !requirementMatches(r, t.labels))
  );
}

/**
 * The one selector entry a template misses, when it misses exactly one and the difference looks like a slip:
 * a value close to the template's (`frontend` / `front-end`, `api` / `api-server`), the same value under another
 * key, or — for a selector of several labels — one label too many. Anything else (`app: x` against `app: web`)
 * is a different app, not a near miss.
 */
function oneOff(selector: Readonly<Record<string, string>>, t: PodTemplateView): OneOff | undefined {
  const missed = Object.entries(selector).filter(([k, v]) => !podHasLabel(t, k, v));
  if (missed.length !== 1) return undefined;
  const [key, value] = missed[0]!;
  if (Object.hasOwn(t.labels, key)) {
    const theirs = t.labels[key]!;
    return alike(value, theirs) ? { type: 'value', key, value: theirs } : undefined;
  }
  const sameValue = Object.entries(t.labels).filter(([k, v]) => v === value && !Object.hasOwn(selector, k));
  if (sameValue.length === 1) return { type: 'key', key, newKey: sameValue[0]![0] };
  return Object.keys(selector).length > 1 ? { type: 'missing', key } : undefined;
}

/** Two label values that differ by a typo or a prefix/suffix. */
function alike(a: string, b: string): boolean {
  if (closestName(a, [b]) === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.includes(short);
}

function describeChange(change: OneOff, selector: Readonly<Record<string, string>>): string {
  switch (change.type) {
    case 'value':
      return `\`${change.key}: ${change.value}\``;
    case 'key':
      return `\`${change.newKey}: ${selector[change.key]}\``;
    case 'missing':
      return `no \`${change.key}\` label`;
  }
}

/**
 * The templates most alike the selector (label keys and values in common), to relate to the finding so that
 * a change to their labels counts as touching it; any templates of the namespace when none is alike.
 */
function closest(
  selector: Readonly<Record<string, string>>,
  templates: readonly PodTemplateView[],
): PodTemplateView[] {
  const score = (t: PodTemplateView): number =>
    Object.entries(selector).reduce((sum, [k, v]) => {
      if (podHasLabel(t, k, v)) return sum + 2;
      return sum + (Object.hasOwn(t.labels, k) || Object.values(t.labels).includes(v) ? 1 : 0);
    }, 0);
  const scored = templates.map((t) => ({ t, s: score(t) }));
  const alike = scored.filter((x) => x.s > 0).sort((a, b) => b.s - a.s);
  return (alike.length > 0 ? alike.map((x) => x.t) : [...templates]).slice(0, MAX_RELATED);
}

function templateLabels(t: PodTemplateView): RelatedTarget {
  return related(t.resource, t.labelsPath, `${what(t.resource.ref)} Pod labels: ${formatLabels(t.labels)}`);
}

// Complexity (objects of one namespace): O(S·c + m·(t + x)) for S Services, c templates carrying a
// selector's least common label (label index), m selectors matching nothing, t templates near such a Service
// (NearIndex) and x custom resources of its namespace.
import type { Fix } from '../engine/finding.js';
import { renameKeyFix, replaceScalarFix } from '../engine/fix.js';
import type { Anchor } from '../engine/locate.js';
import type { ServiceView } from '../engine/model.js';
import { labelsOf } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { ResourceIndex } from '../engine/resource-index.js';
import { formatMessage } from '../engine/message.js';
import type { MessageData, Problem, RelatedTarget, Rule } from '../engine/rule.js';
import { closestName } from '../engine/suggest.js';
import type { PodTemplateView, WorkloadIndex } from '../engine/workloads.js';
import {
  formatLabels,
  POD_TEMPLATE_KINDS,
  podHasLabel,
  requirementMatches,
  workloadIndex,
} from '../engine/workloads.js';
import { customResourcesIn, isOperatorLabel, MAKES_NO_PODS } from '../engine/operators.js';
import { describeNamespace, namespaceNodePath, related, what } from './pairing.js';

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

/** What every message says first: the Service, its selector, and why a selector that matches nothing matters. */
const HEAD =
  '{{service}} selects Pods labelled {{selector}}, but no Pod template in {{namespace}} among the scanned ' +
  'manifests has all of these labels. {{why}} ';

/**
 * The hints of a finding, each a sentence or two saying what the evidence shows and how to fix it. The first
 * one is the message (after HEAD); the ones the evidence adds to it are `{{more}}`.
 */
const HINTS = {
  // One slip shared by the templates near the Service (explainOneChange).
  wrongValue:
    '{{templates}} {{has}} every selector label but `{{key}}: {{value}}` instead of `{{key}}: {{selected}}`: ' +
    "did you mean `{{key}}: {{value}}`? Make the selector and the Pod template's label agree.",
  wrongKey:
    '{{templates}} {{has}} every selector label but `{{newKey}}: {{selected}}` instead of `{{key}}: {{selected}}`: ' +
    "did you mean the label key `{{newKey}}`? Make the selector and the Pod template's label agree.",
  extraLabel:
    '{{templates}} {{has}} every selector label except `{{key}}: {{selected}}`: ' +
    "remove it from the selector, or add it to the Pod template's labels.",
  // Templates that miss by different slips (explainNearMisses).
  severalNearMisses:
    'Several Pod templates differ from it by one label: {{nearMisses}}. ' +
    'Make the selector agree with the labels of the one it should route to.',
  // Workloads with the labels on themselves (explainLabelsOnWorkload).
  labelsOnWorkload:
    '{{workloads}} carries these labels on itself (`metadata.labels`), but a Service selects Pods, which get ' +
    "only the Pod template's labels: put them in `{{labelsPath}}`.",
  // Templates with the labels in another namespace (explainOtherNamespace).
  otherNamespace:
    '{{templates}} {{has}} these labels but {{is}} in another namespace, and a Service never selects Pods of ' +
    'another namespace: put the Service and its workload in one namespace.{{unwritten}}',
  // Nothing else: the templates deployed with the Service that no Service selects (unselectedBesideHint).
  unselectedBeside:
    '{{templates}}, deployed with it, {{is}} selected by no Service. Write in the selector the labels of the Pod ' +
    'template it should route to (`spec.template.metadata.labels` of its Deployment, StatefulSet or DaemonSet).',
  // Only after a slip: the near-miss template does not match its own workload's selector.
  templateMismatch:
    'But the selector of {{workloads}} does not match its own Pod template either ' +
    '(workload-selector-mismatch): the template labels are probably what is wrong.',
};

type HintId = keyof typeof HINTS;

/** A hint: one of HINTS and its data. */
interface Hint {
  id: HintId;
  data: MessageData;
}

/** The hints that may come first in a message, and whether other hints may follow them (`{{more}}`). */
const FIRST: Partial<Record<HintId, boolean>> = {
  wrongValue: true,
  wrongKey: true,
  extraLabel: true,
  severalNearMisses: true,
  labelsOnWorkload: true,
  otherNamespace: false,
  unselectedBeside: false,
};

export const selectorMatchesNoWorkload: Rule = {
  meta: {
    id: 'selector-matches-no-workload',
    severity: 'warning',
    family: 'workloads',
    summary:
      'A Service selector matches no Pod template (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod) in its namespace among the scanned manifests.',
    fixable: true,
    reads: ['Service', ...POD_TEMPLATE_KINDS],
    why:
      "The EndpointSlice controller adds only Pods of the Service's own namespace whose labels include every " +
      'key and value of the selector, so this Service has no endpoints: connections to it are refused or time out.',
    messages: Object.fromEntries(
      Object.entries(FIRST).map(([id, more]) => [id, HEAD + HINTS[id as HintId] + (more ? '{{more}}' : '')]),
    ),
  },
  check({ index, report }) {
    const workloads = workloadIndex(index);
    for (const service of index.services) {
      const evidence = evidenceAgainst(index, workloads, service);
      if (evidence) report(unmatchedSelectorProblem(evidence));
    }
  },
};

/** What a finding about a Service whose selector matches no Pod template rests on. */
interface Evidence {
  service: ServiceView;
  selector: Readonly<Record<string, string>>;
  /** The Pod templates near the Service (its deployment unit, its line of directories). */
  local: readonly PodTemplateView[];
  /** Templates near it, in another namespace, that the selector matches. */
  elsewhere: readonly PodTemplateView[];
  /** Local templates that miss the selector by one slip, grouped by the slip. */
  changes: ReadonlyMap<string, NearMiss[]>;
  /** Every near miss of `changes`. */
  plausible: readonly NearMiss[];
  /** Local workloads that carry the selector's labels on themselves instead of their Pod template. */
  onWorkloadItself: readonly PodTemplateView[];
  /** Local templates deployed with the Service that no Service selects. */
  unselectedBeside: readonly PodTemplateView[];
}

/**
 * The evidence that a Service's selector is wrong, or undefined when it matches a Pod template, the scan
 * cannot see its workloads, or something unseen may make its Pods.
 */
function evidenceAgainst(
  index: ResourceIndex,
  workloads: WorkloadIndex,
  service: ServiceView,
): Evidence | undefined {
  const selector = service.selector;
  // No selector: endpoints come from elsewhere. ExternalName: the selector is ignored.
  if (selector === null || service.type === 'ExternalName' || service.resource.ref.name === '')
    return undefined;
  const { namespace } = service.resource.ref;
  // An absence: a Pod template anywhere in the scan that the selector matches may be what it routes to.
  if (workloads.matching(namespace, selector).length > 0) return undefined;
  // Judge only a Service whose workloads we see beside it (its deployment unit, its line of directories),
  // and whose Pods nothing unseen may create (an operator, a Helm release, the cluster itself).
  const local = workloads.near(service.resource);
  const elsewhere = index.near(service.resource, workloads.matchingOutside(namespace, selector));
  if (local.length === 0 && elsewhere.length === 0) return undefined;

  const changes = nearMissesByChange(selector, local, workloads);
  const plausible = [...changes.values()].flat();
  // An operator explains the selector only through labels a near-miss template does not carry itself.
  const unexplained = Object.fromEntries(
    Object.entries(selector).filter(([k, v]) => !plausible.some((m) => m.template.labels[k] === v)),
  );
  if (operatorMayMakePods(index, namespace, unexplained, plausible.length === 0)) return undefined;
  // A label in an operator's own domain may be set by that operator, on Pods it makes or labels at run time;
  // not against a near miss, which says the value is a slip (Knative's `eventing.knative.dev/brokerRole`).
  if (plausible.length === 0 && Object.keys(unexplained).some((k) => isOperatorLabel(index, k)))
    return undefined;
  const onWorkloadItself = local.filter(
    (t) =>
      t.templatePath.length > 0 && Object.entries(selector).every(([k, v]) => labelsOf(t.resource)[k] === v),
  );

  // Without a sign of which Pods it was meant for, the Service may route to Pods deployed some other way
  // (another repository, a chart, by hand): report it only when a Pod template deployed with it, which no
  // Service selects, says it was written to route there.
  // A Pod with no labels at all is reached some other way (it calls the Service, or is port-forwarded to):
  // no sign, unless it is named like the Service (its labels forgotten).
  const unselectedBeside = local.filter(
    (t) =>
      t.resource.units.some((u) => service.resource.units.includes(u)) &&
      !workloads.isSelected(t) &&
      (Object.keys(t.labels).length > 0 || namedAlike(service.resource.ref.name, t.resource.ref.name)),
  );
  if (
    plausible.length === 0 &&
    onWorkloadItself.length === 0 &&
    elsewhere.length === 0 &&
    unselectedBeside.length === 0
  )
    return undefined;
  // Pods the cluster or a Helm release deploys may be what it selects, unless a near miss says otherwise.
  if (plausible.length === 0 && podsMayComeFromElsewhere(index, service)) return undefined;
  return { service, selector, local, elsewhere, changes, plausible, onWorkloadItself, unselectedBeside };
}

/**
 * The templates that miss the selector by one slip, grouped by the slip (in the order first seen); a missing
 * or renamed label that many templates share says nothing about which one was meant, and is dropped.
 */
function nearMissesByChange(
  selector: Readonly<Record<string, string>>,
  templates: readonly PodTemplateView[],
  workloads: WorkloadIndex,
): Map<string, NearMiss[]> {
  const changes = new Map<string, NearMiss[]>();
  for (const template of templates) {
    const change = oneOff(selector, template);
    if (!change) continue;
    // Another version that a Service already selects (`version: v11` beside a Service for `v10`): Services
    // per version, as traffic splitting writes them; this one selects a version deployed elsewhere.
    if (
      change.type === 'value' &&
      VERSION.test(change.value) &&
      VERSION.test(selector[change.key]!) &&
      workloads.isSelected(template)
    )
      continue;
    const k = JSON.stringify(change);
    changes.set(k, [...(changes.get(k) ?? []), { template, change }]);
  }
  for (const [k, group] of changes)
    if (group.length > MAX_COMMON && group[0]!.change.type !== 'value') changes.delete(k);
  return changes;
}

/** Hints of a finding, with the locations they name. */
interface Explanation {
  hints: Hint[];
  related: RelatedTarget[];
}

/** The explanation of the near misses, which also decides where the finding points and its fix. */
interface NearMissExplanation extends Explanation {
  path: Path;
  anchor: Anchor | undefined;
  fix: Fix | undefined;
}

/** The finding: what is wrong and why it matters, then every hint the evidence gives. */
function unmatchedSelectorProblem(e: Evidence): Problem {
  const { service, selector } = e;
  const nearMiss = explainNearMisses(e);
  const parts: Explanation[] = [nearMiss];
  if (e.onWorkloadItself.length > 0) parts.push(explainLabelsOnWorkload(e.onWorkloadItself));
  if (e.elsewhere.length > 0) parts.push(explainOtherNamespace(service, e.elsewhere));
  const hints = parts.flatMap((p) => p.hints);
  if (hints.length === 0) hints.push(unselectedBesideHint(selector, e.unselectedBeside));

  const [first, ...more] = hints as [Hint, ...Hint[]];
  const data: Record<string, string | number> = {
    service: what(service.resource.ref),
    selector: formatLabels(selector),
    namespace: describeNamespace(service.resource),
    ...first.data,
  };
  // The hints after the first, as their own sentences (an id that takes none would throw on `more`).
  if (FIRST[first.id] || more.length > 0) data.more = more.map((h) => ` ${hintText(h)}`).join('');
  return {
    target: {
      resource: service.resource,
      path: nearMiss.path,
      ...(nearMiss.anchor ? { anchor: nearMiss.anchor } : {}),
    },
    messageId: first.id,
    data,
    related: parts.flatMap((p) => p.related),
    fix: nearMiss.fix,
  };
}

/**
 * The near misses: one slip (named, with a fix when certain), several (listed), or none (the templates most
 * alike the selector are only related).
 */
function explainNearMisses(e: Evidence): NearMissExplanation {
  const single = e.changes.size === 1 ? [...e.changes.values()][0] : undefined;
  if (single && single[0]) return explainOneChange(e.service, e.selector, single);
  const none = { path: ['spec', 'selector'], anchor: undefined, fix: undefined };
  if (e.changes.size > 1) {
    // One template built by several builds (a base under many variants) is said once: the others must show.
    const said = new Map<string, NearMiss>();
    for (const m of e.plausible) {
      const text = `${what(m.template.resource.ref)} (${describeChange(m.change, e.selector)})`;
      if (!said.has(text)) said.set(text, m);
    }
    const shown = [...said].slice(0, MAX_RELATED);
    // Slips that all concern the value of one key (other values: `storage: persistent`, `storage:
    // persistent-regional`; or a template without the key) point at that value.
    const changes = [...e.changes.values()].map((group) => group[0]?.change);
    const keys = new Set(changes.map((c) => (c?.type === 'key' ? undefined : c?.key)));
    const [key] = keys;
    return {
      ...none,
      ...(keys.size === 1 && key !== undefined && Object.hasOwn(e.selector, key)
        ? { path: ['spec', 'selector', key] }
        : {}),
      hints: [{ id: 'severalNearMisses', data: { nearMisses: shown.map(([text]) => text).join(', ') } }],
      related: shown.map(([, m]) => templateLabels(m.template)),
    };
  }
  const candidates = e.unselectedBeside.length > 0 ? e.unselectedBeside : e.local;
  return { ...none, hints: [], related: closest(e.selector, candidates).map(templateLabels) };
}

/** The one slip that templates share: pointed at, and fixed unless one of them contradicts its own workload. */
function explainOneChange(
  service: ServiceView,
  selector: Readonly<Record<string, string>>,
  group: readonly NearMiss[],
): NearMissExplanation {
  const change = group[0]!.change;
  const path: Path = ['spec', 'selector', change.key];
  // A template its own controller's selector does not match is itself the likely mistake.
  const inconsistent = group.filter((m) => selfMismatch(m.template));
  const hints = [oneChangeHint(selector, group)];
  if (inconsistent.length > 0) {
    hints.push({
      id: 'templateMismatch',
      data: { workloads: inconsistent.map((m) => what(m.template.resource.ref)).join(', ') },
    });
  }
  return {
    path,
    anchor: change.type === 'key' ? 'key' : change.type === 'missing' ? 'pair' : undefined,
    fix: inconsistent.length === 0 ? oneChangeFix(service, path, change) : undefined,
    hints,
    related: group.map((m) => templateLabels(m.template)),
  };
}

/** The hint naming the templates that miss the selector by one slip, and the slip. */
function oneChangeHint(selector: Readonly<Record<string, string>>, group: readonly NearMiss[]): Hint {
  const change = group[0]!.change;
  const holders = {
    templates: group.map((m) => what(m.template.resource.ref)).join(', '),
    has: group.length === 1 ? 'has' : 'have',
    key: change.key,
    selected: selector[change.key] ?? '',
  };
  switch (change.type) {
    case 'value':
      return { id: 'wrongValue', data: { ...holders, value: change.value } };
    case 'key':
      return { id: 'wrongKey', data: { ...holders, newKey: change.newKey } };
    case 'missing':
      return { id: 'extraLabel', data: holders };
  }
}

/** The selector entry made like the templates': the value or the key replaced (a missing label has no fix). */
function oneChangeFix(service: ServiceView, path: Path, change: OneOff): Fix | undefined {
  if (change.type === 'value') return replaceScalarFix(service.resource.object, path, change.value);
  if (change.type === 'key') return renameKeyFix(service.resource.object, path, change.newKey);
  return undefined;
}

/** Workloads that carry the selector's labels in their own `metadata.labels`, which Pods never get. */
function explainLabelsOnWorkload(onWorkloadItself: readonly PodTemplateView[]): Explanation {
  return {
    hints: [
      {
        id: 'labelsOnWorkload',
        data: {
          workloads: onWorkloadItself.map((t) => what(t.resource.ref)).join(', '),
          labelsPath: onWorkloadItself[0]!.labelsPath.join('.'),
        },
      },
    ],
    related: onWorkloadItself.map((t) => related(t.resource, ['metadata', 'labels'])),
  };
}

/** Templates the selector matches in another namespace, which a Service never selects. */
function explainOtherNamespace(service: ServiceView, elsewhere: readonly PodTemplateView[]): Explanation {
  const shown = elsewhere.slice(0, MAX_RELATED);
  const hint: Hint = {
    id: 'otherNamespace',
    data: {
      templates: shown.map((t) => `${what(t.resource.ref)} (${describeNamespace(t.resource)})`).join(', '),
      has: shown.length === 1 ? 'has' : 'have',
      is: shown.length === 1 ? 'is' : 'are',
      unwritten:
        service.resource.namespaceSource === 'default'
          ? ` The Service's namespace is not written, so it depends on how it is applied (\`kubectl apply -n\`): write \`namespace: ${shown[0]!.resource.ref.namespace}\` to be sure.`
          : '',
    },
  };
  return {
    hints: [hint],
    related: shown.flatMap((t) =>
      t.resource.namespaceSource === 'explicit'
        ? [templateLabels(t), related(t.resource, namespaceNodePath(t.resource))]
        : [templateLabels(t)],
    ),
  };
}

/** The hint when nothing else explains the selector: the templates deployed with it that no Service selects. */
function unselectedBesideHint(
  selector: Readonly<Record<string, string>>,
  unselectedBeside: readonly PodTemplateView[],
): Hint {
  const candidates = closest(selector, unselectedBeside);
  return {
    id: 'unselectedBeside',
    data: {
      templates: candidates
        .map((t) => `${what(t.resource.ref)} (Pod labels ${formatLabels(t.labels)})`)
        .join(', '),
      is: candidates.length === 1 ? 'is' : 'are',
    },
  };
}

/** A hint after the first, written out: its template filled as strictly as a message. */
function hintText(hint: Hint): string {
  return formatMessage({ ...selectorMatchesNoWorkload.meta, messages: HINTS }, hint.id, hint.data);
}

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

/** A workload named like the Service: the same name, one a prefix of the other, or a typo apart. */
function namedAlike(service: string, workload: string): boolean {
  return (
    service === workload ||
    workload.startsWith(`${service}-`) ||
    service.startsWith(`${workload}-`) ||
    closestName(service, [workload]) === workload
  );
}

/** A version as a label value: `v10`, `1.2.3`, `v1-beta`... */
const VERSION = /^v?\d+(?:[._-][0-9a-z]+)*$/i;

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

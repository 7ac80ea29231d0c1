// Complexity (objects of one namespace): O(T·r + m·S) for T Pod templates of r selector requirements and m
// requirements their template does not meet; each of those scores every Service of the scan
// (ResourceIndex.near).
import type { Fix } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { ServiceView } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { MessageData, Rule } from '../engine/rule.js';
import type { PodTemplateView, SelectorRequirement } from '../engine/workloads.js';
import { formatLabels, POD_TEMPLATE_KINDS, requirementMatches, workloadIndex } from '../engine/workloads.js';
import { related, what } from './pairing.js';

/** The start of a message about a selector requirement the Pod template does not meet. */
const REQUIRES = '{{workload}} selector requires {{requirement}}, but ';
/** The end of it: why it matters and how to fix it. */
const AGREE =
  ' A {{kind}} manages only the Pods its selector matches, and its own Pods come from this template. {{why}} ' +
  'Make the selector and `{{labelsPath}}` agree{{immutable}}.';

export const workloadSelectorMismatch: Rule = {
  meta: {
    id: 'workload-selector-mismatch',
    severity: 'error',
    family: 'workloads',
    summary:
      "A Deployment's, StatefulSet's, DaemonSet's, ReplicaSet's (or manual-selector Job's) `spec.selector` does not match its own Pod template labels, or is missing or empty.",
    fixable: true,
    reads: [...POD_TEMPLATE_KINDS, 'Service'],
    why:
      'The API server rejects it ("`selector` does not match template `labels`"), so the change never reaches ' +
      'the cluster.',
    messages: {
      missingSelector:
        '{{workload}} has {{selector}}. {{apiVersion}} requires a non-empty selector that matches the Pod ' +
        "template's labels, and the API server rejects the object without one. Add `spec.selector.matchLabels` " +
        "with the template's labels{{example}}.",
      // Neither a selector nor a template label: a patch fragment more likely than a manifest.
      fragment:
        '{{workload}} has no `spec.selector` and its Pod template has no labels, so it reads as a patch ' +
        'fragment (the shape of a strategic-merge patch), not a whole object; no kustomization lists it and no ' +
        'GitOps application deploys it. Applied on its own, the API server rejects it: {{apiVersion}} requires a selector that ' +
        "matches the template's labels. If it is meant as a manifest, add `spec.template.metadata.labels` and " +
        'the same labels under `spec.selector.matchLabels`.',
      // `matchLabels` / `In` / `Exists`: the template lacks the key.
      missingLabel: REQUIRES + 'the Pod template has no `{{key}}` label.' + AGREE,
      // `matchLabels`: the template has another value, and no Service selects the selector's.
      wrongValue: REQUIRES + 'the Pod template has {{label}}. Did you mean {{label}}?' + AGREE,
      // `matchLabels`: the template has another value, and a Service selects the selector's.
      templateValue:
        REQUIRES +
        "the Pod template has {{label}}. {{services}} also selects {{requirement}}, so the template's label is " +
        'probably the one to change.' +
        AGREE,
      valueNotAmong: REQUIRES + 'the Pod template has {{label}}, which is not among the values.' + AGREE,
      excludedValue: REQUIRES + 'the Pod template has {{label}}, which the selector excludes.' + AGREE,
      forbiddenLabel: REQUIRES + 'the Pod template has {{label}}, which the selector forbids.' + AGREE,
    },
  },
  check({ index, report }) {
    const workloads = workloadIndex(index);
    for (const t of workloads.templates) {
      const selector = t.selector;
      if (!selector || selector.unknownOperator) continue;
      const who = what(t.resource.ref);
      const labels = related(
        t.resource,
        t.labelsPath,
        `${who} Pod template labels: ${formatLabels(t.labels)}`,
      );
      const suggestMatchLabels =
        Object.keys(t.labels).length > 0
          ? ` (for example \`matchLabels: {${Object.entries(t.labels)
              .map(([k, v]) => `${k}: ${v}`)
              .join(', ')}}\`)`
          : '';

      if (!selector.written || (selector.form === 'labelSelector' && selector.requirements.length === 0)) {
        if (selector.form === 'map' || (!selector.written && !selector.required)) continue;

        // Nothing to pair at all, and only a plain directory holds it (a kustomization's resource, or a file a
        // GitOps application deploys, is a whole object): whether this is a broken manifest or a patch kept for a script or another tool cannot
        // be known, so it is said as a notice, never an error (docs/precision.md).
        if (!selector.written && !t.labelsWritten && t.resource.units.every((u) => u.kind === 'directory')) {
          report({
            target: { resource: t.resource, path: selector.path },
            messageId: 'fragment',
            data: { workload: who, apiVersion: t.resource.object.apiVersion },
            severity: 'notice',
          });
          continue;
        }

        report({
          target: { resource: t.resource, path: selector.path },
          messageId: 'missingSelector',
          data: {
            workload: who,
            selector: selector.written ? 'an empty `spec.selector`' : 'no `spec.selector`',
            apiVersion: t.resource.object.apiVersion,
            example: suggestMatchLabels,
          },
          related: [labels],
        });
        continue;
      }

      for (const r of selector.requirements) {
        if (requirementMatches(r, t.labels)) continue;
        const { path, messageId, data, fix } = explain(t, r, index.near(t.resource, index.services));
        report({
          target: { resource: t.resource, path },
          messageId,
          data: {
            workload: who,
            requirement: describeRequirement(r),
            ...data,
            kind: t.resource.ref.kind,
            labelsPath: t.labelsPath.join('.'),
            immutable:
              t.resource.object.apiVersion === 'apps/v1'
                ? ' (the selector of an existing object is immutable in apps/v1, so for an object already in the cluster change the template)'
                : '',
          },
          related: [labels],
          fix,
        });
      }
    }
  },
};

function describeRequirement(r: SelectorRequirement): string {
  switch (r.operator) {
    case 'Equals':
      return `\`${r.key}: ${r.values[0] ?? ''}\``;
    case 'In':
      return `\`${r.key}\` in (${r.values.join(', ')})`;
    case 'NotIn':
      return `\`${r.key}\` not in (${r.values.join(', ')})`;
    case 'Exists':
      return `a \`${r.key}\` label`;
    case 'DoesNotExist':
      return `no \`${r.key}\` label`;
  }
}

/** Why the template misses a requirement: the message, its own data, where it points and the fix. */
function explain(
  t: PodTemplateView,
  r: SelectorRequirement,
  services: readonly ServiceView[],
): { path: Path; messageId: string; data: MessageData; fix?: Fix } {
  const has = Object.hasOwn(t.labels, r.key);
  const label = has ? `\`${r.key}: ${t.labels[r.key]}\`` : '';
  const missing = (path: Path) => ({ path, messageId: 'missingLabel', data: { key: r.key } });
  switch (r.operator) {
    case 'Equals': {
      if (!has) return missing(r.path);
      const value = t.labels[r.key] as string;
      // Change the selector only when no Service of the namespace selects the selector's value: if one does, the
      // template is the side that is wrong.
      const wanted = services.filter(
        (s) => s.resource.ref.namespace === t.resource.ref.namespace && s.selector?.[r.key] === r.values[0],
      );
      if (wanted.length > 0)
        return {
          path: r.path,
          messageId: 'templateValue',
          data: { label, services: wanted.map((s) => what(s.resource.ref)).join(', ') },
        };
      const fix = replaceScalarFix(t.resource.object, r.path, value);
      return { path: r.path, messageId: 'wrongValue', data: { label }, ...(fix ? { fix } : {}) };
    }
    case 'In':
      return has
        ? { path: [...r.path, 'values'], messageId: 'valueNotAmong', data: { label } }
        : missing([...r.path, 'key']);
    case 'NotIn':
      return { path: [...r.path, 'values'], messageId: 'excludedValue', data: { label } };
    case 'Exists':
      return missing([...r.path, 'key']);
    case 'DoesNotExist':
      return { path: [...r.path, 'key'], messageId: 'forbiddenLabel', data: { label } };
  }
}

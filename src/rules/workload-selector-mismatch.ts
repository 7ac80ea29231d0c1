// Complexity (objects of one namespace): O(T·r + m·S) for T Pod templates of r selector requirements and m
// requirements their template does not meet; each of those scores every Service of the scan
// (ResourceIndex.near).
import type { Fix } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { ServiceView } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { Rule } from '../engine/rule.js';
import type { PodTemplateView, SelectorRequirement } from '../engine/workloads.js';
import { formatLabels, POD_TEMPLATE_KINDS, requirementMatches, workloadIndex } from '../engine/workloads.js';
import { related, what } from './pairing.js';

const REJECTED =
  'The API server rejects it ("`selector` does not match template `labels`"), so the change never reaches the cluster.';

export const workloadSelectorMismatch: Rule = {
  meta: {
    id: 'workload-selector-mismatch',
    severity: 'error',
    family: 'workloads',
    summary:
      "A Deployment's, StatefulSet's, DaemonSet's, ReplicaSet's (or manual-selector Job's) `spec.selector` does not match its own Pod template labels, or is missing or empty.",
    fixable: true,
    reads: [...POD_TEMPLATE_KINDS, 'Service'],
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

        report({
          target: { resource: t.resource, path: selector.path },
          message:
            `${who} has ${selector.written ? 'an empty `spec.selector`' : 'no `spec.selector`'}. ` +
            `${t.resource.object.apiVersion} requires a non-empty selector that matches the Pod template's labels, and the API server rejects the object without one. ` +
            `Add \`spec.selector.matchLabels\` with the template's labels${suggestMatchLabels}.`,
          related: [labels],
        });
        continue;
      }

      for (const r of selector.requirements) {
        if (requirementMatches(r, t.labels)) continue;
        const { path, why, fix } = explain(t, r, index.near(t.resource, index.services));
        report({
          target: { resource: t.resource, path },
          message:
            `${who} selector requires ${describeRequirement(r)}, but ${why} ` +
            `A ${t.resource.ref.kind} manages only the Pods its selector matches, and its own Pods come from this template. ${REJECTED} ` +
            'Make the selector and `' +
            t.labelsPath.join('.') +
            '` agree' +
            (t.resource.object.apiVersion === 'apps/v1'
              ? ' (the selector of an existing object is immutable in apps/v1, so for an object already in the cluster change the template).'
              : '.'),
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

function explain(
  t: PodTemplateView,
  r: SelectorRequirement,
  services: readonly ServiceView[],
): { path: Path; why: string; fix?: Fix } {
  const has = Object.hasOwn(t.labels, r.key);
  const actual = has ? `\`${r.key}: ${t.labels[r.key]}\`` : '';
  switch (r.operator) {
    case 'Equals': {
      if (!has) return { path: r.path, why: `the Pod template has no \`${r.key}\` label.` };
      const value = t.labels[r.key] as string;
      // Change the selector only when no Service of the namespace selects the selector's value: if one does, the
      // template is the side that is wrong.
      const wanted = services.filter(
        (s) => s.resource.ref.namespace === t.resource.ref.namespace && s.selector?.[r.key] === r.values[0],
      );
      const fix = wanted.length > 0 ? undefined : replaceScalarFix(t.resource.object, r.path, value);
      return {
        path: r.path,
        why:
          `the Pod template has ${actual}.` +
          (wanted.length > 0
            ? ` ${wanted.map((s) => what(s.resource.ref)).join(', ')} also selects \`${r.key}: ${r.values[0] ?? ''}\`, so the template's label is probably the one to change.`
            : ` Did you mean \`${r.key}: ${value}\`?`),
        ...(fix ? { fix } : {}),
      };
    }
    case 'In':
      return has
        ? {
            path: [...r.path, 'values'],
            why: `the Pod template has ${actual}, which is not among the values.`,
          }
        : { path: [...r.path, 'key'], why: `the Pod template has no \`${r.key}\` label.` };
    case 'NotIn':
      return {
        path: [...r.path, 'values'],
        why: `the Pod template has ${actual}, which the selector excludes.`,
      };
    case 'Exists':
      return { path: [...r.path, 'key'], why: `the Pod template has no \`${r.key}\` label.` };
    case 'DoesNotExist':
      return { path: [...r.path, 'key'], why: `the Pod template has ${actual}, which the selector forbids.` };
  }
}

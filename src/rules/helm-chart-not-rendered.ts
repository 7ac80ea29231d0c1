// Complexity: O(f) for f files (one pass to find the charts' templates, one over the Chart.yaml files).
import type { Problem, Rule } from '../engine/rule.js';
import { CHART_FILE, dirOf } from '../engine/units.js';

/**
 * A Helm chart whose templates were not rendered, so nothing in them was checked: once per chart, on its
 * Chart.yaml, saying why (no helm, or helm's own message) and how to have it rendered (docs/helm.md).
 * A chart that rendered, or one inside another chart's `charts/` (its parent renders it), says nothing.
 */
export const helmChartNotRendered: Rule = {
  meta: {
    id: 'helm-chart-not-rendered',
    severity: 'notice',
    family: 'input',
    summary:
      'A Helm chart was not rendered (no helm, or helm refused it): the objects its templates make are not checked.',
    reads: [],
    why:
      'The Services, Endpoints and workloads its templates make are not checked, and the pairing rules treat ' +
      'what it may provide as unknown rather than missing.',
    messages: {
      helmNotRun:
        'Helm chart {{chart}} was not rendered ({{reason}}). {{why}} Install helm (GitHub-hosted runners have ' +
        "it), or name it with --helm PATH (the Action's `helm` input); or check the output of `helm template` " +
        '(`helm template … | kube-pairing -`).',
      helmRefused:
        'Helm chart {{chart}} was not rendered (helm template refused it: {{helmMessage}}). {{why}} Make it ' +
        'render without network: vendor its dependencies (`helm dependency build`, commit charts/), or give it ' +
        'the values it needs in .kube-pairing.yaml (`charts:` with `values:`).',
    },
  },
  check({ index, report }) {
    const templated = new Set<string>();
    for (const f of index.files) if (f.template?.chart !== undefined) templated.add(f.template.chart);
    for (const parsed of index.files) {
      const file = parsed.file.path;
      if (!CHART_FILE.test(file)) continue;
      const chart = dirOf(file);
      const parent = /(^|\/)charts\/[^/]+$/.test(chart) ? dirOf(dirOf(chart)) : undefined;
      if (
        parent !== undefined &&
        index.files.some((f) => CHART_FILE.test(f.file.path) && dirOf(f.file.path) === parent)
      )
        continue; // a subchart: its parent chart renders it
      const render = parsed.helmRender;
      if (render?.status === 'rendered') continue;
      if (render === undefined && !templated.has(chart)) continue;
      // helm's own message is data: why it refused the chart, or where it was looked for.
      const message: Pick<Problem, 'messageId' | 'data'> =
        render?.status === 'failed'
          ? { messageId: 'helmRefused', data: { chart, helmMessage: render.message } }
          : { messageId: 'helmNotRun', data: { chart, reason: render?.message ?? 'helm was not run' } };
      report({
        target: {
          file: parsed.file,
          region: {
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: Math.max(2, parsed.file.lineText(1).length + 1),
          },
        },
        ...message,
        key: chart,
      });
    }
  },
};

import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/check.js';
import { helmChartNotRendered } from '../../src/rules/helm-chart-not-rendered.js';
import { REPO } from '../helpers/cli.js';
import { ruleTester, writeCase } from '../helpers/rule-tester.js';

// Analysed in memory, helm is never run: a chart with templates is "not rendered (helm was not run)". The
// notices with helm's own message (no helm, helm refused) are checked below with the loader and a stand-in
// helm (__tests__/helpers/fake-helm.mjs), and through the CLI in __tests__/helm/render.test.ts.
const CHART = 'apiVersion: v2\nname: shop\nversion: 1.0.0\n';
const TEMPLATE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-db\n';

ruleTester(helmChartNotRendered, {
  valid: [
    {
      name: 'plain manifests, no chart',
      files: { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n' },
    },
    {
      name: 'a Chart.yaml without templates: nothing to render',
      files: { 'shop/Chart.yaml': CHART, 'shop/values.yaml': 'a: 1\n' },
    },
  ],
  invalid: [
    {
      name: 'a chart with a template: one notice on its Chart.yaml, first line',
      files: { 'shop/Chart.yaml': CHART, 'shop/templates/service.yaml': TEMPLATE },
      errors: [
        {
          file: 'shop/Chart.yaml',
          line: 1,
          column: 1,
          endColumn: 15,
          messageId: 'helmNotRun',
          data: { chart: 'shop', reason: 'helm was not run' },
        },
      ],
    },
    {
      name: 'a subchart in charts/ is rendered by its parent: only the parent is named, at the top too',
      files: {
        'Chart.yaml': CHART,
        'templates/service.yaml': TEMPLATE,
        'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 1.0.0\n',
        'charts/db/templates/service.yaml': TEMPLATE,
        'other/Chart.yaml': 'apiVersion: v2\nname: other\nversion: 1.0.0\n',
        'other/templates/deploy.yaml': TEMPLATE,
      },
      errors: [
        { file: 'Chart.yaml', line: 1, column: 1, messageId: 'helmNotRun', data: { chart: '.' } },
        { file: 'other/Chart.yaml', line: 1, column: 1, messageId: 'helmNotRun', data: { chart: 'other' } },
      ],
    },
  ],
});

describe('helm-chart-not-rendered, with helm asked for', () => {
  const FAKE_HELM = path.join(REPO, '__tests__/helpers/fake-helm.mjs');
  // Executable, even in a copy that lost the bit (Stryker's sandbox rewrites the files it copies).
  chmodSync(FAKE_HELM, 0o755);

  /** The rule's findings on a chart checked from disk with this helm binary. */
  async function findings(helm: string) {
    const dir = writeCase({ 'shop/Chart.yaml': CHART, 'shop/templates/service.yaml': TEMPLATE });
    try {
      const result = await checkManifests({ cwd: dir, patterns: ['.'], rules: [helmChartNotRendered], helm });
      return result.findings;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("helm refuses the chart: helm's message, and how to make the chart render", async () => {
    process.env.FAKE_HELM_MODE = 'fail';
    try {
      expect(await findings(FAKE_HELM)).toMatchObject([
        {
          rule: 'helm-chart-not-rendered',
          file: 'shop/Chart.yaml',
          line: 1,
          column: 1,
          severity: 'notice',
          messageId: 'helmRefused',
          data: {
            chart: 'shop',
            helmMessage:
              'An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: postgresql',
          },
        },
      ]);
    } finally {
      delete process.env.FAKE_HELM_MODE;
    }
  });

  it('no helm binary where it was named: where it was looked for, and how to name it', async () => {
    expect(await findings('/nonexistent/helm')).toMatchObject([
      {
        rule: 'helm-chart-not-rendered',
        file: 'shop/Chart.yaml',
        line: 1,
        column: 1,
        messageId: 'helmNotRun',
        data: { chart: 'shop', reason: 'no helm binary at /nonexistent/helm' },
      },
    ]);
  });
});

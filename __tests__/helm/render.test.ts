/**
 * Helm charts rendered by the CLI (dist/cli.js as a process) with a stand-in helm (helm cannot be
 * installed here: __tests__/helpers/fake-helm.mjs prints a stream in helm template's format, refuses, or
 * hangs), and renderChart in process for the time limit.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../src/helm/render.js';
import type { JsonReport } from '../../src/report/json.js';
import { FIXTURES, REPO, runCli } from '../helpers/cli.js';

const FAKE_HELM = path.join(REPO, '__tests__/helpers/fake-helm.mjs');
const RENDERED = path.join(FIXTURES, 'helm-rendered/external-db.txt');
const CHART = 'examples/helm/external-db';
const at = (f: { rule: string; file: string; line: number; column: number }) =>
  `${f.rule} ${f.file}:${f.line}:${f.column}`;

let work: string;
beforeAll(() => {
  chmodSync(FAKE_HELM, 0o755);
  work = mkdtempSync(path.join(tmpdir(), 'kp-helm-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
function check(mode: string, helm = FAKE_HELM) {
  const log = path.join(work, `${mode}-${++runs}.log`);
  const run = runCli(['examples/helm', '--helm', helm, '--format', 'json'], REPO, {
    FAKE_HELM_MODE: mode,
    FAKE_HELM_OUTPUT: RENDERED,
    FAKE_HELM_LOG: log,
  });
  const calls = (() => {
    try {
      return readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { argv: string[]; noPlugins?: string });
    } catch {
      return [];
    }
  })();
  return { run, report: JSON.parse(run.stdout) as JsonReport, calls };
}

describe('Helm charts, rendered', () => {
  it('renders each chart once with helm template (plugins off), and checks what it makes', () => {
    const { run, report, calls } = check('render');
    expect(calls).toEqual([
      {
        argv: ['template', 'external-db', `./${CHART}`, '--namespace', 'default'],
        cwd: REPO,
        noPlugins: '1',
      },
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(report.findings.map(at)).toEqual([
      `endpoints-deprecated ${CHART}/templates/endpoints.yaml:2:7`,
      `port-name-mismatch ${CHART}/templates/endpoints.yaml:12:15`,
    ]);
  });

  it('a finding points at the template line that writes the value, and relates the other template and the values line', () => {
    const mismatch = check('render').report.findings.find((f) => f.rule === 'port-name-mismatch')!;
    expect(mismatch).toMatchObject({
      file: `${CHART}/templates/endpoints.yaml`,
      line: 12,
      column: 15,
      endLine: 12,
    });
    expect(mismatch.endColumn).toBe(25); // `postgresql`
    // The Service's port name comes verbatim from {{ .Values.database.portName }}: the values line is related.
    expect(mismatch.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      `${CHART}/templates/service.yaml:9:13 Service default/external-db-db port \`postgres\` (5432/TCP)`,
      `${CHART}/values.yaml:5:13 the value comes from .Values.database.portName in ${CHART}/values.yaml`,
    ]);
    // The template line is certain: no "nearest line" note; fixes (of rendered lines) are dropped.
    expect(mismatch.message).not.toContain('rendered chart');
    expect(mismatch.fix).toBeUndefined();
    // Nothing points into the rendered stream itself.
    expect(JSON.stringify(check('render').report)).not.toContain('[helm template]');
  });

  it("a chart helm refuses: one notice with helm's message on Chart.yaml, the templates skipped, exit 0", () => {
    const { run, report } = check('fail');
    expect(run.status).toBe(0);
    expect(report.findings.map(at)).toEqual([`helm-chart-not-rendered ${CHART}/Chart.yaml:1:1`]);
    expect(report.findings[0]!.message).toContain(
      'helm template refused it: An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: postgresql',
    );
    expect(report.skippedFiles.map((s) => s.file)).toContain(`${CHART}/templates/endpoints.yaml`);
  });

  it('without helm: one notice saying how to enable it, the templates skipped as before', () => {
    const { run, report, calls } = check('render', '/nonexistent/helm');
    expect(calls).toEqual([]);
    expect(run.status).toBe(0);
    expect(report.findings.map(at)).toEqual([`helm-chart-not-rendered ${CHART}/Chart.yaml:1:1`]);
    expect(report.findings[0]!.message).toContain('(no helm binary at /nonexistent/helm)');
    expect(report.findings[0]!.message).toContain('name it with --helm PATH');
  });
});

describe('a value written in _helpers.tpl or values.yaml', () => {
  // A chart whose Endpoints port is written by a define of _helpers.tpl and whose Service ports are
  // `toYaml .Values.database.ports` (fixtures/helm/helpers-chart; rendered.txt is written by hand as helm
  // prints it for the chart's values).
  const HELPERS_CHART = path.join(FIXTURES, 'helm/helpers-chart');
  const HELPERS_RENDERED = path.join(HELPERS_CHART, 'rendered.txt');

  function checkIn(cwd: string) {
    const run = runCli(['chart', '--helm', FAKE_HELM, '--format', 'json'], cwd, {
      FAKE_HELM_OUTPUT: HELPERS_RENDERED,
    });
    const report = JSON.parse(run.stdout) as JsonReport;
    return { run, report, mismatch: report.findings.find((f) => f.rule === 'port-name-mismatch')! };
  }
  const where = (r: { file: string; line: number; column: number; message: string }) =>
    `${r.file}:${r.line}:${r.column} ${r.message}`;

  it('the finding lands on the helpers line that writes the value, relating the template line that includes it', () => {
    const { run, report, mismatch } = checkIn(HELPERS_CHART);
    expect(run.status).toBe(1);
    expect(report.findings.map(at)).toEqual([
      'port-name-mismatch chart/templates/_helpers.tpl:7:9',
      'endpoints-deprecated chart/templates/endpoints.yaml:2:7',
    ]);
    expect(mismatch).toMatchObject({ line: 7, column: 9, endLine: 7, endColumn: 19 }); // `postgresql`
    expect(mismatch.message).not.toContain('rendered chart');
    // The Service's port name is written in values.yaml (toYaml): its related location goes there.
    expect(mismatch.related.map(where)).toEqual([
      'chart/values.yaml:5:13 Service default/helpers-db-db port `postgres` (5432/TCP)',
      'chart/templates/service.yaml:9:3 Service helpers-db-db: its template writes the value through {{- toYaml .Values.database.ports | nindent 2 }}',
      'chart/templates/endpoints.yaml:11:7 Endpoints helpers-db-db: its template writes the value through {{- include "helpers-db.endpointPorts" . | nindent 6 }}',
    ]);
  });

  it('the text report shows the helpers line in its code frame', () => {
    const run = runCli(['chart', '--helm', FAKE_HELM], HELPERS_CHART, { FAKE_HELM_OUTPUT: HELPERS_RENDERED });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('chart/templates/_helpers.tpl\n  7:9  error  ');
    expect(run.stdout).toContain('    > 7 | - name: postgresql\n        |         ^^^^^^^^^^\n');
  });

  it("with the config's values file, the value's line in that file (the later one that sets it)", () => {
    const dir = mkdtempSync(path.join(work, 'helpers-'));
    cpSync(path.join(HELPERS_CHART, 'chart'), path.join(dir, 'chart'), { recursive: true });
    writeFileSync(
      path.join(dir, 'prod.yaml'),
      'database:\n  ports:\n    - name: postgres\n      port: 5432\n',
    );
    writeFileSync(
      path.join(dir, '.kube-pairing.yaml'),
      'charts:\n  - path: chart\n    values: [prod.yaml]\n',
    );
    const { mismatch } = checkIn(dir);
    expect(mismatch.related.map(where)[0]).toBe(
      'prod.yaml:3:13 Service default/helpers-db-db port `postgres` (5432/TCP)',
    );
  });
});

describe('renderChart', () => {
  it('stops a rendering that does not finish in time, and says so', async () => {
    process.env.FAKE_HELM_MODE = 'hang';
    try {
      const started = Date.now();
      const outcome = await renderChart(
        FAKE_HELM,
        { dir: CHART, release: 'x', namespace: 'default', values: [] },
        REPO,
        300,
      );
      expect(outcome).toEqual({ status: 'failed', message: 'helm template did not finish within 0.3 s' });
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      delete process.env.FAKE_HELM_MODE;
    }
  });

  it('passes the values files in order, after the namespace', async () => {
    const log = path.join(work, 'values.log');
    process.env.FAKE_HELM_LOG = log;
    process.env.FAKE_HELM_OUTPUT = RENDERED;
    try {
      const outcome = await renderChart(
        FAKE_HELM,
        { dir: CHART, release: 'prod-db', namespace: 'shop', values: ['values-prod.yaml', 'secrets.yaml'] },
        REPO,
      );
      expect(outcome.status).toBe('rendered');
      expect((JSON.parse(readFileSync(log, 'utf8')) as { argv: string[] }).argv).toEqual([
        'template',
        'prod-db',
        `./${CHART}`,
        '--namespace',
        'shop',
        '--values',
        'values-prod.yaml',
        '--values',
        'secrets.yaml',
      ]);
    } finally {
      delete process.env.FAKE_HELM_LOG;
      delete process.env.FAKE_HELM_OUTPUT;
    }
  });
});

describe('what is never given to helm (the repository controls the chart and the config)', () => {
  /** A copy of the example chart in a fresh directory, changed by `change`; the CLI run on it. */
  function run(change: (dir: string) => void) {
    const dir = mkdtempSync(path.join(work, 'repo-'));
    cpSync(path.join(REPO, CHART), path.join(dir, 'chart'), { recursive: true });
    change(dir);
    const log = path.join(dir, 'helm.log');
    const cli = runCli(['.', '--helm', FAKE_HELM, '--format', 'json'], dir, {
      FAKE_HELM_OUTPUT: RENDERED,
      FAKE_HELM_LOG: log,
    });
    let argv: string[] | undefined;
    try {
      argv = (JSON.parse(readFileSync(log, 'utf8')) as { argv: string[] }).argv;
    } catch {
      argv = undefined;
    }
    return {
      status: cli.status,
      report: JSON.parse(cli.stdout) as JsonReport,
      called: argv !== undefined,
      argv,
    };
  }

  it('a chart with a symbolic link in it (helm would follow it): not rendered, one notice, helm not run', () => {
    const { status, report, called } = run((dir) =>
      symlinkSync('/etc/hostname', path.join(dir, 'chart/templates/host.txt')),
    );
    expect(called).toBe(false);
    expect(status).toBe(0);
    expect(report.findings.map(at)).toEqual(['helm-chart-not-rendered chart/Chart.yaml:1:1']);
    expect(report.findings[0]!.message).toContain(
      'helm template refused it: the chart holds a symbolic link (chart/templates/host.txt), which helm would follow: not rendered',
    );
  });

  it('a values file outside the working directory, or reached through a link: not rendered, helm not run', () => {
    for (const values of ['/etc/hostname', '../outside.yaml', 'linked.yaml']) {
      const { report, called } = run((dir) => {
        writeFileSync(path.join(dir, '../outside.yaml'), 'a: 1\n');
        symlinkSync('/etc/hostname', path.join(dir, 'linked.yaml'));
        writeFileSync(
          path.join(dir, '.kube-pairing.yaml'),
          `charts:\n  - path: chart\n    values: [${values}]\n`,
        );
      });
      expect(called, values).toBe(false);
      expect(report.findings.map(at), values).toEqual(['helm-chart-not-rendered chart/Chart.yaml:1:1']);
    }
  });

  it("a values file inside the working directory is passed, the config's release and namespace too", () => {
    const { report, argv } = run((dir) => {
      writeFileSync(path.join(dir, 'prod.yaml'), 'database:\n  portName: postgresql\n');
      writeFileSync(
        path.join(dir, '.kube-pairing.yaml'),
        'charts:\n  - path: chart\n    release: shop\n    namespace: data\n    values: [prod.yaml]\n',
      );
    });
    expect(argv).toEqual(['template', 'shop', './chart', '--namespace', 'data', '--values', 'prod.yaml']);
    expect(report.findings.map(at)).toContain('port-name-mismatch chart/templates/endpoints.yaml:12:15');
  });
});

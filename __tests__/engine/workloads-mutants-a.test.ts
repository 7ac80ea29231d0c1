/**
 * src/engine/workloads.ts, the Pod template views and the workload index (mutation testing, docs/testing.md):
 * which objects carry a Pod template for which API versions, what a view holds (labels, container ports,
 * the controller's own selector), the labels controllers add to their Pods, which ConfigMaps a template reads
 * (for the ports it listens on without declaring them), and the index lookups by selector.
 */
import { describe, expect, it } from 'vitest';
import { indexOf } from '../helpers/scan-index.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import { ALL_RULES } from '../../src/rules/index.js';
import type { PodTemplateView } from '../../src/engine/workloads.js';
import {
  podHasLabel,
  podTemplateView,
  resolveTargetPort,
  selectorSelects,
  WorkloadIndex,
} from '../../src/engine/workloads.js';

/** The view of the one object of a file. */
function viewOf(text: string): PodTemplateView | undefined {
  const index = indexOf({ 'a/obj.yaml': text });
  expect(index.resources).toHaveLength(1);
  return podTemplateView(index.resources[0]!);
}

/** The view of the one object of a file, which must have one. */
function mustView(text: string): PodTemplateView {
  const view = viewOf(text);
  expect(view).toBeDefined();
  return view!;
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** A workload of that kind and apiVersion, with a Pod template labelled `app: <name>` (more spec lines after). */
const workload = (kind: string, apiVersion: string, name = 'web', ...spec: string[]): string =>
  lines(
    `apiVersion: ${apiVersion}`,
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    'spec:',
    ...spec,
    '  template:',
    '    metadata:',
    `      labels: {app: ${name}}`,
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: nginx',
  );

const pod = (apiVersion: string): string =>
  lines(
    `apiVersion: ${apiVersion}`,
    'kind: Pod',
    'metadata:',
    '  name: p',
    '  labels: {app: p}',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: nginx',
  );

describe('which objects carry a Pod template, by API version', () => {
  it('a Pod is a core v1 object only', () => {
    // kills #1110 (CORE accepting any version)
    expect(viewOf(pod('v1'))?.templatePath).toEqual([]);
    expect(viewOf(pod('apps/v1'))).toBeUndefined();
    expect(viewOf(pod('v2'))).toBeUndefined();
  });

  it('a Deployment is of apps or extensions, not of the core group', () => {
    // kills #1115, #1119, #1120, #1121
    expect(viewOf(workload('Deployment', 'apps/v1'))?.templatePath).toEqual(['spec', 'template']);
    expect(viewOf(workload('Deployment', 'extensions/v1beta1'))?.templatePath).toEqual(['spec', 'template']);
    expect(viewOf(workload('Deployment', 'v1'))).toBeUndefined();
  });

  it('a Job is of the batch group, not of the core group', () => {
    // kills #1124
    expect(viewOf(workload('Job', 'batch/v1'))?.templatePath).toEqual(['spec', 'template']);
    expect(viewOf(workload('Job', 'v1'))).toBeUndefined();
  });

  it('a Knative Service has a Pod template at spec.template, but a Service is never a workload', () => {
    // kills #1204, #1205, #1206, #1207
    expect(viewOf(workload('Service', 'serving.knative.dev/v1'))).toBeUndefined();
    expect(viewOf(workload('Rollout', 'argoproj.io/v1alpha1'))?.templatePath).toEqual(['spec', 'template']);
  });

  it('an unknown kind of a core version (no group) is no workload, even with a Pod template', () => {
    // kills #1209
    expect(viewOf(workload('Rollout', 'v1'))).toBeUndefined();
  });

  it('a Deployment without a Pod template has no view', () => {
    // kills #1224
    expect(
      viewOf(
        lines(
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  name: web',
          'spec:',
          '  replicas: 1',
        ),
      ),
    ).toBeUndefined();
    expect(
      viewOf(
        lines(
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  name: web',
          'spec:',
          '  template: 3',
        ),
      ),
    ).toBeUndefined();
  });
});

describe('what a view holds', () => {
  it('a template without init containers or ports has no ports, and a Pod no controller selector', () => {
    // kills #1175 (a missing list read as one item), #1231 (initPorts starting non-empty), #1278, #1298, #1308
    const view = mustView(pod('v1'));
    expect(view.ports).toEqual([]);
    expect(view.initPorts).toEqual([]);
    expect(Object.hasOwn(view, 'selector')).toBe(false);
  });

  it('container and port items that are no mappings are skipped', () => {
    // kills #1236, #1251
    const view = mustView(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: p',
        'spec:',
        '  containers:',
        '    - null',
        '    - name: app',
        '      ports:',
        '        - null',
        '        - containerPort: 80',
      ),
    );
    expect(view.ports.map((p) => [p.path, p.containerPort])).toEqual([
      [['spec', 'containers', 1, 'ports', 1], 80],
    ]);
  });

  it('a null port name and protocol are unnamed and TCP by default; a hostPort is there only when written', () => {
    // kills #1183 (null read as "null"), #1259, #1267, #1270
    const view = mustView(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: p',
        'spec:',
        '  containers:',
        '    - name: null',
        '      ports:',
        '        - {name: null, protocol: null, containerPort: 80}',
        '        - {name: metrics, protocol: UDP, containerPort: 90, hostPort: 9090}',
      ),
    );
    expect(view.ports[0]).toStrictEqual({
      path: ['spec', 'containers', 0, 'ports', 0],
      portsPath: ['spec', 'containers', 0, 'ports'],
      containerName: '',
      name: '',
      protocol: 'TCP',
      protocolExplicit: false,
      containerPort: 80,
    });
    expect(view.ports[1]).toStrictEqual({
      path: ['spec', 'containers', 0, 'ports', 1],
      portsPath: ['spec', 'containers', 0, 'ports'],
      containerName: '',
      name: 'metrics',
      protocol: 'UDP',
      protocolExplicit: true,
      containerPort: 90,
      hostPort: 9090,
    });
  });

  it('a label written without value is no label', () => {
    // kills #1193, #1195, #1196
    const view = mustView(
      workload('Deployment', 'apps/v1', 'web').replace(
        'labels: {app: web}',
        'labels: {app: web, tier: null}',
      ),
    );
    expect(view.labels).toEqual({ app: 'web' });
    expect(view.labelsWritten).toBe(true);
  });
});

describe("the controller's own selector", () => {
  it('a ReplicationController has a plain map selector, never of unknown operator', () => {
    // kills #1295, #1297
    const view = mustView(workload('ReplicationController', 'v1', 'web', '  selector: {app: web}'));
    expect(view.selector).toEqual({
      path: ['spec', 'selector'],
      written: true,
      form: 'map',
      requirements: [{ path: ['spec', 'selector', 'app'], key: 'app', operator: 'Equals', values: ['web'] }],
      unknownOperator: false,
      required: false,
    });
  });

  it("a Job's selector is checked only with manualSelector: true; a CronJob's never", () => {
    // kills #1298, #1300, #1301, #1304
    expect(
      viewOf(workload('Job', 'batch/v1', 'web', '  selector: {matchLabels: {app: web}}'))?.selector,
    ).toBeUndefined();
    expect(
      viewOf(
        workload(
          'Job',
          'batch/v1',
          'web',
          '  manualSelector: false',
          '  selector: {matchLabels: {app: web}}',
        ),
      )?.selector,
    ).toBeUndefined();
    const cron = lines(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: nightly',
      'spec:',
      '  manualSelector: true',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers: [{name: app, image: busybox}]',
    );
    const cronView = mustView(cron);
    expect(Object.hasOwn(cronView, 'selector')).toBe(false);
    const job = mustView(
      workload('Job', 'batch/v1', 'web', '  manualSelector: true', '  selector: {matchLabels: {app: web}}'),
    );
    expect(job.selector).toEqual({
      path: ['spec', 'selector'],
      written: true,
      form: 'labelSelector',
      requirements: [
        { path: ['spec', 'selector', 'matchLabels', 'app'], key: 'app', operator: 'Equals', values: ['web'] },
      ],
      unknownOperator: false,
      required: false,
    });
  });

  it('a match expression that is no mapping is skipped; one of unknown operator makes the selector unevaluated', () => {
    // kills #1175 (values of an Exists), #1322, #1325, #1331
    const view = mustView(
      workload(
        'Deployment',
        'apps/v1',
        'web',
        '  selector:',
        '    matchExpressions:',
        '      - null',
        '      - {key: app, operator: Exists}',
        '      - {key: tier, operator: Equals, values: [api]}',
      ),
    );
    expect(view.selector?.requirements).toEqual([
      { path: ['spec', 'selector', 'matchExpressions', 1], key: 'app', operator: 'Exists', values: [] },
    ]);
    expect(view.selector?.unknownOperator).toBe(true);
  });

  it('apps/v1 requires the selector; extensions/v1beta1 does not', () => {
    // kills #1338, #1340, #1341
    expect(
      viewOf(workload('Deployment', 'apps/v1', 'web', '  selector: {matchLabels: {app: web}}'))?.selector
        ?.required,
    ).toBe(true);
    expect(
      viewOf(workload('Deployment', 'extensions/v1beta1', 'web', '  selector: {matchLabels: {app: web}}'))
        ?.selector?.required,
    ).toBe(false);
  });
});

describe('the labels controllers add to their Pods', () => {
  const deployment = mustView(workload('Deployment', 'apps/v1', 'web'));
  const statefulSet = mustView(workload('StatefulSet', 'apps/v1', 'web'));
  const job = mustView(workload('Job', 'batch/v1', 'migrate'));
  const cronJob = mustView(
    lines(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: backup',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers: [{name: app, image: busybox}]',
    ),
  );

  it("a Deployment's Pods carry any pod-template-hash", () => {
    // kills #1368
    expect(podHasLabel(deployment, 'pod-template-hash', '5d4f8c7b9')).toBe(true);
  });

  it("a StatefulSet's Pod names are its name, a dash and an ordinal", () => {
    // kills #1373, #1375, #1377 (`db-01`: '1' follows the first name.length + 1 characters)
    const key = 'statefulset.kubernetes.io/pod-name';
    expect(podHasLabel(statefulSet, key, 'web-0')).toBe(true);
    expect(podHasLabel(statefulSet, key, 'web-x')).toBe(false);
    expect(podHasLabel(statefulSet, key, 'db-0')).toBe(false);
    expect(podHasLabel(statefulSet, key, 'db-01')).toBe(false);
  });

  it("a Job's Pods carry its own name as job-name", () => {
    // kills #1384, #1385, #1386, #1388, #1389, #1390
    for (const key of ['job-name', 'batch.kubernetes.io/job-name']) {
      expect(podHasLabel(job, key, 'migrate')).toBe(true);
      expect(podHasLabel(job, key, 'other')).toBe(false);
    }
  });

  it("a CronJob's Pods carry the name of a Job it created, its name and a suffix", () => {
    // kills #1394, #1395, #1397, #1398
    for (const key of ['job-name', 'batch.kubernetes.io/job-name']) {
      expect(podHasLabel(cronJob, key, 'backup-28374650')).toBe(true);
      expect(podHasLabel(cronJob, key, 'restore-28374650')).toBe(false);
    }
  });

  it('a selector selects only when every label is carried', () => {
    // kills #1420
    expect(selectorSelects({ app: 'web' }, deployment)).toBe(true);
    expect(selectorSelects({ app: 'web', tier: 'api' }, deployment)).toBe(false);
  });
});

describe('ports the Pods listen on without declaring them', () => {
  const port = { port: 80, targetPort: 8080, protocol: 'TCP', path: ['spec', 'ports', 0] };

  it('a number in the arguments is that number only, not any other', () => {
    // kills #1423
    const view = mustView(
      workload('Deployment', 'apps/v1', 'web').replace(
        '          image: nginx',
        '          image: nginx\n          args: ["--port=9090"]\n          ports: [{containerPort: 9090}]',
      ),
    );
    expect(resolveTargetPort(port, view)).toEqual({ kind: 'undeclared-number', number: 8080 });
    expect(resolveTargetPort({ ...port, targetPort: 9090 }, view)).toEqual({ kind: 'ok' });
  });

  /** A Deployment whose Pod spec has those lines (after `containers`), and a ConfigMap naming port 5317. */
  const scan = (
    podSpec: string[],
    configMapName = 'otel-config',
    app = 'web',
  ): { index: WorkloadIndex; view: PodTemplateView } => {
    const deploy = lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${app}`,
      'spec:',
      '  template:',
      '    metadata:',
      `      labels: {app: ${app}}`,
      '    spec:',
      ...podSpec,
    );
    const cm = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      `  name: "${configMapName}"`,
      'data:',
      '  config.yaml: "endpoint: 0.0.0.0:5317"',
    );
    const index = new WorkloadIndex(indexOf({ 'a/deploy.yaml': deploy, 'a/cm.yaml': cm }));
    expect(index.templates).toHaveLength(1);
    return { index, view: index.templates[0]! };
  };

  it('a port an argument names is listened on', () => {
    // kills #1519
    const { index, view } = scan([
      '      containers:',
      '        - name: app',
      '          args: ["--port=18080"]',
    ]);
    expect(index.listensOn(view, 18080)).toBe(true);
    expect(index.listensOn(view, 18081)).toBe(false);
  });

  it('a ConfigMap mounted as a volume names the port', () => {
    // kills #1425, #1426, #1428, #1429, #1435, #1437, #1440, #1441, #1443
    const { index, view } = scan([
      '      containers: [{name: app}]',
      '      volumes:',
      '        - null',
      '        - {name: config, configMap: {name: otel-config}}',
    ]);
    expect(index.listensOn(view, 5317)).toBe(true);
    expect(index.listensOn(view, 5318)).toBe(false);
  });

  it('a ConfigMap in a projected volume names the port', () => {
    // kills #1430
    const { index, view } = scan([
      '      containers: [{name: app}]',
      '      volumes:',
      '        - name: all',
      '          projected:',
      '            sources:',
      '              - null',
      '              - configMap: {name: otel-config}',
    ]);
    expect(index.listensOn(view, 5317)).toBe(true);
  });

  it('a ConfigMap read as environment, by a container or an init container, names the port', () => {
    // kills #1431, #1432, #1433
    const { index, view } = scan([
      '      containers:',
      '        - null',
      '        - name: app',
      '          envFrom: [null, {configMapRef: {name: otel-config}}]',
    ]);
    expect(index.listensOn(view, 5317)).toBe(true);
    const init = scan([
      '      containers: [{name: app}]',
      '      initContainers:',
      '        - name: setup',
      '          envFrom: [{configMapRef: {name: otel-config}}]',
    ]);
    expect(init.index.listensOn(init.view, 5317)).toBe(true);
  });

  it('a volume that is no ConfigMap reads none, not one named "undefined"', () => {
    // kills #1434, #1436, #1438, #1439
    const { index, view } = scan(
      ['      containers: [{name: app}]', '      volumes: [{name: tmp, emptyDir: {}}]'],
      'undefined',
    );
    expect(index.listensOn(view, 5317)).toBe(false);
  });

  it('a ConfigMap reference with an empty name reads no ConfigMap, not a nameless one', () => {
    // kills #1442, #1444
    const { index, view } = scan(
      ['      containers: [{name: app}]', '      volumes: [{name: c, configMap: {name: ""}}]'],
      '',
    );
    expect(index.listensOn(view, 5317)).toBe(false);
  });

  it('a template that reads no ConfigMap does not listen on what a ConfigMap of any name says', () => {
    // kills #1427 (a name every template would read)
    const { index, view } = scan(['      containers: [{name: app}]'], 'Stryker was here');
    expect(index.listensOn(view, 5317)).toBe(false);
  });
});

describe('the workload index: templates by selector', () => {
  const deployment = (name: string, namespace: string, labels: string): string =>
    lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${name}`,
      `  namespace: ${namespace}`,
      'spec:',
      '  template:',
      '    metadata:',
      `      labels: ${labels}`,
      '    spec:',
      '      containers: [{name: app, image: nginx}]',
    );
  const names = (templates: readonly PodTemplateView[]): string[] =>
    templates.map((t) => `${t.resource.ref.namespace}/${t.resource.ref.name}`);

  const index = new WorkloadIndex(
    indexOf({
      'a/one.yaml': deployment('one', 'shop', '{app: web, tier: api}'),
      'a/two.yaml': deployment('two', 'shop', '{app: api, tier: db}'),
      'a/three.yaml': deployment('three', 'other', '{app: web, tier: db}'),
      'a/four.yaml': deployment('four', 'other', '{app: web, tier: api, pod-template-hash: abc}'),
    }),
  );

  it('in a namespace: the templates that carry every label of the selector', () => {
    // kills #1470
    expect(names(index.matching('shop', { app: 'web', tier: 'db' }))).toEqual([]);
    expect(names(index.matching('shop', { app: 'web', tier: 'api' }))).toEqual(['shop/one']);
  });

  it('in a namespace, by controller-added labels only: every template whose controller adds them', () => {
    // kills #1470, #1471
    expect(names(index.matching('shop', { 'pod-template-hash': 'xyz' }))).toEqual(['shop/one', 'shop/two']);
  });

  it('outside a namespace: the templates of the other namespaces that carry every label', () => {
    // kills #1491, #1494, #1496, #1497
    expect(names(index.matchingOutside('shop', { app: 'web', tier: 'api' }))).toEqual(['other/four']);
    expect(names(index.matchingOutside('other', { app: 'web', tier: 'api' }))).toEqual(['shop/one']);
    expect(names(index.matchingOutside('shop', { app: 'web', tier: 'db' }))).toEqual(['other/three']);
  });

  it('outside a namespace, by a controller-added label: also the templates that do not write it', () => {
    // kills #1476 (looked up among written labels), #1491, #1492, #1494
    expect(names(index.matchingOutside('shop', { 'pod-template-hash': 'abc' }))).toEqual([
      'other/four',
      'other/three',
    ]);
    expect(names(index.matchingOutside('other', { 'pod-template-hash': 'xyz' }))).toEqual([
      'shop/one',
      'shop/two',
    ]);
  });

  it('a Service without selector selects nothing, and does not stop the others', () => {
    // kills #1506, #1507, #1508
    const withServices = new WorkloadIndex(
      indexOf({
        'a/one.yaml': deployment('one', 'shop', '{app: web}'),
        'a/two.yaml': deployment('two', 'shop', '{app: api}'),
        'a/svc.yaml': lines(
          'apiVersion: v1',
          'kind: Service',
          'metadata:',
          '  name: bare',
          '  namespace: shop',
          '---',
          'apiVersion: v1',
          'kind: Service',
          'metadata:',
          '  name: web',
          '  namespace: shop',
          'spec:',
          '  selector: {app: web}',
        ),
      }),
    );
    const [one, two] = withServices.templates;
    expect(withServices.isSelected(one!)).toBe(true);
    expect(withServices.isSelected(two!)).toBe(false);
  });
});

describe('WorkloadIndex.matching: the namespace of a lookup key cannot be forged by a label key', () => {
  it('a namespace and a label key with line breaks do not make a template of another namespace match', () => {
    const result = analyzeTexts(
      [
        {
          path: 'app.yaml',
          text: [
            'apiVersion: apps/v1',
            'kind: Deployment',
            'metadata: {name: web, namespace: a}',
            'spec:',
            '  selector: {matchLabels: {c: d}}',
            '  template:',
            '    metadata:',
            '      labels: {"b\\nc": d, c: d}',
            '    spec: {containers: [{name: web, image: web}]}',
            '---',
            'apiVersion: v1',
            'kind: Service',
            'metadata: {name: web, namespace: "a\\nb"}',
            'spec:',
            '  selector: {c: d}',
            '  ports: [{port: 80}]',
          ].join('\n'),
        },
      ],
      { rules: ALL_RULES },
    );
    expect(
      result.findings.filter((f) => f.rule === 'selector-matches-no-workload').map((f) => f.line),
    ).toEqual([15]);
  });
});

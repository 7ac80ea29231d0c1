/**
 * src/engine/workloads.ts, second part (mutation testing, docs/testing.md): whether Pods listen on a port they
 * do not declare (`listensOn`: their containers' command, args, env values and probes, native sidecars but not
 * plain init containers; else the ConfigMaps they read, deployed with them first), the Pod templates a Service
 * selects, the workload index cached per resource index, how a Service port's targetPort resolves against one
 * template (placeholders, digit strings, non-integers, no port declared), and the related locations of a template.
 */
import { describe, expect, it } from 'vitest';
import { indexOf } from '../helpers/scan-index.js';
import type { PodTemplateView } from '../../src/engine/workloads.js';
import {
  podTemplateRelated,
  resolveTargetPort,
  WorkloadIndex,
  workloadIndex,
} from '../../src/engine/workloads.js';

const indent = (text: string, by: number): string =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(by) + l))
    .join('\n');

/** A Deployment `web` (Pods labelled app=web) whose Pod spec is `podSpec` (YAML, not indented). */
const deployment = (podSpec: string, name = 'web'): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  selector: {matchLabels: {app: ${name}}}`,
    '  template:',
    `    metadata: {labels: {app: ${name}}}`,
    '    spec:',
    indent(podSpec, 6),
  ].join('\n') + '\n';

/** A ConfigMap of the default namespace with that data (YAML block under `data:`, not indented). */
const configMap = (name: string, data: string, apiVersion = 'v1', kind = 'ConfigMap'): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\ndata:\n${indent(data, 2)}\n`;

/** An app container that declares container port 8080 and mounts the ConfigMap `app-config`. */
const mounting = (name = 'app-config'): string =>
  [
    'containers:',
    '  - name: app',
    '    image: example/app:1',
    '    ports: [{name: http, containerPort: 8080}]',
    'volumes:',
    `  - {name: config, configMap: {name: ${name}}}`,
  ].join('\n');

const listening = 'config.yaml: |\n  server:\n    endpoint: 0.0.0.0:5317';
const quiet = 'config.yaml: |\n  server:\n    endpoint: 0.0.0.0:8080';

/** The one Pod template of the scan defined in that file, and the workload index holding it. */
function templateIn(files: Record<string, string>, path: string): { t: PodTemplateView; w: WorkloadIndex } {
  const w = workloadIndex(indexOf(files));
  const found = w.templates.filter((t) => t.resource.object.file.path === path);
  expect(found).toHaveLength(1);
  return { t: found[0]!, w };
}

/** Whether the Pods of the Deployment in `app/deploy.yaml` listen on `number` (WorkloadIndex.listensOn). */
const listensOn = (files: Record<string, string>, number: number): boolean => {
  const { t, w } = templateIn(files, 'app/deploy.yaml');
  return w.listensOn(t, number);
};

/** A Service port targeting `targetPort` over TCP. */
const port = (targetPort: unknown) => ({
  port: 80,
  targetPort,
  protocol: 'TCP',
  path: ['spec', 'ports', 0],
});

/** How `targetPort` resolves against the Deployment of that Pod spec, with the default `listensOn` (mentionsPort). */
const resolveIn = (podSpec: string, targetPort: unknown) =>
  resolveTargetPort(port(targetPort), templateIn({ 'deploy.yaml': deployment(podSpec) }, 'deploy.yaml').t);

/** An app container declaring container port 8080, with more lines (YAML, indented as container keys). */
const app = (...more: string[]): string =>
  [
    '- name: app',
    '  image: example/app:1',
    '  ports: [{name: http, containerPort: 8080}]',
    ...more.map((l) => `  ${l}`),
  ].join('\n');

const containers = (...items: string[]): string =>
  `containers:\n${items.map((i) => indent(i, 2)).join('\n')}`;

const undeclared = { kind: 'undeclared-number', number: 18080 };

describe('mentionsPort: the running containers name the port outside `ports`', () => {
  it('a container told to listen on it in its args serves it; the port next to it is not', () => {
    // kills #1680, #1681, #1682, #1684, #1694, #1696, #1698, #1700, #1701, #1702, #1704, #1706, #1707
    const spec = containers(app("args: ['--grpc', '--port=18080']"));
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
    expect(resolveIn(spec, 1808)).toEqual({ kind: 'undeclared-number', number: 1808 });
  });

  it('the listensOn of the workload index says yes on its own when a container names the port', () => {
    // kills #1521, #1522: no ConfigMap is read, so only the containers tell.
    const files = { 'app/deploy.yaml': deployment(containers(app("command: ['serve', '0.0.0.0:18080']"))) };
    expect(listensOn(files, 18080)).toBe(true);
    expect(listensOn(files, 18081)).toBe(false);
  });

  it('a number item of args (YAML integer) is no word that names the port', () => {
    // kills #1695, #1699
    expect(resolveIn(containers(app("args: ['--port', 18080]")), 18080)).toEqual(undeclared);
  });

  it('an env value naming the port serves it', () => {
    // kills #1697
    const spec = containers(app('env: [{name: ADDR, value: "0.0.0.0:18080"}, {name: EMPTY}]'));
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
  });

  it('one container of several naming the port is enough', () => {
    // kills #1693
    const spec = containers(app(), "- {name: proxy, image: example/proxy:1, args: ['--listen=:18080']}");
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
  });

  it('an item of `containers` that is no mapping is skipped', () => {
    // kills #1683: reading `command` of null would throw.
    const spec = containers('- null', app("args: ['--port=18080']"));
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
  });

  it('a native sidecar (init container with restartPolicy: Always) naming the port serves it', () => {
    // kills #1686, #1688, #1691, #1692
    const spec = [
      containers(app()),
      'initContainers:',
      "  - {name: proxy, image: example/proxy:1, restartPolicy: Always, args: ['--port=18080']}",
    ].join('\n');
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
  });

  it('a plain init container naming the port does not serve it: it has exited before the Pod serves', () => {
    // kills #1685, #1687, #1689, #1690, #1691
    const spec = [
      containers(app()),
      'initContainers:',
      "  - {name: wait, image: example/wait:1, args: ['--port=18080']}",
      "  - {name: setup, image: example/setup:1, restartPolicy: OnFailure, args: ['--port=18080']}",
    ].join('\n');
    expect(resolveIn(spec, 18080)).toEqual(undeclared);
  });

  it('a liveness probe with httpGet on the port serves it (no other probe needed)', () => {
    // kills #1708, #1709, #1710, #1713, #1714, #1715, #1716, #1719, #1721
    const spec = containers(app('livenessProbe: {httpGet: {path: /healthz, port: 18080}}'));
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
    expect(resolveIn(spec, 18081)).toEqual({ kind: 'undeclared-number', number: 18081 });
  });

  it('a readiness probe with tcpSocket on the port serves it', () => {
    // kills #1711, #1717
    const spec = containers(app('readinessProbe: {tcpSocket: {port: 18080}}'));
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
  });

  it('a startup probe with grpc on the port serves it', () => {
    // kills #1712, #1718
    const spec = containers(app('startupProbe: {grpc: {port: 18080}}'));
    expect(resolveIn(spec, 18080)).toEqual({ kind: 'ok' });
  });
});

describe('listensOn: a ConfigMap the Pods read names the port', () => {
  it('a ConfigMap mounted by the Pods whose data names the port: they listen on it', () => {
    // kills #1524, #1526, #1527, #1528, #1530, #1531, #1532, #1533, #1537, #1538, #1540, #1541, #1542,
    // #1543, #1546, #1547, #1549, #1550, #1555, #1556, #1558, #1560, #1561, #1562
    const files = {
      'app/deploy.yaml': deployment(mounting()),
      'app/cm.yaml': configMap('app-config', `other.txt: nothing here\n${listening}`),
    };
    expect(listensOn(files, 5317)).toBe(true);
    expect(listensOn(files, 5318)).toBe(false);
  });

  it('a ConfigMap the Pods do not read does not count, nor does a missing one', () => {
    // kills #1525 (no data at all: `every` is true), #1548
    const files = {
      'app/deploy.yaml': deployment(mounting('missing')),
      'app/cm.yaml': configMap('app-config', listening),
    };
    expect(listensOn(files, 5317)).toBe(false);
  });

  it('only a ConfigMap of the core API counts, not a Secret or a ConfigMap of another group of that name', () => {
    // kills #1534, #1535, #1536 (the Secret), #1539 (the custom ConfigMap)
    const secret = {
      'app/deploy.yaml': deployment(mounting()),
      'app/secret.yaml': configMap('app-config', listening, 'v1', 'Secret'),
    };
    expect(listensOn(secret, 5317)).toBe(false);
    const custom = {
      'app/deploy.yaml': deployment(mounting()),
      'app/cm.yaml': configMap('app-config', listening, 'example.com/v1'),
    };
    expect(listensOn(custom, 5317)).toBe(false);
  });

  it('a number in the data is no text that names the port', () => {
    // kills #1557, #1559
    const files = {
      'app/deploy.yaml': deployment(mounting()),
      'app/cm.yaml': configMap('app-config', 'port: 5317'),
    };
    expect(listensOn(files, 5317)).toBe(false);
  });

  it('of two ConfigMaps of that name, the one deployed with the Pods is read, the other one is not', () => {
    // kills #1544, #1545 (the first one of the name, in scan order, is kept), #1552
    const near = {
      'app/deploy.yaml': deployment(mounting()),
      'app/cm.yaml': configMap('app-config', listening),
      'other/cm.yaml': configMap('app-config', quiet),
    };
    expect(listensOn(near, 5317)).toBe(true);
    const far = {
      'app/deploy.yaml': deployment(mounting()),
      'app/cm.yaml': configMap('app-config', quiet),
      'other/cm.yaml': configMap('app-config', listening),
    };
    expect(listensOn(far, 5317)).toBe(false);
  });

  it('with none deployed with the Pods, a ConfigMap of that name anywhere is read', () => {
    // kills #1551, #1553, #1554
    const files = {
      'app/deploy.yaml': deployment(mounting()),
      'other/cm.yaml': configMap('app-config', listening),
    };
    expect(listensOn(files, 5317)).toBe(true);
  });
});

describe('the Pod templates a Service selects, and the index of an analysis', () => {
  it('a Service without selector selects no template', () => {
    // kills #1565, #1567
    const index = indexOf({
      'deploy.yaml': deployment(containers(app())),
      'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n',
    });
    const service = index.services[0]!;
    expect(service.selector).toBeNull();
    expect(workloadIndex(index).selectedBy(service)).toEqual([]);
  });

  it('the workload index of a resource index is built once', () => {
    // kills #1570
    const index = indexOf({ 'deploy.yaml': deployment(containers(app())) });
    const first = workloadIndex(index);
    expect(first).toBeInstanceOf(WorkloadIndex);
    expect(workloadIndex(index)).toBe(first);
  });
});

describe('resolveTargetPort: what there is nothing to say about', () => {
  const spec = containers(app());

  it('a placeholder targetPort is an unknown value: ok', () => {
    // kills #1594, #1595, #1596
    expect(resolveIn(spec, '${PORT}')).toEqual({ kind: 'ok' });
  });

  it('a string of digits is no port name: ok (invalid-port-name reports it)', () => {
    // kills #1603, #1604, #1610, #1612, #1613
    expect(resolveIn(spec, '8080')).toEqual({ kind: 'ok' });
    expect(resolveIn(spec, '9')).toEqual({ kind: 'ok' });
  });

  it('an empty targetPort is no port name: ok', () => {
    // kills #1605, #1607
    expect(resolveIn(spec, '')).toEqual({ kind: 'ok' });
  });

  it('a name that starts with digits is a name, looked up as such', () => {
    // kills #1609
    expect(resolveIn(spec, '8080x')).toEqual({ kind: 'no-such-name', name: '8080x' });
  });

  it('a number that is no integer, or no number at all, is not resolved: ok', () => {
    // kills #1637, #1638, #1643, #1644
    expect(resolveIn(spec, 80.5)).toEqual({ kind: 'ok' });
    expect(resolveIn(spec, true)).toEqual({ kind: 'ok' });
  });

  it('with no numeric container port declared there is nothing to compare against: ok', () => {
    // kills #1645, #1647 (a containerPort written as a string is no number), #1654, #1655
    expect(
      resolveIn(containers("- {name: app, image: a, ports: [{name: http, containerPort: '8080'}]}"), 9090),
    ).toEqual({
      kind: 'ok',
    });
    expect(resolveIn(containers('- {name: app, image: a}'), 9090)).toEqual({ kind: 'ok' });
  });

  it('a declared number of the same protocol: ok', () => {
    // kills #1668, #1669
    expect(resolveIn(spec, 8080)).toEqual({ kind: 'ok' });
  });

  it('an undeclared number the Pods listen on: ok', () => {
    // kills #1676, #1677
    const { t } = templateIn({ 'deploy.yaml': deployment(spec) }, 'deploy.yaml');
    expect(resolveTargetPort(port(9090), t, () => true)).toEqual({ kind: 'ok' });
    expect(resolveTargetPort(port(9090), t, () => false)).toEqual({
      kind: 'undeclared-number',
      number: 9090,
    });
  });
});

describe('podTemplateRelated: the labels and the container ports of a template', () => {
  it('names the labels, each list of container ports, or the containers when none declares a port', () => {
    // kills #1730, #1737, #1740
    const index = indexOf({
      'ports.yaml': deployment(
        containers(app(), '- {name: proxy, image: p, ports: [{containerPort: 9090}, {containerPort: 9091}]}'),
      ),
      'none.yaml': deployment(containers('- {name: app, image: a}'), 'bare'),
    });
    const related = (path: string) =>
      podTemplateRelated(
        workloadIndex(index).templates.find((t) => t.resource.object.file.path === path)!,
      ).map((r) => [r.path.join('.'), r.message]);
    expect(related('ports.yaml')).toEqual([
      ['spec.template.metadata.labels', 'Deployment default/web Pod labels (selected by the Service)'],
      ['spec.template.spec.containers.0.ports', 'Deployment default/web container ports'],
      ['spec.template.spec.containers.1.ports', 'Deployment default/web container ports'],
    ]);
    expect(related('none.yaml')).toEqual([
      ['spec.template.metadata.labels', 'Deployment default/bare Pod labels (selected by the Service)'],
      ['spec.template.spec.containers', 'Deployment default/bare containers (no ports declared)'],
    ]);
  });
});

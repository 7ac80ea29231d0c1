/**
 * Back to the template line (src/helm/template-map.ts), on real chart templates (fixtures/helm/*, see
 * fixtures/helm/README.md for their repositories and commits) and rendered streams in helm's output
 * format: helm's own `template` golden file, and streams written by hand for stated values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstObjectLine, placeInTemplate, valuesReference } from '../../src/helm/template-map.js';
import type { YamlPath } from '../../src/helm/template-map.js';
import { pairingPaths, renderedDocuments } from '../helpers/helm-measure.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'helm');
const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');

const CHARTS = [
  'helm-subchart',
  'grafana',
  'ingress-nginx',
  'cert-manager',
  'kube-prometheus-stack',
  'prometheus-node-exporter',
  'bitnami-nginx',
  'zenith-service',
  'mariadb',
];
const PAIRED_KINDS = [
  'Service',
  'Endpoints',
  'Deployment',
  'StatefulSet',
  'Ingress',
  'Certificate',
  'Issuer',
];

/** Every (object, path) of the rendered streams, placed: `<template>#<document> <path> -> line:column C|u`. */
function placeAll(): { chart: string; row: string; certain: boolean; found: boolean }[] {
  const rows = [];
  for (const chart of CHARTS) {
    for (const { source, index, object } of renderedDocuments(read(`${chart}/rendered.yaml`))) {
      if (!PAIRED_KINDS.includes(object.kind as string)) continue;
      // `# Source: <chart>/templates/x.yaml`; a subchart's is `<chart>/charts/<name>/templates/x.yaml`
      const file = source
        .split('/')
        .slice(1)
        .join('/')
        .replace(/charts\/subchart(\w)\//, (_, c: string) => `charts/subchart${c.toUpperCase()}/`);
      const template = read(`${chart}/${file}`);
      for (const p of pairingPaths(object)) {
        const place = placeInTemplate(template, p, index, { rendered: object });
        const at = place ? `${place.line}:${place.column} ${place.certain ? 'C' : 'u'}` : 'none';
        rows.push({
          chart,
          row: `${chart}/${file}#${index} ${p.join('.')} -> ${at}`,
          certain: !!place?.certain,
          found: !!place,
        });
      }
    }
  }
  return rows;
}

/**
 * Placed from the template alone (no chart files: these templates come from different commits, their
 * helpers are not vendored; following `include` and `toYaml` is measured in real-helm-output.test.ts).
 * Judged against the templates by reading each line: every row marked C is the line (and column) that
 * writes that value. Rows marked u: the `include` line that writes the selector labels (the value itself is
 * in _helpers.tpl), and cert-manager's webhook containerPort, written in three branches of an if/else.
 */
const JUDGED = [
  'helm-subchart/charts/subchartA/templates/service.yaml#0 metadata.name -> 4:9 C',
  'helm-subchart/charts/subchartA/templates/service.yaml#0 spec.ports.0.name -> 13:11 C',
  'helm-subchart/charts/subchartA/templates/service.yaml#0 spec.ports.0.port -> 10:11 C',
  'helm-subchart/charts/subchartA/templates/service.yaml#0 spec.ports.0.targetPort -> 11:17 C',
  'helm-subchart/charts/subchartA/templates/service.yaml#0 spec.ports.0.protocol -> 12:15 C',
  'helm-subchart/charts/subchartA/templates/service.yaml#0 spec.selector.app.kubernetes.io/name -> 15:29 C',
  'helm-subchart/charts/subchartB/templates/service.yaml#0 metadata.name -> 4:9 C',
  'helm-subchart/charts/subchartB/templates/service.yaml#0 spec.ports.0.name -> 13:11 C',
  'helm-subchart/charts/subchartB/templates/service.yaml#0 spec.ports.0.port -> 10:11 C',
  'helm-subchart/charts/subchartB/templates/service.yaml#0 spec.ports.0.targetPort -> 11:17 C',
  'helm-subchart/charts/subchartB/templates/service.yaml#0 spec.ports.0.protocol -> 12:15 C',
  'helm-subchart/charts/subchartB/templates/service.yaml#0 spec.selector.app.kubernetes.io/name -> 15:29 C',
  'helm-subchart/templates/service.yaml#0 metadata.name -> 4:9 C',
  'helm-subchart/templates/service.yaml#0 spec.ports.0.name -> 23:11 C',
  'helm-subchart/templates/service.yaml#0 spec.ports.0.port -> 20:11 C',
  'helm-subchart/templates/service.yaml#0 spec.ports.0.targetPort -> 21:17 C',
  'helm-subchart/templates/service.yaml#0 spec.ports.0.protocol -> 22:15 C',
  'helm-subchart/templates/service.yaml#0 spec.selector.app.kubernetes.io/name -> 25:29 C',
  'grafana/templates/service.yaml#0 metadata.name -> 6:9 C',
  'grafana/templates/service.yaml#0 metadata.namespace -> 7:14 C',
  'grafana/templates/service.yaml#0 spec.ports.0.name -> 46:13 C',
  'grafana/templates/service.yaml#0 spec.ports.0.port -> 47:13 C',
  'grafana/templates/service.yaml#0 spec.ports.0.targetPort -> 49:19 C',
  'grafana/templates/service.yaml#0 spec.ports.0.protocol -> 48:17 C',
  'grafana/templates/service.yaml#0 spec.selector.app.kubernetes.io/name -> 60:5 u',
  'grafana/templates/service.yaml#0 spec.selector.app.kubernetes.io/instance -> 60:5 u',
  'grafana/templates/ingress.yaml#0 metadata.name -> 13:9 C',
  'grafana/templates/ingress.yaml#0 metadata.namespace -> 14:14 C',
  'grafana/templates/ingress.yaml#0 spec.rules.0.http.paths.0.backend.serviceName -> 45:28 C',
  'grafana/templates/ingress.yaml#0 spec.rules.0.http.paths.0.backend.servicePort -> 46:28 C',
  'ingress-nginx/templates/controller-service.yaml#0 metadata.name -> 15:9 C',
  'ingress-nginx/templates/controller-service.yaml#0 metadata.namespace -> 16:14 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.0.name -> 61:13 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.0.port -> 62:13 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.0.targetPort -> 64:19 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.0.protocol -> 63:17 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.1.name -> 73:13 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.1.port -> 74:13 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.1.targetPort -> 76:19 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.1.protocol -> 75:17 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.2.name -> 85:13 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.2.port -> 86:13 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.2.targetPort -> 88:19 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.ports.2.protocol -> 87:17 C',
  'ingress-nginx/templates/controller-service.yaml#0 spec.selector.app.kubernetes.io/name -> 107:5 u',
  'ingress-nginx/templates/controller-service.yaml#0 spec.selector.app.kubernetes.io/instance -> 107:5 u',
  'ingress-nginx/templates/controller-service.yaml#0 spec.selector.app.kubernetes.io/component -> 108:34 C',
  'ingress-nginx/templates/default-backend-service.yaml#0 metadata.name -> 11:9 C',
  'ingress-nginx/templates/default-backend-service.yaml#0 metadata.namespace -> 12:14 C',
  'ingress-nginx/templates/default-backend-service.yaml#0 spec.ports.0.name -> 28:13 C',
  'ingress-nginx/templates/default-backend-service.yaml#0 spec.ports.0.port -> 29:13 C',
  'ingress-nginx/templates/default-backend-service.yaml#0 spec.ports.0.targetPort -> 31:19 C',
  'ingress-nginx/templates/default-backend-service.yaml#0 spec.ports.0.protocol -> 30:17 C',
  'ingress-nginx/templates/default-backend-service.yaml#0 spec.selector.app.kubernetes.io/name -> 36:5 u',
  'ingress-nginx/templates/default-backend-service.yaml#0 spec.selector.app.kubernetes.io/instance -> 36:5 u',
  'ingress-nginx/templates/default-backend-service.yaml#0 spec.selector.app.kubernetes.io/component -> 37:34 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#0 metadata.name -> 8:9 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#0 metadata.namespace -> 9:14 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#1 metadata.name -> 17:9 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#1 metadata.namespace -> 18:14 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#2 metadata.name -> 34:9 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#2 metadata.namespace -> 35:14 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#3 metadata.name -> 45:9 C',
  'ingress-nginx/templates/admission-webhooks/cert-manager.yaml#3 metadata.namespace -> 46:14 C',
  'cert-manager/templates/service.yaml#0 metadata.name -> 5:9 C',
  'cert-manager/templates/service.yaml#0 metadata.namespace -> 6:14 C',
  'cert-manager/templates/service.yaml#0 spec.ports.0.name -> 25:11 C',
  'cert-manager/templates/service.yaml#0 spec.ports.0.port -> 24:11 C',
  'cert-manager/templates/service.yaml#0 spec.ports.0.targetPort -> 26:17 C',
  'cert-manager/templates/service.yaml#0 spec.ports.0.protocol -> 23:15 C',
  'cert-manager/templates/service.yaml#0 spec.selector.app.kubernetes.io/name -> 28:29 C',
  'cert-manager/templates/service.yaml#0 spec.selector.app.kubernetes.io/instance -> 29:33 C',
  'cert-manager/templates/service.yaml#0 spec.selector.app.kubernetes.io/component -> 30:34 C',
  'cert-manager/templates/webhook-service.yaml#0 metadata.name -> 4:9 C',
  'cert-manager/templates/webhook-service.yaml#0 metadata.namespace -> 5:14 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.0.name -> 31:11 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.0.port -> 32:11 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.0.targetPort -> 34:17 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.0.protocol -> 33:15 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.1.name -> 36:11 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.1.port -> 37:11 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.1.targetPort -> 39:17 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.ports.1.protocol -> 38:15 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.selector.app.kubernetes.io/name -> 42:29 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.selector.app.kubernetes.io/instance -> 43:33 C',
  'cert-manager/templates/webhook-service.yaml#0 spec.selector.app.kubernetes.io/component -> 44:34 C',
  'cert-manager/templates/webhook-deployment.yaml#0 metadata.name -> 4:9 C',
  'cert-manager/templates/webhook-deployment.yaml#0 metadata.namespace -> 5:14 C',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.0.name -> 128:19 C',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.0.containerPort -> 131:28 u',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.0.protocol -> 129:23 C',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.1.name -> 137:19 C',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.1.containerPort -> 142:28 u',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.1.protocol -> 138:23 C',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.2.name -> 146:19 C',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.2.containerPort -> 145:28 C',
  'cert-manager/templates/webhook-deployment.yaml#0 spec.template.spec.containers.0.ports.2.protocol -> 147:23 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/endpoints.yaml#0 metadata.name -> 5:9 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/endpoints.yaml#0 metadata.namespace -> 10:14 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/endpoints.yaml#0 subsets.0.ports.0.name -> 17:15 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/endpoints.yaml#0 subsets.0.ports.0.port -> 18:15 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/endpoints.yaml#0 subsets.0.ports.0.protocol -> 19:19 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml#0 metadata.name -> 5:9 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml#0 metadata.namespace -> 10:14 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml#0 spec.ports.0.name -> 18:13 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml#0 spec.ports.0.port -> 19:13 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml#0 spec.ports.0.targetPort -> 21:19 C',
  'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml#0 spec.ports.0.protocol -> 20:17 C',
  'prometheus-node-exporter/templates/service.yaml#0 metadata.name -> 5:9 C',
  'prometheus-node-exporter/templates/service.yaml#0 metadata.namespace -> 6:14 C',
  'prometheus-node-exporter/templates/service.yaml#0 spec.ports.0.name -> 32:13 C',
  'prometheus-node-exporter/templates/service.yaml#0 spec.ports.0.port -> 26:13 C',
  'prometheus-node-exporter/templates/service.yaml#0 spec.ports.0.targetPort -> 30:19 C',
  'prometheus-node-exporter/templates/service.yaml#0 spec.ports.0.protocol -> 31:17 C',
  'prometheus-node-exporter/templates/service.yaml#0 spec.selector.app.kubernetes.io/name -> 34:5 u',
  'prometheus-node-exporter/templates/service.yaml#0 spec.selector.app.kubernetes.io/instance -> 34:5 u',
  'prometheus-node-exporter/templates/endpoints.yaml#0 metadata.name -> 5:9 C',
  'prometheus-node-exporter/templates/endpoints.yaml#0 metadata.namespace -> 6:14 C',
  'prometheus-node-exporter/templates/endpoints.yaml#0 subsets.0.ports.0.name -> 14:15 C',
  'prometheus-node-exporter/templates/endpoints.yaml#0 subsets.0.ports.0.port -> 15:15 C',
  'prometheus-node-exporter/templates/endpoints.yaml#0 subsets.0.ports.0.protocol -> 16:19 C',
  'bitnami-nginx/templates/svc.yaml#0 metadata.name -> 9:9 C',
  'bitnami-nginx/templates/svc.yaml#0 metadata.namespace -> 10:14 C',
  'bitnami-nginx/templates/svc.yaml#0 spec.ports.0.name -> 46:13 C',
  'bitnami-nginx/templates/svc.yaml#0 spec.ports.0.port -> 47:13 C',
  'bitnami-nginx/templates/svc.yaml#0 spec.ports.0.targetPort -> 48:19 C',
  'bitnami-nginx/templates/svc.yaml#0 spec.ports.1.name -> 53:13 C',
  'bitnami-nginx/templates/svc.yaml#0 spec.ports.1.port -> 54:13 C',
  'bitnami-nginx/templates/svc.yaml#0 spec.ports.1.targetPort -> 55:19 C',
  'bitnami-nginx/templates/svc.yaml#0 spec.selector.app.kubernetes.io/instance -> 68:13 u',
  'bitnami-nginx/templates/svc.yaml#0 spec.selector.app.kubernetes.io/name -> 68:13 u',
  'bitnami-nginx/templates/ingress.yaml#0 metadata.name -> 5:9 C',
  'bitnami-nginx/templates/ingress.yaml#0 spec.rules.0.http.paths.0.backend.serviceName -> 29:24 C',
  'bitnami-nginx/templates/ingress.yaml#0 spec.rules.0.http.paths.0.backend.servicePort -> 30:24 C',
  'zenith-service/templates/service.yaml#0 metadata.name -> 4:9 C',
  'zenith-service/templates/service.yaml#0 spec.ports.0.name -> 8:13 C',
  'zenith-service/templates/service.yaml#0 spec.ports.0.port -> 10:13 C',
  'zenith-service/templates/service.yaml#0 spec.ports.0.targetPort -> 11:19 C',
  'zenith-service/templates/service.yaml#0 spec.ports.0.protocol -> 9:17 C',
  'zenith-service/templates/endpoints.yaml#0 metadata.name -> 4:9 C',
  'zenith-service/templates/endpoints.yaml#0 subsets.0.ports.0.name -> 11:15 C',
  'zenith-service/templates/endpoints.yaml#0 subsets.0.ports.0.port -> 12:15 C',
  'zenith-service/templates/endpoints.yaml#0 subsets.1.ports.0.name -> 11:15 C',
  'zenith-service/templates/endpoints.yaml#0 subsets.1.ports.0.port -> 12:15 C',
  'zenith-service/templates/ingress.yaml#0 metadata.name -> 4:9 C',
  'zenith-service/templates/ingress.yaml#0 spec.rules.0.http.paths.0.backend.service.name -> 24:23 C',
  'zenith-service/templates/ingress.yaml#0 spec.rules.0.http.paths.0.backend.service.port.name -> 26:25 C',
  'mariadb/templates/master-svc.yaml#0 metadata.name -> 4:9 C',
  'mariadb/templates/master-svc.yaml#0 spec.ports.0.name -> 18:11 C',
  'mariadb/templates/master-svc.yaml#0 spec.ports.0.port -> 19:11 C',
  'mariadb/templates/master-svc.yaml#0 spec.ports.0.targetPort -> 20:17 C',
  'mariadb/templates/master-svc.yaml#0 spec.ports.1.name -> 22:11 C',
  'mariadb/templates/master-svc.yaml#0 spec.ports.1.port -> 23:11 C',
  'mariadb/templates/master-svc.yaml#0 spec.ports.1.targetPort -> 24:17 C',
  'mariadb/templates/master-svc.yaml#0 spec.selector.app -> 27:10 C',
  'mariadb/templates/master-svc.yaml#0 spec.selector.component -> 28:16 C',
  'mariadb/templates/master-svc.yaml#0 spec.selector.release -> 29:14 C',
  'mariadb/templates/master-statefulset.yaml#0 metadata.name -> 4:9 C',
  'mariadb/templates/master-statefulset.yaml#0 spec.template.spec.containers.0.ports.0.name -> 87:17 C',
  'mariadb/templates/master-statefulset.yaml#0 spec.template.spec.containers.0.ports.0.containerPort -> 88:26 C',
  'mariadb/templates/master-statefulset.yaml#0 spec.template.spec.containers.1.ports.0.name -> 133:17 C',
  'mariadb/templates/master-statefulset.yaml#0 spec.template.spec.containers.1.ports.0.containerPort -> 134:26 C',
];

describe('measurement: rendered streams of real charts back to the template line', () => {
  const rows = placeAll();

  it('places every (object, path) as judged', () => {
    expect(rows.map((r) => r.row)).toEqual(JUDGED);
  });

  it('maps every path to a line of its template, and at least 90% to the exact line', () => {
    expect(rows.every((r) => r.found)).toBe(true);
    const exact = rows.filter((r) => r.certain).length;
    expect(exact / rows.length).toBeGreaterThanOrEqual(0.9);
    const perChart = CHARTS.map((chart) => {
      const mine = rows.filter((r) => r.chart === chart);
      return `| ${chart} | ${mine.length} | ${mine.filter((r) => r.certain).length} | ${mine.filter((r) => !r.certain).length} |`;
    });
    expect(perChart).toEqual([
      '| helm-subchart | 18 | 18 | 0 |',
      '| grafana | 12 | 10 | 2 |',
      '| ingress-nginx | 34 | 30 | 4 |',
      '| cert-manager | 33 | 31 | 2 |',
      '| kube-prometheus-stack | 11 | 11 | 0 |',
      '| prometheus-node-exporter | 13 | 11 | 2 |',
      '| bitnami-nginx | 13 | 11 | 2 |',
      '| zenith-service | 13 | 13 | 0 |',
      '| mariadb | 15 | 15 | 0 |',
    ]);
  });
});

interface Case {
  name: string;
  file: string;
  path: YamlPath;
  document?: number;
  rendered?: unknown;
  line: number;
  column: number;
  certain: boolean;
}

const CASES: Case[] = [
  // helm's own test chart, rendered in helm's golden file
  {
    name: 'value after the key',
    file: 'helm-subchart/templates/service.yaml',
    path: ['metadata', 'name'],
    line: 4,
    column: 9,
    certain: true,
  },
  {
    name: 'key on a dash line',
    file: 'helm-subchart/templates/service.yaml',
    path: ['spec', 'ports', 0, 'port'],
    line: 20,
    column: 11,
    certain: true,
  },
  {
    name: 'label after if lines',
    file: 'helm-subchart/templates/service.yaml',
    path: ['spec', 'selector', 'app.kubernetes.io/name'],
    line: 25,
    column: 29,
    certain: true,
  },
  // grafana: everything under {{ range }}, keys in three if/else branches, include/tpl blocks
  {
    name: 'key inside a range over a map',
    file: 'grafana/templates/service.yaml',
    path: ['spec', 'ports', 0, 'name'],
    line: 46,
    column: 13,
    certain: true,
  },
  {
    name: 'same key in three branches',
    file: 'grafana/templates/service.yaml',
    path: ['spec', 'type'],
    line: 22,
    column: 9,
    certain: false,
  },
  {
    name: 'branch chosen by the rendered value',
    file: 'grafana/templates/service.yaml',
    path: ['spec', 'type'],
    rendered: { spec: { type: 'ClusterIP' } },
    line: 22,
    column: 9,
    certain: false,
  },
  {
    name: 'key from an include | nindent',
    file: 'grafana/templates/service.yaml',
    path: ['spec', 'selector', 'app.kubernetes.io/name'],
    line: 60,
    column: 5,
    certain: false,
  },
  {
    name: 'list item from a tpl (toYaml) block',
    file: 'grafana/templates/service.yaml',
    path: ['spec', 'ports', 1, 'name'],
    line: 57,
    column: 7,
    certain: false,
  },
  {
    name: 'item after a conditional toYaml block, counted from the end',
    file: 'grafana/templates/ingress.yaml',
    path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'servicePort'],
    rendered: {
      spec: {
        rules: [
          {
            host: 'g.example.com',
            http: { paths: [{ path: '/', backend: { serviceName: 'rel-grafana', servicePort: 80 } }] },
          },
        ],
      },
    },
    line: 46,
    column: 28,
    certain: true,
  },
  // ingress-nginx: conditional list items, items in a range, a multi-document template
  {
    name: 'conditional item without the rendered list',
    file: 'ingress-nginx/templates/controller-service.yaml',
    path: ['spec', 'ports', 0, 'name'],
    line: 61,
    column: 13,
    certain: false,
  },
  {
    name: 'conditional item told by its literal name',
    file: 'ingress-nginx/templates/controller-service.yaml',
    path: ['spec', 'ports', 0, 'port'],
    rendered: { spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }] } },
    line: 74,
    column: 13,
    certain: true,
  },
  {
    name: 'range item told by the text around its actions',
    file: 'ingress-nginx/templates/controller-service.yaml',
    path: ['spec', 'ports', 0, 'targetPort'],
    rendered: { spec: { ports: [{ name: '53-udp', port: 53, protocol: 'UDP', targetPort: '53-udp' }] } },
    line: 99,
    column: 19,
    certain: true,
  },
  {
    name: 'literal label after an include',
    file: 'ingress-nginx/templates/controller-service.yaml',
    path: ['spec', 'selector', 'app.kubernetes.io/component'],
    line: 108,
    column: 34,
    certain: true,
  },
  {
    name: 'fourth document, past a {{ end }} that closes three',
    file: 'ingress-nginx/templates/admission-webhooks/cert-manager.yaml',
    path: ['metadata', 'name'],
    document: 3,
    line: 45,
    column: 9,
    certain: false,
  },
  {
    name: 'the one document whose literal text fits the rendered name',
    file: 'ingress-nginx/templates/admission-webhooks/cert-manager.yaml',
    path: ['spec', 'issuerRef', 'name'],
    document: 0,
    rendered: {
      kind: 'Certificate',
      metadata: { name: 'rel-ingress-nginx-admission' },
      spec: {
        secretName: 'rel-ingress-nginx-admission',
        issuerRef: { name: 'rel-ingress-nginx-root-issuer' },
      },
    },
    line: 54,
    column: 11,
    certain: true,
  },
  {
    name: 'issuerRef key inside a toYaml branch',
    file: 'ingress-nginx/templates/admission-webhooks/cert-manager.yaml',
    path: ['spec', 'issuerRef', 'kind'],
    document: 3,
    line: 52,
    column: 5,
    certain: false,
  },
  // cert-manager: sequence at the key's indentation, container ports with if/else if/else values
  {
    name: 'list at the same indentation as its key',
    file: 'cert-manager/templates/webhook-service.yaml',
    path: ['spec', 'ports', 0, 'targetPort'],
    line: 34,
    column: 17,
    certain: true,
  },
  {
    name: 'the last, conditional item after steady ones',
    file: 'cert-manager/templates/webhook-service.yaml',
    path: ['spec', 'ports', 1, 'name'],
    line: 36,
    column: 11,
    certain: true,
  },
  {
    name: 'container port name',
    file: 'cert-manager/templates/webhook-deployment.yaml',
    path: ['spec', 'template', 'spec', 'containers', 0, 'ports', 1, 'name'],
    line: 137,
    column: 19,
    certain: true,
  },
  {
    name: 'containerPort in if / else if / else',
    file: 'cert-manager/templates/webhook-deployment.yaml',
    path: ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'containerPort'],
    line: 131,
    column: 28,
    certain: false,
  },
  {
    name: 'literal else branch told by the rendered value',
    file: 'cert-manager/templates/webhook-deployment.yaml',
    path: ['spec', 'template', 'spec', 'containers', 0, 'ports', 1, 'containerPort'],
    rendered: { spec: { template: { spec: { containers: [{ ports: [{}, { containerPort: 6080 }] }] } } } },
    line: 142,
    column: 28,
    certain: false,
  },
  {
    name: 'annotation under a key opened in an if',
    file: 'cert-manager/templates/webhook-deployment.yaml',
    path: ['spec', 'template', 'metadata', 'annotations', 'prometheus.io/port'],
    line: 52,
    column: 29,
    certain: false,
  },
  // kube-prometheus-stack: Endpoints, addresses in a range, selector in if/else
  {
    name: 'Endpoints port name',
    file: 'kube-prometheus-stack/templates/exporters/kube-etcd/endpoints.yaml',
    path: ['subsets', 0, 'ports', 0, 'name'],
    line: 17,
    column: 15,
    certain: true,
  },
  {
    name: 'address from a range',
    file: 'kube-prometheus-stack/templates/exporters/kube-etcd/endpoints.yaml',
    path: ['subsets', 0, 'addresses', 1, 'ip'],
    line: 14,
    column: 13,
    certain: true,
  },
  {
    name: 'namespace after an indent-4 include at column 1',
    file: 'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml',
    path: ['metadata', 'namespace'],
    line: 10,
    column: 14,
    certain: true,
  },
  {
    name: 'selector in the else of a toYaml',
    file: 'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml',
    path: ['spec', 'selector', 'component'],
    line: 27,
    column: 16,
    certain: true,
  },
  // prometheus-node-exporter: keys after a conditional key inside an item
  {
    name: 'port name last in its item',
    file: 'prometheus-node-exporter/templates/service.yaml',
    path: ['spec', 'ports', 0, 'name'],
    line: 32,
    column: 13,
    certain: true,
  },
  {
    name: 'labels: {{ include | indent 4 }} on the key line',
    file: 'prometheus-node-exporter/templates/endpoints.yaml',
    path: ['metadata', 'labels', 'app.kubernetes.io/name'],
    line: 7,
    column: 11,
    certain: false,
  },
  // bitnami nginx: a copyright comment over four lines, selector: {{- include }} on the key line
  {
    name: 'first key after a multi-line comment',
    file: 'bitnami-nginx/templates/svc.yaml',
    path: ['metadata', 'name'],
    line: 9,
    column: 9,
    certain: true,
  },
  {
    name: 'selector written by the include on its line',
    file: 'bitnami-nginx/templates/svc.yaml',
    path: ['spec', 'selector', 'app.kubernetes.io/name'],
    line: 68,
    column: 13,
    certain: false,
  },
  {
    name: 'rule from a range over hosts',
    file: 'bitnami-nginx/templates/ingress.yaml',
    path: ['spec', 'rules', 2, 'http', 'paths', 0, 'backend', 'servicePort'],
    line: 30,
    column: 24,
    certain: true,
  },
  // zenith: subsets from a range, Ingress v1 backend
  {
    name: 'Endpoints subset from a range',
    file: 'zenith-service/templates/endpoints.yaml',
    path: ['subsets', 1, 'ports', 0, 'port'],
    line: 12,
    column: 15,
    certain: true,
  },
  {
    name: 'Ingress v1 backend port name',
    file: 'zenith-service/templates/ingress.yaml',
    path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port', 'name'],
    line: 26,
    column: 25,
    certain: true,
  },
  // mariadb (helm's test data): block scalars, a conditional second container
  {
    name: 'key after a block scalar',
    file: 'mariadb/templates/tests.yaml',
    path: ['metadata', 'name'],
    line: 4,
    column: 9,
    certain: true,
  },
  {
    name: 'the block scalar itself (at its key)',
    file: 'mariadb/templates/tests.yaml',
    path: ['data', 'run.sh'],
    line: 6,
    column: 3,
    certain: true,
  },
  {
    name: 'block scalar filled by {{ | indent }} at column 1',
    file: 'mariadb/templates/master-configmap.yaml',
    path: ['data', 'my.cnf'],
    line: 13,
    column: 3,
    certain: true,
  },
  {
    name: 'conditional second container',
    file: 'mariadb/templates/master-statefulset.yaml',
    path: ['spec', 'template', 'spec', 'containers', 1, 'ports', 0, 'containerPort'],
    line: 134,
    column: 26,
    certain: true,
  },
];

describe('placeInTemplate', () => {
  it.each(CASES)('$name ($file)', (c) => {
    const place = placeInTemplate(
      read(c.file),
      c.path,
      c.document ?? 0,
      c.rendered === undefined ? {} : { rendered: c.rendered },
    );
    expect(place && { line: place.line, column: place.column, certain: place.certain }).toEqual({
      line: c.line,
      column: c.column,
      certain: c.certain,
    });
  });

  it('ends the column after the value', () => {
    const place = placeInTemplate(read('cert-manager/templates/service.yaml'), ['spec', 'ports', 0, 'name']);
    expect(place).toEqual({ line: 25, column: 11, endColumn: 40, certain: true });
  });

  it('finds no line in a template without YAML', () => {
    expect(placeInTemplate('{{- if .Values.x }}\n{{- end }}\n', ['metadata', 'name'])).toBeUndefined();
  });
});

describe('firstObjectLine', () => {
  it.each([
    ['bitnami-nginx/templates/svc.yaml', 0, 6],
    ['grafana/templates/service.yaml', 0, 3],
    ['grafana/templates/ingress.yaml', 0, 7],
    ['ingress-nginx/templates/admission-webhooks/cert-manager.yaml', 0, 5],
    ['ingress-nginx/templates/admission-webhooks/cert-manager.yaml', 2, 31],
    ['mariadb/templates/master-svc.yaml', 0, 1],
  ])('%s document %i starts on line %i', (file, document, line) => {
    expect(firstObjectLine(read(file), document)).toBe(line);
  });
});

describe('valuesReference', () => {
  it.each([
    [
      'kube-prometheus-stack/templates/exporters/kube-etcd/service.yaml',
      ['spec', 'ports', 0, 'port'],
      '.Values.kubeEtcd.service.port',
    ],
    ['ingress-nginx/templates/controller-service.yaml', ['spec', 'type'], '.Values.controller.service.type'],
    [
      'prometheus-node-exporter/templates/service.yaml',
      ['spec', 'ports', 0, 'name'],
      '.Values.service.portName',
    ],
    [
      'cert-manager/templates/webhook-service.yaml',
      ['spec', 'loadBalancerIP'],
      '.Values.webhook.loadBalancerIP',
    ],
    ['prometheus-node-exporter/templates/service.yaml', ['spec', 'ports', 0, 'port'], undefined],
    ['grafana/templates/service.yaml', ['spec', 'ports', 0, 'port'], undefined],
    ['cert-manager/templates/service.yaml', ['spec', 'ports', 0, 'port'], undefined],
  ] as const)('%s %j -> %s', (file, p, expected) => {
    const template = read(file);
    const place = placeInTemplate(template, p);
    expect(place).toBeDefined();
    expect(valuesReference(template, place!)).toBe(expected);
  });
});

/**
 * Back to the template line (src/helm/template-map.ts), measured on REAL `helm template` output: streams
 * that public repositories generate with helm from a chart at the same commit and commit next to it
 * (fixtures/helm/real-output/*, see its README.md for repositories, commits and paths). The method is the
 * one of template-map.test.ts; only the streams differ (there, all but helm's golden file are written by hand).
 * Each template is placed with its chart's files: the helpers vendored from the same commit, where an
 * `include` is followed into its `define`, and the values files the stream was rendered with, where a
 * `toYaml .Values...` is followed into the node it prints.
 *
 * What it shows: every path maps to the file that writes its value (the template, a helpers file, a values
 * file), and all 281 are placed on the exact line, certain. The template alone (no helpers, no values)
 * places 145 of them (51.6%): the others are written in `_helpers.tpl` or a values file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeInTemplate } from '../../src/helm/template-map.js';
import { pairingPaths, renderedDocuments } from '../helpers/helm-measure.js';
import type { ChartSources, ValuesFile } from '../../src/helm/template-map.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'helm', 'real-output');
const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');

/** Every file under a chart folder's `templates/` (the templates and the helpers vendored), by path under the chart. */
function templateFiles(chart: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(FIXTURES, chart, dir), { withFileTypes: true })) {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else files.set(file, read(`${chart}/${file}`));
    }
  };
  walk('templates');
  return files;
}

interface Chart {
  chart: string;
  source: string;
  streams: string[];
  /** The values files the streams were rendered with (vendored), in helm's merge order; per stream if they differ. */
  values?: string[] | ((stream: string) => string[]);
}

/** Each chart's folder, its repository at the commit both the stream and the templates were taken from, and its streams. */
const CHARTS: Chart[] = [
  { chart: 'calico', source: 'projectcalico/calico@87c15906', streams: ['rendered.yaml'] },
  { chart: 'longhorn', source: 'longhorn/longhorn@bb2f2223', streams: ['rendered.yaml'] },
  { chart: 'kubeshark', source: 'kubeshark/kubeshark@f97866f7', streams: ['rendered.yaml'] },
  {
    chart: 'envoy-gateway',
    source: 'envoyproxy/gateway@d32f2829',
    streams: ['rendered.yaml'],
    // the chart's values.yaml is `envsubst < values.tmpl.yaml` (two image lines differ), then `-f` this
    values: ['values.tmpl.yaml', 'default-config.in.yaml'],
  },
  {
    chart: 'opentelemetry-collector',
    source: 'open-telemetry/opentelemetry-helm-charts@dd5665c0',
    streams: [
      'rendered/daemonset-and-deployment/service.yaml',
      'rendered/daemonset-and-deployment/deployment.yaml',
      'rendered/daemonset-and-deployment/daemonset.yaml',
      'rendered/statefulset-only/service.yaml',
      'rendered/statefulset-only/statefulset.yaml',
    ],
  },
  { chart: 'ingress-nginx', source: 'kubernetes/ingress-nginx@fc38b9f2', streams: ['rendered.yaml'] },
];
/** A chart whose objects are all written by `define`s of another file (measured apart, see below). */
const WHOLE_OBJECTS_IN_HELPERS: Chart = {
  chart: 'opentelemetry-demo',
  source: 'open-telemetry/opentelemetry-helm-charts@dd5665c0',
  streams: ['rendered/component.yaml'],
};
const PAIRED_KINDS = ['Service', 'Endpoints', 'Deployment', 'StatefulSet', 'DaemonSet', 'Ingress'];

interface Row {
  chart: string;
  row: string;
  certain: boolean;
  found: boolean;
}

/**
 * Every (object, path) of a chart's streams, placed with the chart's files:
 * `<template>#<document> <kind> <path> -> [<file>:]<line>:<column> C|u [via <line>:<column>]`, the file
 * named when the place is in another file than the template (a helper's define, a values file), with the
 * template's action line it was followed from.
 */
function placeAll(charts: Chart[], withChart = true): Row[] {
  const rows = [];
  for (const { chart, streams, values } of charts) {
    const files = templateFiles(chart);
    for (const stream of streams) {
      const valuesFiles: ValuesFile[] = (typeof values === 'function' ? values(stream) : (values ?? [])).map(
        (file) => ({ file, text: read(`${chart}/${file}`) }),
      );
      for (const { source, index, object } of renderedDocuments(read(`${chart}/${stream}`))) {
        if (!PAIRED_KINDS.includes(object.kind as string)) continue;
        // `# Source: <chart>/templates/x.yaml`
        const file = source.split('/').slice(1).join('/');
        const sources: ChartSources = { template: file, files, values: valuesFiles };
        for (const p of pairingPaths(object)) {
          const place = placeInTemplate(files.get(file)!, p, index, {
            rendered: object,
            ...(withChart ? { chart: sources } : {}),
          });
          const where = place
            ? `${place.file === undefined || place.file === file ? '' : `${place.file}:`}${place.line}:${place.column} ${place.certain ? 'C' : 'u'}${place.through ? ` via ${place.through.line}:${place.through.column}` : ''}`
            : 'none';
          rows.push({
            chart,
            row: `${chart}/${file}#${index} ${object.kind as string} ${p.join('.')} -> ${where}`,
            certain: !!place?.certain,
            found: !!place,
          });
        }
      }
    }
  }
  return rows;
}

/**
 * Each place, judged by reading the line it gives (in the template, the helpers file or the values file),
 * with a verdict after the row:
 * - `exact`: certain, and the line (and column) that writes the value: a key or value the template or a
 *   define's body writes (`name: {{ $key }}` in a `range` of `_config.tpl`, `app.kubernetes.io/name: {{
 *   include "x.name" . }}` in `_helpers.tpl`), or the values node a `toYaml` prints;
 * - `include`: not certain, on the `include`/`toYaml`/`{{ $var }}` action line that writes the value, which
 *   could not be followed;
 * - `near`: not certain, the value is written in another file and the place is not the action that writes it;
 * - `missed`: not certain, the file of the place writes the value on another line.
 *
 * The one miss, in opentelemetry-demo (apart): the Ingress `metadata.name` is written in two branches of
 * `otel-demo.ingress` (`name: {{ $.name }}-{{ .name | lower }}` / `name: {{ $.name }}`), and the rendered
 * `frontend-proxy` fits both (its `-` fits the first's literal text); the place is the first (267), the
 * value is the second's (269: the ingress has no `name`).
 */
const JUDGED = [
  'calico/templates/calico-typha.yaml#1 Service metadata.name -> 8:9 C exact',
  'calico/templates/calico-typha.yaml#1 Service metadata.namespace -> 9:14 C exact',
  'calico/templates/calico-typha.yaml#1 Service spec.ports.0.name -> 17:13 C exact',
  'calico/templates/calico-typha.yaml#1 Service spec.ports.0.port -> 14:13 C exact',
  'calico/templates/calico-typha.yaml#1 Service spec.ports.0.targetPort -> 16:19 C exact',
  'calico/templates/calico-typha.yaml#1 Service spec.ports.0.protocol -> 15:17 C exact',
  'calico/templates/calico-typha.yaml#1 Service spec.selector.k8s-app -> 19:14 C exact',
  'calico/templates/calico-node.yaml#2 DaemonSet metadata.name -> 7:9 C exact',
  'calico/templates/calico-node.yaml#2 DaemonSet metadata.namespace -> 8:14 C exact',
  'calico/templates/calico-kube-controllers.yaml#2 Deployment metadata.name -> 5:9 C exact',
  'calico/templates/calico-kube-controllers.yaml#2 Deployment metadata.namespace -> 6:14 C exact',
  'calico/templates/calico-typha.yaml#2 Deployment metadata.name -> 28:9 C exact',
  'calico/templates/calico-typha.yaml#2 Deployment metadata.namespace -> 29:14 C exact',
  'calico/templates/calico-typha.yaml#2 Deployment spec.template.spec.containers.0.ports.0.name -> 95:21 C exact',
  'calico/templates/calico-typha.yaml#2 Deployment spec.template.spec.containers.0.ports.0.containerPort -> 94:30 C exact',
  'calico/templates/calico-typha.yaml#2 Deployment spec.template.spec.containers.0.ports.0.protocol -> 96:25 C exact',
  'longhorn/templates/daemonset-sa.yaml#0 Service metadata.name -> 209:9 C exact',
  'longhorn/templates/daemonset-sa.yaml#0 Service metadata.namespace -> 210:14 C exact',
  'longhorn/templates/daemonset-sa.yaml#0 Service spec.ports.0.name -> 220:11 C exact',
  'longhorn/templates/daemonset-sa.yaml#0 Service spec.ports.0.port -> 221:11 C exact',
  'longhorn/templates/daemonset-sa.yaml#0 Service spec.ports.0.targetPort -> 222:17 C exact',
  'longhorn/templates/daemonset-sa.yaml#0 Service spec.selector.app -> 218:10 C exact',
  'longhorn/templates/deployment-ui.yaml#0 Service metadata.name -> 172:9 C exact',
  'longhorn/templates/deployment-ui.yaml#0 Service metadata.namespace -> 173:14 C exact',
  'longhorn/templates/deployment-ui.yaml#0 Service spec.ports.0.name -> 196:11 C exact',
  'longhorn/templates/deployment-ui.yaml#0 Service spec.ports.0.port -> 197:11 C exact',
  'longhorn/templates/deployment-ui.yaml#0 Service spec.ports.0.targetPort -> 198:17 C exact',
  'longhorn/templates/deployment-ui.yaml#0 Service spec.selector.app -> 194:10 C exact',
  'longhorn/templates/services.yaml#0 Service metadata.name -> 6:9 C exact',
  'longhorn/templates/services.yaml#0 Service metadata.namespace -> 7:14 C exact',
  'longhorn/templates/services.yaml#0 Service spec.ports.0.name -> 13:11 C exact',
  'longhorn/templates/services.yaml#0 Service spec.ports.0.port -> 14:11 C exact',
  'longhorn/templates/services.yaml#0 Service spec.ports.0.targetPort -> 15:17 C exact',
  'longhorn/templates/services.yaml#0 Service spec.selector.longhorn.io/admission-webhook -> 11:36 C exact',
  'longhorn/templates/services.yaml#1 Service metadata.name -> 22:9 C exact',
  'longhorn/templates/services.yaml#1 Service metadata.namespace -> 23:14 C exact',
  'longhorn/templates/services.yaml#1 Service spec.ports.0.name -> 29:11 C exact',
  'longhorn/templates/services.yaml#1 Service spec.ports.0.port -> 30:11 C exact',
  'longhorn/templates/services.yaml#1 Service spec.ports.0.targetPort -> 31:17 C exact',
  'longhorn/templates/services.yaml#1 Service spec.selector.longhorn.io/recovery-backend -> 27:35 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet metadata.name -> 6:9 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet metadata.namespace -> 7:14 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet spec.template.spec.containers.0.ports.0.name -> 55:17 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet spec.template.spec.containers.0.ports.0.containerPort -> 54:26 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet spec.template.spec.containers.0.ports.1.name -> 57:17 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet spec.template.spec.containers.0.ports.1.containerPort -> 56:26 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet spec.template.spec.containers.0.ports.2.name -> 59:17 C exact',
  'longhorn/templates/daemonset-sa.yaml#1 DaemonSet spec.template.spec.containers.0.ports.2.containerPort -> 58:26 C exact',
  'longhorn/templates/deployment-driver.yaml#0 Deployment metadata.name -> 4:9 C exact',
  'longhorn/templates/deployment-driver.yaml#0 Deployment metadata.namespace -> 5:14 C exact',
  'longhorn/templates/deployment-ui.yaml#1 Deployment metadata.name -> 44:9 C exact',
  'longhorn/templates/deployment-ui.yaml#1 Deployment metadata.namespace -> 45:14 C exact',
  'longhorn/templates/deployment-ui.yaml#1 Deployment spec.template.spec.containers.0.ports.0.name -> 102:17 C exact',
  'longhorn/templates/deployment-ui.yaml#1 Deployment spec.template.spec.containers.0.ports.0.containerPort -> 101:26 C exact',
  'kubeshark/templates/05-hub-service.yaml#0 Service metadata.name -> 12:9 C exact',
  'kubeshark/templates/05-hub-service.yaml#0 Service metadata.namespace -> 13:14 C exact',
  'kubeshark/templates/05-hub-service.yaml#0 Service spec.ports.0.name -> 16:13 C exact',
  'kubeshark/templates/05-hub-service.yaml#0 Service spec.ports.0.port -> 17:13 C exact',
  'kubeshark/templates/05-hub-service.yaml#0 Service spec.ports.0.targetPort -> 18:19 C exact',
  'kubeshark/templates/05-hub-service.yaml#0 Service spec.selector.app.kubeshark.com/app -> 20:28 C exact',
  'kubeshark/templates/07-front-service.yaml#0 Service metadata.name -> 11:9 C exact',
  'kubeshark/templates/07-front-service.yaml#0 Service metadata.namespace -> 12:14 C exact',
  'kubeshark/templates/07-front-service.yaml#0 Service spec.ports.0.name -> 15:13 C exact',
  'kubeshark/templates/07-front-service.yaml#0 Service spec.ports.0.port -> 16:13 C exact',
  'kubeshark/templates/07-front-service.yaml#0 Service spec.ports.0.targetPort -> 17:19 C exact',
  'kubeshark/templates/07-front-service.yaml#0 Service spec.selector.app.kubeshark.com/app -> 19:28 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service metadata.name -> 13:9 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service metadata.namespace -> 14:14 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.ports.0.name -> 20:11 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.ports.0.port -> 22:11 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.ports.0.targetPort -> 23:17 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.ports.0.protocol -> 21:15 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.selector.app.kubeshark.com/app -> 17:28 C exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.selector.helm.sh/chart -> templates/_helpers.tpl:28:16 C via 18:5 exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/name -> templates/_helpers.tpl:41:25 C via 18:5 exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/instance -> templates/_helpers.tpl:42:29 C via 18:5 exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/version -> templates/_helpers.tpl:30:28 C via 18:5 exact',
  'kubeshark/templates/15-worker-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/managed-by -> templates/_helpers.tpl:31:31 C via 18:5 exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service metadata.name -> 13:9 C exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service metadata.namespace -> 14:14 C exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.ports.0.name -> 20:11 C exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.ports.0.port -> 22:11 C exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.ports.0.targetPort -> 23:17 C exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.ports.0.protocol -> 21:15 C exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.selector.app.kubeshark.com/app -> 17:28 C exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.selector.helm.sh/chart -> templates/_helpers.tpl:28:16 C via 18:5 exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/name -> templates/_helpers.tpl:41:25 C via 18:5 exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/instance -> templates/_helpers.tpl:42:29 C via 18:5 exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/version -> templates/_helpers.tpl:30:28 C via 18:5 exact',
  'kubeshark/templates/16-hub-service-metrics.yaml#0 Service spec.selector.app.kubernetes.io/managed-by -> templates/_helpers.tpl:31:31 C via 18:5 exact',
  'kubeshark/templates/09-worker-daemon-set.yaml#0 DaemonSet metadata.name -> 13:9 C exact',
  'kubeshark/templates/09-worker-daemon-set.yaml#0 DaemonSet metadata.namespace -> 14:14 C exact',
  'kubeshark/templates/09-worker-daemon-set.yaml#0 DaemonSet spec.template.spec.containers.0.ports.0.name -> 125:21 C exact',
  'kubeshark/templates/09-worker-daemon-set.yaml#0 DaemonSet spec.template.spec.containers.0.ports.0.containerPort -> 123:30 C exact',
  'kubeshark/templates/09-worker-daemon-set.yaml#0 DaemonSet spec.template.spec.containers.0.ports.0.protocol -> 124:25 C exact',
  'kubeshark/templates/04-hub-deployment.yaml#0 Deployment metadata.name -> 12:9 C exact',
  'kubeshark/templates/04-hub-deployment.yaml#0 Deployment metadata.namespace -> 13:14 C exact',
  'kubeshark/templates/06-front-deployment.yaml#0 Deployment metadata.name -> 11:9 C exact',
  'kubeshark/templates/06-front-deployment.yaml#0 Deployment metadata.namespace -> 12:14 C exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service metadata.name -> 4:9 C exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service metadata.namespace -> 5:14 C exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.0.name -> values.tmpl.yaml:115:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.0.port -> values.tmpl.yaml:116:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.0.targetPort -> values.tmpl.yaml:117:19 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.1.name -> values.tmpl.yaml:118:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.1.port -> values.tmpl.yaml:119:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.1.targetPort -> values.tmpl.yaml:120:19 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.2.name -> values.tmpl.yaml:121:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.2.port -> values.tmpl.yaml:122:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.2.targetPort -> values.tmpl.yaml:123:19 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.3.name -> values.tmpl.yaml:124:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.3.port -> values.tmpl.yaml:125:13 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.3.targetPort -> values.tmpl.yaml:126:19 C via 22:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.4.name -> 24:11 C exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.4.port -> 25:11 C exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.ports.4.targetPort -> 26:17 C exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.selector.control-plane -> 19:20 C exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.selector.app.kubernetes.io/name -> templates/_helpers.tpl:59:25 C via 20:3 exact',
  'envoy-gateway/templates/envoy-gateway-service.yaml#0 Service spec.selector.app.kubernetes.io/instance -> templates/_helpers.tpl:60:29 C via 20:3 exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment metadata.name -> 4:9 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment metadata.namespace -> 5:14 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.name -> 84:17 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.containerPort -> 83:26 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.name -> 84:17 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.containerPort -> 83:26 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.name -> 84:17 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.containerPort -> 83:26 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.3.name -> 84:17 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.3.containerPort -> 83:26 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.4.name -> 87:17 C exact',
  'envoy-gateway/templates/envoy-gateway-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.4.containerPort -> 88:26 C exact',
  'opentelemetry-collector/templates/service.yaml#0 Service metadata.name -> 5:9 C exact',
  'opentelemetry-collector/templates/service.yaml#0 Service metadata.namespace -> 6:14 C exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.selector.app.kubernetes.io/name -> templates/_helpers.tpl:81:25 C via 39:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.selector.app.kubernetes.io/instance -> templates/_helpers.tpl:82:29 C via 39:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.selector.component -> templates/_helpers.tpl:17:12 C via 40:5 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment metadata.name -> 5:9 C exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment metadata.namespace -> 6:14 C exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.name -> templates/_config.tpl:478:9 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.containerPort -> templates/_config.tpl:479:18 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.protocol -> templates/_config.tpl:480:13 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.name -> templates/_config.tpl:478:9 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.containerPort -> templates/_config.tpl:479:18 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.protocol -> templates/_config.tpl:480:13 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.name -> templates/_config.tpl:478:9 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.containerPort -> templates/_config.tpl:479:18 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.protocol -> templates/_config.tpl:480:13 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.3.name -> templates/_config.tpl:478:9 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.3.containerPort -> templates/_config.tpl:479:18 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.3.protocol -> templates/_config.tpl:480:13 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.4.name -> templates/_config.tpl:478:9 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.4.containerPort -> templates/_config.tpl:479:18 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.4.protocol -> templates/_config.tpl:480:13 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.5.name -> templates/_config.tpl:478:9 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.5.containerPort -> templates/_config.tpl:479:18 C via 56:7 exact',
  'opentelemetry-collector/templates/deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.5.protocol -> templates/_config.tpl:480:13 C via 56:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet metadata.name -> 5:9 C exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet metadata.namespace -> 6:14 C exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.0.name -> templates/_config.tpl:478:9 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.0.containerPort -> templates/_config.tpl:479:18 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.0.protocol -> templates/_config.tpl:480:13 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.1.name -> templates/_config.tpl:478:9 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.1.containerPort -> templates/_config.tpl:479:18 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.1.protocol -> templates/_config.tpl:480:13 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.2.name -> templates/_config.tpl:478:9 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.2.containerPort -> templates/_config.tpl:479:18 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.2.protocol -> templates/_config.tpl:480:13 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.3.name -> templates/_config.tpl:478:9 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.3.containerPort -> templates/_config.tpl:479:18 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.3.protocol -> templates/_config.tpl:480:13 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.4.name -> templates/_config.tpl:478:9 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.4.containerPort -> templates/_config.tpl:479:18 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.4.protocol -> templates/_config.tpl:480:13 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.5.name -> templates/_config.tpl:478:9 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.5.containerPort -> templates/_config.tpl:479:18 C via 43:7 exact',
  'opentelemetry-collector/templates/daemonset.yaml#0 DaemonSet spec.template.spec.containers.0.ports.5.protocol -> templates/_config.tpl:480:13 C via 43:7 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service metadata.name -> 5:9 C exact',
  'opentelemetry-collector/templates/service.yaml#0 Service metadata.namespace -> 6:14 C exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.0.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.1.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.2.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.3.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.4.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.name -> templates/_config.tpl:459:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.port -> templates/_config.tpl:460:9 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.targetPort -> templates/_config.tpl:461:15 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.ports.5.protocol -> templates/_config.tpl:462:13 C via 36:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.selector.app.kubernetes.io/name -> templates/_helpers.tpl:81:25 C via 39:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.selector.app.kubernetes.io/instance -> templates/_helpers.tpl:82:29 C via 39:5 exact',
  'opentelemetry-collector/templates/service.yaml#0 Service spec.selector.component -> templates/_helpers.tpl:23:12 C via 40:5 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet metadata.name -> 5:9 C exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet metadata.namespace -> 6:14 C exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.0.name -> templates/_config.tpl:478:9 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.0.containerPort -> templates/_config.tpl:479:18 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.0.protocol -> templates/_config.tpl:480:13 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.1.name -> templates/_config.tpl:478:9 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.1.containerPort -> templates/_config.tpl:479:18 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.1.protocol -> templates/_config.tpl:480:13 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.2.name -> templates/_config.tpl:478:9 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.2.containerPort -> templates/_config.tpl:479:18 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.2.protocol -> templates/_config.tpl:480:13 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.3.name -> templates/_config.tpl:478:9 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.3.containerPort -> templates/_config.tpl:479:18 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.3.protocol -> templates/_config.tpl:480:13 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.4.name -> templates/_config.tpl:478:9 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.4.containerPort -> templates/_config.tpl:479:18 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.4.protocol -> templates/_config.tpl:480:13 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.5.name -> templates/_config.tpl:478:9 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.5.containerPort -> templates/_config.tpl:479:18 C via 63:7 exact',
  'opentelemetry-collector/templates/statefulset.yaml#0 StatefulSet spec.template.spec.containers.0.ports.5.protocol -> templates/_config.tpl:480:13 C via 63:7 exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service metadata.name -> 14:9 C exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service metadata.namespace -> 15:14 C exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service spec.ports.0.name -> 31:13 C exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service spec.ports.0.port -> 32:13 C exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service spec.ports.0.targetPort -> 33:19 C exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service spec.selector.app.kubernetes.io/name -> templates/_helpers.tpl:98:25 C via 38:5 exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service spec.selector.app.kubernetes.io/instance -> templates/_helpers.tpl:99:29 C via 38:5 exact',
  'ingress-nginx/templates/controller-service-webhook.yaml#0 Service spec.selector.app.kubernetes.io/component -> 39:34 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service metadata.name -> 15:9 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service metadata.namespace -> 16:14 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.0.name -> 53:13 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.0.port -> 54:13 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.0.targetPort -> 56:19 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.0.protocol -> 55:17 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.1.name -> 65:13 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.1.port -> 66:13 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.1.targetPort -> 68:19 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.ports.1.protocol -> 67:17 C exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.selector.app.kubernetes.io/name -> templates/_helpers.tpl:98:25 C via 99:5 exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.selector.app.kubernetes.io/instance -> templates/_helpers.tpl:99:29 C via 99:5 exact',
  'ingress-nginx/templates/controller-service.yaml#0 Service spec.selector.app.kubernetes.io/component -> 100:34 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment metadata.name -> 12:9 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment metadata.namespace -> 13:14 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.name -> 110:21 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.containerPort -> 111:30 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.0.protocol -> 112:25 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.name -> 110:21 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.containerPort -> 111:30 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.1.protocol -> 112:25 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.name -> 123:21 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.containerPort -> 124:30 C exact',
  'ingress-nginx/templates/controller-deployment.yaml#0 Deployment spec.template.spec.containers.0.ports.2.protocol -> 125:25 C exact',
];

/** The rows of opentelemetry-demo, judged alike. */
const JUDGED_APART = [
  'opentelemetry-demo/templates/component.yaml#0 Service metadata.name -> templates/_objects.tpl:171:9 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#0 Service spec.ports.0.name -> templates/_objects.tpl:191:13 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#0 Service spec.ports.0.port -> templates/_objects.tpl:190:13 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#0 Service spec.ports.0.targetPort -> templates/_objects.tpl:192:19 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#0 Service spec.selector.opentelemetry.io/name -> templates/_helpers.tpl:49:24 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#1 Service metadata.name -> templates/_objects.tpl:171:9 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#1 Service spec.ports.0.name -> templates/_objects.tpl:191:13 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#1 Service spec.ports.0.port -> templates/_objects.tpl:190:13 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#1 Service spec.ports.0.targetPort -> templates/_objects.tpl:192:19 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#1 Service spec.selector.opentelemetry.io/name -> templates/_helpers.tpl:49:24 C via 13:9 exact',
  'opentelemetry-demo/templates/component.yaml#2 Deployment metadata.name -> templates/_objects.tpl:9:9 C via 12:9 exact',
  'opentelemetry-demo/templates/component.yaml#2 Deployment spec.template.spec.containers.0.ports.0.name -> templates/_pod.tpl:60:9 C via 12:9 exact',
  'opentelemetry-demo/templates/component.yaml#2 Deployment spec.template.spec.containers.0.ports.0.containerPort -> templates/_pod.tpl:59:18 C via 12:9 exact',
  'opentelemetry-demo/templates/component.yaml#3 Deployment metadata.name -> templates/_objects.tpl:9:9 C via 12:9 exact',
  'opentelemetry-demo/templates/component.yaml#3 Deployment spec.template.spec.containers.0.ports.0.name -> templates/_pod.tpl:60:9 C via 12:9 exact',
  'opentelemetry-demo/templates/component.yaml#3 Deployment spec.template.spec.containers.0.ports.0.containerPort -> templates/_pod.tpl:59:18 C via 12:9 exact',
  'opentelemetry-demo/templates/component.yaml#4 Ingress metadata.name -> templates/_objects.tpl:267:9 u via 14:9 missed',
  'opentelemetry-demo/templates/component.yaml#4 Ingress spec.rules.0.http.paths.0.backend.service.name -> templates/_objects.tpl:303:23 C via 14:9 exact',
  'opentelemetry-demo/templates/component.yaml#4 Ingress spec.rules.0.http.paths.0.backend.service.port.number -> templates/_objects.tpl:305:27 C via 14:9 exact',
];

const verdictOf = (judged: string): string => judged.slice(judged.lastIndexOf(' ') + 1);
const withoutVerdict = (judged: string): string => judged.slice(0, judged.lastIndexOf(' '));

function table(rows: Row[], judged: string[], charts: { chart: string; source: string }[]): string[] {
  return charts.map(({ chart, source }) => {
    const mine = judged.filter((_, i) => rows[i]!.chart === chart).map(verdictOf);
    const count = (...verdicts: string[]): number => mine.filter((v) => verdicts.includes(v)).length;
    return `| ${chart} (${source}) | ${mine.length} | ${count('exact', 'missed')} | ${count('exact')} | ${count('include')} | ${count('near', 'missed')} |`;
  });
}

describe('measurement: real helm output back to the line that writes the value', () => {
  const rows = placeAll(CHARTS);
  const judged = JUDGED;

  it('places every (object, path) as judged', () => {
    expect(rows.map((r) => r.row)).toEqual(JUDGED.map(withoutVerdict));
  });

  it('is certain only where the place is the exact line', () => {
    rows.forEach((r, i) => expect(r.certain, r.row).toBe(verdictOf(judged[i]!) === 'exact'));
  });

  it('maps every path to the file that writes its value, and >= 90% of all paths to the exact line', () => {
    expect(rows.every((r) => r.found)).toBe(true);
    const verdicts = judged.map(verdictOf);
    const exact = verdicts.filter((v) => v === 'exact').length;
    const inFile = verdicts.filter((v) => v === 'exact' || v === 'missed').length;
    expect(inFile / rows.length).toBe(1);
    expect(exact / rows.length).toBeGreaterThanOrEqual(0.9);
    expect([rows.length, inFile, exact]).toEqual([281, 281, 281]);
    expect(table(rows, judged, CHARTS)).toEqual([
      '| calico (projectcalico/calico@87c15906) | 16 | 16 | 16 | 0 | 0 |',
      '| longhorn (longhorn/longhorn@bb2f2223) | 38 | 38 | 38 | 0 | 0 |',
      '| kubeshark (kubeshark/kubeshark@f97866f7) | 45 | 45 | 45 | 0 | 0 |',
      '| envoy-gateway (envoyproxy/gateway@d32f2829) | 32 | 32 | 32 | 0 | 0 |',
      '| opentelemetry-collector (open-telemetry/opentelemetry-helm-charts@dd5665c0) | 118 | 118 | 118 | 0 | 0 |',
      '| ingress-nginx (kubernetes/ingress-nginx@fc38b9f2) | 32 | 32 | 32 | 0 | 0 |',
    ]);
  });

  it("without the chart's files (the template alone), 145 places are certain, all on the template", () => {
    const alone = placeAll(CHARTS, false);
    expect(alone.every((r) => r.found && !r.row.includes('.tpl') && !r.row.includes('values'))).toBe(true);
    expect(alone.filter((r) => r.certain).length).toBe(145);
    // every place certain alone is certain, and the same, with the chart's files
    alone.forEach((r, i) => {
      if (r.certain) expect(rows[i]!.row).toBe(r.row);
    });
  });
});

describe('measurement apart: objects written whole by defines of another file', () => {
  // opentelemetry-demo's component.yaml is a range of `include`s; every object is written by a define of
  // _objects.tpl, which `# Source:` does not name: the include of the object's kind is followed into it.
  const rows = placeAll([WHOLE_OBJECTS_IN_HELPERS]);
  const judged = JUDGED_APART;

  it('places every (object, path) as judged, in the define that writes it', () => {
    expect(rows.map((r) => r.row)).toEqual(judged.map(withoutVerdict));
    rows.forEach((r, i) => expect(r.certain, r.row).toBe(verdictOf(judged[i]!) === 'exact'));
    expect(table(rows, judged, [WHOLE_OBJECTS_IN_HELPERS])).toEqual([
      '| opentelemetry-demo (open-telemetry/opentelemetry-helm-charts@dd5665c0) | 19 | 19 | 18 | 0 | 1 |',
    ]);
  });
});

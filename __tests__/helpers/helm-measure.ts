/**
 * The measurement of "back to the template line" (src/helm/template-map.ts) shared by
 * __tests__/helm/template-map.test.ts (streams written by hand) and real-helm-output.test.ts (real helm
 * output): a stream's documents with their `# Source:`, and the paths a pairing rule can point at.
 */
import { parse } from 'yaml';
import type { YamlPath } from '../../src/helm/template-map.js';

/** The rendered documents of a stream, each with helm's `# Source:` and its place among that file's documents. */
export function renderedDocuments(
  stream: string,
): { source: string; index: number; object: Record<string, unknown> }[] {
  const seen = new Map<string, number>();
  const documents = [];
  for (const text of stream.split(/^---$/m)) {
    const source = /^# Source: (.+)$/m.exec(text)?.[1];
    if (!source) continue;
    const object = parse(text) as Record<string, unknown> | null;
    if (object === null) continue;
    const index = seen.get(source) ?? 0;
    seen.set(source, index + 1);
    documents.push({ source, index, object });
  }
  return documents;
}

export type Fields = Record<string, unknown>;
export const fields = (v: unknown): Fields => (v !== null && typeof v === 'object' ? (v as Fields) : {});
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const at = (v: unknown, ...keys: string[]): unknown => keys.reduce((o, k) => fields(o)[k], v);

/** The paths a pairing rule can point at in an object. */
export function pairingPaths(o: Fields): YamlPath[] {
  const out: YamlPath[] = [['metadata', 'name']];
  if (at(o, 'metadata', 'namespace') !== undefined) out.push(['metadata', 'namespace']);
  const keys = (base: YamlPath, value: unknown, names: string[]): void => {
    for (const k of names) if (fields(value)[k] !== undefined) out.push([...base, k]);
  };
  if (o.kind === 'Service') {
    list(at(o, 'spec', 'ports')).forEach((p, i) =>
      keys(['spec', 'ports', i], p, ['name', 'port', 'targetPort', 'protocol']),
    );
    for (const k of Object.keys(fields(at(o, 'spec', 'selector')))) out.push(['spec', 'selector', k]);
  }
  if (o.kind === 'Endpoints') {
    list(o.subsets).forEach((s, i) =>
      list(fields(s).ports).forEach((p, j) =>
        keys(['subsets', i, 'ports', j], p, ['name', 'port', 'protocol']),
      ),
    );
  }
  if (['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind as string)) {
    list(at(o, 'spec', 'template', 'spec', 'containers')).forEach((c, i) =>
      list(fields(c).ports).forEach((p, j) =>
        keys(['spec', 'template', 'spec', 'containers', i, 'ports', j], p, [
          'name',
          'containerPort',
          'protocol',
        ]),
      ),
    );
  }
  if (o.kind === 'Ingress') {
    list(at(o, 'spec', 'rules')).forEach((r, i) =>
      list(at(r, 'http', 'paths')).forEach((p, j) => {
        const base = ['spec', 'rules', i, 'http', 'paths', j, 'backend'];
        keys(base, at(p, 'backend'), ['serviceName', 'servicePort']);
        keys([...base, 'service'], at(p, 'backend', 'service'), ['name']);
        keys([...base, 'service', 'port'], at(p, 'backend', 'service', 'port'), ['name', 'number']);
      }),
    );
  }
  return out;
}

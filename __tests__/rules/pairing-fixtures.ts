/**
 * Small manifest builders shared by the pairing rules' tables. Each returns one YAML document whose
 * layout is fixed, so that line numbers stay obvious: `metadata.name` is always on line 4 and, when
 * given, `metadata.namespace` on line 5.
 */

export interface ServiceOptions {
  namespace?: string;
  selector?: Record<string, string>;
  type?: string;
  headless?: boolean;
}

export function service(name: string, options: ServiceOptions = {}): string {
  const lines = ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${name}`];
  if (options.namespace) lines.push(`  namespace: ${options.namespace}`);
  lines.push('spec:');
  if (options.type) lines.push(`  type: ${options.type}`);
  if (options.type === 'ExternalName') lines.push('  externalName: db.example.com');
  if (options.headless) lines.push('  clusterIP: None');
  if (options.selector) {
    lines.push('  selector:');
    for (const [k, v] of Object.entries(options.selector)) lines.push(`    ${k}: ${v}`);
  }
  lines.push('  ports:', '    - name: client', '      port: 2379');
  return lines.join('\n') + '\n';
}

export function endpoints(name: string, namespace?: string, ip = '10.20.30.40'): string {
  const lines = ['apiVersion: v1', 'kind: Endpoints', 'metadata:', `  name: ${name}`];
  if (namespace) lines.push(`  namespace: ${namespace}`);
  lines.push(
    'subsets:',
    '  - addresses:',
    `      - ip: ${ip}`,
    '    ports:',
    '      - name: client',
    '        port: 2379',
  );
  return lines.join('\n') + '\n';
}

export interface SliceOptions {
  namespace?: string;
  /** The `kubernetes.io/service-name` label; omitted when undefined. */
  serviceName?: string;
  managedBy?: string;
  ip?: string;
}

/** An EndpointSlice; its labels start on line 5 (6 with a namespace). */
export function slice(name: string, options: SliceOptions = {}): string {
  const lines = ['apiVersion: discovery.k8s.io/v1', 'kind: EndpointSlice', 'metadata:', `  name: ${name}`];
  if (options.namespace) lines.push(`  namespace: ${options.namespace}`);
  const labels: string[] = [];
  if (options.serviceName !== undefined)
    labels.push(`    kubernetes.io/service-name: ${options.serviceName}`);
  labels.push(`    endpointslice.kubernetes.io/managed-by: ${options.managedBy ?? 'staff.example.com'}`);
  lines.push('  labels:', ...labels);
  lines.push(
    'addressType: IPv4',
    'ports:',
    '  - name: client',
    '    port: 2379',
    'endpoints:',
    `  - addresses: ["${options.ip ?? '10.20.30.40'}"]`,
  );
  return lines.join('\n') + '\n';
}

export function deployment(name: string, labels: Record<string, string>, namespace?: string): string {
  const ls = Object.entries(labels).map(([k, v]) => `${k}: ${v}`);
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    '  selector:',
    '    matchLabels:',
    ...ls.map((l) => `      ${l}`),
    '  template:',
    '    metadata:',
    '      labels:',
    ...ls.map((l) => `        ${l}`),
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: nginx:1.27',
    '          ports:',
    '            - containerPort: 8080',
    '',
  ].join('\n');
}

/** Joins documents into one multi-document file. */
export const join = (...documents: string[]): string => documents.join('---\n');

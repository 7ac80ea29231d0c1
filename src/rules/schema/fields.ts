/**
 * The fields of Service, Endpoints and EndpointSlice as the API defines them, as data.
 * Derived from staging/src/k8s.io/api/core/v1/types.go (Service, ServiceSpec, ServicePort,
 * SessionAffinityConfig, Endpoints, EndpointSubset, EndpointAddress, EndpointPort,
 * ObjectReference), staging/src/k8s.io/api/discovery/v1/types.go (EndpointSlice, Endpoint,
 * EndpointConditions, EndpointHints, ForZone, ForNode, EndpointPort) and
 * staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go (TypeMeta, ObjectMeta).
 * JSON names, which are case-sensitive.
 */

export type FieldSchema =
  | { type: 'object'; fields: Readonly<Record<string, FieldSchema>> }
  | { type: 'list'; items: FieldSchema }
  /** Free-form keys (labels, annotations, selector). */
  | { type: 'map' }
  | { type: 'scalar' }
  /** Known to exist, not modelled further (status, managedFields, ownerReferences...). */
  | { type: 'opaque' };

export type ObjectSchema = Extract<FieldSchema, { type: 'object' }>;

const scalar: FieldSchema = { type: 'scalar' };
const map: FieldSchema = { type: 'map' };
const opaque: FieldSchema = { type: 'opaque' };
const object = (fields: Record<string, FieldSchema>): ObjectSchema => ({ type: 'object', fields });
const list = (items: FieldSchema): FieldSchema => ({ type: 'list', items });
const scalars = (...names: string[]): Record<string, FieldSchema> =>
  Object.fromEntries(names.map((n) => [n, scalar]));

/** metav1.ObjectMeta: every field, so that none of them is ever reported. */
const objectMeta = object({
  ...scalars(
    'name',
    'generateName',
    'namespace',
    'selfLink',
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
  ),
  labels: map,
  annotations: map,
  ownerReferences: opaque,
  finalizers: opaque,
  managedFields: opaque,
});

/** core/v1 ObjectReference (targetRef). */
const objectReference = object(
  scalars('kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'),
);

const servicePort = object(scalars('name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort'));

const serviceSpec = object({
  ports: list(servicePort),
  selector: map,
  ...scalars(
    'clusterIP',
    'type',
    'sessionAffinity',
    'loadBalancerIP',
    'externalName',
    'externalTrafficPolicy',
    'healthCheckNodePort',
    'publishNotReadyAddresses',
    'ipFamilyPolicy',
    'allocateLoadBalancerNodePorts',
    'loadBalancerClass',
    'internalTrafficPolicy',
    'trafficDistribution',
  ),
  clusterIPs: list(scalar),
  externalIPs: list(scalar),
  loadBalancerSourceRanges: list(scalar),
  ipFamilies: list(scalar),
  sessionAffinityConfig: object({ clientIP: object(scalars('timeoutSeconds')) }),
});

export const SERVICE_SCHEMA = object({
  ...scalars('apiVersion', 'kind'),
  metadata: objectMeta,
  spec: serviceSpec,
  status: opaque,
});

const endpointAddress = object({ ...scalars('ip', 'hostname', 'nodeName'), targetRef: objectReference });
const coreEndpointPort = object(scalars('name', 'port', 'protocol', 'appProtocol'));

export const ENDPOINTS_SCHEMA = object({
  ...scalars('apiVersion', 'kind'),
  metadata: objectMeta,
  subsets: list(
    object({
      addresses: list(endpointAddress),
      notReadyAddresses: list(endpointAddress),
      ports: list(coreEndpointPort),
    }),
  ),
});

const sliceEndpoint = object({
  addresses: list(scalar),
  conditions: object(scalars('ready', 'serving', 'terminating')),
  ...scalars('hostname', 'nodeName', 'zone'),
  targetRef: objectReference,
  deprecatedTopology: map,
  hints: object({
    forZones: list(object(scalars('name'))),
    forNodes: list(object(scalars('name'))),
  }),
});

export const ENDPOINT_SLICE_SCHEMA = object({
  ...scalars('apiVersion', 'kind', 'addressType'),
  metadata: objectMeta,
  endpoints: list(sliceEndpoint),
  ports: list(object(scalars('name', 'protocol', 'port', 'appProtocol'))),
});

export const SCHEMA_BY_KIND: Readonly<Record<string, ObjectSchema>> = {
  Service: SERVICE_SCHEMA,
  Endpoints: ENDPOINTS_SCHEMA,
  EndpointSlice: ENDPOINT_SLICE_SCHEMA,
};

/** A field's place in a schema, written the way the docs write it: `spec.ports[].port`. */
export interface FieldLocation {
  name: string;
  /** Dotted path of the object that holds it ('' for the top level). */
  parent: string;
  schema: FieldSchema;
}

/** Every field of a schema with where it lives, for "this field belongs elsewhere" hints. */
export function allFields(schema: ObjectSchema): FieldLocation[] {
  const out: FieldLocation[] = [];
  const visit = (s: FieldSchema, parent: string): void => {
    if (s.type === 'list') return visit(s.items, `${parent}[]`);
    if (s.type !== 'object') return;
    for (const [name, child] of Object.entries(s.fields)) {
      out.push({ name, parent, schema: child });
      visit(child, parent === '' ? name : `${parent}.${name}`);
    }
  };
  visit(schema, '');
  return out;
}

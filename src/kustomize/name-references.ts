/**
 * kustomize's last step of a build (api/resmap/reswrangler... `ra.FixBackReferences` in
 * api/internal/target/kusttarget.go makeCustomizedResMap): once namePrefix and nameSuffix have renamed
 * objects, the fields that refer to them by name are rewritten to the new names. For a Service, exactly the
 * fields api/internal/konfig/builtinpluginconsts/namereference.go lists: Ingress backends, a StatefulSet's
 * `serviceName`, an APIService's `spec.service`, admission webhooks' `clientConfig.service`. Nothing else is:
 * an EndpointSlice's `kubernetes.io/service-name` label and a Gateway API route's `backendRefs` keep the old
 * name (stale, which the pairing rules then report), and an Endpoints pairs by being renamed the same way.
 */
import type { Path } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';

/** A field that names a Service, by the kinds that have it. */
interface ServiceNameField {
  kind: string;
  /** Path to the name; `*` steps through every item of a list. */
  path: readonly (string | '*')[];
}

/** namereference.go, `- kind: Service, version: v1` (Knative and other groups' Services aside). */
const SERVICE_NAME_FIELDS: readonly ServiceNameField[] = [
  { kind: 'StatefulSet', path: ['spec', 'serviceName'] },
  { kind: 'Ingress', path: ['spec', 'rules', '*', 'http', 'paths', '*', 'backend', 'serviceName'] },
  { kind: 'Ingress', path: ['spec', 'backend', 'serviceName'] },
  { kind: 'Ingress', path: ['spec', 'rules', '*', 'http', 'paths', '*', 'backend', 'service', 'name'] },
  { kind: 'Ingress', path: ['spec', 'defaultBackend', 'service', 'name'] },
  { kind: 'APIService', path: ['spec', 'service', 'name'] },
  { kind: 'ValidatingWebhookConfiguration', path: ['webhooks', '*', 'clientConfig', 'service', 'name'] },
  { kind: 'MutatingWebhookConfiguration', path: ['webhooks', '*', 'clientConfig', 'service', 'name'] },
];

/** The paths of the Service names an object of that kind holds, with their current values. */
export function serviceNameReferences(
  kind: string,
  value: Record<string, unknown>,
): { path: Path; name: string }[] {
  const out: { path: Path; name: string }[] = [];
  for (const field of SERVICE_NAME_FIELDS) {
    if (field.kind !== kind) continue;
    const walk = (current: unknown, rest: readonly (string | '*')[], at: (string | number)[]): void => {
      if (rest.length === 0) {
        if (typeof current === 'string' && current !== '') out.push({ path: at, name: current });
        return;
      }
      const [step, ...tail] = rest;
      if (step === '*') {
        if (Array.isArray(current)) current.forEach((item, i) => walk(item, tail, [...at, i]));
      } else if (isRecord(current)) walk(current[step!], tail, [...at, step!]);
    };
    walk(value, field.path, []);
  }
  return out;
}

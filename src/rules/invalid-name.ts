// Complexity (objects of one namespace): O(R) for R objects.
import { formatResource } from '../engine/finding.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import { dns1035LabelProblem, dns1123SubdomainProblem } from './schema/formats.js';
import { isKubernetesKind, quotedScalarFix, rawAt, show } from './schema/objects.js';

const NAME = ['metadata', 'name'];

export const invalidName: Rule = {
  meta: {
    id: 'invalid-name',
    severity: 'error',
    family: 'validity',
    summary:
      'A Service name is not a DNS-1035 label, an Endpoints or EndpointSlice name is not a DNS-1123 subdomain, ' +
      'or an Endpoints name is one no Service could ever have.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      if (!isKubernetesKind(resource)) continue;
      const problem = checkName(resource);
      if (problem) report(problem);
    }
  },
};

function checkName(resource: Resource): Problem | undefined {
  const kind = resource.ref.kind;
  const what = formatResource(resource.ref);
  const name = rawAt(resource, NAME);
  if (name === undefined || name === null || name === '') {
    const generateName = rawAt(resource, ['metadata', 'generateName']);
    if (typeof generateName === 'string' && generateName !== '') return undefined;
    return {
      target: { resource, path: NAME },
      message:
        `${kind} in namespace ${resource.ref.namespace} has no metadata.name. The API server rejects it ` +
        '("name or generateName is required")' +
        (kind === 'EndpointSlice' ? '. ' : `, and a ${kind} pairs with its counterpart by its name. `) +
        `Add \`metadata.name\`${kind === 'Endpoints' ? ': the name of its Service' : ''}.`,
    };
  }
  // `NAME`, `${APP}-svc`, `<service-name>`: substituted before applying, so unknown rather than invalid.
  if (isPlaceholder(name)) return undefined;
  if (typeof name !== 'string') {
    const text = String(name);
    const validText =
      typeof name !== 'object' &&
      // An Endpoints named as no Service can be named is reported once quoted (below): no fix for it.
      (kind === 'Service' || kind === 'Endpoints'
        ? dns1035LabelProblem(text)
        : dns1123SubdomainProblem(text)) === undefined;
    return {
      target: { resource, path: NAME },
      message:
        `${what}: metadata.name is ${show(name)}, not a string. The API server rejects the object (a name is ` +
        `text). ${validText ? `Quote it: \`name: "${text}"\`.` : kind === 'Endpoints' ? 'Write the name of its Service, as text.' : 'Write the name as text.'}`,
      fix: validText ? quotedScalarFix(resource.object, NAME, text) : undefined,
    };
  }
  if (kind === 'Service') {
    const problem = dns1035LabelProblem(name);
    if (!problem) return undefined;
    return {
      target: { resource, path: NAME },
      message:
        `${what}: the name ${JSON.stringify(name)} ${problem}. The API server rejects the Service: a Service ` +
        "name becomes a DNS label, so it must be a DNS-1035 label (at most 63 characters of a-z, 0-9 and '-', " +
        `starting with a letter, ending with a letter or digit). ${suggest(name)}`,
    };
  }
  const subdomainProblem = dns1123SubdomainProblem(name);
  if (subdomainProblem) {
    return {
      target: { resource, path: NAME },
      message:
        `${what}: the name ${JSON.stringify(name)} ${subdomainProblem}. The API server rejects the ${kind}: its ` +
        "name must be a DNS-1123 subdomain (at most 253 characters of a-z, 0-9, '-' and '.'). " +
        (kind === 'Endpoints' ? 'Name it exactly like its Service.' : suggest(name)),
    };
  }
  if (kind === 'Endpoints') {
    const labelProblem = dns1035LabelProblem(name);
    if (!labelProblem) return undefined;
    return {
      target: { resource, path: NAME },
      message:
        `${what}: the name ${JSON.stringify(name)} ${labelProblem}. The API server accepts it, but a Service name ` +
        'must be a DNS-1035 label, so no Service can ever have this name; the EndpointSlice mirroring controller ' +
        'mirrors an Endpoints only for the Service of the same name, so these addresses never receive traffic. ' +
        'Name the Endpoints exactly like its Service.',
    };
  }
  return undefined;
}

/** A valid name close to an invalid one, offered as an example (not as a fix: other objects refer to it). */
function suggest(name: string): string {
  const candidate = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return candidate !== '' && dns1035LabelProblem(candidate) === undefined
    ? `Rename it, e.g. to \`${candidate}\`, and update everything that refers to it.`
    : 'Rename it, and update everything that refers to it.';
}

// Complexity (objects of one namespace): O(R) for R objects.
import { formatResource } from '../engine/finding.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import { dns1035LabelProblem, dns1123SubdomainProblem } from './schema/formats.js';
import { isKubernetesKind, quotedScalarFix, rawAt, show } from './schema/objects.js';

const NAME = ['metadata', 'name'];

/** What the rules for each kind's name say, and how to rename an object (other objects refer to the name). */
const SERVICE_NAME =
  'A Service name becomes a DNS label, so it must be a DNS-1035 label (at most 63 characters of a-z, 0-9 ' +
  "and '-', starting with a letter, ending with a letter or digit).";
const SUBDOMAIN = "must be a DNS-1123 subdomain (at most 253 characters of a-z, 0-9, '-' and '.').";
const RENAME = 'Rename it{{example}}, and update everything that refers to it.';

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
    why: 'The API server rejects an object whose name is invalid.',
    messages: {
      noName:
        '{{kind}} in namespace {{namespace}} has no metadata.name. The API server rejects it ("name or ' +
        'generateName is required"){{pairing}}. Add `metadata.name`{{hint}}.',
      unquotedName:
        '{{object}}: metadata.name is {{value}}, not a string (a name is text). {{why}} Quote it: ' +
        '`name: "{{text}}"`.',
      notAString:
        '{{object}}: metadata.name is {{value}}, not a string (a name is text). {{why}} Write {{wanted}} ' +
        'as text.',
      invalidServiceName: `{{object}}: the name {{value}} {{problem}}. {{why}} ${SERVICE_NAME} ${RENAME}`,
      invalidEndpointsName:
        `{{object}}: the name {{value}} {{problem}}. {{why}} An Endpoints name ${SUBDOMAIN} Name it ` +
        'exactly like its Service.',
      invalidSliceName:
        `{{object}}: the name {{value}} {{problem}}. {{why}} An EndpointSlice name ${SUBDOMAIN} ` + RENAME,
      noServiceCanHaveName:
        '{{object}}: the name {{value}} {{problem}}. The API server accepts it, but a Service name must be ' +
        'a DNS-1035 label, so no Service can ever have this name; the EndpointSlice mirroring controller ' +
        'mirrors an Endpoints only for the Service of the same name, so these addresses never receive ' +
        'traffic. Name the Endpoints exactly like its Service.',
    },
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
  const object = formatResource(resource.ref);
  const target = { resource, path: NAME };
  const name = rawAt(resource, NAME);
  if (name === undefined || name === null || name === '') {
    const generateName = rawAt(resource, ['metadata', 'generateName']);
    if (typeof generateName === 'string' && generateName !== '') return undefined;
    return {
      target,
      messageId: 'noName',
      data: {
        kind,
        namespace: resource.ref.namespace,
        pairing: kind === 'EndpointSlice' ? '' : `, and a ${kind} pairs with its counterpart by its name`,
        hint: kind === 'Endpoints' ? ': the name of its Service' : '',
      },
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
    if (validText) {
      return {
        target,
        messageId: 'unquotedName',
        data: { object, value: show(name), text },
        fix: quotedScalarFix(resource.object, NAME, text),
      };
    }
    return {
      target,
      messageId: 'notAString',
      data: {
        object,
        value: show(name),
        wanted: kind === 'Endpoints' ? 'the name of its Service' : 'the name',
      },
    };
  }
  const value = JSON.stringify(name);
  if (kind === 'Service') {
    const problem = dns1035LabelProblem(name);
    if (!problem) return undefined;
    return {
      target,
      messageId: 'invalidServiceName',
      data: { object, value, problem, example: example(name) },
    };
  }
  const subdomainProblem = dns1123SubdomainProblem(name);
  if (subdomainProblem) {
    return kind === 'Endpoints'
      ? { target, messageId: 'invalidEndpointsName', data: { object, value, problem: subdomainProblem } }
      : {
          target,
          messageId: 'invalidSliceName',
          data: { object, value, problem: subdomainProblem, example: example(name) },
        };
  }
  if (kind === 'Endpoints') {
    const labelProblem = dns1035LabelProblem(name);
    if (!labelProblem) return undefined;
    return { target, messageId: 'noServiceCanHaveName', data: { object, value, problem: labelProblem } };
  }
  return undefined;
}

/**
 * A valid name close to an invalid one, offered as an example (`, e.g. to `x``, or nothing): not as a fix,
 * because other objects refer to it.
 */
function example(name: string): string {
  const candidate = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return candidate !== '' && dns1035LabelProblem(candidate) === undefined ? `, e.g. to \`${candidate}\`` : '';
}

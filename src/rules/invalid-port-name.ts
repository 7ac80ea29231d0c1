// Complexity (objects of one namespace): O(P) for the P ports of all Services, Endpoints subsets and
// EndpointSlices.
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix, rawScalarFix } from '../engine/fix.js';
import type { Path } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import { dns1123LabelProblem, ianaServiceNameProblem, lowerCaseFix } from './schema/formats.js';
import {
  fieldPath,
  isDigits,
  portLists,
  quotedScalarFix,
  rawAt,
  rejectedBy,
  show,
} from './schema/objects.js';

/** The start of the messages about a quoted number as targetPort. */
const QUOTED_TARGET_PORT =
  '{{object}}: targetPort {{targetPort}} is a quoted number. Kubernetes reads a quoted targetPort as a port ' +
  'name, and a port name needs a letter, so the API server rejects the Service.';

/** The start of the messages about a targetPort that is no IANA service name. */
const IANA_TARGET_PORT =
  '{{object}}: targetPort {{targetPort}} {{problem}}. A string targetPort names a container port and must ' +
  "be an IANA service name (at most 15 characters of a-z, 0-9 and '-', at least one letter, no leading, " +
  "trailing or double '-'), so the API server rejects the Service.";

export const invalidPortName: Rule = {
  meta: {
    id: 'invalid-port-name',
    severity: 'error',
    family: 'validity',
    summary: 'A port name is not a DNS-1123 label, or a string targetPort is not an IANA service name.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      "A port name must be a DNS-1123 label (at most 63 characters of a-z, 0-9 and '-', starting and ending " +
      'with a letter or digit), and the Service and its endpoints must use the same name.',
    messages: {
      unquotedName:
        '{{object}}: {{field}} is {{value}}, not a string. {{rejected}} (a port name is text). ' +
        'Quote it: `name: "{{text}}"`.',
      nameNotText:
        '{{object}}: {{field}} is {{value}}, not a string. {{rejected}} (a port name is text). ' +
        'Write a DNS label such as `client`.',
      upperCaseName:
        '{{object}}: port name {{name}} {{problem}}. {{rejected}}. {{why}} ' +
        'Write `{{lower}}` here and on the other side.',
      invalidName:
        '{{object}}: port name {{name}} {{problem}}. {{rejected}}. {{why}} Rename it here and on the other side.',
      quotedTargetPort: `${QUOTED_TARGET_PORT} Write the number without quotes: \`targetPort: {{number}}\`.`,
      quotedTargetPortOutOfRange:
        `${QUOTED_TARGET_PORT} Write the container port's number without quotes; {{number}} is also above ` +
        '65535, so write the port the Pods listen on (1 to 65535).',
      upperCaseTargetPort: `${IANA_TARGET_PORT} Write \`{{lower}}\`.`,
      invalidTargetPort: `${IANA_TARGET_PORT} Use the container port's number, or a valid name that the Pods' containers declare.`,
    },
  },
  check({ index, report }) {
    for (const list of portLists(index)) {
      const { resource } = list;
      const what = formatResource(resource.ref);
      const rejected = rejectedBy(list.owner);
      for (const port of list.ports) {
        const problem = portNameProblem(resource, [...port.path, 'name'], what, rejected);
        if (problem) report(problem);
      }
      if (list.owner !== 'Service') continue;
      for (const port of list.ports) {
        const problem = targetPortProblem(resource, [...port.path, 'targetPort'], what);
        if (problem) report(problem);
      }
    }
  },
};

/** A port name that is not text, or not a DNS-1123 label; `rejected` says who rejects the object. */
function portNameProblem(
  resource: Resource,
  namePath: Path,
  object: string,
  rejected: string,
): Problem | undefined {
  const name = rawAt(resource, namePath);
  // Unnamed; or a placeholder (`PORT_NAME`, `${NAME}`), substituted before applying: unknown, not wrong.
  if (name === undefined || name === null || name === '' || isPlaceholder(name)) return undefined;
  if (typeof name !== 'string') {
    const text = String(name);
    const valid = dns1123LabelProblem(text) === undefined;
    const common = { object, field: fieldPath(namePath), value: show(name), rejected };
    return {
      target: { resource, path: namePath },
      ...(valid
        ? { messageId: 'unquotedName', data: { ...common, text } }
        : { messageId: 'nameNotText', data: common }),
      fix: valid && typeof name !== 'object' ? quotedScalarFix(resource.object, namePath, text) : undefined,
    };
  }
  const problem = dns1123LabelProblem(name);
  if (!problem) return undefined;
  const lower = lowerCaseFix(name, dns1123LabelProblem);
  const common = { object, name: JSON.stringify(name), problem, rejected };
  return {
    target: { resource, path: namePath },
    ...(lower
      ? { messageId: 'upperCaseName', data: { ...common, lower } }
      : { messageId: 'invalidName', data: common }),
    fix: lower ? replaceScalarFix(resource.object, namePath, lower) : undefined,
  };
}

/** A Service's string targetPort that is a quoted number, or not an IANA service name. */
function targetPortProblem(resource: Resource, targetPath: Path, object: string): Problem | undefined {
  const target = rawAt(resource, targetPath);
  // '' defaults to `port`; a placeholder (`TARGET_PORT`, `${PORT}`) is unknown, not wrong.
  if (typeof target !== 'string' || target === '' || isPlaceholder(target)) return undefined;
  if (isDigits(target)) {
    const number = Number(target);
    // 0 means "the same as `port`"; above 65535 the number is refused too (port-out-of-range).
    const inRange = number >= 0 && number <= 65535;
    return {
      target: { resource, path: targetPath },
      messageId: inRange ? 'quotedTargetPort' : 'quotedTargetPortOutOfRange',
      data: { object, targetPort: JSON.stringify(target), number },
      fix: inRange ? rawScalarFix(resource.object, targetPath, String(number)) : undefined,
    };
  }
  const problem = ianaServiceNameProblem(target);
  if (!problem) return undefined;
  const lower = lowerCaseFix(target, ianaServiceNameProblem);
  const common = { object, targetPort: JSON.stringify(target), problem };
  return {
    target: { resource, path: targetPath },
    ...(lower
      ? { messageId: 'upperCaseTargetPort', data: { ...common, lower } }
      : { messageId: 'invalidTargetPort', data: common }),
    fix: lower ? replaceScalarFix(resource.object, targetPath, lower) : undefined,
  };
}

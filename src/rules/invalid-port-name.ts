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

export const invalidPortName: Rule = {
  meta: {
    id: 'invalid-port-name',
    severity: 'error',
    family: 'validity',
    summary: 'A port name is not a DNS-1123 label, or a string targetPort is not an IANA service name.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
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
  what: string,
  rejected: string,
): Problem | undefined {
  const name = rawAt(resource, namePath);
  // Unnamed; or a placeholder (`PORT_NAME`, `${NAME}`), substituted before applying: unknown, not wrong.
  if (name === undefined || name === null || name === '' || isPlaceholder(name)) return undefined;
  if (typeof name !== 'string') {
    const text = String(name);
    const valid = dns1123LabelProblem(text) === undefined;
    return {
      target: { resource, path: namePath },
      message:
        `${what}: ${fieldPath(namePath)} is ${show(name)}, not a string. ${rejected} (a port name is text). ` +
        (valid ? `Quote it: \`name: "${text}"\`.` : 'Write a DNS label such as `client`.'),
      fix: valid && typeof name !== 'object' ? quotedScalarFix(resource.object, namePath, text) : undefined,
    };
  }
  const problem = dns1123LabelProblem(name);
  if (!problem) return undefined;
  const lower = lowerCaseFix(name, dns1123LabelProblem);
  return {
    target: { resource, path: namePath },
    message:
      `${what}: port name ${JSON.stringify(name)} ${problem}. ${rejected}: a port name must be a ` +
      "DNS-1123 label (at most 63 characters of a-z, 0-9 and '-', starting and ending with a letter or " +
      'digit), and the Service and its endpoints must use the same name. ' +
      (lower ? `Write \`${lower}\` here and on the other side.` : 'Rename it here and on the other side.'),
    fix: lower ? replaceScalarFix(resource.object, namePath, lower) : undefined,
  };
}

/** A Service's string targetPort that is a quoted number, or not an IANA service name. */
function targetPortProblem(resource: Resource, targetPath: Path, what: string): Problem | undefined {
  const target = rawAt(resource, targetPath);
  // '' defaults to `port`; a placeholder (`TARGET_PORT`, `${PORT}`) is unknown, not wrong.
  if (typeof target !== 'string' || target === '' || isPlaceholder(target)) return undefined;
  if (isDigits(target)) {
    const number = Number(target);
    // 0 means "the same as `port`"; above 65535 the number is refused too (port-out-of-range).
    const inRange = number >= 0 && number <= 65535;
    return {
      target: { resource, path: targetPath },
      message:
        `${what}: targetPort ${JSON.stringify(target)} is a quoted number. Kubernetes reads a quoted ` +
        'targetPort as a port name, and a port name needs a letter, so the API server rejects the ' +
        'Service. ' +
        (inRange
          ? `Write the number without quotes: \`targetPort: ${number}\`.`
          : `Write the container port's number without quotes; ${number} is also above 65535, ` +
            'so write the port the Pods listen on (1 to 65535).'),
      fix: inRange ? rawScalarFix(resource.object, targetPath, String(number)) : undefined,
    };
  }
  const problem = ianaServiceNameProblem(target);
  if (!problem) return undefined;
  const lower = lowerCaseFix(target, ianaServiceNameProblem);
  return {
    target: { resource, path: targetPath },
    message:
      `${what}: targetPort ${JSON.stringify(target)} ${problem}. A string targetPort names a container ` +
      "port and must be an IANA service name (at most 15 characters of a-z, 0-9 and '-', at least one " +
      `letter, no leading, trailing or double '-'), so the API server rejects the Service. ` +
      (lower
        ? `Write \`${lower}\`.`
        : "Use the container port's number, or a valid name that the Pods' containers declare."),
    fix: lower ? replaceScalarFix(resource.object, targetPath, lower) : undefined,
  };
}

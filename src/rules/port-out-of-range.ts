// Complexity (objects of one namespace): O(P) for the P ports of all Services, Endpoints subsets and
// EndpointSlices.
import { rawScalarFix } from '../engine/fix.js';
import { formatResource } from '../engine/finding.js';
import type { Path } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import type { PortList } from './schema/objects.js';
import {
  fieldPath,
  isDigits,
  isInteger,
  itemTarget,
  portLists,
  rawAt,
  rejectedBy,
  show,
} from './schema/objects.js';

export const portOutOfRange: Rule = {
  meta: {
    id: 'port-out-of-range',
    severity: 'error',
    family: 'validity',
    summary:
      'A port or targetPort is not a number between 1 and 65535, or an EndpointSlice port has no number.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Service', 'Endpoints', 'EndpointSlice'],
    why: 'A port is a whole number between 1 and 65535: no connection can be forwarded to any other.',
    messages: {
      outOfRange:
        '{{object}}: {{field}} is {{value}}. {{rejected}} ("must be between 1 and 65535, inclusive"). {{why}} ' +
        'Write a port between 1 and 65535.',
      noPort:
        '{{object}}: {{item}} has no `port`. {{rejected}} ("{{field}}: must be between 1 and 65535, ' +
        'inclusive"). Add the port number.',
      quotedNumber:
        '{{object}}: {{field}} is the string {{value}}, but the field is an integer. {{rejected}}: it cannot ' +
        'decode a string into a port number. Write it without quotes{{unquoted}}.',
      notANumber:
        '{{object}}: {{field}} is {{value}}, not a port number. {{rejected}}: the field holds a whole number ' +
        'between 1 and 65535{{names}}. Write the port number.',
      sliceNoPort:
        '{{object}}: {{item}} has {{has}}. The API server accepts it{{meaning}}, but kube-proxy ignores an ' +
        'EndpointSlice port {{which}} ("Ignoring invalid endpoint port"), so the Service port it stands for ' +
        "gets no backends. Add the backend's port number, e.g. `port: 8080`.",
      sliceOutOfRange:
        '{{object}}: {{field}} is {{value}}, not between 1 and 65535. The API server does not range-check ' +
        'EndpointSlice ports, but no connection can be forwarded to it: kube-proxy cannot program this ' +
        'backend. Write the port the backend listens on.',
    },
  },
  check({ index, report }) {
    for (const list of portLists(index)) {
      for (const port of list.ports) {
        const portPath = [...port.path, 'port'];
        const value = rawAt(list.resource, portPath);
        // A placeholder (`PORT`, `${PORT}`, `<port>`) is substituted before applying: unknown, not wrong.
        const problem = isPlaceholder(value) ? undefined : checkPort(list, port.path, portPath, value);
        if (problem) report(problem);
        if (list.owner !== 'Service') continue;
        const targetPath = [...port.path, 'targetPort'];
        const target = rawAt(list.resource, targetPath);
        // Unset, 0 and "" default to `port`; a string is a port name (invalid-port-name's business) or a
        // placeholder.
        if (target === undefined || target === null || target === 0 || typeof target === 'string') continue;
        const targetProblem = checkNumber(
          list.resource,
          targetPath,
          target,
          'The API server rejects the Service',
        );
        if (targetProblem) report(targetProblem);
      }
    }
  },
};

function checkPort(list: PortList, itemPath: Path, portPath: Path, value: unknown): Problem | undefined {
  const { resource } = list;
  const object = formatResource(resource.ref);
  if (list.owner === 'EndpointSlice') {
    if (value === undefined || value === null || value === 0) {
      return {
        target: value === 0 ? { resource, path: portPath } : itemTarget(resource, itemPath),
        messageId: 'sliceNoPort',
        data: {
          object,
          item: fieldPath(itemPath),
          has: value === 0 ? 'port 0' : 'no port number',
          meaning: value === 0 ? '' : ' (in the API a missing port means "all ports")',
          which: value === 0 ? 'numbered 0' : 'without a number',
        },
      };
    }
    if (isInteger(value) && (value < 1 || value > 65535)) {
      return {
        target: { resource, path: portPath },
        messageId: 'sliceOutOfRange',
        data: { object, field: fieldPath(portPath), value },
      };
    }
    return checkNumber(resource, portPath, value, 'The API server rejects the slice');
  }
  const rejected = rejectedBy(list.owner);
  if (value === undefined || value === null) {
    return {
      target: itemTarget(resource, itemPath),
      messageId: 'noPort',
      data: { object, item: fieldPath(itemPath), rejected, field: fieldPath(portPath) },
    };
  }
  return checkNumber(resource, portPath, value, rejected);
}

function checkNumber(resource: Resource, path: Path, value: unknown, rejected: string): Problem | undefined {
  const common = { object: formatResource(resource.ref), field: fieldPath(path), rejected };
  if (isInteger(value)) {
    if (value >= 1 && value <= 65535) return undefined;
    return { target: { resource, path }, messageId: 'outOfRange', data: { ...common, value } };
  }
  if (isDigits(value)) {
    const number = Number(value);
    const inRange = number >= 1 && number <= 65535;
    return {
      target: { resource, path },
      messageId: 'quotedNumber',
      data: {
        ...common,
        value: JSON.stringify(value),
        unquoted: inRange ? `: \`${number}\`` : `, and between 1 and 65535: ${number} is not a port either`,
      },
      fix: inRange ? rawScalarFix(resource.object, path, String(number)) : undefined,
    };
  }
  return {
    target: { resource, path },
    messageId: 'notANumber',
    data: {
      ...common,
      value: show(value),
      names: typeof value === 'string' ? ' (names belong in `name`)' : '',
    },
  };
}

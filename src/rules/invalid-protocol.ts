// Complexity (objects of one namespace): O(P) for the P ports of all Services, Endpoints subsets and
// EndpointSlices.
import { isMap, isScalar } from 'yaml';
import type { Fix } from '../engine/finding.js';
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import { locate } from '../engine/locate.js';
import type { K8sObject, Path } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Problem, Rule } from '../engine/rule.js';
import { fieldPath, portLists, rawAt, rejectedBy, show } from './schema/objects.js';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/** The start of every message: the object, the field and its value, who rejects it and why. */
const UNSUPPORTED = '{{object}}: {{field}} is {{value}}. {{rejected}} ("Unsupported value"). {{why}}';

/**
 * Application protocols people write in `protocol:`: the transport they run over (what `protocol` must
 * say) and, when one value says it without doubt, the `appProtocol` for them. Every suggestion is a value
 * the API server accepts: `appProtocol` must be an IANA service name or a domain-prefixed name (Kubernetes
 * defines `kubernetes.io/h2c`, `kubernetes.io/ws` and `kubernetes.io/wss`).
 */
const APPLICATION_PROTOCOLS: Readonly<Record<string, { transport: 'TCP' | 'UDP'; appProtocol?: string }>> = {
  HTTP: { transport: 'TCP', appProtocol: 'http' },
  HTTPS: { transport: 'TCP', appProtocol: 'https' },
  H2C: { transport: 'TCP', appProtocol: 'kubernetes.io/h2c' },
  // HTTP/2 is `kubernetes.io/h2c` without TLS and `https` with it: only the transport is certain.
  HTTP2: { transport: 'TCP' },
  H2: { transport: 'TCP' },
  GRPC: { transport: 'TCP', appProtocol: 'grpc' },
  WS: { transport: 'TCP', appProtocol: 'kubernetes.io/ws' },
  WSS: { transport: 'TCP', appProtocol: 'kubernetes.io/wss' },
  TLS: { transport: 'TCP', appProtocol: 'tls' },
  // QUIC and HTTP/3 run over UDP.
  QUIC: { transport: 'UDP' },
  HTTP3: { transport: 'UDP' },
  H3: { transport: 'UDP' },
};

export const invalidProtocol: Rule = {
  meta: {
    id: 'invalid-protocol',
    severity: 'error',
    family: 'validity',
    summary: 'A port protocol is not TCP, UDP or SCTP (they are case-sensitive).',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      'Only "TCP", "UDP" and "SCTP" are supported, exactly in capitals; these are the transport protocols ' +
      'kube-proxy forwards.',
    messages: {
      wrongCase: `${UNSUPPORTED} Write \`{{intended}}\`.`,
      applicationProtocol:
        `${UNSUPPORTED} {{application}} is an application protocol that runs over {{transport}}: write ` +
        '`protocol: {{transport}}`{{appProtocol}}.',
      twoProtocols:
        `${UNSUPPORTED} A port has one protocol: to serve both, list the port twice with the same number, ` +
        'once with `protocol: TCP` and once with `protocol: UDP`, each with its own `name`.',
      unknownProtocol: `${UNSUPPORTED} Write \`TCP\`, \`UDP\` or \`SCTP\`, or leave it out for TCP.`,
    },
  },
  check({ index, report }) {
    for (const list of portLists(index)) {
      const { resource } = list;
      const what = formatResource(resource.ref);
      const rejected = rejectedBy(list.owner);
      for (const port of list.ports) {
        const path = [...port.path, 'protocol'];
        const value = rawAt(resource, path);
        if (value === undefined || value === null) continue; // defaults to TCP
        // "" defaults to TCP on Services and Endpoints; a slice's protocol pointer is only defaulted when absent.
        if (value === '' && list.owner !== 'EndpointSlice') continue;
        if (typeof value === 'string' && PROTOCOLS.includes(value)) continue;
        // `${PROTOCOL}`, `<protocol>`: substituted before applying. (An all-caps word is a real value here.)
        if (isPlaceholder(value, { allCaps: false })) continue;
        const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
        const intended = PROTOCOLS.includes(upper) ? upper : undefined;
        const application = APPLICATION_PROTOCOLS[upper];
        const existingAppProtocol = rawAt(resource, [...port.path, 'appProtocol']);
        const common = { object: what, field: fieldPath(path), value: show(value), rejected };
        let message: Pick<Problem, 'messageId' | 'data'>;
        let fix: Fix | undefined;
        if (intended) {
          message = { messageId: 'wrongCase', data: { ...common, intended } };
          fix = replaceScalarFix(resource.object, path, intended);
        } else if (application) {
          const { transport, appProtocol } = application;
          const addApp = appProtocol !== undefined && existingAppProtocol === undefined;
          message = {
            messageId: 'applicationProtocol',
            data: {
              ...common,
              application: String(value),
              transport,
              appProtocol:
                appProtocol === undefined
                  ? upper === 'HTTP2' || upper === 'H2'
                    ? ', and `appProtocol: kubernetes.io/h2c` (HTTP/2 without TLS) or `appProtocol: https` ' +
                      '(with TLS) to tell proxies and gateways what it speaks'
                    : ''
                  : existingAppProtocol === undefined
                    ? `, and \`appProtocol: ${appProtocol}\` to tell proxies and gateways what it speaks`
                    : ' (its `appProtocol` already says what it speaks)',
            },
          };
          fix = addApp
            ? withAppProtocolFix(resource.object, port.path, transport, appProtocol)
            : replaceScalarFix(resource.object, path, transport);
        } else if (upper.includes('TCP') && upper.includes('UDP')) {
          message = { messageId: 'twoProtocols', data: common };
        } else {
          message = { messageId: 'unknownProtocol', data: common };
        }
        report({ target: { resource, path }, ...message, fix });
      }
    }
  },
};

/**
 * `protocol: HTTP` -> `protocol: TCP` and, on the next line at the same indentation, `appProtocol: http`.
 * Only for a block mapping with the protocol on one line of its own; else just the protocol.
 */
function withAppProtocolFix(
  object: K8sObject,
  portPath: Path,
  transport: string,
  appProtocol: string,
): Fix | undefined {
  const protocolPath = [...portPath, 'protocol'];
  const replaced = replaceScalarFix(object, protocolPath, transport);
  const port = locate(object, portPath).value;
  const key = locate(object, protocolPath).key;
  if (!replaced || !isMap(port) || port.flow || !isScalar(key) || !key.range) return replaced;
  const at = object.file.position(key.range[0]);
  if (at.line !== replaced.line) return replaced;
  return {
    ...replaced,
    replacement: `${replaced.replacement}\n${' '.repeat(at.column - 1)}appProtocol: ${appProtocol}`,
  };
}

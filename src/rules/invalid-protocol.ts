import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { Rule } from '../engine/rule.js';
import { fieldPath, portLists, rawAt, rejectedBy, show } from './schema/objects.js';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
/** Application protocols people write in `protocol:`; they belong in `appProtocol`. */
const APPLICATION_PROTOCOLS = ['HTTP', 'HTTPS', 'HTTP2', 'H2C', 'GRPC', 'WS', 'WSS', 'TLS', 'QUIC'];

export const invalidProtocol: Rule = {
  meta: {
    id: 'invalid-protocol',
    severity: 'error',
    family: 'validity',
    summary: 'A port protocol is not TCP, UDP or SCTP (they are case-sensitive).',
    fixable: true,
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
        const upper = typeof value === 'string' ? value.toUpperCase() : '';
        const intended = PROTOCOLS.includes(upper) ? upper : undefined;
        const application = APPLICATION_PROTOCOLS.includes(upper);
        report({
          target: { resource, path },
          message:
            `${what}: ${fieldPath(path)} is ${show(value)}. ${rejected} ("Unsupported value": only "TCP", ` +
            '"UDP" and "SCTP", exactly in capitals); these are the transport protocols kube-proxy forwards. ' +
            (intended
              ? `Write \`${intended}\`.`
              : application
                ? `${value} is an application protocol: write \`protocol: TCP\` and \`appProtocol: ${String(value).toLowerCase()}\`.`
                : 'Write `TCP`, `UDP` or `SCTP`, or leave it out for TCP.'),
          fix: intended ? replaceScalarFix(resource.object, path, intended) : undefined,
        });
      }
    }
  },
};

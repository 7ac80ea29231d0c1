// Complexity (objects of one namespace): O(A) for A endpoint addresses of Endpoints and EndpointSlices.
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { SpecialRange } from '../engine/ip.js';
import { nonStandardForm, parseIPSloppy, SPECIAL_RANGE_TEXT, specialRange } from '../engine/ip.js';
import type { EndpointSliceView } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { MessageData, Problem, Rule } from '../engine/rule.js';
import { dns1123SubdomainProblem } from './schema/formats.js';
import { endpointsAddresses, fieldPath, itemTarget, rawAt, show, sliceFamily } from './schema/objects.js';

const ADDRESS_TYPES = ['IPv4', 'IPv6', 'FQDN'];

/** What the two non-standard forms have in common: accepted today, refused under strict validation. */
const STRICT =
  'strict IP validation (feature gate StrictIPCIDRValidation, alpha since v1.33) rejects it, and the API ' +
  'server already answers with a warning that it "will be considered invalid in a future Kubernetes release".';
/** The canonical form of a non-standard address is in a special range (special-endpoint-ip): no fix. */
const SPECIAL_ADVICE =
  'Kubernetes reads it as {{canonical}}, which is in {{range}} and cannot be an endpoint either: write the ' +
  "backend's routable address (a Pod, node or external host IP).";
const LEADING_ZEROS =
  '{{object}}: {{field}} {{value}} has leading zeros. Kubernetes reads it as {{canonical}}, while other ' +
  'software may read it otherwise (libc-based tools read an IPv4 number with a leading 0 as octal, and a hex ' +
  'group of more than four digits is no IPv6 address to them), so the same text may name two hosts; ' +
  STRICT;
const IPV4_MAPPED =
  '{{object}}: {{field}} {{value}} is an IPv4-mapped IPv6 address: Kubernetes treats it as the IPv4 address ' +
  '{{canonical}}, other software may treat it as IPv6; ' +
  STRICT;

export const invalidEndpointIp: Rule = {
  meta: {
    id: 'invalid-endpoint-ip',
    severity: 'error',
    family: 'validity',
    summary:
      'An Endpoints `ip` or an EndpointSlice address is not an IP address, or not of the slice’s addressType.',
    fixable: true,
    reads: ['Endpoints', 'EndpointSlice'],
    readsNodes: ['Endpoints'],
    why: 'The API server rejects the whole object, so none of its addresses reach the Service.',
    messages: {
      noIp:
        '{{object}}: {{field}} has no `ip`. The API server rejects the whole Endpoints ("must be a valid IP ' +
        'address"), so none of its addresses reach the Service. Add `ip:` with the backend\'s IP address.',
      miscasedIp:
        '{{object}}: {{field}} has no `ip`. The API server rejects the whole Endpoints ("must be a valid IP ' +
        'address"), so none of its addresses reach the Service. It has `{{key}}` instead: field names are ' +
        'case-sensitive, write `ip`.',
      noAddressType:
        '{{object}} has no `addressType`. The API server rejects it ("addressType: Required value"), so its ' +
        'endpoints never exist in the cluster. Add `addressType: IPv4` or `addressType: IPv6` (one slice per ' +
        'IP family).',
      badAddressType:
        '{{object}}: addressType {{value}} is not one of IPv4, IPv6 or FQDN (they are case-sensitive). The API ' +
        'server rejects the slice ("Unsupported value"), so its endpoints never exist in the cluster. Write ' +
        '{{suggestion}}.',
      notAString:
        '{{object}}: {{field}} is {{value}}, not {{expected}} written as a string. {{why}} Write the address ' +
        'as text, e.g. `10.0.0.5`.',
      cidrBlock:
        '{{object}}: {{field}} {{value}} is not {{expected}}. {{why}} It is a CIDR block (a range), but each ' +
        'entry is a single backend address: list the addresses one by one.',
      addressWithPort:
        '{{object}}: {{field}} {{value}} is not {{expected}}. {{why}} It is an address with a port: write ' +
        "`{{address}}` here and port {{port}} in the {{owner}}'s `ports`.",
      hostName:
        '{{object}}: {{field}} {{value}} is not {{expected}}. {{why}} It is a host name, and {{holders}} hold ' +
        'IP addresses only (kube-proxy does not resolve names). To send the Service to a DNS name, make it an ' +
        'ExternalName Service (`spec.type: ExternalName`, `spec.externalName: {{externalName}}`) instead.',
      notAnIp:
        '{{object}}: {{field}} {{value}} is not {{expected}}. {{why}} Write an IPv4 address like `10.0.0.5` ' +
        'or an IPv6 address like `fd00::5`.',
      wrongFamily:
        "{{object}}: {{field}} {{value}} is {{actual}}, but the slice's addressType is {{addressType}}. {{why}} " +
        'Move it to its own EndpointSlice with `addressType: {{wanted}}` (a dual-stack Service has one slice ' +
        'per IP family, both labelled with its name).',
      leadingZeros: `${LEADING_ZEROS} Write \`{{canonical}}\`.`,
      leadingZerosSpecial: `${LEADING_ZEROS} ${SPECIAL_ADVICE}`,
      ipv4Mapped: `${IPV4_MAPPED} Write \`{{canonical}}\`.`,
      ipv4MappedSpecial: `${IPV4_MAPPED} ${SPECIAL_ADVICE}`,
    },
  },
  check({ index, report }) {
    for (const { resource, address, where } of endpointsAddresses(index)) {
      const what = formatResource(resource.ref);
      if (address.ip === undefined || address.ip === null) {
        const misspelt = Object.keys(rawRecord(resource, address.path)).find(
          (k) => k !== 'ip' && k.toLowerCase() === 'ip',
        );
        const data = { object: what, field: fieldPath(address.path) };
        report({
          target: itemTarget(resource, address.path),
          ...(misspelt
            ? { messageId: 'miscasedIp', data: { ...data, key: misspelt } }
            : { messageId: 'noIp', data }),
        });
        continue;
      }
      const problem = checkAddress(resource, address.ipPath, address.ip, where, 'any');
      if (problem) report(problem);
    }
    for (const slice of index.slices) checkSlice(slice, report);
  },
};

function checkSlice(slice: EndpointSliceView, report: (p: Problem) => void): void {
  const { resource, addressType } = slice;
  const what = formatResource(resource.ref);
  if (addressType === undefined || addressType === null) {
    report({
      target: { resource, path: ['addressType'] },
      messageId: 'noAddressType',
      data: { object: what },
    });
    return;
  }
  // A placeholder (`${ADDRESS_TYPE}`) is unknown: neither it nor the addresses' family can be checked.
  if (isPlaceholder(addressType, { allCaps: false })) return;
  if (typeof addressType !== 'string' || !ADDRESS_TYPES.includes(addressType)) {
    const intended = ADDRESS_TYPES.find((t) => t.toLowerCase() === String(addressType).toLowerCase());
    report({
      target: { resource, path: ['addressType'] },
      messageId: 'badAddressType',
      data: {
        object: what,
        value: show(addressType),
        suggestion: intended ? `\`${intended}\`` : '`IPv4` or `IPv6`',
      },
      fix: intended ? replaceScalarFix(resource.object, ['addressType'], intended) : undefined,
    });
    return;
  }
  const family = sliceFamily(addressType);
  if (family === undefined) return; // FQDN: not IP addresses; unknown types are not validated either.
  for (const endpoint of slice.endpoints) {
    for (const address of endpoint.addresses) {
      const problem = checkAddress(resource, address.ipPath, address.ip, fieldPath(address.ipPath), family);
      if (problem) report(problem);
    }
  }
}

function rawRecord(resource: Resource, path: Path): Record<string, unknown> {
  const value = rawAt(resource, path);
  return isRecord(value) ? value : {};
}

/** Checks one address; `family` is the slice's, or 'any' for an Endpoints `ip`. */
function checkAddress(
  resource: Resource,
  path: Path,
  value: unknown,
  where: string,
  family: 4 | 6 | 'any',
): Problem | undefined {
  const what = formatResource(resource.ref);
  const kind = resource.ref.kind;
  const expected = family === 'any' ? 'an IP address' : `an IPv${family} address`;
  // A placeholder (`MINIKUBE_IP`, `${NODE_IP}`, `<your-ip>`) is substituted before applying: unknown, not wrong.
  if (isPlaceholder(value)) return undefined;
  if (typeof value !== 'string') {
    return {
      target: { resource, path },
      messageId: 'notAString',
      data: { object: what, field: where, value: show(value), expected },
    };
  }
  const ip = parseIPSloppy(value);
  if (!ip) {
    const { messageId, data } = notAnIp(value, kind);
    return {
      target: { resource, path },
      messageId,
      data: { object: what, field: where, value: show(value), expected, ...data },
    };
  }
  if (family !== 'any' && ip.family !== family) {
    const actual = ip.ipv4Mapped
      ? 'an IPv4-mapped address, which Kubernetes treats as IPv4'
      : `an IPv${ip.family} address`;
    return {
      target: { resource, path },
      messageId: 'wrongFamily',
      data: {
        object: what,
        field: where,
        value: show(value),
        actual,
        addressType: `IPv${family}`,
        wanted: `IPv${ip.family}`,
      },
      related: [{ resource, path: ['addressType'], message: `addressType of ${what}` }],
    };
  }
  const form = nonStandardForm(ip);
  if (form) {
    // The canonical address in a special range is refused too (special-endpoint-ip): no fix proposes it.
    const special = specialRange(ip);
    return {
      target: { resource, path },
      severity: 'warning',
      messageId: nonStandardId(form, special),
      data: {
        object: what,
        field: where,
        value: show(value),
        canonical: ip.canonical,
        ...(special ? { range: SPECIAL_RANGE_TEXT[special] } : {}),
      },
      fix: special ? undefined : replaceScalarFix(resource.object, path, ip.canonical),
    };
  }
  return undefined;
}

/** The message of a non-standard form: the canonical address is the fix, unless it is special itself. */
function nonStandardId(
  form: 'leading zeros' | 'IPv4-mapped IPv6',
  special: SpecialRange | undefined,
): string {
  if (form === 'leading zeros') return special ? 'leadingZerosSpecial' : 'leadingZeros';
  return special ? 'ipv4MappedSpecial' : 'ipv4Mapped';
}

/** Why a string is not an IP, and what the author probably meant: the message id and its own data. */
function notAnIp(text: string, kind: string): { messageId: string; data: MessageData } {
  const slash = text.indexOf('/');
  if (slash > 0 && parseIPSloppy(text.slice(0, slash))) return { messageId: 'cidrBlock', data: {} };
  const colon = text.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(text.slice(colon + 1))) {
    const host = parseIPSloppy(text.slice(0, colon).replace(/^\[(.*)\]$/, '$1'));
    const port = Number(text.slice(colon + 1));
    if (host && !specialRange(host) && port >= 1 && port <= 65535) {
      const owner = kind === 'Endpoints' ? 'subset' : 'slice';
      return { messageId: 'addressWithPort', data: { address: host.canonical, port, owner } };
    }
  }
  // The API server validates externalName as a DNS-1123 subdomain (after dropping one trailing dot):
  // the name proposed is lower-cased, so that the advice is a value it accepts.
  const externalName = text.toLowerCase().replace(/\.$/, '');
  if (/[a-z]/.test(externalName) && dns1123SubdomainProblem(externalName) === undefined) {
    const holders = kind === 'Endpoints' ? 'Endpoints' : 'IP EndpointSlices';
    return { messageId: 'hostName', data: { holders, externalName } };
  }
  return { messageId: 'notAnIp', data: {} };
}

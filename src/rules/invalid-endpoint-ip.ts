// Complexity (objects of one namespace): O(A) for A endpoint addresses of Endpoints and EndpointSlices.
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { ParsedIP, SpecialRange } from '../engine/ip.js';
import { nonStandardForm, parseIPSloppy, SPECIAL_RANGE_TEXT, specialRange } from '../engine/ip.js';
import type { EndpointSliceView } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import { dns1123SubdomainProblem } from './schema/formats.js';
import { endpointsAddresses, fieldPath, itemTarget, rawAt, show, sliceFamily } from './schema/objects.js';

const ADDRESS_TYPES = ['IPv4', 'IPv6', 'FQDN'];

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
  },
  check({ index, report }) {
    for (const { resource, address, where } of endpointsAddresses(index)) {
      const what = formatResource(resource.ref);
      if (address.ip === undefined || address.ip === null) {
        const misspelt = Object.keys(rawRecord(resource, address.path)).find(
          (k) => k !== 'ip' && k.toLowerCase() === 'ip',
        );
        report({
          target: itemTarget(resource, address.path),
          message:
            `${what}: ${fieldPath(address.path)} has no \`ip\`. The API server rejects the whole Endpoints ` +
            '("must be a valid IP address"), so none of its addresses reach the Service. ' +
            (misspelt
              ? `It has \`${misspelt}\` instead: field names are case-sensitive, write \`ip\`.`
              : "Add `ip:` with the backend's IP address."),
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
      message:
        `${what} has no \`addressType\`. The API server rejects it ("addressType: Required value"), so its ` +
        'endpoints never exist in the cluster. Add `addressType: IPv4` or `addressType: IPv6` (one slice per ' +
        'IP family).',
    });
    return;
  }
  // A placeholder (`${ADDRESS_TYPE}`) is unknown: neither it nor the addresses' family can be checked.
  if (isPlaceholder(addressType, { allCaps: false })) return;
  if (typeof addressType !== 'string' || !ADDRESS_TYPES.includes(addressType)) {
    const intended = ADDRESS_TYPES.find((t) => t.toLowerCase() === String(addressType).toLowerCase());
    report({
      target: { resource, path: ['addressType'] },
      message:
        `${what}: addressType ${show(addressType)} is not one of IPv4, IPv6 or FQDN (they are case-sensitive). ` +
        'The API server rejects the slice ("Unsupported value"), so its endpoints never exist in the cluster. ' +
        (intended ? `Write \`${intended}\`.` : 'Write `IPv4` or `IPv6`.'),
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
  const rejected =
    kind === 'Endpoints'
      ? 'The API server rejects the whole Endpoints, so none of its addresses reach the Service.'
      : 'The API server rejects the whole slice, so none of its endpoints reach the Service.';
  const expected = family === 'any' ? 'an IP address' : `an IPv${family} address`;
  // A placeholder (`MINIKUBE_IP`, `${NODE_IP}`, `<your-ip>`) is substituted before applying: unknown, not wrong.
  if (isPlaceholder(value)) return undefined;
  if (typeof value !== 'string') {
    return {
      target: { resource, path },
      message:
        `${what}: ${where} is ${show(value)}, not ${expected} written as a string. ${rejected} ` +
        'Write the address as text, e.g. `10.0.0.5`.',
    };
  }
  const ip = parseIPSloppy(value);
  if (!ip) {
    return {
      target: { resource, path },
      message: `${what}: ${where} ${show(value)} is not ${expected}. ${rejected} ${notAnIpAdvice(value, kind)}`,
    };
  }
  if (family !== 'any' && ip.family !== family) {
    const actual = ip.ipv4Mapped
      ? 'an IPv4-mapped address, which Kubernetes treats as IPv4'
      : `an IPv${ip.family} address`;
    return {
      target: { resource, path },
      message:
        `${what}: ${where} ${show(value)} is ${actual}, but the slice's addressType is IPv${family}. ` +
        `${rejected} Move it to its own EndpointSlice with \`addressType: IPv${ip.family}\` (a dual-stack ` +
        'Service has one slice per IP family, both labelled with its name).',
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
      message: `${what}: ${where} ${show(value)} ${nonStandardMessage(ip, form, special)}`,
      fix: special ? undefined : replaceScalarFix(resource.object, path, ip.canonical),
    };
  }
  return undefined;
}

function nonStandardMessage(
  ip: ParsedIP,
  form: 'leading zeros' | 'IPv4-mapped IPv6',
  special: SpecialRange | undefined,
): string {
  const strict =
    'strict IP validation (feature gate StrictIPCIDRValidation, alpha since v1.33) rejects it, and the API ' +
    'server already answers with a warning that it "will be considered invalid in a future Kubernetes release".';
  const advice = special
    ? `Kubernetes reads it as ${ip.canonical}, which is in ${SPECIAL_RANGE_TEXT[special]} and cannot be an ` +
      "endpoint either: write the backend's routable address (a Pod, node or external host IP)."
    : `Write \`${ip.canonical}\`.`;
  if (form === 'leading zeros') {
    return (
      `has leading zeros. Kubernetes reads it as ${ip.canonical} (decimal), while libc-based tools read a ` +
      `leading 0 as octal, so the same text names two different hosts; ${strict} ${advice}`
    );
  }
  return (
    `is an IPv4-mapped IPv6 address: Kubernetes treats it as the IPv4 address ${ip.canonical}, other ` +
    `software may treat it as IPv6; ${strict} ${advice}`
  );
}

/** Why a string is not an IP, and what the author probably meant. */
function notAnIpAdvice(text: string, kind: string): string {
  const slash = text.indexOf('/');
  if (slash > 0 && parseIPSloppy(text.slice(0, slash))) {
    return 'It is a CIDR block (a range), but each entry is a single backend address: list the addresses one by one.';
  }
  const colon = text.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(text.slice(colon + 1))) {
    const host = parseIPSloppy(text.slice(0, colon).replace(/^\[(.*)\]$/, '$1'));
    const port = Number(text.slice(colon + 1));
    if (host && !specialRange(host) && port >= 1 && port <= 65535) {
      const ports = kind === 'Endpoints' ? "the subset's `ports`" : "the slice's `ports`";
      return `It is an address with a port: write \`${host.canonical}\` here and port ${port} in ${ports}.`;
    }
  }
  // The API server validates externalName as a DNS-1123 subdomain (after dropping one trailing dot):
  // the name proposed is lower-cased, so that the advice is a value it accepts.
  const externalName = text.toLowerCase().replace(/\.$/, '');
  if (/[a-z]/.test(externalName) && dns1123SubdomainProblem(externalName) === undefined) {
    return (
      `It is a host name, and ${kind === 'Endpoints' ? 'Endpoints' : 'IP EndpointSlices'} hold IP addresses ` +
      'only (kube-proxy does not resolve names). To send the Service to a DNS name, make it an ExternalName ' +
      `Service (\`spec.type: ExternalName\`, \`spec.externalName: ${externalName}\`) instead.`
    );
  }
  return 'Write an IPv4 address like `10.0.0.5` or an IPv6 address like `fd00::5`.';
}

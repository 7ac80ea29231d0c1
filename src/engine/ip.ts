import { BlockList, isIP, SocketAddress } from 'node:net';

/**
 * IP addresses as the Kubernetes API server reads them.
 *
 * Endpoints and EndpointSlice addresses are "legacy" IP fields: the API server parses them with
 * `netutils.ParseIPSloppy` (k8s.io/utils/net, a fork of Go 1.16's `net.ParseIP`) and, unless the
 * alpha `StrictIPCIDRValidation` feature gate is on (off by default since its introduction in
 * v1.33), accepts two non-standard forms with only a warning: IPv4 octets with leading zeros
 * (`010.001.002.003`, read as decimal by Go, as octal by libc) and IPv4-mapped IPv6 addresses
 * (`::ffff:10.1.2.3`, which Go treats as IPv4). See
 * staging/src/k8s.io/apimachinery/pkg/util/validation/ip.go (`IsValidIPForLegacyField`,
 * `GetWarningsForIP`). Parsing itself is Node's (`net.isIP`, `net.BlockList`, `net.SocketAddress`);
 * this module only undoes the leading zeros that Go 1.16 tolerated before asking Node.
 */
export interface ParsedIP {
  /** The text as written. */
  text: string;
  /** 4 for IPv4 and IPv4-mapped IPv6 (Go's `ip.To4() != nil`), else 6. */
  family: 4 | 6;
  /** The address as Go's `net.IP.String()` prints it: what the API server's warning suggests. */
  canonical: string;
  /** Leading zeros in a number (`010.1.2.3`): accepted by ParseIPSloppy, rejected by `netip.ParseAddr`. */
  leadingZeros: boolean;
  /** `::ffff:a.b.c.d` (or its hex spelling): an IPv4 address in IPv6 clothing. */
  ipv4Mapped: boolean;
}

const MAPPED = new BlockList();
MAPPED.addSubnet('::ffff:0:0', 96, 'ipv6');

/** Parses like `netutils.ParseIPSloppy`: undefined when Kubernetes would not read it as an IP at all. */
export function parseIPSloppy(text: string): ParsedIP | undefined {
  // Go rejects zones ("fe80::1%eth0") and surrounding space; Node's isIP would accept a zone.
  if (text === '' || text.includes('%') || text.trim() !== text) return undefined;
  let normalized = text;
  if (isIP(text) === 0) {
    const stripped = stripLeadingZeros(text);
    if (stripped === undefined || isIP(stripped) === 0) return undefined;
    normalized = stripped;
  }
  const leadingZeros = normalized !== text;
  if (isIP(normalized) === 4) {
    return { text, family: 4, canonical: normalized, leadingZeros, ipv4Mapped: false };
  }
  const compressed = goIPv6Text(new SocketAddress({ address: normalized, family: 'ipv6' }).address);
  if (MAPPED.check(normalized, 'ipv6')) {
    // Node prints mapped addresses as "::ffff:1.2.3.4"; Go's String() prints just "1.2.3.4".
    const ipv4 = compressed.slice(compressed.lastIndexOf(':') + 1);
    return { text, family: 4, canonical: ipv4, leadingZeros, ipv4Mapped: true };
  }
  return { text, family: 6, canonical: compressed, leadingZeros, ipv4Mapped: false };
}

/**
 * Go's `net.IP.String()` of an IPv6 address, from Node's compressed text. Node (libuv's inet_ntop6) writes a
 * dotted tail only for `::ffff:a.b.c.d` (mapped: the caller reads it as IPv4) and for an address whose first
 * 96 bits are zero, `::a.b.c.d`; Go writes the latter in hex (RFC 5952): `::a01:203`, or `::203` when the
 * seventh group is zero too.
 */
function goIPv6Text(compressed: string): string {
  if (!compressed.startsWith('::') || compressed.startsWith('::ffff:') || !compressed.includes('.'))
    return compressed;
  const [a, b, c, d] = compressed.slice(2).split('.').map(Number) as [number, number, number, number];
  const high = (a << 8) | b;
  const low = ((c << 8) | d).toString(16);
  return high === 0 ? `::${low}` : `::${high.toString(16)}:${low}`;
}

/**
 * Go 1.16 read each number with leading zeros allowed: decimal IPv4 octets (also the dotted tail
 * of an IPv6 address) and IPv6 hex groups longer than four digits ("00001::"). Returns the text
 * with those zeros removed, or undefined when a part is not a number at all.
 */
function stripLeadingZeros(text: string): string | undefined {
  const firstDot = text.indexOf('.');
  const firstColon = text.indexOf(':');
  // Go decides the family by whichever of '.' and ':' comes first.
  if (firstColon === -1 || (firstDot !== -1 && firstDot < firstColon)) return stripDecimalQuad(text);
  const groups = text.split(':');
  const last = groups.length - 1;
  const out: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as string;
    if (i === last && group.includes('.')) {
      const quad = stripDecimalQuad(group);
      if (quad === undefined) return undefined;
      out.push(quad);
    } else if (group.length > 4 && isHex(group)) {
      out.push(trimZeros(group, 4));
    } else {
      out.push(group);
    }
  }
  return out.join(':');
}

function stripDecimalQuad(text: string): string | undefined {
  const octets = text.split('.');
  if (octets.length !== 4 || !octets.every(isDecimal)) return undefined;
  return octets.map((o) => trimZeros(o, 1)).join('.');
}

/** Removes leading zeros while the number keeps more than `keep` digits. */
function trimZeros(digits: string, keep: number): string {
  let start = 0;
  while (digits.length - start > keep && digits[start] === '0') start++;
  return digits.slice(start);
}

const isDecimal = (s: string): boolean => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');
const isHex = (s: string): boolean =>
  s.length > 0 && [...s.toLowerCase()].every((c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));

/** The address ranges `ValidateEndpointIP` (formerly `ValidateNonSpecialIP`) refuses, in its order. */
export type SpecialRange = 'unspecified' | 'loopback' | 'link-local' | 'link-local multicast';

/** How the API server words each range (pkg/apis/core/validation/validation.go). */
export const SPECIAL_RANGE_TEXT: Readonly<Record<SpecialRange, string>> = {
  unspecified: 'the unspecified address (0.0.0.0, ::)',
  loopback: 'the loopback range (127.0.0.0/8, ::1/128)',
  'link-local': 'the link-local range (169.254.0.0/16, fe80::/10)',
  'link-local multicast': 'the link-local multicast range (224.0.0.0/24, ff02::/16)',
};

function rangeList(ipv6: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of ipv6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

/**
 * Mirrors Go's net.IP methods exactly (they test an IPv4-mapped address as IPv4, so IPv4 is `specialIPv4`):
 * IsUnspecified (::), IsLoopback (::1), IsLinkLocalUnicast (fe80::/10), IsLinkLocalMulticast (IPv6
 * `ip[0] == 0xff && ip[1]&0x0f == 0x02`, i.e. ff02::/16 and the same scope with any flag bits: ff12::/16 ...
 * fff2::/16).
 */
const SPECIAL_IPV6_RANGES: readonly [SpecialRange, BlockList][] = [
  ['unspecified', rangeList([['::', 128]])],
  ['loopback', rangeList([['::1', 128]])],
  ['link-local', rangeList([['fe80::', 10]])],
  [
    'link-local multicast',
    rangeList(Array.from({ length: 16 }, (_, flags): [string, number] => [`ff${flags.toString(16)}2::`, 16])),
  ],
];

/** The special range the address lies in, if any (the ranges do not overlap). */
export function specialRange(ip: ParsedIP): SpecialRange | undefined {
  // IPv4 by its octets: BlockList.check builds a SocketAddress for every call, which took a fifth of the
  // time of a check of a thousand hand-written EndpointSlices. The canonical text is a dotted quad here.
  if (ip.family === 4) return specialIPv4(ip.canonical.split('.').map(Number));
  for (const [range, list] of SPECIAL_IPV6_RANGES) if (list.check(ip.canonical, 'ipv6')) return range;
  return undefined;
}

/** Go's IsUnspecified, IsLoopback, IsLinkLocalUnicast, IsLinkLocalMulticast for IPv4, by octet: 0.0.0.0/32, 127.0.0.0/8, 169.254.0.0/16, 224.0.0.0/24. */
function specialIPv4([a, b, c, d]: number[]): SpecialRange | undefined {
  if (a === 0 && b === 0 && c === 0 && d === 0) return 'unspecified';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 224 && b === 0 && c === 0) return 'link-local multicast';
  return undefined;
}

/** Why strict validation (StrictIPCIDRValidation) would reject an address the API accepts today. */
export function nonStandardForm(ip: ParsedIP): 'leading zeros' | 'IPv4-mapped IPv6' | undefined {
  if (ip.leadingZeros) return 'leading zeros';
  if (ip.ipv4Mapped) return 'IPv4-mapped IPv6';
  return undefined;
}

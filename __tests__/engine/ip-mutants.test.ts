/**
 * src/engine/ip.ts, how ParseIPSloppy's leading-zero tolerance is undone before Node parses the address
 * (hex groups with every hex digit, the dotted tail of an IPv6 address, a broken dotted tail), and the
 * IPv4 special ranges by octet at each octet's edges (mutation testing, docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { ParsedIP } from '../../src/engine/ip.js';
import { parseIPSloppy, specialRange } from '../../src/engine/ip.js';
import { invalidEndpointIp } from '../../src/rules/invalid-endpoint-ip.js';

const ipv6 = (text: string, canonical: string): ParsedIP => ({
  text,
  family: 6,
  canonical,
  leadingZeros: true,
  ipv4Mapped: false,
});

describe('IPv6 hex groups longer than four digits lose their leading zeros', () => {
  // Each hex digit class: the edges 0-9 and a-f, upper case too (#145, #157, #160, #163, #164, #167-#169).
  it.each([
    ['00009::', '9::'],
    ['0000a::', 'a::'],
    ['0000f::', 'f::'],
    ['0000A::', 'a::'],
    ['0000F::', 'f::'],
    ['1:0000b:0000c::', '1:b:c::'],
    ['000000abcd::1', 'abcd::1'],
    ['::0000e', '::e'],
  ])('%s reads as %s', (text, canonical) => {
    expect(parseIPSloppy(text)).toEqual(ipv6(text, canonical));
  });

  it.each(['0000g::', '00000g::', '000010000::'])('%s stays unreadable', (text) => {
    expect(parseIPSloppy(text)).toBeUndefined();
  });
});

describe('the dotted tail of an IPv6 address', () => {
  // The family is decided by the first separator: "1:" is IPv6 even though a dot follows (#56).
  it.each([
    ['1::010.1.2.3', '1::a01:203'],
    ['fd00::010.001.002.003', 'fd00::a01:203'],
    ['1:2::00.0.0.1', '1:2::1'],
  ])('%s has its octets trimmed and reads as %s', (text, canonical) => {
    expect(parseIPSloppy(text)).toEqual(ipv6(text, canonical));
  });

  // A tail that is not a dotted quad makes the whole address unreadable, even where dropping the
  // tail would leave a valid "1::" (#81).
  it.each(['1::1.2.3', '1::.', '1::1.2.3.4.5', '1::01.2.3', '::ffff:1.2.3.x'])('%s is not an IP', (text) => {
    expect(parseIPSloppy(text)).toBeUndefined();
  });
});

describe('invalid-endpoint-ip on an IPv6 EndpointSlice', () => {
  const slice = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: db
addressType: IPv6
endpoints:
  - addresses: ["0000a::1"]
  - addresses: ["1::1.2.3"]
  - addresses: ["1::010.1.2.3"]
`;

  it('warns about leading zeros with the canonical address and refuses a broken tail', async () => {
    const { findings } = await analyzeTexts([{ path: 'eps.yaml', text: slice }], {
      rules: [invalidEndpointIp],
    });
    expect(
      findings.map((f) => [
        f.rule,
        f.messageId,
        f.file,
        f.line,
        f.column,
        f.data?.canonical,
        f.fix?.replacement,
      ]),
    ).toEqual([
      ['invalid-endpoint-ip', 'leadingZeros', 'eps.yaml', 7, 17, 'a::1', '  - addresses: ["a::1"]'],
      ['invalid-endpoint-ip', 'notAnIp', 'eps.yaml', 8, 17, undefined, undefined],
      [
        'invalid-endpoint-ip',
        'leadingZeros',
        'eps.yaml',
        9,
        17,
        '1::a01:203',
        '  - addresses: ["1::a01:203"]',
      ],
    ]);
  });
});

describe('IPv4 special ranges by octet, at the edge of each octet', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.0.0.1', undefined],
    ['0.0.1.0', undefined],
    ['0.1.0.0', undefined],
    ['1.0.0.0', undefined],
    ['127.0.0.0', 'loopback'],
    ['127.255.255.255', 'loopback'],
    ['126.0.0.1', undefined],
    ['128.0.0.1', undefined],
    ['169.254.0.0', 'link-local'],
    ['169.254.255.255', 'link-local'],
    ['168.254.0.1', undefined],
    ['170.254.0.1', undefined],
    ['169.253.0.1', undefined],
    ['169.255.0.1', undefined],
    ['254.169.0.1', undefined],
    ['224.0.0.0', 'link-local multicast'],
    ['224.0.0.255', 'link-local multicast'],
    ['223.0.0.1', undefined],
    ['225.0.0.1', undefined],
    ['224.1.0.1', undefined],
    ['224.0.1.1', undefined],
    ['::ffff:224.0.0.1', 'link-local multicast'],
    ['::ffff:169.254.1.1', 'link-local'],
  ] as const)('%s: %s', (text, range) => {
    expect(specialRange(parseIPSloppy(text)!)).toBe(range);
  });
});

describe('IPv6 special ranges', () => {
  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::', 'link-local'],
    ['febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'link-local'],
    ['fec0::', undefined],
    ['fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff', undefined],
    ['ff02::', 'link-local multicast'],
    ['ff02:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'link-local multicast'],
    ['ff72::1', 'link-local multicast'],
    ['ffa2::1', 'link-local multicast'],
    ['fff2::1', 'link-local multicast'],
    ['ff03::', undefined],
    ['ff01:ffff:ffff:ffff:ffff:ffff:ffff:ffff', undefined],
    ['fe02::1', undefined],
    ['::2', undefined],
    ['::0.0.0.0', 'unspecified'],
    ['::0.0.0.1', 'loopback'],
  ] as const)('%s: %s', (text, range) => {
    expect(specialRange(parseIPSloppy(text)!)).toBe(range);
  });
});

import { describe, expect, it } from 'vitest';
import { BlockList } from 'node:net';
import { nonStandardForm, parseIPSloppy, specialRange } from '../../src/engine/ip.js';

/**
 * Expected values are what the Kubernetes API server does: netutils.ParseIPSloppy (Go 1.16's
 * net.ParseIP, leading zeros allowed), Go's To4() for the family, net.IP.String() for the canonical
 * form, and net.IP's IsUnspecified/IsLoopback/IsLinkLocalUnicast/IsLinkLocalMulticast.
 */
describe('parseIPSloppy', () => {
  it.each([
    ['10.1.2.3', 4, '10.1.2.3', undefined],
    ['010.001.002.003', 4, '10.1.2.3', 'leading zeros'],
    ['0000010.1.2.3', 4, '10.1.2.3', 'leading zeros'],
    ['::ffff:10.1.2.3', 4, '10.1.2.3', 'IPv4-mapped IPv6'],
    ['::FFFF:0a01:0203', 4, '10.1.2.3', 'IPv4-mapped IPv6'],
    ['0:0:0:0:0:ffff:10.1.2.3', 4, '10.1.2.3', 'IPv4-mapped IPv6'],
    ['::ffff:010.1.2.3', 4, '10.1.2.3', 'leading zeros'],
    ['2001:DB8::1', 6, '2001:db8::1', undefined],
    ['2001:db8:0:0:1:0:0:1', 6, '2001:db8::1:0:0:1', undefined],
    // Go prints an address whose first 96 bits are zero in hex (RFC 5952); Node would write a dotted tail.
    ['::10.1.2.3', 6, '::a01:203', undefined],
    ['::a01:203', 6, '::a01:203', undefined],
    ['::0.1.0.0', 6, '::1:0', undefined],
    ['::0.0.0.2', 6, '::2', undefined],
    ['::0.0.1.2', 6, '::102', undefined],
    ['::255.255.0.16', 6, '::ffff:10', undefined],
    ['::1.0.0.0', 6, '::100:0', undefined],
    ['00001::', 6, '1::', 'leading zeros'],
    ['::', 6, '::', undefined],
  ] as const)('%s is IPv%i %s (%s)', (text, family, canonical, form) => {
    const ip = parseIPSloppy(text);
    expect(ip).toBeDefined();
    expect([ip!.family, ip!.canonical, nonStandardForm(ip!)]).toEqual([family, canonical, form]);
  });

  it.each([
    '',
    ' 10.1.2.3',
    '10.1.2.3 ',
    '10.1.2',
    '10.1.2.3.4',
    '256.1.1.1',
    '10.1.2.3.',
    '0x0a.1.2.3',
    '10.1.2.3/32',
    '10.1.2.3:80',
    '[::1]',
    'fe80::1%eth0',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '000010000::',
    'etcd.example.com',
  ])('%j is not an IP', (text) => {
    expect(parseIPSloppy(text)).toBeUndefined();
  });
});

describe('specialRange mirrors ValidateEndpointIP', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['169.254.0.1', 'link-local'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['224.0.0.1', 'link-local multicast'],
    ['224.0.0.255', 'link-local multicast'],
    ['ff02::1', 'link-local multicast'],
    ['ff12::1', 'link-local multicast'],
    ['fff2::1', 'link-local multicast'],
    ['0.1.2.3', undefined],
    ['128.0.0.1', undefined],
    ['169.253.255.255', undefined],
    ['169.255.0.1', undefined],
    ['224.0.1.1', undefined],
    ['239.255.255.250', undefined],
    ['::2', undefined],
    ['::127.0.0.1', undefined],
    ['fec0::1', undefined],
    ['fe7f::1', undefined],
    ['ff01::1', undefined],
    ['ff05::2', undefined],
    ['ff03::1', undefined],
    ['10.0.0.1', undefined],
    ['2001:db8::1', undefined],
  ] as const)('%s: %s', (text, range) => {
    expect(specialRange(parseIPSloppy(text)!)).toBe(range);
  });
});

describe('specialRange for IPv4 by octet agrees with the subnets', () => {
  const subnets: [string, number, string][] = [
    ['0.0.0.0', 32, 'unspecified'],
    ['127.0.0.0', 8, 'loopback'],
    ['169.254.0.0', 16, 'link-local'],
    ['224.0.0.0', 24, 'link-local multicast'],
  ];
  const lists = subnets.map(([net, prefix, range]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, 'ipv4');
    return [range, list] as const;
  });
  const bySubnet = (ip: string) => lists.find(([, list]) => list.check(ip, 'ipv4'))?.[0];

  it('on every boundary and on 20,000 addresses from a fixed seed', () => {
    const addresses = [
      '0.0.0.1',
      '126.255.255.255',
      '128.0.0.0',
      '169.254.255.255',
      '224.0.0.255',
      '224.0.1.0',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    // Octets drawn from the values the ranges turn on, and any value.
    const pick = () => [0, 127, 169, 254, 224, 255, next()][next() % 7]!;
    for (let i = 0; i < 20_000; i++) addresses.push([pick(), pick(), pick(), pick()].join('.'));
    const disagree = addresses.filter((ip) => specialRange(parseIPSloppy(ip)!) !== bySubnet(ip));
    expect(disagree).toEqual([]);
  });
});

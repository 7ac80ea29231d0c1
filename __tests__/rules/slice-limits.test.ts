import { sliceLimits } from '../../src/rules/slice-limits.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

const ip = (i: number): string => `"10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}"`;
const flowList = (n: number, item: (i: number) => string): string =>
  `[${Array.from({ length: n }, (_, i) => item(i)).join(', ')}]`;

/** A slice whose endpoints, addresses per endpoint and ports are given as flow lists on single lines. */
const slice = (name: string, body: string): string => `
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: ${name}
  addressType: IPv4
${body}
`;

ruleTester(sliceLimits, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'exactly 1000 endpoints, 100 addresses in one endpoint, 100 ports',
      files: docs(
        slice('a', `  endpoints: ${flowList(1000, (i) => `{addresses: [${ip(i)}]}`)}`),
        slice('b', `  endpoints:\n    - addresses: ${flowList(100, ip)}`),
        slice('c', `  ports: ${flowList(100, (i) => `{name: p${i}, port: ${i + 1}}`)}`),
      ),
    },
  ],
  invalid: [
    {
      name: '1001 endpoints',
      files: slice('big', `  endpoints: ${flowList(1001, (i) => `{addresses: [${ip(i)}]}`)}`),
      errors: [
        {
          line: 6,
          column: 1,
          endColumn: 10,
          messageId: 'tooManyEndpoints',
          data: { object: 'EndpointSlice default/big', count: 1001 },
        },
      ],
    },
    {
      name: 'an endpoint with 101 addresses, one with none, one with an empty list',
      files: slice(
        'addr',
        [
          '  endpoints:',
          `    - addresses: ${flowList(101, ip)}`,
          '    - conditions: {ready: true}',
          '    - addresses: []',
        ].join('\n'),
      ),
      errors: [
        {
          line: 7,
          column: 5,
          messageId: 'tooManyAddresses',
          data: { object: 'EndpointSlice default/addr', endpoint: 'endpoints[0]', count: 101 },
        },
        { line: 8, column: 5, messageId: 'noAddresses', data: { endpoint: 'endpoints[1]' } },
        { line: 9, column: 5, messageId: 'noAddresses', data: { endpoint: 'endpoints[2]' } },
      ],
    },
    {
      name: '101 ports (warning: old clusters) and 20001 ports (error)',
      files: docs(
        slice('p101', `  ports: ${flowList(101, (i) => `{name: p${i}, port: ${i + 1}}`)}`),
        slice('p20001', `  ports: ${flowList(20001, (i) => `{name: p${i}, port: ${(i % 65535) + 1}}`)}`),
      ),
      errors: [
        {
          line: 6,
          column: 1,
          severity: 'warning',
          messageId: 'portsOverOldLimit',
          data: { object: 'EndpointSlice default/p101', count: 101 },
        },
        {
          line: 13,
          column: 1,
          messageId: 'tooManyPorts',
          data: { object: 'EndpointSlice default/p20001', count: 20001 },
        },
      ],
    },
  ],
});

import { endpointsOverMirrorLimit } from '../../src/rules/endpoints-over-mirror-limit.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

/** `n` addresses starting at 10.0.x.y number `from`, as a flow list on one line. */
const addresses = (n: number, from = 0): string =>
  `[${Array.from({ length: n }, (_, k) => `{ip: 10.0.${((from + k) >> 8) & 255}.${(from + k) & 255}}`).join(', ')}]`;

const endpoints = (subsets: string): string => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: big
  subsets:
${subsets}
`;

ruleTester(endpointsOverMirrorLimit, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'exactly 1000 addresses',
      files: endpoints(`    - addresses: ${addresses(1000)}\n      ports: [{port: 80}]`),
    },
    {
      name: 'two subsets with different ports stay apart after repacking',
      files: endpoints(
        `    - addresses: ${addresses(600)}\n      ports: [{port: 80}]\n` +
          `    - addresses: ${addresses(600, 600)}\n      ports: [{port: 81}]`,
      ),
    },
    {
      name: 'a repeated address and invalid addresses are not counted',
      files: endpoints(
        `    - addresses: ${addresses(1000)}\n` +
          `      notReadyAddresses: [{ip: 10.0.0.0}, {ip: not-an-ip}, {ip: 10.0.0.1}]\n` +
          `      ports: [{port: 80}]`,
      ),
    },
  ],
  invalid: [
    {
      name: 'one subset: 600 ready and 401 not-ready addresses',
      files: endpoints(
        `    - addresses: ${addresses(600)}\n` +
          `      notReadyAddresses: ${addresses(401, 600)}\n` +
          `      ports: [{name: http, port: 80}]`,
      ),
      errors: [
        {
          line: 7,
          column: 5,
          messageId: 'overLimit',
          data: {
            object: 'Endpoints default/big',
            count: 1001,
            field: 'subsets[0].notReadyAddresses',
            skipped: 1,
          },
        },
      ],
    },
    {
      name: 'two subsets with the same ports are merged into one of 1200',
      files: endpoints(
        `    - addresses: ${addresses(600)}\n      ports: [{name: http, port: 80}]\n` +
          `    - addresses: ${addresses(600, 600)}\n      ports: [{name: http, port: 80}]`,
      ),
      errors: [
        {
          line: 8,
          column: 5,
          messageId: 'overLimit',
          data: { count: 1200, field: 'subsets[1].addresses', skipped: 200 },
        },
      ],
    },
  ],
});

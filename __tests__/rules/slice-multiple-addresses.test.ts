import { sliceMultipleAddresses } from '../../src/rules/slice-multiple-addresses.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(sliceMultipleAddresses, {
  valid: [...CLEAN_WITHOUT_ENDPOINTS, ...CLEAN_WITH_ENDPOINTS],
  invalid: [
    {
      name: 'two and three addresses in one endpoint (IPv6 slice and JSON IPv4 slice)',
      files: {
        'v6.yaml': `
          apiVersion: discovery.k8s.io/v1
          kind: EndpointSlice
          metadata:
            name: db-v6
            labels:
              endpointslice.kubernetes.io/managed-by: gitops.example.com
          addressType: IPv6
          endpoints:
            - addresses:
                - fd00::5
                - fd00::6
        `,
        'v4.json': `
          {
            "apiVersion": "discovery.k8s.io/v1",
            "kind": "EndpointSlice",
            "metadata": {"name": "db-v4"},
            "addressType": "IPv4",
            "endpoints": [{"addresses": ["10.0.0.5", "10.0.0.6", "10.0.0.7"]}]
          }
        `,
      },
      errors: [
        {
          file: 'v4.json',
          line: 6,
          column: 44,
          messageId: 'multipleAddresses',
          data: {
            slice: 'EndpointSlice default/db-v4',
            endpoint: 'endpoints[0]',
            count: 3,
            first: '"10.0.0.5"',
            others: '2 receive',
          },
          related: ['v4.json:6:32'],
        },
        {
          file: 'v6.yaml',
          line: 11,
          column: 9,
          messageId: 'multipleAddresses',
          data: {
            slice: 'EndpointSlice default/db-v6',
            endpoint: 'endpoints[0]',
            count: 2,
            first: '"fd00::5"',
            others: 'one receives',
          },
          related: ['v6.yaml:10:9'],
        },
      ],
    },
  ],
});

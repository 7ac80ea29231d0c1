import { subsetWithoutAddresses } from '../../src/rules/subset-without-addresses.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(subsetWithoutAddresses, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'only not-ready addresses; no subsets at all',
      files: `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Endpoints
            metadata: {name: a}
            subsets:
              - notReadyAddresses: [{ip: 10.0.0.1}]
                ports: [{port: 80}]
          - apiVersion: v1
            kind: Endpoints
            metadata: {name: b}
            subsets: []
      `,
    },
  ],
  invalid: [
    {
      name: 'second subset has ports only, third has empty lists, fourth is empty',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: infra
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{port: 2379}]
          - ports:
              - port: 2379
          - addresses: []
            notReadyAddresses: []
          - {}
      `,
      errors: [
        {
          line: 9,
          column: 5,
          messageId: 'noAddresses',
          data: { object: 'Endpoints infra/etcd', subset: 'subsets[1]' },
        },
        { line: 11, column: 5, messageId: 'noAddresses', data: { subset: 'subsets[2]' } },
        { line: 13, column: 5, endColumn: 7, messageId: 'noAddresses', data: { subset: 'subsets[3]' } },
      ],
    },
    {
      name: '`addresses: []` written beside ports: a form an installer fills in, a notice',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: kube-system
        subsets:
          - addresses: []
            ports:
              - {name: metrics, port: 2379}
      `,
      errors: [
        {
          line: 7,
          column: 5,
          severity: 'notice',
          messageId: 'emptyAddresses',
          data: { object: 'Endpoints kube-system/etcd', subset: 'subsets[0]' },
        },
      ],
    },
  ],
});

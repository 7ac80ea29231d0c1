import { sliceMissingManagedBy } from '../../src/rules/slice-missing-managed-by.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(sliceMissingManagedBy, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'slices written by the Kubernetes controllers carry the label too',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-abc
          labels:
            kubernetes.io/service-name: web
            endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io
        addressType: IPv4
      `,
    },
  ],
  invalid: [
    {
      name: 'no managed-by label; no labels at all; an empty value',
      files: docs(
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
          labels:
            kubernetes.io/service-name: web
        addressType: IPv4
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-2
        addressType: IPv4
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-3
          labels: {endpointslice.kubernetes.io/managed-by: ""}
        addressType: IPv4
        `,
      ),
      errors: [
        {
          line: 5,
          column: 3,
          endColumn: 9,
          severity: 'notice',
          messageId: 'missingLabel',
          data: { slice: 'EndpointSlice default/web-1' },
          fix: null,
        },
        { line: 11, column: 1, messageId: 'missingLabel', data: { slice: 'EndpointSlice default/web-2' } },
        { line: 19, column: 3, messageId: 'missingLabel', data: { slice: 'EndpointSlice default/web-3' } },
      ],
    },
  ],
});

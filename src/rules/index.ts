import type { Rule } from '../engine/rule.js';
import { duplicateResource } from './duplicate-resource.js';
import { emptySelector } from './empty-selector.js';
import { endpointsForExternalNameService } from './endpoints-for-externalname-service.js';
import { endpointsForSelectorService } from './endpoints-for-selector-service.js';
import { endpointsNotMirrored } from './endpoints-not-mirrored.js';
import { endpointsWithoutService } from './endpoints-without-service.js';
import { pairingNamespaceMismatch } from './pairing-namespace-mismatch.js';
import { proxyExcludedLabel } from './proxy-excluded-label.js';
import { serviceWithoutEndpoints } from './service-without-endpoints.js';
import { sliceForSelectorService } from './slice-for-selector-service.js';
import { sliceMissingServiceLabel } from './slice-missing-service-label.js';
import { sliceWithoutService } from './slice-without-service.js';
import { endpointIpIsClusterIp } from './endpoint-ip-is-cluster-ip.js';
import { endpointPortUnused } from './endpoint-port-unused.js';
import { endpointsWithoutPorts } from './endpoints-without-ports.js';
import { portNameMismatch } from './port-name-mismatch.js';
import { portProtocolMismatch } from './port-protocol-mismatch.js';
import { sliceAddressTypeUnusable } from './slice-address-type-unusable.js';
import { sliceReservedManagedBy } from './slice-reserved-managed-by.js';
import { targetPortIgnored } from './target-port-ignored.js';
import { unusedSuppression } from './unused-suppression.js';
import { duplicatePortName } from './duplicate-port-name.js';
import { endpointsDeprecated } from './endpoints-deprecated.js';
import { endpointsOverMirrorLimit } from './endpoints-over-mirror-limit.js';
import { invalidApiVersion } from './invalid-api-version.js';
import { invalidEndpointHostname } from './invalid-endpoint-hostname.js';
import { invalidEndpointIp } from './invalid-endpoint-ip.js';
import { invalidName } from './invalid-name.js';
import { invalidPortName } from './invalid-port-name.js';
import { invalidProtocol } from './invalid-protocol.js';
import { portNameRequired } from './port-name-required.js';
import { portOutOfRange } from './port-out-of-range.js';
import { sliceLimits } from './slice-limits.js';
import { sliceMissingManagedBy } from './slice-missing-managed-by.js';
import { sliceMultipleAddresses } from './slice-multiple-addresses.js';
import { specialEndpointIp } from './special-endpoint-ip.js';
import { subsetWithoutAddresses } from './subset-without-addresses.js';
import { unknownField } from './unknown-field.js';
import { yamlSyntax } from './yaml-syntax.js';
import { kustomizeNotModelled } from './kustomize-not-modelled.js';
import { helmChartNotRendered } from './helm-chart-not-rendered.js';
import { kustomizePatchNoTarget } from './kustomize-patch-no-target.js';
// E. Workloads and routes
import { ingressBackendMissingPort } from './ingress-backend-missing-port.js';
import { ingressBackendMissingService } from './ingress-backend-missing-service.js';
import { routeBackendMissingService } from './route-backend-missing-service.js';
import { selectorMatchesNoWorkload } from './selector-matches-no-workload.js';
import { targetPortNotExposed } from './target-port-not-exposed.js';
import { targetPortProtocolMismatch } from './target-port-protocol-mismatch.js';
import { workloadSelectorMismatch } from './workload-selector-mismatch.js';

/** Every rule, in the order they run. Adding a rule: one module, one line here, one docs/rules page. */
export const ALL_RULES: readonly Rule[] = [
  // D. Input
  yamlSyntax,
  kustomizePatchNoTarget,
  kustomizeNotModelled,
  helmChartNotRendered,
  unusedSuppression, // reported by the engine once the other rules have run
  // A. Pairing
  endpointsWithoutService,
  pairingNamespaceMismatch,
  sliceMissingServiceLabel,
  sliceWithoutService,
  serviceWithoutEndpoints,
  endpointsForSelectorService,
  sliceForSelectorService,
  endpointsForExternalNameService,
  emptySelector,
  endpointsNotMirrored,
  proxyExcludedLabel,
  duplicateResource,
  portNameMismatch,
  portProtocolMismatch,
  endpointPortUnused,
  endpointsWithoutPorts,
  targetPortIgnored,
  endpointIpIsClusterIp,
  sliceReservedManagedBy,
  sliceAddressTypeUnusable,
  // B. Validity
  invalidEndpointIp,
  specialEndpointIp,
  portNameRequired,
  invalidPortName,
  duplicatePortName,
  portOutOfRange,
  invalidProtocol,
  subsetWithoutAddresses,
  invalidName,
  sliceLimits,
  endpointsOverMirrorLimit,
  invalidEndpointHostname,
  unknownField,
  invalidApiVersion,
  // C. Advice
  endpointsDeprecated,
  sliceMissingManagedBy,
  sliceMultipleAddresses,
  // E. Workloads and routes
  selectorMatchesNoWorkload,
  targetPortNotExposed,
  targetPortProtocolMismatch,
  ingressBackendMissingService,
  ingressBackendMissingPort,
  routeBackendMissingService,
  workloadSelectorMismatch,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

/**
 * The name formats of k8s.io/apimachinery/pkg/util/validation/validation.go, with the reasons
 * spelled out for messages. Each `...Problem` function returns undefined when the value is valid.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const IANA_SVC_NAME_CHARS = /^[-a-z0-9]+$/;

/** `IsDNS1123Label`: at most 63 characters, a-z 0-9 and '-', starting and ending alphanumeric. */
export function dns1123LabelProblem(value: string): string | undefined {
  if (value.length > 63) return `is ${value.length} characters long (at most 63)`;
  if (DNS1123_LABEL.test(value)) return undefined;
  if (value.includes('.')) return "contains '.' (a DNS label is a single name without dots)";
  return charsetProblem(value) ?? 'must start and end with a lower-case letter or digit';
}

/** `IsDNS1123Subdomain`: at most 253 characters, dot-separated DNS-1123 labels. */
export function dns1123SubdomainProblem(value: string): string | undefined {
  if (value.length > 253) return `is ${value.length} characters long (at most 253)`;
  if (DNS1123_SUBDOMAIN.test(value)) return undefined;
  const outside = [...value].find((c) => !/[a-z0-9.-]/.test(c));
  if (outside !== undefined) return describeChar(outside);
  return 'must be dot-separated parts that each start and end with a lower-case letter or digit';
}

/** `IsDNS1035Label`: like a DNS-1123 label, but must start with a letter. */
export function dns1035LabelProblem(value: string): string | undefined {
  if (value.length > 63) return `is ${value.length} characters long (at most 63)`;
  if (DNS1035_LABEL.test(value)) return undefined;
  if (value.includes('.')) return "contains '.' (it must be a single DNS label)";
  const chars = charsetProblem(value);
  if (chars) return chars;
  if (/^[0-9]/.test(value)) return 'starts with a digit (it must start with a lower-case letter)';
  return 'must start with a lower-case letter and end with a lower-case letter or digit';
}

/**
 * `IsValidPortName` (an IANA service name, RFC 6335): at most 15 characters, a-z 0-9 and '-',
 * at least one letter, no leading, trailing or double '-'.
 */
export function ianaServiceNameProblem(value: string): string | undefined {
  if (value.length > 15) return `is ${value.length} characters long (at most 15)`;
  if (!IANA_SVC_NAME_CHARS.test(value)) return charsetProblem(value) ?? 'may only contain a-z, 0-9 and -';
  if (!/[a-z]/.test(value)) return 'has no letter (a port name needs at least one a-z)';
  if (value.includes('--')) return "contains '--' (consecutive hyphens)";
  if (value.startsWith('-') || value.endsWith('-')) return "starts or ends with '-'";
  return undefined;
}

function charsetProblem(value: string): string | undefined {
  const outside = [...value].find((c) => !/[a-z0-9-]/.test(c));
  return outside === undefined ? undefined : describeChar(outside);
}

function describeChar(c: string): string {
  if (/[A-Z]/.test(c)) return 'contains upper-case letters (only lower-case is allowed)';
  if (c === ' ') return 'contains a space';
  return `contains ${JSON.stringify(c)} (only a-z, 0-9 and '-' are allowed)`;
}

/** The lower-cased value, when lower-casing alone makes it valid: a safe fix. */
export function lowerCaseFix(value: string, problem: (v: string) => string | undefined): string | undefined {
  const lower = value.toLowerCase();
  return lower !== value && problem(lower) === undefined ? lower : undefined;
}

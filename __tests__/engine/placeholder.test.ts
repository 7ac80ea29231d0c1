import { describe, expect, it } from 'vitest';
import { isPlaceholder, placeholderForm, REAL_UPPER_CASE_WORDS } from '../../src/engine/placeholder.js';

describe('placeholderForm: the forms people substitute before applying', () => {
  it.each([
    // Go/Helm, Jinja, Mustache templates, GitHub expressions, anywhere in the value
    ['{{ .Values.service.ip }}', 'template'],
    ['{{name}}', 'template'],
    ['svc-{{ .Release.Name }}', 'template'],
    ['{% if x %}10.0.0.1{% endif %}', 'template'],
    ['${{ env.IP }}', 'template'],
    // shell / envsubst / Flux substitution, Kubernetes $(VAR), kustomize vars
    ['${VAR}', 'variable'],
    ['${NODE_IP:-10.0.0.1}', 'variable'],
    ['$VAR', 'variable'],
    ['$node_ip', 'variable'],
    ['$(VAR)', 'variable'],
    ['$(SERVICE_NAME).default.svc', 'variable'],
    ['10.0.0.${N}', 'variable'],
    ['web-${ENV}', 'variable'],
    // documentation convention
    ['<your-ip>', 'angle-brackets'],
    ['<IP>', 'angle-brackets'],
    ['<node name>', 'angle-brackets'],
    ['svc-<env>', 'angle-brackets'],
    // token-replacement tools
    ['__NAME__', 'delimited-token'],
    ['__node_ip__', 'delimited-token'],
    ['@VAR@', 'delimited-token'],
    ['#{NodeIp}#', 'delimited-token'],
    ['#{ip}', 'delimited-token'],
    ['%NODE_IP%', 'delimited-token'],
    ['[[ .ip ]]', 'delimited-token'],
    // addresses with masked parts
    ['x.x.x.x', 'masked-ip'],
    ['X.X.X.X', 'masked-ip'],
    ['10.0.x.x', 'masked-ip'],
    ['xxx.xxx.xxx.xxx', 'masked-ip'],
    ['192.168.1.*', 'masked-ip'],
    ['10.0.0.x/24', 'masked-ip'],
    ['fd00::x', 'masked-ip'],
    ['xxxx:xxxx::xxxx', 'masked-ip'],
    // letters for the four parts, as documentation writes an address (container.training's certbot Endpoints)
    ['A.B.C.D', 'masked-ip'],
    ['a.b.c.d', 'masked-ip'],
    ['a.b.c.d/n', 'masked-ip'],
    // sentinel words, any case
    ['REPLACE_ME', 'sentinel'],
    ['replace-me', 'sentinel'],
    ['CHANGEME', 'sentinel'],
    ['changeme', 'sentinel'],
    ['change-this', 'sentinel'],
    ['fill-me-in', 'sentinel'],
    ['TODO', 'sentinel'],
    ['tbd', 'sentinel'],
    ['FIXME', 'sentinel'],
    ['placeholder', 'sentinel'],
    ['xxx', 'sentinel'],
    ['YOUR_IP', 'sentinel'],
    ['your-ip', 'sentinel'],
    ['yourHost', 'sentinel'],
    ['Your IP', 'sentinel'],
    ['insert-node-ip', 'sentinel'],
    ['ENTER_IP', 'sentinel'],
    ['ip-here', 'sentinel'],
    ['NODE_IP_HERE', 'sentinel'],
    ['_', 'sentinel'],
    ['...', 'sentinel'],
    ['???', 'sentinel'],
    // all-caps words
    ['MINIKUBE_IP', 'all-caps'],
    ['NAME', 'all-caps'],
    ['IP', 'all-caps'],
    ['NODE_NAME', 'all-caps'],
    ['IP_1', 'all-caps'],
    ['DB', 'all-caps'],
    ['  PORT  ', 'all-caps'],
    // an environment-variable name as one part of a name (argo-rollouts' e2e templates)
    ['ROLLOUT_NAME-active', 'all-caps'],
    ['app-ENV_NAME', 'all-caps'],
    ['svc.NAMESPACE_1.example', 'all-caps'],
  ] as const)('%j is a placeholder (%s)', (value, form) => {
    expect(placeholderForm(value)).toBe(form);
    expect(isPlaceholder(value)).toBe(true);
  });
});

describe('real values, valid or not, are never placeholders', () => {
  it.each([
    // protocols and other capitalized real values: a case mistake in a lower-case field, not a placeholder
    'TCP',
    'UDP',
    'SCTP',
    'HTTP',
    'HTTPS',
    'GRPC',
    'H2C',
    'DNS',
    'ICMP',
    'FQDN',
    'IPV4',
    'IPV6',
    'NONE',
    'GRPC-WEB',
    // mixed and lower case names: real mistakes
    'MyService',
    'myService',
    'my_service',
    'Web-Frontend',
    'IPv4',
    'None',
    'V1',
    // upper-case names with '-', '.' or digits: real names in the wrong case
    'DB-1',
    'WEB-FRONTEND',
    'SERVICE-NAME',
    'NODE1',
    // a capital part without '_', or '_' inside a lower-case part: a real name in the wrong case
    'WEB-frontend',
    'api-V2',
    'my_SERVICE-x',
    // numbers and dotted-decimal addresses, valid or not (told apart before any pattern is tried)
    '10.0.0.1',
    '999.1.1.1',
    '8080',
    '1.2.3.4.5',
    '1..2',
    '0.',
    // host names, upper-case ones with dots too
    'db.example.com',
    'DB.EXAMPLE.COM',
    'localhost',
    // addresses: valid, special or invalid, all real
    '10.0.0.1',
    '10.0.0.256',
    '0.0.0.0',
    '127.0.0.1',
    '1.2.3.4',
    '010.001.002.003',
    'fe80::1%eth0',
    'fd00::1',
    'FD00::1',
    '10.0.0.0/24',
    '10.0.0.1:8080',
    // host names of one letter a part are names, not addresses: four parts only
    'a.b.c',
    'a.b.c.d.e',
    'ab.c.d.e',
    // words a placeholder sentinel must not swallow
    'enterprise',
    'enterprise_svc',
    'yourself',
    'settings',
    'editor',
    'x',
    'X',
    'A',
    // dollar, at and percent signs that are not variables
    '$',
    '-',
    '.',
    '100%',
    'user@example.com',
    // nothing to substitute
    '',
    '   ',
  ])('%j', (value) => {
    expect(placeholderForm(value)).toBeUndefined();
  });

  it('only strings can be placeholders', () => {
    for (const value of [undefined, null, 0, 8080, true, ['NAME'], { ip: 'IP' }])
      expect(isPlaceholder(value)).toBe(false);
  });

  it('all-caps words are placeholders only where Kubernetes wants lower case', () => {
    for (const value of ['PROTOCOL', 'NAME', 'MINIKUBE_IP']) {
      expect(isPlaceholder(value)).toBe(true);
      expect(isPlaceholder(value, { allCaps: false })).toBe(false);
    }
    // The other forms do not depend on the field.
    for (const value of ['${PROTOCOL}', '<protocol>', 'REPLACE_ME', 'x.x.x.x', '__PROTO__'])
      expect(isPlaceholder(value, { allCaps: false })).toBe(true);
  });

  it('no real upper-case word (protocols, address types) is a placeholder, in any field', () => {
    expect(REAL_UPPER_CASE_WORDS.size).toBeGreaterThan(10);
    for (const word of REAL_UPPER_CASE_WORDS) expect(placeholderForm(word), word).toBeUndefined();
  });
});

/**
 * The Action's API budget: runs the built Action (dist/index.js) on a pull request of 3000 changed
 * files against the local fake GitHub (__tests__/github-server) and counts the REST requests it makes.
 * Bundled and run by bench/run.mjs; prints one JSON line.
 */
import path from 'node:path';
import {
  actionRun,
  createPullRequestRepo,
  runAction,
  startFakeGitHub,
} from '../__tests__/github-server/index.js';

const FILES = Number(process.argv[2] ?? 3000);
const BROKEN = 60; // more findings than `max-comments` (30): the rest go to the review body
const action = path.resolve(process.argv[3] ?? 'dist/index.js');

const service = (name: string, label = 'v1'): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: shop\n  labels:\n    release: ${label}\n` +
  `spec:\n  ports:\n    - name: client\n      port: 2379\n`;
const slice = (name: string, service: string): string =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}-1\n  namespace: shop\n  labels:\n` +
  `    kubernetes.io/service-name: ${service}\n    endpointslice.kubernetes.io/managed-by: cluster-admins\n` +
  `addressType: IPv4\nendpoints:\n  - addresses: ["10.20.30.40"]\nports:\n  - name: client\n    port: 2379\n    protocol: TCP\n`;

// Every file changes (a label bump); the first BROKEN ones also get a slice that names no Service.
const base: Record<string, string> = {};
const head: Record<string, string> = {};
for (let i = 0; i < FILES; i++) {
  const name = `app-${String(i).padStart(4, '0')}`;
  const file = `k8s/${name}.yaml`;
  base[file] = `${service(name)}---\n${slice(name, name)}`;
  head[file] = `${service(name, 'v2')}---\n${slice(name, i < BROKEN ? `${name}-typo` : name)}`;
}

const repo = createPullRequestRepo({ base, head });
const fake = await startFakeGitHub();
try {
  const pull = fake.addPullRequest({ owner: 'acme', repo: 'platform', number: 42, ...repo });
  const run = actionRun(fake, { pull, workspace: repo.dir, inputs: { 'fail-on': 'never' } });
  const started = performance.now();
  const result = await runAction(action, run);
  const wallMs = performance.now() - started;
  run.cleanup();
  const byRoute: Record<string, number> = {};
  for (const { route = '(no route)' } of fake.requests) byRoute[route] = (byRoute[route] ?? 0) + 1;
  const rest = fake.requests.filter((r) => r.route !== 'POST /graphql').length;
  process.stdout.write(
    `${JSON.stringify({
      changedFiles: repo.files.length,
      exitCode: result.status,
      requests: fake.requests.length,
      rest,
      graphql: fake.requests.length - rest,
      byRoute,
      violations: fake.violations.length,
      reviewComments: fake.state.reviewComments.length,
      wallMs: Math.round(wallMs),
      stderr: result.status === 0 ? undefined : result.stderr.slice(-2000),
    })}\n`,
  );
} finally {
  await fake.close();
  repo.cleanup();
}

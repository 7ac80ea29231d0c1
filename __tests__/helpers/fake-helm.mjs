#!/usr/bin/env node
// A stand-in for `helm` (helm cannot be installed on the test machines): records how it was called, then
// behaves as FAKE_HELM_MODE says — `render` prints FAKE_HELM_OUTPUT (a stream in helm template's format),
// `fail` refuses as helm does for a chart whose dependencies are missing, `hang` never ends.
import { appendFileSync, readFileSync } from 'node:fs';
import { setInterval } from 'node:timers';

if (process.env.FAKE_HELM_LOG)
  appendFileSync(
    process.env.FAKE_HELM_LOG,
    `${JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), noPlugins: process.env.HELM_NO_PLUGINS })}\n`,
  );
const mode = process.env.FAKE_HELM_MODE ?? 'render';
if (mode === 'fail') {
  process.stderr.write(
    'Error: An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: postgresql\n',
  );
  process.exit(1);
} else if (mode === 'hang') {
  setInterval(() => {}, 1000);
} else {
  process.stdout.write(readFileSync(process.env.FAKE_HELM_OUTPUT ?? '', 'utf8'));
}

import { runCli } from './cli/run.js';
import { neutralizeWorkflowCommands } from './report/github.js';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  // Messages may quote a config file or an argument: they must not read as workflow commands.
  stderr: (text) => process.stderr.write(neutralizeWorkflowCommands(text)),
  isTty: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `kube-pairing: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);

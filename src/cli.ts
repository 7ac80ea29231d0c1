import { runCli } from './cli/run.js';
import { neutralizeWorkflowCommands } from './report/github.js';

// A reader that goes away (`kube-pairing dir | head`) is not an error of ours: stop writing to it, and
// let the run end with its own exit code, as other command-line tools do.
const gone = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      gone.add(stream);
      return;
    }
    throw error;
  });
}
const write = (stream: NodeJS.WriteStream, text: string): void => {
  if (!gone.has(stream) && !stream.destroyed) stream.write(text);
};

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => write(process.stdout, text),
  // Messages may quote a config file or an argument: they must not read as workflow commands.
  stderr: (text) => write(process.stderr, neutralizeWorkflowCommands(text)),
  isTty: process.stdout.isTTY === true,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    write(
      process.stderr,
      `kube-pairing: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);

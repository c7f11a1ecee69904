/// <reference types="node" />
/** The executable: runs the command line on process.argv and exits with its code. */
import { runCli, standardOutputFailure } from './main.js';

const args = process.argv.slice(2);
// A write to standard output that fails (a reader that stopped early, a full disk) is reported by Node after the
// command has run, as an event: without a listener it would be a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  const failure = standardOutputFailure(args, error.code);
  if (failure) process.stderr.write(failure.message);
  process.exit(failure?.exitCode ?? Number(process.exitCode ?? 0));
});
process.exitCode = runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
});

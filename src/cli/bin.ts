/// <reference types="node" />
/** The executable: runs the command line on process.argv and exits with its code. */
import { runCli } from './main.js';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
});

#!/usr/bin/env node
import { runCli } from './program.js';

// `onceonly --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// No top-level await: the package's CommonJS build bundles this entry too.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

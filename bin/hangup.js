#!/usr/bin/env node
// `npx hangup …` in a clone of the repository: the commands are TypeScript, run through tsx.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { run, systemIo } = await import('../src/cli/hangup.ts');
process.exitCode = await run(process.argv.slice(2), systemIo);

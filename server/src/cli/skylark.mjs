#!/usr/bin/env node
// `skylark …`, the package's bin (`npx skylark --help`). The CLI is
// TypeScript like the rest of the server: tsx (a dependency) runs it.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();

const { main } = await import('./program.ts');

await main(process.argv.slice(2));

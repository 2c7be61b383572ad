#!/usr/bin/env node
// `astro check` fails on errors only; the project also allows no warnings.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const astro = require.resolve('astro/package.json').replace(/package.json$/, 'bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'check', '--minimumSeverity', 'warning'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, FORCE_COLOR: '0' },
});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const count = (kind) => Number(output.match(new RegExp(`- (\\d+) ${kind}`))?.[1] ?? NaN);
  const errors = count('errors?');
  const warnings = count('warnings?');
  if (code !== 0 || !(errors === 0) || !(warnings === 0)) {
    console.error(`\nnpm run check: expected 0 errors and 0 warnings, got ${errors} errors and ${warnings} warnings (exit ${code}).`);
    process.exit(1);
  }
});

// `npm test`: type-check, build, size budgets, browser tests (Chromium and Firefox ESR), Node tests; then one summary
// line that counts every test run, so CI and people read the same verdict.
import { spawn } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  // ESLint with type information (eslint.config.js; `npx eslint --fix` repairs what it can), then Lit's template
  // types (lit-analyzer, configured in tsconfig.json's ts-lit-plugin entry), then import cycles in src.
  // (`npm run lint` writes the generated JSX types first; here the type-check step already did.)
  ['lint', 'npx', ['eslint', '.']],
  ['lit-analyzer', 'npm', ['run', '--silent', 'lit-analyzer']],
  ['import cycles', 'npm', ['run', '--silent', 'cycles']],
  ['build', 'npm', ['run', '--silent', 'build']],
  // Size budgets (size-limit, min+gzip) on the build's output; see .size-limit.json and BENCHMARKS.md.
  // Exceeding a budget fails the run; raising one is a deliberate commit.
  ['size budgets', 'npm', ['run', '--silent', 'size']],
  ['storybook build', 'npm', ['run', '--silent', 'build-storybook']],
  // With coverage of src/ from Chromium's V8 (report in coverage/, thresholds in web-test-runner.config.mjs).
  ['browser tests', 'npx', ['web-test-runner', '--coverage']],
  // test/e2e/: the demo, the integration examples and every story driven in Chromium by playwright-core,
  // and the patient's printout rendered to PDF and read back with pdftotext.
  // test/fhir/: the FHIR mapping under both validators, and FhirAdapter against Medplum's FhirRouter on loopback.
  ['node tests', 'node', ['--test', 'test/node/', 'test/fhir/', 'test/e2e/']],
];

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const tee = (stream) => (chunk) => {
      out += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let passed = 0;
let failed = 0;
let broken = [];
const timings = [];
for (const [name, cmd, args] of steps) {
  const started = performance.now();
  const { code, out } = await run(cmd, args);
  timings.push(`${name} ${Math.round((performance.now() - started) / 1000)} s`);
  // eslint-disable-next-line no-control-regex -- strips the runners' colour codes (ESC [ ... m)
  const plain = out.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  if (name === 'browser tests') {
    // The runner repeats its progress lines; the last one per browser is the final count.
    const last = new Map();
    for (const m of plain.matchAll(/^(\w+):\s+\|.*\|\s+(\d+) passed, (\d+) failed/gm)) last.set(m[1], [Number(m[2]), Number(m[3])]);
    for (const [p, f] of last.values()) {
      passed += p;
      failed += f;
    }
    if (last.size === 0) broken.push(`${name} (no result)`);
  }
  if (name === 'node tests') {
    passed += Number(/^# pass (\d+)/m.exec(plain)?.[1] ?? 0);
    failed += Number(/^# fail (\d+)/m.exec(plain)?.[1] ?? 0);
  }
  if (name === 'browser tests' && /failed to meet coverage threshold/.test(plain)) broken.push('coverage threshold');
  if (code !== 0) {
    broken.push(name);
    if (name === 'typecheck' || name === 'build' || name === 'storybook build') break;
  }
}
console.log(`step times: ${timings.join(', ')}`);
if (broken.length) console.log(`failed steps: ${broken.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken.length || failed ? 1 : 0);

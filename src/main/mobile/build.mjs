// Builds 掌上办 (/m/) into the app's static resources: node build.mjs [out-dir].
// Run by Maven (generate-resources) with the machine's own node; packages come from the npm registry
// (npm ci, only when package-lock.json changed since the last install).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '../../../target/classes/static/m'));

const lock = readFileSync(join(here, 'package-lock.json'), 'utf8');
const stamp = join(here, 'node_modules', '.qinglian-installed-lock');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  writeFileSync(stamp, lock);
}

const esbuild = await import('esbuild');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { app: 'src/app.js' },
  bundle: true,
  // The form renderer (form-js) is a chunk of its own, loaded when a task is opened.
  splitting: true,
  format: 'esm',
  minify: true,
  // The in-app browsers of 浙政钉/钉钉/企业微信 are recent Chromium or iOS WebKit.
  target: ['chrome87', 'safari15'],
  outdir: join(out, 'assets'),
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning'
});
// The entry's own imports are fetched with it (modulepreload), not one round trip after it.
const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'src/app.js');
const preloads = entry[1].imports
  .filter(i => i.kind === 'import-statement')
  .map(i => `  <link rel="modulepreload" href="/m/assets/${i.path.replace(/^.*assets\//, '')}">`)
  .join('\n');
const page = readFileSync(join(here, 'src', 'index.html'), 'utf8');
writeFileSync(join(out, 'index.html'), page.replace('<!-- preloads -->', preloads));
// A task's address (a notice's link) gets the same page, fetching the task screen's code at once too.
const taskScreen = Object.entries(result.metafile.outputs)
  .filter(([file]) => /\/chunks\/task-[^/]+\.js$/.test(file))
  .map(([file, o]) => [file, ...o.imports.filter(i => i.kind === 'import-statement').map(i => i.path)])
  .flat()
  .map(file => `  <link rel="modulepreload" href="/m/assets/${file.replace(/^.*assets\//, '')}">`)
  .filter(link => !preloads.includes(link));
writeFileSync(join(out, 'task.html'), page.replace('<!-- preloads -->', [preloads, ...new Set(taskScreen)].join('\n')));

const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => /\.(js|css)$/.test(file))
  .map(([file]) => [file.replace(/^.*assets\//, 'assets/'), gzipSync(readFileSync(join(here, file))).length]);
const total = sizes.reduce((sum, [, size]) => sum + size, 0);
console.log(`掌上办 built into ${out}: ${sizes.map(([f, s]) => `${f} ${(s / 1024).toFixed(1)} KB`).join(', ')}`
  + ` (gzip, ${(total / 1024).toFixed(1)} KB in all)`);

// Bundles the binary: dist/cli.js and its chunks under dist/chunks/. One file to load instead of
// a hundred cuts the one-shot start-up by about a quarter (npm run bench measures it). The live
// view is a separate chunk, loaded only in live mode, with Ink and React bundled into it: loose,
// Ink loads all of es-toolkit/compat (415 modules) for one `throttle`, and every module of its
// own; bundled, the view imports in 70 MB instead of 86, and Ink and the help share one wrap-ansi.
// cfonts stays outside (see bundleOptions.mjs): the package's one dependency.
import {chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
import {bundleOptions} from './bundleOptions.mjs';

// Chunk names change with their content: old ones would be packed along.
rmSync('dist/chunks', {recursive: true, force: true});

const {metafile} = await build({
	...bundleOptions,
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	chunkNames: 'chunks/[name]-[hash]',
	splitting: true,
	metafile: true,
});

// The binary: a status line answered from its sheet, else dist/cli.js (see source/bin.ts). CommonJS,
// and nothing of the program in it.
await build({
	...bundleOptions,
	entryPoints: ['source/bin.ts'],
	outfile: 'dist/srtgen-top.cjs',
	format: 'cjs',
	banner: {},
	external: ['./cli.js'],
	plugins: [],
});

// Runnable as they are, as npm makes a bin on install: @srtgen_bin may name either, from a clone too.
chmodSync('dist/cli.js', 0o755);
chmodSync('dist/srtgen-top.cjs', 0o755);

// What the bundle holds (paths under node_modules), for the licence test (not shipped: the package
// has dist/cli.js and dist/chunks only).
const packages = new Set(Object.keys(metafile.inputs).flatMap(input => [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map(match => match[1]).slice(-1)));
writeFileSync('dist/bundled-packages.json', `${JSON.stringify([...packages].toSorted(), undefined, '\t')}\n`);

// Their licences ask that their notices go with every copy: the package ships them in one file.
const notices = [...packages].toSorted().map(name => {
	const dir = `node_modules/${name}`;
	const file = readdirSync(dir).find(entry => /^licen[cs]e/i.test(entry));
	const {version, license} = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
	return `${name} ${version} (${license})\n\n${file === undefined || !existsSync(`${dir}/${file}`) ? `licence: ${license}` : readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
});
writeFileSync(
	'dist/third-party-licences.txt',
	`The packages bundled into dist/cli.js and dist/chunks/, and their licences.\n\n${notices.join('\n---\n\n')}`,
);

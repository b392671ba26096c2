// Bundles the binary: dist/cli.js and its chunks under dist/chunks/. One file to load instead of
// a hundred cuts the one-shot start-up by about a quarter (npm run bench measures it). The live
// view is a separate chunk, loaded only in live mode, with Ink and React bundled into it: loose,
// Ink loads all of es-toolkit/compat (415 modules, ~20 MB) for one `throttle`, and every module of
// its own; bundled, the view starts some 20 MB smaller, and Ink and the help share one wrap-ansi.
// cfonts stays outside: it reads its fonts from disk at run time, and it is GPL-3.0-or-later, so
// an MIT bundle must not hold it (readme, Licence).
import {rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';

// Chunk names change with their content: old ones would be packed along.
rmSync('dist/chunks', {recursive: true, force: true});

/** Ink connects to React's devtools when DEV=true (a 130 KB chunk, with ws): a user never does. */
const noDevtools = {
	name: 'no-devtools',
	setup(build) {
		build.onResolve({filter: /^\.\/devtools\.js$/}, () => ({path: 'devtools', namespace: 'no-devtools'}));
		build.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({contents: ''}));
	},
};

const {metafile} = await build({
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	external: ['cfonts'],
	plugins: [noDevtools],
	// React's production build only: the development one costs several times the CPU per frame.
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS modules call require; ESM output has none of its own.
	banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	logLevel: 'warning',
	metafile: true,
});

// What the bundle holds (paths under node_modules), for the licence test (not shipped: the package has dist/cli.js and dist/chunks only).
const packages = new Set(Object.keys(metafile.inputs).flatMap(input => [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map(match => match[1]).slice(-1)));
writeFileSync('dist/bundled-packages.json', `${JSON.stringify([...packages].toSorted(), undefined, '\t')}\n`);

// Bundles the binary: dist/cli.js and its chunks under dist/chunks/. One file to load instead of
// a hundred cuts the one-shot start-up by about a quarter (npm run bench measures it). The live
// view stays a separate chunk, loaded only in live mode, with Ink, React and the fonts left to
// node_modules (cfonts reads its fonts from disk at run time, so it cannot be bundled), and
// ansi-escapes, which Ink loads anyway: one copy in memory.
import {rmSync} from 'node:fs';
import {build} from 'esbuild';

// Chunk names change with their content: old ones would be packed along.
rmSync('dist/chunks', {recursive: true, force: true});

await build({
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	external: ['ink', 'react', 'ink-big-text', 'ink-spinner', 'cfonts', 'ansi-escapes'],
	// Bundled CommonJS modules call require; ESM output has none of its own.
	banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	logLevel: 'warning',
});

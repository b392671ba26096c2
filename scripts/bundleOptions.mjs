// How the binary is bundled (scripts/build.mjs), shared with the bench, which bundles its floor
// (a one-row Ink app) the same way.
import {readFile} from 'node:fs/promises';
import {basename} from 'node:path';

/** Ink connects to React's devtools when DEV=true (a 130 KB chunk, with ws): a user never does. */
const noDevtools = {
	name: 'no-devtools',
	setup(build) {
		build.onResolve({filter: /^\.\/devtools\.js$/}, () => ({path: 'devtools', namespace: 'no-devtools'}));
		build.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({contents: ''}));
	},
};

/**
 * Ink keeps every text it has ever measured or cut, in caches that never shrink: a chart redrawn
 * at each poll added some 0.3 MB an hour, 45 MB a week. Bounded here at a thousand texts (a few
 * frames' worth), in the copy the bundle holds. The build fails if Ink's code no longer matches.
 */
const boundedInkCaches = {
	name: 'bounded-ink-caches',
	setup(build) {
		const patches = {
			'measure-text.js': [['    cache.set(text, dimensions);', '    if (cache.size >= 1000) {\n        cache.clear();\n    }\n    cache.set(text, dimensions);']],
			'wrap-text.js': [['const cache = {};', 'let cache = {};\nlet cached = 0;'], ['    cache[cacheKey] = wrappedText;', '    if (++cached > 1000) {\n        cache = {};\n        cached = 1;\n    }\n    cache[cacheKey] = wrappedText;']],
		};
		build.onLoad({filter: /[/\\]ink[/\\]build[/\\](measure-text|wrap-text)\.js$/}, async ({path}) => {
			let contents = await readFile(path, 'utf8');
			for (const [from, to] of patches[basename(path)]) {
				if (!contents.includes(from)) {
					throw new Error(`Ink's ${basename(path)} has changed: its cache is no longer bounded (scripts/bundleOptions.mjs)`);
				}

				contents = contents.replace(from, to);
			}

			return {contents, loader: 'js'};
		});
	},
};

export const bundleOptions = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	// cfonts reads its fonts from disk at run time, and it is GPL-3.0-or-later: an MIT bundle must not hold it.
	external: ['cfonts'],
	plugins: [noDevtools, boundedInkCaches],
	// React's production build only: the development one costs several times the CPU per frame.
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS modules call require; ESM output has none of its own.
	banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	logLevel: 'warning',
};

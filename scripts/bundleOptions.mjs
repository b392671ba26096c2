// How the binary is bundled (scripts/build.mjs), shared with the bench, which bundles its floor
// (a one-row Ink app) the same way.
import {dirname, relative} from 'node:path';

/** Ink connects to React's devtools when DEV=true (a 130 KB chunk, with ws): a user never does. */
const noDevtools = {
	name: 'no-devtools',
	setup(build) {
		build.onResolve({filter: /^\.\/devtools\.js$/}, () => ({path: 'devtools', namespace: 'no-devtools'}));
		build.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({contents: ''}));
	},
};

/**
 * string-width finds a line's width grapheme by grapheme (Intl.Segmenter, an emoji regex each):
 * Ink asks it for every text of every frame, and for the chart's braille, the bars and the big
 * counter that was most of a frame. A frame seconds after the last redraws mostly the same lines,
 * so each copy of string-width in the bundle answers through a memo of up to a thousand texts.
 */
const rememberedWidths = {
	name: 'remembered-widths',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, async ({importer, resolveDir, kind, namespace}) => {
			if (namespace === 'remembered-widths') {
				return undefined;
			}

			const real = await build.resolve('string-width', {
				importer,
				resolveDir,
				kind,
				namespace: 'remembered-widths',
			});
			// A path relative to the project, as esbuild names every other module in the bundle's comments.
			return {path: relative(process.cwd(), real.path), namespace: 'remembered-widths', pluginData: real.path};
		});
		build.onLoad({filter: /.*/, namespace: 'remembered-widths'}, ({pluginData: path}) => ({
			resolveDir: dirname(path),
			contents: `import measure from ${JSON.stringify(path)};
const widths = new Map();
export default function stringWidth(text, options) {
	if (options !== undefined || typeof text !== 'string') {
		return measure(text, options);
	}

	let width = widths.get(text);
	if (width === undefined) {
		if (widths.size >= 1000) {
			widths.clear();
		}

		width = measure(text);
		widths.set(text, width);
	}

	return width;
}
`,
		}));
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
	plugins: [noDevtools, rememberedWidths],
	// React's production build only: the development one costs several times the CPU per frame.
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS modules call require; ESM output has none of its own.
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module'; "
			+ 'const require = __createRequire(import.meta.url);',
	},
	logLevel: 'warning',
};

// How the binary is bundled (scripts/build.mjs), shared with the bench, which bundles its floor
// (a one-row Ink app) the same way.
import {readFile} from 'node:fs/promises';
import {basename, dirname, relative} from 'node:path';

/** Ink connects to React's devtools when DEV=true (a 130 KB chunk, with ws): a user never does. */
const noDevtools = {
	name: 'no-devtools',
	setup(build) {
		build.onResolve({filter: /^\.\/devtools\.js$/}, () => ({path: 'devtools', namespace: 'no-devtools'}));
		build.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({contents: ''}));
	},
};

/**
 * Ink's caches, changed in the copy the bundle holds; the build fails if Ink's code no longer
 * matches. Those of measured and cut texts never shrink: a chart redrawn at each poll added some
 * 0.3 MB an hour, 45 MB a week, so they are bounded at a thousand texts (a few frames' worth).
 * Those of a frame's lines (their styled characters and widths) lived for one frame: a frame
 * seconds after the last, mostly the same lines, tokenized them all again. Each frame now starts
 * with what the last one used, and keeps only what it uses itself.
 */
const lastFrameCaches = `// srtgen-top: each frame's caches start with what the last frame used, and keep only what this one uses.
class LastingCaches extends OutputCaches {
    constructor(last) {
        super();
        this.last = last;
    }
    getStyledChars(line) {
        return this.carried('styledChars', line) ?? super.getStyledChars(line);
    }
    getStringWidth(text) {
        return this.carried('widths', text) ?? super.getStringWidth(text);
    }
    getWidestLine(text) {
        return this.carried('blockWidths', text) ?? super.getWidestLine(text);
    }
    carried(cache, key) {
        const value = this[cache].get(key) ?? this.last?.[cache].get(key);
        if (value !== undefined) {
            this[cache].set(key, value);
        }
        return value;
    }
}
let lastFrame;
function lastingCaches() {
    lastFrame = new LastingCaches(lastFrame && {styledChars: lastFrame.styledChars, widths: lastFrame.widths, blockWidths: lastFrame.blockWidths});
    return lastFrame;
}
export default class Output {`;

const boundedInkCaches = {
	name: 'bounded-ink-caches',
	setup(build) {
		const patches = {
			'measure-text.js': [['    cache.set(text, dimensions);', '    if (cache.size >= 1000) {\n        cache.clear();\n    }\n    cache.set(text, dimensions);']],
			'output.js': [['export default class Output {', lastFrameCaches], ['    caches = new OutputCaches();', '    caches = lastingCaches();']],
			'wrap-text.js': [['const cache = {};', 'let cache = {};\nlet cached = 0;'], ['    cache[cacheKey] = wrappedText;', '    if (++cached > 1000) {\n        cache = {};\n        cached = 1;\n    }\n    cache[cacheKey] = wrappedText;']],
		};
		build.onLoad({filter: /[/\\]ink[/\\]build[/\\](measure-text|wrap-text|output)\.js$/}, async ({path}) => {
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

			const real = await build.resolve('string-width', {importer, resolveDir, kind, namespace: 'remembered-widths'});
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
	plugins: [noDevtools, boundedInkCaches, rememberedWidths],
	// React's production build only: the development one costs several times the CPU per frame.
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS modules call require; ESM output has none of its own.
	banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	logLevel: 'warning',
};

import {execFileSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from '../scripts/bundleOptions.mjs';

/** weekOfFrames.mjs, bundled as the binary is (Ink's caches bounded), run in a Node of its own. */
export async function simulateWeek() {
	// Inside the project, where cfonts (outside the bundle) resolves.
	const dir = fileURLToPath(new URL('../node_modules/.cache/srtgen-top-bench/', import.meta.url));
	mkdirSync(dir, {recursive: true});
	const outfile = `${dir}week.mjs`;
	await build({
		...bundleOptions,
		entryPoints: [fileURLToPath(new URL('weekOfFrames.mjs', import.meta.url))],
		outfile,
	});
	const started = performance.now();
	// With the live view's V8 setting (cli.tsx), so its RSS is comparable.
	const result = JSON.parse(
		execFileSync(process.execPath, ['--expose-gc', '--semi-space-growth-factor=1', outfile, '--run'], {
			encoding: 'utf8',
			maxBuffer: 1e7,
		}),
	);
	return {...result, seconds: (performance.now() - started) / 1000};
}

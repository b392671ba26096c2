import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from '../scripts/bundleOptions.mjs';

// One row of text, drawn again every 30 s as a poll would, with the live view's V8 setting.
const source = `
import v8 from 'node:v8';
v8.setFlagsFromString('--semi-space-growth-factor=1');
const {render, Text} = await import('ink');
const {createElement, useEffect, useState} = await import('react');
function Floor() {
	const [now, setNow] = useState(Date.now());
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now()), 30_000);
		return () => clearInterval(timer);
	}, []);
	return createElement(Text, null, 'updated ' + new Date(now).toISOString().slice(11, 19));
}
render(createElement(Floor), {patchConsole: false});
`;

/** The floor for an Ink app: one row, bundled as the binary is (same Ink, same options). Returns its path. */
export async function buildFloorApp() {
	const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-floor-')), 'floor.mjs');
	await build({
		...bundleOptions,
		stdin: {contents: source, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js'},
		outfile,
	});
	return outfile;
}

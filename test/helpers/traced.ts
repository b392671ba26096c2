import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {binary, type Run} from './cli.js';

const trace = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-trace-')), 'modules');

/**
 * The binary's answer, and every ES module it loaded (loadedModules.mjs), in only the environment
 * given (and PATH); `program` tells whether the program itself (dist/cli.js) was loaded.
 */
export async function traced(
	args: string[],
	env: Record<string, string>,
	entry = binary,
): Promise<Run & {loaded: string; program: boolean}> {
	// The same file for every call: its name is in the environment, and a sheet is for one environment.
	writeFileSync(trace, '');
	const hook = fileURLToPath(new URL('loadedModules.mjs', import.meta.url));
	const run = await new Promise<Run>(resolve => {
		execFile(
			process.execPath,
			['--import', hook, entry, ...args],
			{env: {PATH: process.env['PATH'] ?? '', SRTGEN_TOP_TRACE_MODULES: trace, ...env}, timeout: 30_000},
			(error, stdout, stderr) => {
				resolve({code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr});
			},
		);
	});
	const loaded = readFileSync(trace, 'utf8');
	return {...run, loaded, program: loaded.includes('/dist/cli.js')};
}

import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const binary = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type Run = {code: number; stdout: string; stderr: string};

/** A fresh state directory, so that tests never touch the user's own history. */
export function temporaryStateDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'srtgen-top-state-'));
}

/** Runs the built binary with only the given environment (plus PATH, HOME and a state directory of its own). */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
	const base = {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	return new Promise(resolve => {
		execFile(process.execPath, [binary, ...args], {env: {...base, ...env}, timeout: 20_000}, (error, stdout, stderr) => {
			const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
			resolve({code, stdout, stderr});
		});
	});
}

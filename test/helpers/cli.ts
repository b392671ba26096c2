import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const binary = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type Run = {code: number; stdout: string; stderr: string};

/** Runs the built binary with only the given environment (plus PATH and HOME). */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
	return new Promise(resolve => {
		execFile(process.execPath, [binary, ...args], {env: {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env}, timeout: 20_000}, (error, stdout, stderr) => {
			const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
			resolve({code, stdout, stderr});
		});
	});
}

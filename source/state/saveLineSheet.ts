import {readdir, stat, unlink} from 'node:fs/promises';
import path from 'node:path';
import {writeAtomically} from './atomicWrite.js';
import type {LineSheet} from './lineSheet.js';

/** A sheet no call has replaced for a day is a command no status bar runs any more. */
const forgottenAfterMs = 86_400_000;

/** Saves a sheet (see lineSheet.ts), and removes those of commands not run for a day. */
export async function saveLineSheet(file: string, sheet: LineSheet, now: number): Promise<void> {
	await writeAtomically(file, JSON.stringify(sheet));
	const dir = path.dirname(file);
	const others = (await readdir(dir)).filter(name => /^line-sheet-[\da-f]+\.json$/.test(name));
	await Promise.all(
		others.map(async name => {
			const other = path.join(dir, name);
			if (now - (await stat(other)).mtimeMs > forgottenAfterMs) {
				await unlink(other);
			}
		}),
	).catch(() => undefined);
}

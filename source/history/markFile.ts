import {mkdir, open, readFile, rename, unlink} from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import type {Mark} from '../model/bulkRun.js';
import {historyFileName} from '../model/historyFile.js';

const schema = v.object({
	at: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	jobs: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
});

export type MarkStore = {
	read(): Promise<Mark | undefined>;
	/** Saves the mark, or removes it with undefined. Never throws: a mark that cannot be saved lives on screen only. */
	write(mark: Mark | undefined): Promise<void>;
};

/** Where a bulk run started, per account and origin, so that --json and a restarted monitor know it too. */
export function openMarkStore(options: {stateDir: string; origin: string; account: string}): MarkStore {
	const file = path.join(options.stateDir, historyFileName(options.origin, options.account, 'mark'));
	return {
		async read() {
			try {
				const result = v.safeParse(schema, JSON.parse(await readFile(file, 'utf8')));
				return result.success ? result.output : undefined;
			} catch {
				return undefined;
			}
		},
		async write(mark) {
			try {
				if (mark === undefined) {
					await unlink(file);
					return;
				}

				await mkdir(options.stateDir, {recursive: true, mode: 0o700});
				const temporary = `${file}.${process.pid}.tmp`;
				const handle = await open(temporary, 'w', 0o600);
				try {
					await handle.writeFile(JSON.stringify(mark));
				} finally {
					await handle.close();
				}

				await rename(temporary, file);
			} catch {}
		},
	};
}

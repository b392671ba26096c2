import {chmod, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach} from 'vitest';
import type {History, Sample} from '../../source/model/history.js';
import {historyFileName} from '../../source/state/accountFiles.js';

export const origin = 'https://api.srtgen.com';
export const account = 'alex@example.com';
export const now = Date.parse('2026-11-25T12:00:00Z');
export const sample = (secondsAgo: number, total: number): Sample => ({
	at: now - secondsAgo * 1000,
	total,
	plans: {pro: total},
});
export const history = (...samples: Sample[]): History => ({samples});

/** For each test: a state directory of its own (`dir`) and the account's history file in it (`file`); removed after. */
export function storeDirForEachTest(): {dir: string; file: string} {
	const current = {dir: '', file: ''};
	beforeEach(async () => {
		current.dir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-store-'));
		current.file = path.join(current.dir, historyFileName(origin, account));
	});
	afterEach(async () => {
		await chmod(current.dir, 0o700).catch(() => undefined);
		await rm(current.dir, {recursive: true, force: true});
	});
	return current;
}

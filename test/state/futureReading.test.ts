import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {burnRate, lastDrop} from '../../source/model/burnRate.js';
import type {Sample} from '../../source/model/history.js';
import {filesOf} from '../../source/state/accountFiles.js';
import {toHistoryFile} from '../../source/state/historyFile.js';
import {openHistoryStore} from '../../source/state/historyStore.js';

const origin = 'https://api.srtgen.com';
const account = 'future@example.com';
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const now = Date.parse('2026-11-18T17:56:00Z');

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-future-'));
});
afterEach(async () => rm(dir, {recursive: true, force: true}));

/** 241 readings over the 2 h before the last 30 s, one every 30 s, each 5 credits below the last. */
const twoHours = (): Sample[] =>
	Array.from({length: 241}, (_, index) => ({
		at: now - 2 * hour - 30 * second + index * 30 * second,
		total: 100_000 - index * 5,
		plans: {},
	}));

async function saveOneReadingOver(stored: Sample[]) {
	const files = filesOf({origin, account, stateDir: dir});
	await writeFile(files.history, toHistoryFile(origin, account, {samples: stored}), {mode: 0o600});
	const store = openHistoryStore({origin, account, stateDir: dir, now: () => now});
	// What --json does: one new reading, saved over the file.
	return store.save({samples: [{at: now, total: 100_000 - (240 * 5) - 5, plans: {}}]});
}

test('a reading stamped two days ahead is dropped before the file is thinned: the two hours and the rate stay', async () => {
	const without = await saveOneReadingOver(twoHours());
	await rm(filesOf({origin, account, stateDir: dir}).history);
	const {history, notice} = await saveOneReadingOver([...twoHours(), {at: now + (48 * hour), total: 1, plans: {}}]);
	expect(notice).toBeUndefined();
	// As without it: the last hour whole, the hour before it at one a minute.
	expect(history.samples).toEqual(without.history.samples);
	expect(history.samples.length).toBeGreaterThan(180);
	expect(burnRate(history, now, 15 * minute).creditsPerHour).toBeCloseTo(600, 0);
});

test('a reading four minutes ahead is not the last change at 17:56', async () => {
	const {history} = await saveOneReadingOver([
		...twoHours(),
		{at: now + 4 * minute + second, total: 100_000 - 1200 - 1245, plans: {}},
	]);
	expect(history.samples.every(sample => sample.at <= now)).toBe(true);
	expect(lastDrop(history)).toEqual({size: 5, at: now});
});

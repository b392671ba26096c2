import {mkdtemp, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {filesOf} from '../../source/state/accountFiles.js';
import {writeAlertState} from '../../source/state/alertStore.js';
import {openHistoryStore} from '../../source/state/historyStore.js';

const origin = 'https://api.srtgen.com';
const now = Date.parse('2026-11-18T12:00:00Z');
const reading = (total: number) => ({samples: [{at: now - 60_000, total, plans: {}}]});

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-accounts-'));
});
afterEach(async () => rm(dir, {recursive: true, force: true}));

const store = (account: string, at = origin) => openHistoryStore({origin: at, account, stateDir: dir, now: () => now});
const historyFiles = async () =>
	(await readdir(dir)).filter(name => name.startsWith('history-') && name.endsWith('.json'));

test('a server that names a new email at every poll makes at most 64 history files at its origin; then the history stays in memory', async () => {
	for (let poll = 0; poll < 64; poll++) {
		const saved = await store(`user-${poll}@example.com`).save(reading(1000 - poll));
		expect(saved.notice).toBeUndefined();
	}

	for (let poll = 64; poll < 100; poll++) {
		const saved = await store(`user-${poll}@example.com`).save(reading(1000 - poll));
		expect(saved.history.samples.map(sample => sample.total)).toEqual([1000 - poll]);
		expect(saved.notice).toBe(
			`history not saved in ${dir}: 64 accounts already have a history at ${origin}; remove the files of those you no longer use`,
		);
	}

	expect(await historyFiles()).toHaveLength(64);
	// Nor are the alerts of an account without a saved history: no file by the back door.
	await writeAlertState(filesOf({origin, stateDir: dir, account: 'user-99@example.com'}), {active: ['low']});
	await writeAlertState(filesOf({origin, stateDir: dir, account: 'user-3@example.com'}), {active: ['low']});
	expect((await readdir(dir)).filter(name => name.startsWith('alerts-'))).toHaveLength(1);
	// Those it has go on being saved, and another origin has a bound of its own.
	expect(
		(await store('user-3@example.com').save({samples: [{at: now, total: 5, plans: {}}]})).notice,
	).toBeUndefined();
	expect((await store('user-3@example.com').load()).history.samples).toHaveLength(2);
	expect((await store('user-100@example.com', 'https://staging.srtgen.com').save(reading(1))).notice).toBeUndefined();
	expect(await historyFiles()).toHaveLength(65);
});

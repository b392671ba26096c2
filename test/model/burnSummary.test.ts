import {expect, test} from 'vitest';
import type {Snapshot} from '../../source/api/snapshot.js';
import {summarizeBurn} from '../../source/model/burnSummary.js';
import type {History} from '../../source/model/history.js';

const now = Date.parse('2026-11-25T14:00:00Z');
const minute = 60_000;
/** Ten credits a minute for ten minutes: 600 an hour. */
const history: History = {
	samples: Array.from({length: 11}, (_, index) => ({
		at: now - (10 - index) * minute,
		total: 1100 - index * 10,
		plans: {},
	})),
};
const snapshot = (resets: number[]): Snapshot => ({
	account: {},
	totalBalance: 1000,
	plans: resets.map(at => ({name: 'p', resetsAt: new Date(at)})),
	storage: {},
	unreadable: [],
});

test('the recent rate drives the projection, against the next reset still ahead', () => {
	const burn = summarizeBurn(history, snapshot([now - minute, now + 3 * 60 * minute, now + 90 * 60 * minute]), now);
	expect(burn.recent.creditsPerHour).toBeCloseTo(600);
	expect(burn.nextResetAt).toBe(now + (3 * 60 * minute));
	expect(burn.projection).toMatchObject({state: 'runs-out', emptyAt: now + (100 * minute), beforeReset: true});
	expect(burn.nextResetPlan).toBe('p');
	expect(burn.lastDrop).toEqual({size: 10, at: now});
});

test('no day rate until the history reaches back past the recent window', () => {
	expect(summarizeBurn(history, snapshot([]), now).day.creditsPerHour).toBeUndefined();
	const older: History = {samples: [{at: now - (60 * minute), total: 1200, plans: {}}, ...history.samples]};
	expect(summarizeBurn(older, snapshot([]), now).day.creditsPerHour).toBeCloseTo(200);
});

test('a reset already due is not the next reset', () => {
	const burn = summarizeBurn(history, snapshot([now - minute]), now);
	expect(burn.nextResetAt).toBeUndefined();
	expect(burn.projection).toMatchObject({state: 'runs-out', beforeReset: undefined});
});

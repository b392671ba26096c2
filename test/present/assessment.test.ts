import {expect, test} from 'vitest';
import {assess} from '../../source/present/assessment.js';
import {doneRunSteersMs} from '../../source/model/bulkRun.js';
import type {History} from '../../source/model/history.js';
import {now, snapshots} from '../helpers/snapshots.js';

const minute = 60_000;
// A steep drain, 100 credits a minute for 15 minutes, down to 3,915: empty long before the reset.
const drain: History = {
	samples: Array.from({length: 16}, (_, index) => ({
		at: now - (15 - index) * minute,
		total: 3915 + (15 - index) * 100,
		plans: {},
	})),
};
const snapshot = snapshots.twoPlans;

test('a run of 2 jobs, done at its second drop, answers the verdict until ten minutes after, then the balance does', () => {
	// Marked 3 minutes before the end: the drops at -2m and -1m are its two jobs.
	const mark = {at: now - (3 * minute) + 1, jobs: 2};
	const doneAt = now - minute;
	const at = (when: number) =>
		assess({snapshot, history: drain, mark, now: when, warnBelow: undefined, guard: undefined});

	const justDone = at(now);
	expect(justDone.run?.progress.jobs?.doneAt).toBe(doneAt);
	expect(justDone.verdict).toMatchObject({code: 'run-done', text: 'all 2 jobs done'});
	expect(justDone.runVerdict?.code).toBe('run-done');

	const later = at(doneAt + doneRunSteersMs);
	expect(later.verdict.code).toBe(later.balanceVerdict);
	expect(later.verdict.code).not.toMatch(/^run-/);
	// The alerts still see the run as done.
	expect(later.runVerdict?.code).toBe('run-done');
});

test('a run with jobs left answers the verdict however old it is', () => {
	const mark = {at: now - (15 * minute) + 1, jobs: 500};
	expect(assess({snapshot, history: drain, mark, now, warnBelow: undefined, guard: undefined}).verdict.code).toMatch(/^run-/);
});

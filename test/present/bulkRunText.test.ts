import {expect, test} from 'vitest';
import type {BulkRun, RunJobs} from '../../source/model/bulkRun.js';
import {bulkRunLines} from '../../source/present/bulkRunText.js';

const minute = 60_000;
const hour = 60 * minute;

const run = (fields: Partial<BulkRun>): BulkRun => ({
	elapsedMs: 12 * minute,
	spent: 412,
	drops: 37,
	averageCost: 412 / 37,
	creditsPerHour: 2060,
	measuring: undefined,
	...fields,
});
const jobs = (fields: Partial<RunJobs>): RunJobs => ({
	total: 127,
	done: 37,
	remaining: 90,
	needed: 1002.2,
	neededRange: {point: 1002.2, low: 880.4, high: 1124},
	covers: true,
	spare: 1100.4,
	shortBy: undefined,
	jobsShort: undefined,
	finish: {at: 1, earliest: 0, latest: 2},
	...fields,
});
const noDrop = {
	spent: 0,
	drops: 0,
	averageCost: undefined,
	creditsPerHour: undefined,
	measuring: {dropsNeeded: 2, coverageNeededMs: 0},
};
const measuringJobs = {
	needed: undefined,
	neededRange: undefined,
	covers: undefined,
	spare: undefined,
	finish: undefined,
};
const short = {covers: false, spare: undefined, shortBy: 199.6, jobsShort: 7};
const spending = 'since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h';

test.each<[string, BulkRun, string[]]>([
	[
		"the brief's example: facts, the verdict says whether they are enough",
		run({jobs: jobs({})}),
		[spending, '37 of 127 jobs done · the other 90 need ~1,002 (880–1,124) · ~1,100 to spare'],
	],
	['no job count: one line', run({}), [spending]],
	['no rate yet', run({creditsPerHour: undefined}), ['since mark 12m: −412 credits · 37 drops, ~11 each']],
	[
		'one drop: no average beside it, no forecast',
		run({
			elapsedMs: 3 * minute,
			spent: 25,
			drops: 1,
			averageCost: 25,
			creditsPerHour: undefined,
			jobs: jobs({done: 1, remaining: 126, ...measuringJobs}),
		}),
		['since mark 3m: −25 credits · 1 drop', '1 of 127 jobs done'],
	],
	[
		'the first minute is <1m, not 1m a second after the mark',
		run({...noDrop, elapsedMs: 1000}),
		['since mark <1m: no drop yet'],
	],
	[
		'no drop yet, jobs known',
		run({...noDrop, jobs: jobs({done: 0, remaining: 127, ...measuringJobs})}),
		['since mark 12m: no drop yet', '0 of 127 jobs done'],
	],
	[
		'short',
		run({jobs: jobs({...short})}),
		[spending, '37 of 127 jobs done · the other 90 need ~1,002 (880–1,124) · ~200 short'],
	],
	[
		'balance unknown',
		run({jobs: jobs({covers: undefined, spare: undefined})}),
		[spending, '37 of 127 jobs done · the other 90 need ~1,002 (880–1,124)'],
	],
	[
		'all done',
		run({jobs: jobs({total: 37, remaining: 0, needed: 0, spare: 500})}),
		[spending, '37 of 37 jobs done'],
	],
	[
		'more drops than jobs: done is capped at the total',
		run({jobs: jobs({total: 30, remaining: 0, needed: 0, spare: 500})}),
		[spending, '30 of 30 jobs done'],
	],
	[
		'thousands',
		run({
			elapsedMs: 2 * hour + 5 * minute,
			spent: 12_345,
			drops: 1234,
			averageCost: 12_345 / 1234,
			creditsPerHour: 5925.6,
			jobs: jobs({
				total: 3234,
				done: 1234,
				remaining: 2000,
				needed: 20_008,
				neededRange: {point: 20_008, low: 19_000, high: 21_000},
				spare: 4321,
			}),
		}),
		[
			'since mark 2h 5m: −12,345 credits · 1,234 drops, ~10 each · 5,926/h',
			'1,234 of 3,234 jobs done · the other 2,000 need ~20,008 (19,000–21,000) · ~4,321 to spare',
		],
	],
])('%s', (_, bulk, lines) => {
	expect(bulkRunLines(bulk, 0)).toEqual(lines);
});

test('a done run says when it was done and when the verdict is about the balance again', () => {
	const doneAt = Date.parse('2026-11-25T14:02:00');
	const done = run({jobs: jobs({total: 37, remaining: 0, needed: 0, spare: 500, doneAt})});
	expect(bulkRunLines(done, doneAt + minute)[1]).toBe(
		'37 of 37 jobs done at 14:02 · the verdict is about the balance from 14:12',
	);
	expect(bulkRunLines(done, doneAt + 10 * minute)[1]).toBe(
		'37 of 37 jobs done at 14:02 · the verdict is about the balance again',
	);
});

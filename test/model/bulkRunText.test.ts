import {expect, test} from 'vitest';
import type {BulkRun, RunJobs} from '../../source/model/bulkRun.js';
import {bulkRunLines} from '../../source/model/bulkRunText.js';

const now = Date.parse('2026-11-25T14:00:00Z');
const minute = 60_000;
const hour = 60 * minute;

const run = (fields: Partial<BulkRun>): BulkRun => ({elapsedMs: 12 * minute, spent: 412, drops: 37, averageCost: 412 / 37, creditsPerHour: 2060, ...fields});
const jobs = (fields: Partial<RunJobs>): RunJobs => ({total: 127, done: 37, remaining: 90, needed: 1002.2, covers: true, spare: 1100.4, shortBy: undefined, jobsShort: undefined, finishAt: now + (52 * minute), ...fields});
const noDrop = {spent: 0, drops: 0, averageCost: undefined, creditsPerHour: undefined};
const short = {covers: false, spare: undefined, shortBy: 199.6, jobsShort: 7};

test.each<[string, BulkRun, string[]]>([
	['the brief\'s example', run({jobs: jobs({})}), ['since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h', 'covers the remaining 90 jobs with ~1,100 to spare · done ~14:52']],
	['no job count: one line', run({}), ['since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h']],
	['no rate yet', run({creditsPerHour: undefined}), ['since mark 12m: −412 credits · 37 drops, ~11 each']],
	['one drop: no average beside it', run({elapsedMs: 3 * minute, spent: 25, drops: 1, averageCost: 25, creditsPerHour: undefined}), ['since mark 3m: −25 credits · 1 drop']],
	['no drop yet', run({...noDrop, elapsedMs: 20_000}), ['since mark 1m: no drop yet']],
	['no drop yet, jobs known', run({...noDrop, jobs: jobs({done: 0, remaining: 127, needed: undefined, covers: undefined, spare: undefined, finishAt: undefined})}), ['since mark 12m: no drop yet', '127 jobs to go; cost per job not known yet']],
	['short', run({jobs: jobs({...short, finishAt: now + (8 * minute)})}), ['since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h', 'short by ~200 credits — about 7 jobs · done ~14:08']],
	['short by one job', run({jobs: jobs({...short, remaining: 1, shortBy: 3, jobsShort: 1})}), ['since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h', 'short by ~3 credits — about 1 job · done ~14:52']],
	['balance unknown', run({jobs: jobs({covers: undefined, spare: undefined})}), ['since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h', '~1,002 credits needed for the remaining 90 jobs · done ~14:52']],
	['all done: no finish time', run({jobs: jobs({total: 37, remaining: 0, needed: 0, spare: 500, finishAt: now})}), ['since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h', 'all 37 jobs done']],
	['one job remaining', run({jobs: jobs({remaining: 1, spare: 2.6})}), ['since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h', 'covers the remaining 1 job with ~3 to spare · done ~14:52']],
	['thousands', run({elapsedMs: (2 * hour) + (5 * minute), spent: 12_345, drops: 1234, averageCost: 12_345 / 1234, creditsPerHour: 5925.6, jobs: jobs({remaining: 2000, spare: 4321})}), ['since mark 2h 5m: −12,345 credits · 1,234 drops, ~10 each · 5,926/h', 'covers the remaining 2,000 jobs with ~4,321 to spare · done ~14:52']],
])('%s', (_, bulk, lines) => {
	expect(bulkRunLines(bulk, now)).toEqual(lines);
});

test.each<[string, number, string]>([
	['past midnight, in 24-hour time', (10 * hour) + (5 * minute), 'done ~00:05'],
	['just under a day away', (23 * hour) + (59 * minute), 'done ~13:59'],
	['a day or more away: a duration, since a time of day would be ambiguous', (26 * hour) + (10 * minute), 'done in ~1d 2h'],
])('finish time %s', (_, inMs, done) => {
	expect(bulkRunLines(run({jobs: jobs({finishAt: now + inMs})}), now)[1]).toBe(`covers the remaining 90 jobs with ~1,100 to spare · ${done}`);
});

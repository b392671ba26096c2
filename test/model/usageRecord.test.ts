import {describe, expect, test} from 'vitest';
import {
	addReading,
	dateOf,
	emptyRecord,
	keptMs,
	type PlanReading,
	type RecordReading,
	type UsageRecord,
} from '../../source/model/usageRecord.js';

const hour = 3_600_000;
const day = 24 * hour;
const start = new Date(2026, 10, 1, 9, 0).getTime();
const resetAt = start + (3 * day);

const pro = (balance: number, resetsAt = resetAt): PlanReading => ({
	key: 'pro',
	name: 'Pro Plan',
	balance,
	total: 5000,
	resetsAt,
});
const reading = (at: number, plan: number, extra = 500, resetsAt = resetAt): RecordReading => ({
	at,
	total: plan + extra,
	extra,
	plans: [pro(plan, resetsAt)],
});
const fed = (readings: RecordReading[], record: UsageRecord = emptyRecord) => readings.reduce(addReading, record);

describe('days', () => {
	test('a day counts what its readings fell by, and its lowest balance', () => {
		const record = fed([reading(start, 4000), reading(start + hour, 3800), reading(start + (2 * hour), 3650)]);
		expect(record.days).toEqual([{date: dateOf(start), spent: 350, toppedUp: 0, lowest: 4150}]);
	});

	test('a top-up of extra credits never hides what was spent at the same time', () => {
		const record = fed([reading(start, 4000, 500), reading(start + hour, 3700, 1500)]);
		expect(record.days[0]).toMatchObject({spent: 300, toppedUp: 1000});
	});

	test('extra credits spent count as spent; a balance with no plans counts its total', () => {
		expect(fed([reading(start, 4000, 500), reading(start + hour, 4000, 420)]).days[0]!.spent).toBe(80);
		const bare = (at: number, total: number): RecordReading => ({at, total, extra: undefined, plans: []});
		expect(fed([bare(start, 900), bare(start + hour, 850), bare(start + 2 * hour, 990)]).days[0]).toMatchObject({
			spent: 50,
			toppedUp: 0,
		});
	});

	test('each reading counts on its own day; a day with no reading has no entry (unknown, not zero)', () => {
		const record = fed([reading(start, 4000), reading(start + hour, 3900), reading(start + (2 * day), 3000)]);
		expect(record.days.map(each => [each.date, each.spent])).toEqual([
			[dateOf(start), 100],
			[dateOf(start + 2 * day), 900],
		]);
	});

	test('a reading not after the last one counts nothing; one from far behind (the clock went back) is a new baseline', () => {
		const late = fed([reading(start, 4000), reading(start + hour, 3900), reading(start + hour - 1000, 3000)]);
		expect(late.days[0]!.spent).toBe(100);
		expect(late.last?.at).toBe(start + hour);
		const back = fed([
			reading(start, 4000),
			reading(start + hour, 3900),
			reading(start - hour, 3890),
			reading(start - hour + 60_000, 3880),
		]);
		expect(back.days.at(-1)!.spent).toBe(110);
	});
});

describe('plan cycles', () => {
	test('a refill at the reset time closes the cycle with what was left, and opens one from its start', () => {
		const next = resetAt + (30 * day);
		const record = fed([
			reading(start, 4000),
			reading(resetAt - hour, 1200),
			reading(resetAt + 60_000, 4950, 500, next),
			reading(resetAt + hour, 4700, 500, next),
		]);
		expect(record.cycles).toEqual([
			{
				plan: 'Pro Plan',
				key: 'pro',
				start,
				end: resetAt,
				allotted: 5000,
				spent: 2800,
				leftAtReset: 1200,
				fromStart: false,
			},
			{
				plan: 'Pro Plan',
				key: 'pro',
				start: resetAt,
				end: null,
				allotted: 5000,
				spent: 300,
				leftAtReset: null,
				fromStart: true,
			},
		]);
		expect(record.days.reduce((sum, each) => sum + each.spent, 0)).toBe(2800 + 300);
	});

	test('a plan first seen after its announced reset time: the cycle ends when the refill is seen, never before it began', () => {
		const record = fed([
			reading(resetAt + 60_000, 900),
			reading(resetAt + 120_000, 800),
			reading(resetAt + 180_000, 5000, 500, resetAt + 30 * day),
		]);
		expect(record.cycles.map(cycle => [cycle.start, cycle.end, cycle.leftAtReset])).toEqual([
			[resetAt + 60_000, resetAt + 60_000, 800],
			[resetAt + 60_000, null, null],
		]);
	});

	test('a reset time that moved on is a reset even when the balance did not rise (read just after a busy reset)', () => {
		const record = fed([
			reading(start, 4000),
			reading(resetAt - hour, 200),
			reading(resetAt + hour, 100, 500, resetAt + 30 * day),
		]);
		expect(record.cycles.map(cycle => [cycle.end, cycle.leftAtReset, cycle.spent])).toEqual([
			[resetAt, 200, 3800],
			[null, null, 4900],
		]);
	});

	test('a balance that rises long before the reset is not a reset', () => {
		const record = fed([reading(start, 4000), reading(start + hour, 3000), reading(start + (2 * hour), 3500)]);
		expect(record.cycles).toHaveLength(1);
		expect(record.cycles[0]).toMatchObject({end: null, spent: 1000});
	});
});

test('three years of readings with monthly resets keep 400 days, and every cycle adds up', () => {
	let record = emptyRecord;
	let reset = start + (30 * day);
	let balance = 5000;
	// Every 8 hours, 40 credits: a thousand readings a year, 120 credits a day.
	for (let at = start; at < start + (3 * 365 * day); at += 8 * hour) {
		if (at >= reset) {
			reset += 30 * day;
			balance = 5000;
		}

		balance = Math.max(0, balance - 40);
		record = addReading(record, {at, total: balance + 100, extra: 100, plans: [pro(balance, reset)]});
	}

	expect(record.days.length).toBeLessThanOrEqual(401);
	expect(record.days.length).toBeGreaterThan(395);
	expect(record.cycles.every(cycle => cycle.end === null || cycle.end >= record.last!.at - keptMs)).toBe(true);
	expect(record.cycles.filter(cycle => cycle.end === null)).toHaveLength(1);
	expect(
		record.cycles
			.filter(cycle => cycle.fromStart && cycle.end !== null)
			.every(cycle => cycle.spent + cycle.leftAtReset! === 5000),
	).toBe(true);
	expect(record.days.at(-2)!.spent).toBe(120);
});

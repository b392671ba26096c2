import * as v from 'valibot';
import {accountJson} from './accountJson.js';
import {creditsSchema as credits} from '../api/amounts.js';
import {samplePlans} from '../model/history.js';
import type {CycleRecord, DayRecord, RecordReading, UsageRecord} from '../model/usageRecord.js';

const moment = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const name = v.pipe(v.string(), v.maxLength(64));
const daySchema = v.tuple([v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), amount, amount, credits]);
const cycleSchema = v.tuple([
	name,
	name,
	moment,
	v.nullable(moment),
	v.nullable(credits),
	amount,
	v.nullable(credits),
	v.boolean(),
]);
const planSchema = v.object({
	key: name,
	name,
	balance: credits,
	total: v.optional(credits),
	resetsAt: v.optional(moment),
});
const readingSchema = v.object({
	at: moment,
	total: credits,
	extra: v.optional(credits),
	plans: v.pipe(v.array(planSchema), v.maxLength(samplePlans.most)),
});
const fileSchema = v.object({
	version: v.literal(1),
	origin: v.string(),
	account: v.string(),
	days: v.pipe(v.array(daySchema), v.maxLength(1000)),
	cycles: v.pipe(v.array(cycleSchema), v.maxLength(1000)),
	last: v.optional(readingSchema),
});

/** Days and cycles as rows, not objects: 400 days in some 14 KB. */
export function toUsageRecordFile(origin: string, account: string, record: UsageRecord): string {
	const days = record.days.map(each => [each.date, each.spent, each.toppedUp, each.lowest]);
	const cycles = record.cycles.map(each => [
		each.key,
		each.plan,
		each.start,
		each.end,
		each.allotted ?? null,
		each.spent,
		each.leftAtReset,
		each.fromStart,
	]);
	return `${JSON.stringify({version: 1, origin, account, days, cycles, last: record.last})}\n`;
}

/** The record in a file's text; undefined when it is not a usage record of this origin and account. */
export function fromUsageRecordFile(text: string, origin: string, account: string): UsageRecord | undefined {
	const file = accountJson(text, fileSchema, origin, account);
	if (file === undefined) {
		return undefined;
	}

	const days = file.days.map(([date, spent, toppedUp, lowest]): DayRecord => ({date, spent, toppedUp, lowest}));
	const cycles = file.cycles.map(([key, plan, start, end, allotted, spent, leftAtReset, fromStart]): CycleRecord => ({
		plan, key, start, end, allotted: allotted ?? undefined, spent, leftAtReset, fromStart,
	}));
	return {days, cycles, last: file.last as RecordReading | undefined};
}

import type {Snapshot} from '../api/snapshot.js';
import {samplePlans, type History} from './history.js';
import {planNameLength} from './planName.js';

/** One plan in a reading, as the long-term record needs it: what it holds, of how much, until when. */
export type PlanReading = {
	key: string;
	name: string;
	balance: number;
	total: number | undefined;
	resetsAt: number | undefined;
};

/** A reading as the record takes it. `extra` is the credits that stay through resets (top-ups land there). */
export type RecordReading = {at: number; total: number; extra: number | undefined; plans: PlanReading[]};

/** One calendar day (the machine's time zone): credits spent, extra credits added, the lowest balance seen. */
export type DayRecord = {date: string; spent: number; toppedUp: number; lowest: number};

/**
 * One plan's cycle, between two resets. `fromStart` is false for the cycle already running when the
 * record first saw the plan: what it spent before then is unknown. `end` and `leftAtReset` are null
 * while it runs; `leftAtReset` is the plan's balance in the last reading before the reset.
 */
export type CycleRecord = {
	plan: string;
	key: string;
	start: number;
	end: number | null;
	allotted: number | undefined;
	spent: number;
	leftAtReset: number | null;
	fromStart: boolean;
};

export type UsageRecord = {days: DayRecord[]; cycles: CycleRecord[]; last: RecordReading | undefined};

export const emptyRecord: UsageRecord = {days: [], cycles: [], last: undefined};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** How long the record keeps days and ended cycles. */
export const keptMs = 400 * day;

/** A balance that rises this close to (or after) the reset time it announced is that reset. */
const resetSlackMs = 10 * minute;

/** A reset time that moved on by more than this means the plan was renewed. */
const renewedAfterMs = hour;

/** A reading that many minutes behind the last one means the clock went back: a new baseline, nothing counted. */
const clockSlackMs = 5 * minute;

export function readingOf(snapshot: Snapshot, at: number): RecordReading | undefined {
	if (snapshot.totalBalance === undefined) {
		return undefined;
	}

	const plans = snapshot.plans.flatMap(plan => {
		const key = (plan.id ?? plan.name)?.slice(0, samplePlans.nameLength);
		return key === undefined || plan.balance === undefined ? [] : [{
			key,
			name: (plan.name ?? key).slice(0, planNameLength),
			balance: plan.balance,
			total: plan.total,
			resetsAt: plan.resetsAt?.getTime(),
		}];
	});
	return {at, total: snapshot.totalBalance, extra: snapshot.extraCredits, plans: plans.slice(0, samplePlans.most)};
}

/** Each day's lowest balance as a reading at its noon: the shape the balance chart draws, over months. */
export function dailyLows(record: UsageRecord): History {
	return {samples: record.days.map(each => {
		const [year, month, date] = each.date.split('-').map(Number) as [number, number, number];
		return {at: new Date(year, month - 1, date, 12).getTime(), total: each.lowest, plans: {}};
	})};
}

/** The calendar day of a moment, in the machine's time zone: `2026-12-03`. */
export function dateOf(at: number): string {
	const date = new Date(at);
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The record with one more reading. What was spent since the last reading is counted per part of
 * the balance (each plan, the extra credits, the rest): a part that fell was spent, one that rose
 * was topped up (extra credits) or renewed (a plan at its reset), so a top-up never hides a spend.
 * A reading not after the last one changes only its day's lowest balance. Pure.
 */
export function addReading(record: UsageRecord, reading: RecordReading): UsageRecord {
	const {last} = record;
	const days = withLowest(record.days, reading);
	if (last !== undefined && reading.at <= last.at) {
		const newTimeline = reading.at < last.at - clockSlackMs;
		return bounded({days, cycles: record.cycles, last: newTimeline ? reading : last}, reading.at);
	}

	const cycles = record.cycles.map(cycle => ({...cycle}));
	let spent = 0;
	for (const plan of reading.plans) {
		spent += planChange(cycles, plan, last?.plans.find(each => each.key === plan.key), reading.at);
	}

	let toppedUp = 0;
	if (last !== undefined) {
		const extraChange = (reading.extra ?? 0) - (last.extra ?? 0);
		toppedUp = Math.max(0, extraChange);
		spent += Math.max(0, -extraChange) + Math.max(0, rest(last, reading.plans) - rest(reading, last.plans));
	}

	const date = dateOf(reading.at);
	const today = days.find(each => each.date === date)!;
	today.spent += spent;
	today.toppedUp += toppedUp;
	return bounded({days, cycles, last: reading}, reading.at);
}

/** What is left of the total besides the extra credits and the plans both readings know. */
function rest(reading: RecordReading, others: PlanReading[]): number {
	const shared = reading.plans.filter(plan => others.some(other => other.key === plan.key));
	return reading.total - (reading.extra ?? 0) - shared.reduce((sum, plan) => sum + plan.balance, 0);
}

/** Follows one plan's cycle to this reading; returns what it spent since the last one. */
function planChange(cycles: CycleRecord[], plan: PlanReading, before: PlanReading | undefined, at: number): number {
	const cycle = cycles.findLast(each => each.key === plan.key && each.end === null);
	if (cycle === undefined) {
		open(cycles, plan, at, false);
		return 0;
	}

	if (before === undefined) {
		return 0;
	}

	if (!isReset(before, plan, at)) {
		const drop = Math.max(0, before.balance - plan.balance);
		cycle.spent += drop;
		cycle.allotted = plan.total ?? cycle.allotted;
		return drop;
	}

	// Never before the cycle began: a plan first seen after its announced reset time had not renewed yet.
	const resetAt = Math.max(cycle.start, Math.min(at, before.resetsAt ?? at));
	cycle.end = resetAt;
	cycle.leftAtReset = before.balance;
	const renewed = open(cycles, plan, resetAt, true);
	// Spent since the reset, when the first reading after it is already below the plan's total.
	const since = plan.total === undefined ? 0 : Math.max(0, plan.total - plan.balance);
	renewed.spent = since;
	return since;
}

function isReset(before: PlanReading, after: PlanReading, at: number): boolean {
	const movedOn
		= before.resetsAt !== undefined
			&& after.resetsAt !== undefined
			&& after.resetsAt - before.resetsAt > renewedAfterMs;
	const refilledOnTime
		= after.balance > before.balance && before.resetsAt !== undefined && at >= before.resetsAt - resetSlackMs;
	return movedOn || refilledOnTime;
}

function open(cycles: CycleRecord[], plan: PlanReading, start: number, fromStart: boolean): CycleRecord {
	const cycle: CycleRecord = {
		plan: plan.name,
		key: plan.key,
		start,
		end: null,
		allotted: plan.total,
		spent: 0,
		leftAtReset: null,
		fromStart,
	};
	cycles.push(cycle);
	return cycle;
}

function withLowest(days: DayRecord[], reading: RecordReading): DayRecord[] {
	const date = dateOf(reading.at);
	const kept = days.map(each => ({...each}));
	const today = kept.find(each => each.date === date);
	if (today === undefined) {
		kept.push({date, spent: 0, toppedUp: 0, lowest: reading.total});
		// ISO dates sort as plain text; localeCompare would load ICU's collation data for it.
		return kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	}

	today.lowest = Math.min(today.lowest, reading.total);
	return kept;
}

/** Days and ended cycles of the last `keptMs`, and at most as many running cycles as a reading has plans. */
function bounded(record: UsageRecord, now: number): UsageRecord {
	const oldest = dateOf(now - keptMs);
	const running = record.cycles.filter(cycle => cycle.end === null).slice(-samplePlans.most);
	const ended = record.cycles.filter(cycle => cycle.end !== null && cycle.end >= now - keptMs);
	return {
		days: record.days.filter(each => each.date >= oldest),
		cycles: [...ended, ...running].sort((a, b) => a.start - b.start),
		last: record.last,
	};
}

import {dateOf, type CycleRecord, type UsageRecord} from '../model/usageRecord.js';
import {formatCredits} from './format.js';

/** A day of the report: null where no reading was made that day (unknown, not zero). */
export type ReportDay = {date: string; spent: number | null; toppedUp: number | null};

/** A plan cycle of the report; a cycle still running has `end` and `leftAtReset` null. */
export type ReportCycle = {
	plan: string;
	start: string;
	end: string | null;
	allotted: number | null;
	spent: number;
	leftAtReset: number | null;
};

export type UsageReport = {days: ReportDay[]; cycles: ReportCycle[]};

/** How many ended cycles the averages look back on. */
const averagedCycles = 3;

/** The last `days` calendar days up to `now` (oldest first), and the plan cycles that overlap them. */
export function usageReport(record: UsageRecord, now: number, days: number): UsageReport {
	const today = new Date(now);
	const dates = Array.from({length: days}, (_, index) =>
		dateOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1 - index), 12).getTime()),
	);
	const byDate = new Map(record.days.map(each => [each.date, each]));
	const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1)).getTime();
	return {
		days: dates.map(date => ({
			date,
			spent: rounded(byDate.get(date)?.spent),
			toppedUp: rounded(byDate.get(date)?.toppedUp),
		})),
		cycles: record.cycles
			.filter(cycle => cycle.end === null || cycle.end >= from)
			.map(cycle => ({
				plan: cycle.plan,
				start: new Date(cycle.start).toISOString(),
				end: cycle.end === null ? null : new Date(cycle.end).toISOString(),
				allotted: cycle.allotted ?? null,
				spent: Math.round(cycle.spent),
				leftAtReset: cycle.leftAtReset,
			})),
	};
}

/**
 * What a person decides a plan's size on, per plan, from its last few cycles seen whole (from one
 * reset to the next): `you used 62 % of Pro Plan over the last 3 cycles; 1,900 credits a cycle left
 * unused`. None for a plan with no such cycle yet.
 */
export function planVerdicts(record: UsageRecord): string[] {
	const whole = (cycle: CycleRecord) =>
		cycle.fromStart
		&& cycle.end !== null
		&& cycle.allotted !== undefined
		&& cycle.allotted > 0
		&& cycle.leftAtReset !== null;
	const plans = [...new Set(record.cycles.map(cycle => cycle.key))];
	return plans.flatMap(key => {
		const cycles = record.cycles.filter(cycle => cycle.key === key && whole(cycle)).slice(-averagedCycles);
		if (cycles.length === 0) {
			return [];
		}

		const allotted = cycles.reduce((sum, cycle) => sum + cycle.allotted!, 0);
		const unused = cycles.reduce((sum, cycle) => sum + Math.max(0, cycle.leftAtReset!), 0);
		const used = Math.round((allotted - unused) / allotted * 100);
		const over = cycles.length === 1 ? 'over its last cycle' : `over the last ${cycles.length} cycles`;
		return [
			`You used ${used} % of ${cycles.at(-1)!.plan} ${over}; ${formatCredits(unused / cycles.length)} credits a cycle left unused.`,
		];
	});
}

const rounded = (credits: number | undefined) => (credits === undefined ? null : Math.round(credits));

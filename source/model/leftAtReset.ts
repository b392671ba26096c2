import type {Snapshot} from '../api/snapshot.js';
import {burnRate} from './burnRate.js';
import {burnWindows} from './burnSummary.js';
import {rateError, type AmountRange} from './forecast.js';
import {samplePlans, type History} from './history.js';

/** What one plan will leave unused at its next reset, at the pace its own balance has been falling. */
/** `index` is the plan's place in the snapshot's list. */
export type PlanLeftover = {
	index: number;
	key: string;
	resetsAt: number;
	total: number | undefined;
	range: AmountRange;
};

const hour = 3_600_000;

/**
 * For each plan with a reset ahead: its balance less what it spends until then, at its own rate
 * (its readings in the history: the last day, else the last 15 minutes), as a range by the rate's
 * error, under the one forecast rule (no rate from one drop). Plans without a rate yet are left out.
 */
export function leftAtReset(history: History, snapshot: Snapshot, now: number): PlanLeftover[] {
	return snapshot.plans.flatMap((plan, index) => {
		const key = (plan.id ?? plan.name)?.slice(0, samplePlans.nameLength);
		const resetsAt = plan.resetsAt?.getTime();
		if (key === undefined || plan.balance === undefined || resetsAt === undefined || resetsAt <= now) {
			return [];
		}

		const series: History = {
			samples: history.samples.flatMap(sample =>
				sample.plans[key] === undefined ? [] : [{at: sample.at, total: sample.plans[key], plans: {}}],
			),
		};
		const day = burnRate(series, now, burnWindows.day);
		const rate = day.creditsPerHour === undefined ? burnRate(series, now, burnWindows.recent) : day;
		if (rate.creditsPerHour === undefined) {
			return [];
		}

		const error = rateError(rate.drops);
		const spend = (factor: number) => rate.creditsPerHour! * factor * ((resetsAt - now) / hour);
		const left = (factor: number) => Math.max(0, plan.balance! - spend(factor));
		return [
			{
				index,
				key,
				resetsAt,
				total: plan.total,
				range: {point: left(1), low: left(1 + error), high: left(rate.drops === 0 ? 1 : 1 - error)},
			},
		];
	});
}

/** Worth saying: more than a tenth of the plan is forecast to go unused (the low end counts: a range, not a hope). */
export function isNotableLeftover(leftover: PlanLeftover): boolean {
	return leftover.total !== undefined && leftover.total > 0 && leftover.range.low > leftover.total / 10;
}

import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {BurnWindow} from '../model/burnRate.js';
import type {PlanLeftover} from '../model/leftAtReset.js';
import type {Assessment} from '../present/assessment.js';
import type {BurnSummary} from '../model/burnSummary.js';
import type {BulkRun, Mark} from '../model/bulkRun.js';
import type {TimeRange} from '../model/forecast.js';

/** Bumped only when a field is removed or changes meaning; new fields may appear at any time. */
const jsonSchemaVersion = 1;

/** `label`: the account's name in the config file ([accounts.NAME]), when it has one. */
export type JsonOptions = {
	fetchedAt: number;
	warnBelow: number | undefined;
	demo: boolean;
	apiHost: string;
	label?: string | undefined;
};

/** The stable `--json` document: every documented key is always present, `null` when unknown. */
export function toJson(snapshot: Snapshot, assessment: Assessment, options: JsonOptions): Record<string, unknown> {
	const known = <T>(value: T | undefined) => value ?? null;
	const iso = (date: Date | undefined) => date?.toISOString() ?? null;
	const {verdict: answer, burn, run} = assessment;
	return {
		schemaVersion: jsonSchemaVersion,
		fetchedAt: new Date(options.fetchedAt).toISOString(),
		demo: options.demo,
		apiHost: options.apiHost,
		account: {
			label: known(options.label),
			name: known(snapshot.account.name),
			email: known(snapshot.account.email),
		},
		credits: {
			total: known(snapshot.totalBalance),
			monthly: known(snapshot.monthlyCredits),
			extra: known(snapshot.extraCredits),
			warnBelow: known(options.warnBelow),
			low: assessment.low,
		},
		plans: snapshot.plans.map((plan, index) => ({
			id: known(plan.id),
			name: known(plan.name),
			status: known(plan.status),
			balance: known(plan.balance),
			total: known(plan.total),
			resetTime: iso(plan.resetsAt),
			resetsInSeconds:
				plan.resetsAt === undefined ? null : Math.round((plan.resetsAt.getTime() - options.fetchedAt) / 1000),
			leftAtResetRange: leftoverJson(assessment.leftAtReset.find(leftover => leftover.index === index)),
		})),
		storage: {
			usedBytes: known(snapshot.storage.used),
			limitBytes: known(snapshot.storage.limit),
			usedText: known(snapshot.storage.usedText),
			limitText: known(snapshot.storage.limitText),
		},
		updatedAt: iso(snapshot.updatedAt),
		unreadable: snapshot.unreadable,
		verdict: {code: answer.code, text: answer.text, tone: answer.tone},
		burn: burnJson(burn),
		run: run === undefined ? null : runJson(run.mark, run.progress),
		guard:
			assessment.guard === undefined
				? null
				: {
					holding: assessment.guard.holding,
					since: isoTime(assessment.guard.since),
					keep: assessment.guard.keep,
				},
	};
}

/**
 * An account of `--json --all-accounts` that gave no reading: the document's `schemaVersion`,
 * `demo`, `apiHost` and `account`, and why (`error`, which a read account has as `null`).
 */
export function failedJson(
	error: Pick<ApiError, 'kind' | 'message'>,
	options: Omit<JsonOptions, 'fetchedAt' | 'warnBelow'>,
): Record<string, unknown> {
	return {
		schemaVersion: jsonSchemaVersion,
		fetchedAt: null,
		demo: options.demo,
		apiHost: options.apiHost,
		account: {label: options.label ?? null, name: null, email: null},
		error: {kind: error.kind, message: error.message},
	};
}

function runJson(mark: Mark, run: BulkRun): Record<string, unknown> {
	const round = (value: number | undefined) => (value === undefined ? null : Math.round(value * 10) / 10);
	const {jobs} = run;
	return {
		markedAt: new Date(mark.at).toISOString(),
		elapsedSeconds: Math.round(run.elapsedMs / 1000),
		spent: round(run.spent),
		drops: run.drops,
		averageCost: round(run.averageCost),
		creditsPerHour: round(run.creditsPerHour),
		jobs:
			jobs === undefined
				? null
				: {
					total: jobs.total,
					done: jobs.done,
					remaining: jobs.remaining,
					creditsNeeded: round(jobs.needed),
					creditsNeededRange:
						jobs.neededRange === undefined
							? null
							: {low: round(jobs.neededRange.low), high: round(jobs.neededRange.high)},
					covered: jobs.covers ?? null,
					spare: round(jobs.spare),
					shortBy: round(jobs.shortBy),
					jobsShort: jobs.jobsShort ?? null,
					finishAt: jobs.finish === undefined ? null : isoTime(jobs.finish.at),
					finishRange: rangeJson(jobs.finish),
				},
	};
}

function burnJson(burn: BurnSummary): Record<string, unknown> {
	const {projection, lastDrop} = burn;
	const runsOut = projection.state === 'runs-out';
	return {
		recent: windowJson(burn.recent),
		day: windowJson(burn.day),
		projection: projection.state,
		emptyAt: runsOut ? isoTime(projection.emptyAt) : null,
		emptyRange: runsOut
			? rangeJson({at: projection.emptyAt, earliest: projection.earliest, latest: projection.latest})
			: null,
		emptyBeforeReset: runsOut ? (projection.beforeReset ?? null) : null,
		nextResetAt: burn.nextResetAt === undefined ? null : new Date(burn.nextResetAt).toISOString(),
		lastDrop: lastDrop === undefined ? null : {credits: lastDrop.size, at: new Date(lastDrop.at).toISOString()},
	};
}

const isoTime = (at: number) => new Date(at).toISOString();

function rangeJson(range: TimeRange | undefined): Record<string, unknown> | null {
	return range === undefined ? null : {earliest: isoTime(range.earliest), latest: isoTime(range.latest)};
}

function windowJson(window: BurnWindow): Record<string, unknown> {
	return {
		minutes: window.windowMs / 60_000,
		creditsPerHour: window.creditsPerHour === undefined ? null : Math.round(window.creditsPerHour * 10) / 10,
		drops: window.drops,
		spent: Math.round(window.spent * 10) / 10,
		samplesUsed: window.samplesUsed,
	};
}

/** Credits the plan will leave unused at its reset, as a range; null until its own rate is known. */
function leftoverJson(leftover: PlanLeftover | undefined): {low: number; high: number} | null {
	return leftover === undefined ? null : {low: Math.round(leftover.range.low), high: Math.round(leftover.range.high)};
}

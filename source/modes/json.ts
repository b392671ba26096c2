import type {Snapshot} from '../api/snapshot.js';
import type {BurnWindow} from '../model/burnRate.js';
import type {BurnSummary} from '../model/burnSummary.js';
import {isLowBalance} from '../model/thresholds.js';

/** Bumped only when a field is removed or changes meaning; new fields may appear at any time. */
export const jsonSchemaVersion = 1;

export type JsonOptions = {fetchedAt: number; warnBelow: number | undefined; demo: boolean; apiHost: string; burn?: BurnSummary};

/** The stable `--json` document: every documented key is always present, `null` when unknown. */
export function toJson(snapshot: Snapshot, options: JsonOptions): Record<string, unknown> {
	const known = <T>(value: T | undefined) => value ?? null;
	const iso = (date: Date | undefined) => date?.toISOString() ?? null;
	return {
		schemaVersion: jsonSchemaVersion,
		fetchedAt: new Date(options.fetchedAt).toISOString(),
		demo: options.demo,
		apiHost: options.apiHost,
		account: {name: known(snapshot.account.name), email: known(snapshot.account.email)},
		credits: {
			total: known(snapshot.totalBalance),
			monthly: known(snapshot.monthlyCredits),
			extra: known(snapshot.extraCredits),
			warnBelow: known(options.warnBelow),
			low: isLowBalance(snapshot, options.warnBelow),
		},
		plans: snapshot.plans.map(plan => ({
			id: known(plan.id),
			name: known(plan.name),
			status: known(plan.status),
			balance: known(plan.balance),
			total: known(plan.total),
			resetTime: iso(plan.resetsAt),
			resetsInSeconds: plan.resetsAt === undefined ? null : Math.round((plan.resetsAt.getTime() - options.fetchedAt) / 1000),
		})),
		storage: {
			usedBytes: known(snapshot.storage.used),
			limitBytes: known(snapshot.storage.limit),
			usedText: known(snapshot.storage.usedText),
			limitText: known(snapshot.storage.limitText),
		},
		updatedAt: iso(snapshot.updatedAt),
		unreadable: snapshot.unreadable,
		burn: options.burn === undefined ? null : burnJson(options.burn),
	};
}

function burnJson(burn: BurnSummary): Record<string, unknown> {
	const {projection, lastDrop} = burn;
	const runsOut = projection.state === 'runs-out';
	return {
		recent: windowJson(burn.recent),
		day: windowJson(burn.day),
		projection: projection.state,
		emptyAt: runsOut ? new Date(projection.emptyAt).toISOString() : null,
		emptyBeforeReset: runsOut ? projection.beforeReset ?? null : null,
		nextResetAt: burn.nextResetAt === undefined ? null : new Date(burn.nextResetAt).toISOString(),
		lastDrop: lastDrop === undefined ? null : {credits: lastDrop.size, at: new Date(lastDrop.at).toISOString()},
	};
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

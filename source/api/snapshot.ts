import * as v from 'valibot';
import {countSchema as count, creditsSchema as credits} from './amounts.js';
import {printable} from './errors.js';

export type Plan = {
	id?: string;
	name?: string;
	/** `active` or `past_due` are documented; anything else is shown as it is. */
	status?: string;
	balance?: number;
	total?: number;
	resetsAt?: Date;
};

/** One balance reading. A field is undefined when the response lacked it or had it malformed. */
export type Snapshot = {
	account: {name?: string; email?: string};
	totalBalance?: number;
	monthlyCredits?: number;
	extraCredits?: number;
	plans: Plan[];
	storage: {used?: number; limit?: number; usedText?: string; limitText?: string};
	updatedAt?: Date;
	/** Documented fields that were missing, and any field that was malformed, by path. */
	unreadable: string[];
};

const text = v.pipe(v.string(), v.transform(printable), v.nonEmpty());
const time = v.pipe(
	v.string(),
	v.isoTimestamp(),
	// isoTimestamp takes any day up to 31, and Date rolls 30 February over into March.
	v.check(isCalendarDay),
	v.transform(value => new Date(value)),
	v.check(date => !Number.isNaN(date.getTime())),
);

type Reader = <T>(
	schema: v.GenericSchema<unknown, T>,
	parent: unknown,
	key: string,
	path: string,
	documented?: boolean,
) => T | undefined;

function isCalendarDay(timestamp: string): boolean {
	const [year, month, day] = timestamp.slice(0, 10).split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever is readable of a balance body; the caller has checked it is an object. */
export function toSnapshot(body: Record<string, unknown>): Snapshot {
	const unreadable: string[] = [];
	const read: Reader = (schema, parent, key, path, documented = true) => {
		const value = isRecord(parent) ? parent[key] : undefined;
		if (value === undefined || value === null) {
			if (documented) {
				unreadable.push(path);
			}

			return undefined;
		}

		const result = v.safeParse(schema, value);
		if (!result.success) {
			unreadable.push(path);
		}

		return result.success ? result.output : undefined;
	};

	const {user, credits: balance, storage} = body;
	return {
		account: {name: read(text, user, 'name', 'user.name'), email: read(text, user, 'email', 'user.email')},
		totalBalance: read(credits, balance, 'totalBalance', 'credits.totalBalance'),
		monthlyCredits: read(credits, balance, 'totalMonthlyCredits', 'credits.totalMonthlyCredits', false),
		extraCredits: read(credits, balance, 'extraCredits', 'credits.extraCredits'),
		plans: readPlans(isRecord(balance) ? balance['plans'] : undefined, read, unreadable),
		storage: {
			used: read(count, storage, 'usage', 'storage.usage'),
			limit: read(count, storage, 'limit', 'storage.limit'),
			usedText: read(text, storage, 'formattedUsage', 'storage.formattedUsage'),
			limitText: read(text, storage, 'formattedLimit', 'storage.formattedLimit'),
		},
		updatedAt: read(time, body, 'updatedAt', 'updatedAt', false),
		unreadable,
	};
}

/** More plans than any account has; past them a reading would be mostly plans (the history, the cache). */
export const maxPlans = 100;

function readPlans(value: unknown, read: Reader, unreadable: string[]): Plan[] {
	if (!Array.isArray(value)) {
		unreadable.push('credits.plans');
		return [];
	}

	if (value.length > maxPlans) {
		unreadable.push(`credits.plans[${maxPlans}…${value.length - 1}]`);
	}

	return value.slice(0, maxPlans).flatMap((plan: unknown, index): Plan[] => {
		const path = `credits.plans[${index}]`;
		if (!isRecord(plan)) {
			unreadable.push(path);
			return [];
		}

		return [{
			id: read(text, plan, 'id', `${path}.id`, false),
			name: read(text, plan, 'name', `${path}.name`),
			status: read(text, plan, 'status', `${path}.status`),
			balance: read(credits, plan, 'balance', `${path}.balance`),
			total: read(count, plan, 'total', `${path}.total`, false),
			resetsAt: read(time, plan, 'resetTime', `${path}.resetTime`, false),
		}];
	});
}

import * as v from 'valibot';
import {creditsSchema} from '../api/amounts.js';
import type {Snapshot} from '../api/snapshot.js';

/** A snapshot as JSON, for the status line's cache: dates as ISO strings. */
export function snapshotToJson(snapshot: Snapshot): unknown {
	return {
		...snapshot,
		plans: snapshot.plans.map(plan => ({...plan, resetsAt: plan.resetsAt?.toISOString()})),
		updatedAt: snapshot.updatedAt?.toISOString(),
	};
}

const text = v.optional(v.string());
const number = v.optional(creditsSchema);
const date = v.optional(v.pipe(v.string(), v.isoTimestamp(), v.transform(value => new Date(value))));
const schema = v.object({
	account: v.object({name: text, email: text}),
	totalBalance: number,
	monthlyCredits: number,
	extraCredits: number,
	plans: v.array(v.object({id: text, name: text, status: text, balance: number, total: number, resetsAt: date})),
	storage: v.object({used: number, limit: number, usedText: text, limitText: text}),
	updatedAt: date,
	unreadable: v.array(v.string()),
});

/** The snapshot back from JSON, or undefined when it is not one. */
export function snapshotFromJson(value: unknown): Snapshot | undefined {
	const result = v.safeParse(schema, value);
	return result.success ? result.output : undefined;
}

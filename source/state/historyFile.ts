import * as v from 'valibot';
import {accountJson} from './accountJson.js';
import {creditsSchema as credits} from '../api/amounts.js';
import {boundedPlans, mergeHistories, withoutFuture, type History, type Sample} from '../model/history.js';

const sampleSchema = v.object({
	at: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	total: credits,
	extra: v.optional(credits),
	plans: v.record(v.string(), credits),
});
const fileSchema = v.object({
	version: v.literal(1),
	origin: v.string(),
	account: v.string(),
	samples: v.array(v.unknown()),
});

export function toHistoryFile(origin: string, account: string, history: History): string {
	return `${JSON.stringify({version: 1, origin, account, samples: history.samples})}\n`;
}

/**
 * The history in a file's text, without the samples that fail validation or are stamped after
 * `now`; undefined when the text is not a history file of this origin and account at all.
 */
export function fromHistoryFile(text: string, origin: string, account: string, now: number): History | undefined {
	const file = accountJson(text, fileSchema, origin, account);
	if (file === undefined) {
		return undefined;
	}

	const samples = file.samples.flatMap((sample): Sample[] => {
		const result = v.safeParse(sampleSchema, sample);
		// A file written before readings were bounded may hold every plan of a hostile account.
		return result.success ? [{...result.output, plans: boundedPlans(result.output.plans)}] : [];
	});
	// Sorts, deduplicates and thins, in case the file was edited by hand; the future goes first (see withoutFuture).
	return mergeHistories({samples: []}, withoutFuture({samples}, now));
}

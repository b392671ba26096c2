import {createHash} from 'node:crypto';
import * as v from 'valibot';
import {mergeHistories, type History, type Sample} from './history.js';

/**
 * The history file (or, with another prefix, the bulk-run mark) of one account at one API origin.
 * The API key never reaches this module: the name and content come from the origin and the
 * account identity only.
 */
export function historyFileName(origin: string, account: string, prefix = 'history'): string {
	const digest = createHash('sha256').update(`${origin}\n${account}`).digest('hex');
	return `${prefix}-${digest.slice(0, 16)}.json`;
}

/** The account as the history knows it: its email, else its name; undefined when neither is known. */
export function accountIdentity(account: {name?: string; email?: string}): string | undefined {
	return account.email?.toLowerCase() ?? account.name;
}

const credits = v.pipe(v.number(), v.finite());
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
 * The history in a file's text, without the samples that fail validation; undefined when the text
 * is not a history file of this origin and account at all.
 */
export function fromHistoryFile(text: string, origin: string, account: string): History | undefined {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return undefined;
	}

	const file = v.safeParse(fileSchema, json);
	if (!file.success || file.output.origin !== origin || file.output.account !== account) {
		return undefined;
	}

	const samples = file.output.samples.flatMap((sample): Sample[] => {
		const result = v.safeParse(sampleSchema, sample);
		return result.success ? [result.output] : [];
	});
	// Sorts, deduplicates and thins, in case the file was edited by hand.
	return mergeHistories({samples: []}, {samples});
}

import {ApiError} from './errors.js';
import {isRecord} from './snapshot.js';

/** What stands in for the key wherever a server echoes it. */
export const keyMark = '[key]';

/**
 * Blanks every occurrence of the key, in any case and with any white space inside it (cleaning
 * turns a control character into a space, and a key split by one still reads as the key). A key
 * has no white space of its own. Plain search: a regular expression built from secret text can
 * fail on a long key, and its error message would carry the key.
 */
export function redactKey(text: string, apiKey: string): string {
	const needle = foldAscii(apiKey);
	// Most text holds no key: one search over the text without white space says so.
	if (needle === '' || !foldAscii(text.replaceAll(/\s+/g, '')).includes(needle)) {
		return text;
	}

	// The text without white space, and where each of its characters was in the text.
	let compact = '';
	const origin: number[] = [];
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (!/\s/.test(character)) {
			compact += character;
			origin.push(index);
		}
	}

	const haystack = foldAscii(compact);
	let result = '';
	let from = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
		result += `${text.slice(from, origin[at])}${keyMark}`;
		from = origin[at + needle.length - 1]! + 1;
	}

	return result + text.slice(from);
}

/** A-Z to a-z only: unlike toLowerCase, it never changes a string's length, so positions still line up. */
function foldAscii(text: string): string {
	return text.replaceAll(/[A-Z]+/g, letters => letters.toLowerCase());
}

/** Deeper than any balance is nested (it has three levels); a body nested deeper is not one. */
export const maxNesting = 32;

/**
 * Every string in a parsed body, cleaned then redacted (in that order: a key split by characters
 * the cleaning drops is whole again after it). Throws a response ApiError for a body nested deeper
 * than `maxNesting`, so the walk never recurses without bound.
 */
export function cleanStrings(value: unknown, clean: (text: string) => string, status: number, depth = 0): unknown {
	if (typeof value === 'string') {
		return clean(value);
	}

	if (typeof value !== 'object' || value === null) {
		return value;
	}

	if (depth >= maxNesting) {
		throw new ApiError(
			'response',
			`The API answered ${status} with JSON nested more than ${maxNesting} levels deep, not a balance.`,
			{status},
		);
	}

	if (Array.isArray(value)) {
		return value.map(item => cleanStrings(item, clean, status, depth + 1));
	}

	return isRecord(value)
		? Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, cleanStrings(item, clean, status, depth + 1)]),
		)
		: value;
}

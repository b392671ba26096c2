export type ApiErrorKind =
	/** 401: the key was rejected. */
	| 'unauthorized'
	/** 429 or 5xx: the server is busy or failing; retry later. */
	| 'server'
	/** Any other HTTP status. */
	| 'http'
	/** The connection failed: refused, host not found, timed out. */
	| 'network'
	/** A body that is not a balance: HTML, truncated JSON, success false. */
	| 'response'
	/** A redirect to another origin, refused so that the key stays with the configured host. */
	| 'redirect';

export class ApiError extends Error {
	override name = 'ApiError';

	constructor(
		readonly kind: ApiErrorKind,
		message: string,
		readonly details: {status?: number; retryAfterSeconds?: number; keySource?: string} = {},
	) {
		super(message);
	}
}

const maxMessageLength = 160;

/**
 * Control characters (C0, DEL, C1: escape sequences, line breaks, the bell). Text from the server
 * never reaches a terminal with them: it could set the window title or fake lines of output.
 */
const controls = /\p{Cc}+/gu;

/**
 * Format and zero-width characters (bidirectional overrides, U+200B–U+200D, U+2060, U+FEFF, the
 * soft hyphen, tag characters…): invisible, they can make text read other than it is, hide a key
 * that they split, and throw off width arithmetic. Dropped, not replaced.
 */
const invisible = /[\p{Cf}\p{Default_Ignorable_Code_Point}]+/gu;

/** Server-provided text made safe to print: one line, nothing a terminal would act on, nothing invisible. */
export function printable(text: string): string {
	return text.replaceAll(invisible, '').replaceAll(controls, ' ').replaceAll(/\s+/g, ' ').trim();
}

/** Like `printable`, and short: for a server's error message. */
export function sanitise(text: string): string {
	const oneLine = printable(text);
	return oneLine.length > maxMessageLength ? `${oneLine.slice(0, maxMessageLength - 1)}…` : oneLine;
}

/**
 * The longest Retry-After honoured: a longer one is waited as an hour, and said as an hour, so the
 * message tells the wait that is kept.
 */
export const maxRetryAfterSeconds = 3600;

/** Seconds to wait, from a Retry-After header in either of its forms (seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
	if (value === null || value.trim() === '') {
		return undefined;
	}

	const text = value.trim();
	if (/^\d+$/.test(text)) {
		return Math.min(Number(text), maxRetryAfterSeconds);
	}

	// An HTTP date names its day of the week; Date.parse alone takes "-5" for a year.
	const date = /^[A-Za-z]{3}, /.test(text) ? Date.parse(text) : Number.NaN;
	return Number.isNaN(date) ? undefined : Math.min(maxRetryAfterSeconds, Math.max(0, Math.ceil((date - now) / 1000)));
}

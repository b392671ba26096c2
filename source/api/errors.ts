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
		readonly details: {status?: number; retryAfterSeconds?: number} = {},
	) {
		super(message);
	}
}

const maxMessageLength = 160;

/** Makes server-provided text safe to print: one line, no control characters, short. */
export function sanitise(text: string): string {
	const oneLine = text.replaceAll(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replaceAll(/\s+/g, ' ').trim();
	return oneLine.length > maxMessageLength ? `${oneLine.slice(0, maxMessageLength - 1)}…` : oneLine;
}

/** Seconds to wait, from a Retry-After header in either of its forms (seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
	if (value === null || value.trim() === '') {
		return undefined;
	}

	if (/^\d+$/.test(value.trim())) {
		return Number(value.trim());
	}

	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

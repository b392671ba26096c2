import {ApiError, sanitise} from './errors.js';
import {isRecord} from './snapshot.js';
import {RequestTimeout} from './transport.js';

/** The error for an HTTP status other than 2xx, with the server's message when it gave one. */
export function statusError(
	status: number,
	retryAfterSeconds: number | undefined,
	parsed: unknown,
	body: string,
	keySource = '$SRTGEN_API_KEY',
): ApiError {
	const message = isRecord(parsed) ? envelopeMessage(parsed) : undefined;
	const said = message ?? (parsed === undefined && body.trim() !== '' ? describeNonJson(body) : 'no message');
	const retry = retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds}s`;
	const details = {status, retryAfterSeconds};
	if (status === 401) {
		return new ApiError(
			'unauthorized',
			`The API key was rejected (401: ${said}); it was read from ${keySource}.`,
			{...details, keySource},
		);
	}

	if (status === 429) {
		return new ApiError('server', `Rate limited by the API (429: ${said})${retry}.`, details);
	}

	if (status >= 500) {
		return new ApiError('server', `Server error ${status} (${said})${retry}.`, details);
	}

	return new ApiError('http', `The API answered ${status} (${said}).`, details);
}

/**
 * The error envelope's human message, made printable, in its usual shapes: the API's own
 * `{message, error}`, `{error: {message, code}}`, `{errors: [{message}]}` or `{errors: ['…']}`,
 * `{detail}` and OAuth's `{error_description}`; else the `error` code itself.
 */
export function envelopeMessage(envelope: Record<string, unknown>): string | undefined {
	const {message, error, errors, detail} = envelope;
	const nested = isRecord(error) ? error : undefined;
	const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
	const text = [
		message,
		nested?.['message'],
		isRecord(first) ? first['message'] : first,
		detail,
		envelope['error_description'],
		error,
		nested?.['code'],
	].find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');
	return text === undefined ? undefined : sanitise(text);
}

/** What a body that is not JSON looks like, in a few words: never the body itself. */
export function describeNonJson(body: string): string {
	const start = body.trimStart().slice(0, 200).toLowerCase();
	if (start.startsWith('<')) {
		return 'an HTML page (a proxy or gateway answered)';
	}

	return start.startsWith('{') || start.startsWith('[') ? 'truncated or invalid JSON' : 'text that is not JSON';
}

const networkCodes: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host not found (DNS lookup failed)',
	ECONNRESET: 'connection reset',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	UND_ERR_SOCKET: 'connection closed by the server',
};

/** A request that failed before an answer: the connection, or a time-out. */
export function unreachable(error: unknown, options: {baseUrl: URL; timeoutSeconds: number}): ApiError {
	const host = options.baseUrl.host;
	if (error instanceof RequestTimeout) {
		return new ApiError('network', `Cannot reach ${host}: timed out after ${options.timeoutSeconds}s.`);
	}

	return new ApiError('network', `Cannot reach ${host}: ${describe(error)}.`);
}

/** Why a request or a read failed, in a few words: a known network code, else the error's own message. */
export function describe(error: unknown): string {
	const cause = error instanceof Error ? (error.cause as {code?: string; message?: string} | undefined) : undefined;
	const code = cause?.code ?? (error as {code?: string} | undefined)?.code;
	if (code !== undefined) {
		return networkCodes[code] ?? sanitise(code);
	}

	// fetch's own refusals ("bad port": 1, 6000 and the other ports it will not connect to) are in its cause.
	const message
		= error instanceof Error
			? error.message === 'fetch failed'
				? cause?.message
				: (cause?.message ?? error.message)
			: undefined;
	return message === undefined || message === ''
		? 'the request failed'
		: message === 'bad port'
			? 'fetch refuses that port (bad port); choose another'
			: sanitise(message);
}

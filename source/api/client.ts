import ky from 'ky';
import {ApiError, parseRetryAfter, sanitise} from './errors.js';
import {isRecord, toSnapshot, type Snapshot} from './snapshot.js';

export type ClientOptions = {
	baseUrl: URL;
	apiKey: string;
	timeoutSeconds: number;
	userAgent: string;
};

export type BalanceClient = {
	/** Resolves to a snapshot or rejects with an ApiError. Calls made while one is in flight share it. */
	fetchBalance(): Promise<Snapshot>;
};

const maxSameOriginRedirects = 3;

export function createClient(options: ClientOptions): BalanceClient {
	let inFlight: Promise<Snapshot> | undefined;
	return {
		async fetchBalance() {
			inFlight ??= requestBalance(options).finally(() => {
				inFlight = undefined;
			});
			return inFlight;
		},
	};
}

async function requestBalance(options: ClientOptions): Promise<Snapshot> {
	const redact = (message: string) => message.replaceAll(options.apiKey, '[key]');
	try {
		return await requestWithin(options, AbortSignal.timeout(options.timeoutSeconds * 1000));
	} catch (error) {
		const mapped = error instanceof ApiError ? error : networkError(error, options);
		throw new ApiError(mapped.kind, redact(mapped.message), mapped.details);
	}
}

async function requestWithin(options: ClientOptions, signal: AbortSignal): Promise<Snapshot> {
	let url = new URL(`${options.baseUrl.href.replace(/\/+$/, '')}/api/v1/balance`);
	for (let hop = 0; ; hop++) {
		// Redirects are followed by hand: fetch would forward x-api-key to whatever host they name.
		const response = await ky.get(url, {
			headers: {'x-api-key': options.apiKey, 'user-agent': options.userAgent, accept: 'application/json'},
			redirect: 'manual',
			retry: 0,
			timeout: false,
			throwHttpErrors: false,
			signal,
		});
		const location = response.headers.get('location');
		if (response.status < 300 || response.status >= 400 || location === null) {
			return interpret(response.status, response.headers.get('retry-after'), await response.text());
		}

		await response.body?.cancel();
		const next = new URL(location, url);
		if (next.origin !== options.baseUrl.origin) {
			throw new ApiError('redirect', `The API redirected to another host, ${next.host}; not followed, so the key stays with ${options.baseUrl.host}. Check --base-url.`, {status: response.status});
		}

		if (hop >= maxSameOriginRedirects) {
			throw new ApiError('redirect', `Too many redirects from ${options.baseUrl.host}.`, {status: response.status});
		}

		url = next;
	}
}

function interpret(status: number, retryAfter: string | null, body: string): Snapshot {
	const parsed = parseJson(body);
	if (status < 200 || status >= 300) {
		throw statusError(status, parseRetryAfter(retryAfter, Date.now()), parsed, body);
	}

	if (body.trim() === '') {
		throw new ApiError('response', `The API answered ${status} with an empty body.`, {status});
	}

	if (parsed === undefined) {
		throw new ApiError('response', `The API answered ${status} with ${describeNonJson(body)}, not a balance.`, {status});
	}

	if (!isRecord(parsed)) {
		throw new ApiError('response', `The API answered ${status} with JSON that is not an object.`, {status});
	}

	if (parsed['success'] === false) {
		throw new ApiError('response', `The API reported a failure: ${envelopeMessage(parsed) ?? 'no message given'}.`, {status});
	}

	if (!isRecord(parsed['credits'])) {
		throw new ApiError('response', 'The API response has no credit balance in it.', {status});
	}

	return toSnapshot(parsed);
}

function statusError(status: number, retryAfterSeconds: number | undefined, parsed: unknown, body: string): ApiError {
	const message = isRecord(parsed) ? envelopeMessage(parsed) : undefined;
	const said = message ?? (parsed === undefined && body.trim() !== '' ? describeNonJson(body) : 'no message');
	const retry = retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds}s`;
	const details = {status, retryAfterSeconds};
	if (status === 401) {
		return new ApiError('unauthorized', `The API key was rejected (401: ${said}); check SRTGEN_API_KEY.`, details);
	}

	if (status === 429) {
		return new ApiError('server', `Rate limited by the API (429: ${said})${retry}.`, details);
	}

	if (status >= 500) {
		return new ApiError('server', `Server error ${status} (${said})${retry}.`, details);
	}

	return new ApiError('http', `The API answered ${status} (${said}).`, details);
}

function envelopeMessage(envelope: Record<string, unknown>): string | undefined {
	const {message, error} = envelope;
	const text = typeof message === 'string' && message.trim() !== '' ? message : typeof error === 'string' ? error : undefined;
	return text === undefined ? undefined : sanitise(text);
}

function parseJson(body: string): unknown {
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return undefined;
	}
}

function describeNonJson(body: string): string {
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

function networkError(error: unknown, options: ClientOptions): ApiError {
	const host = options.baseUrl.host;
	if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
		return new ApiError('network', `Cannot reach ${host}: timed out after ${options.timeoutSeconds}s.`);
	}

	const cause = error instanceof Error ? (error.cause as {code?: string} | undefined) : undefined;
	const code = cause?.code;
	const reason = code === undefined ? 'the request failed' : networkCodes[code] ?? code;
	return new ApiError('network', `Cannot reach ${host}: ${reason}.`);
}

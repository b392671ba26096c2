import ky from 'ky';
import {ApiError, parseRetryAfter, printable} from './errors.js';
import {cleanStrings, redactKey} from './redact.js';
import {describe, describeNonJson, envelopeMessage, statusError, unreachable} from './responseErrors.js';
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

/** The body read at most; a balance is a few hundred bytes, and a larger answer is not one. */
const maxBodyBytes = 1_000_000;

async function requestBalance(options: ClientOptions): Promise<Snapshot> {
	// Whatever the server says, in any case, the key it echoes is blanked before anything reads it.
	const redact = (text: string) => redactKey(text, options.apiKey);
	try {
		return await requestWithin(options, redact, AbortSignal.timeout(options.timeoutSeconds * 1000));
	} catch (error) {
		const mapped = error instanceof ApiError ? error : unreachable(error, options);
		throw new ApiError(mapped.kind, redact(mapped.message), mapped.details);
	}
}

async function requestWithin(options: ClientOptions, redact: (text: string) => string, signal: AbortSignal): Promise<Snapshot> {
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
			return interpret(response.status, response.headers.get('retry-after'), await readBody(response), redact);
		}

		await response.body?.cancel();
		const next = URL.canParse(location, url.href) ? new URL(location, url) : undefined;
		if (next?.origin !== options.baseUrl.origin) {
			const where = next === undefined ? 'an address that is not a URL' : next.host === options.baseUrl.host ? next.origin : `another host, ${next.host}`;
			throw new ApiError('redirect', `The API redirected to ${where}; not followed, so the key stays with ${options.baseUrl.origin}. Check --base-url.`, {status: response.status});
		}

		if (hop >= maxSameOriginRedirects) {
			throw new ApiError('redirect', `Too many redirects from ${options.baseUrl.host}.`, {status: response.status});
		}

		url = next;
	}
}

/** The body as text, up to `maxBodyBytes`. */
async function readBody(response: Response): Promise<string> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		// Leaving the loop early cancels the stream: the rest is never downloaded.
		for await (const chunk of response.body ?? []) {
			size += chunk.byteLength;
			if (size > maxBodyBytes) {
				break;
			}

			chunks.push(chunk);
		}
	} catch (error) {
		if (error instanceof Error && error.name === 'TimeoutError') {
			throw error;
		}

		throw new ApiError('response', `The API's answer could not be read (${describe(error)}).`, {status: response.status});
	}

	if (size > maxBodyBytes) {
		throw new ApiError('response', `The API answered ${response.status} with more than ${maxBodyBytes / 1_000_000} MB, not a balance.`, {status: response.status});
	}

	return Buffer.concat(chunks).toString('utf8');
}

function interpret(status: number, retryAfter: string | null, body: string, redact: (text: string) => string): Snapshot {
	// Every string, once parsed (JSON can spell the key with escapes, \u0073k_…, that the raw text
	// hides), is cleaned and then redacted: a key split by characters the cleaning drops is whole again.
	const parsed = cleanStrings(parseJson(body), text => redact(printable(text)), status);
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

function parseJson(body: string): unknown {
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return undefined;
	}
}

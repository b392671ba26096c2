import {ApiError, parseRetryAfter, printable} from './errors.js';
import {cleanStrings, redactKey} from './redact.js';
import {describeNonJson, envelopeMessage, statusError, unreachable} from './responseErrors.js';
import {kyTransport} from './kyTransport.js';
import {isRecord, toSnapshot, type Snapshot} from './snapshot.js';
import type {Answer, Transport} from './transport.js';

export type ClientOptions = {
	baseUrl: URL;
	apiKey: string;
	/** Where the key came from, for the message when it is rejected. */
	keySource?: string;
	timeoutSeconds: number;
	userAgent: string;
	/** How the request is made: ky, unless the process is one that must stay small (httpTransport.ts). */
	transport?: Transport;
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
	// Whatever the server says, in any case, the key it echoes is blanked before anything reads it.
	const redact = (text: string) => redactKey(text, options.apiKey);
	try {
		return await requestWithin(options, redact);
	} catch (error) {
		const mapped = error instanceof ApiError ? error : unreachable(error, options);
		throw new ApiError(mapped.kind, redact(mapped.message), mapped.details);
	}
}

async function requestWithin(options: ClientOptions, redact: (text: string) => string): Promise<Snapshot> {
	// One budget for the request, its redirects and its body: each hop gets what is left of it.
	const deadline = Date.now() + (options.timeoutSeconds * 1000);
	let url = new URL(`${options.baseUrl.href.replace(/\/+$/, '')}/api/v1/balance`);
	for (let hop = 0; ; hop++) {
		const answer = await (options.transport ?? kyTransport)({
			url,
			headers: {'x-api-key': options.apiKey, 'user-agent': options.userAgent, accept: 'application/json'},
			timeoutMs: Math.max(1, deadline - Date.now()),
		});
		if (answer.status >= 200 && answer.status < 300) {
			return interpret(answer.status, answer.body, redact);
		}

		url = nextHop(answer, url, options, hop, redact);
	}
}

/**
 * Redirects are followed by hand, within the origin only: fetch would forward x-api-key to
 * whatever host they name. Any answer but a 2xx or a redirect is thrown as its ApiError.
 */
function nextHop(
	response: Answer,
	url: URL,
	options: ClientOptions,
	hop: number,
	redact: (text: string) => string,
): URL {
	const location = response.header('location');
	if (response.status < 300 || response.status >= 400 || location === undefined) {
		const {body} = response;
		throw statusError(
			response.status,
			parseRetryAfter(response.header('retry-after') ?? null, Date.now()),
			parseRedacted(body, redact, response.status),
			body,
			options.keySource,
		);
	}

	const next = URL.canParse(location, url.href) ? new URL(location, url) : undefined;
	if (next?.origin !== options.baseUrl.origin) {
		const where
			= next === undefined
				? 'an address that is not a URL'
				: next.host === options.baseUrl.host
					? next.origin
					: `another host, ${next.host}`;
		throw new ApiError(
			'redirect',
			`The API redirected to ${where}; not followed, so the key stays with ${options.baseUrl.origin}. Check --base-url.`,
			{status: response.status},
		);
	}

	if (hop >= maxSameOriginRedirects) {
		throw new ApiError('redirect', `Too many redirects from ${options.baseUrl.host}.`, {status: response.status});
	}

	return next;
}

/** A 2xx answer: a balance, or the reason it is not one. */
function interpret(status: number, body: string, redact: (text: string) => string): Snapshot {
	const parsed = parseRedacted(body, redact, status);
	if (body.trim() === '') {
		throw new ApiError('response', `The API answered ${status} with an empty body.`, {status});
	}

	if (parsed === undefined) {
		throw new ApiError('response', `The API answered ${status} with ${describeNonJson(body)}, not a balance.`, {
			status,
		});
	}

	if (!isRecord(parsed)) {
		throw new ApiError('response', `The API answered ${status} with JSON that is not an object.`, {status});
	}

	if (parsed['success'] === false) {
		throw new ApiError(
			'response',
			`The API reported a failure: ${envelopeMessage(parsed) ?? 'no message given'}.`,
			{status},
		);
	}

	if (!isRecord(parsed['credits'])) {
		throw new ApiError('response', 'The API response has no credit balance in it.', {status});
	}

	return toSnapshot(parsed);
}

/**
 * JSON parsed by hand, not by ky, since the body is capped first. Every string, once parsed (JSON
 * can spell the key with escapes, \u0073k_…, that the raw text hides), is cleaned and then redacted:
 * a key split by characters the cleaning drops is whole again.
 */
function parseRedacted(body: string, redact: (text: string) => string, status: number): unknown {
	return cleanStrings(parseJson(body), text => redact(printable(text)), status);
}

function parseJson(body: string): unknown {
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return undefined;
	}
}

import {ApiError} from './errors.js';
import {describe} from './responseErrors.js';

/** The body read at most; a balance is a few hundred bytes, and a larger answer is not one. */
export const maxBodyBytes = 1_000_000;

/**
 * fetch with the body read inside it, up to `maxBodyBytes`, for ky's `fetch` option: ky's timeout
 * covers only the fetch it calls, so the body a server trickles in is timed too.
 */
export async function fetchCapped(input: Request | URL | string, init?: RequestInit): Promise<Response> {
	const response = await fetch(input, init);
	const text = await readBody(response);
	const {status, statusText, headers} = response;
	return new Response(text === '' ? null : text, {status, statusText, headers});
}

async function readBody(response: Response): Promise<string> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		// Leaving the loop early cancels the stream: the rest is never downloaded.
		for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
			size += chunk.byteLength;
			if (size > maxBodyBytes) {
				break;
			}

			chunks.push(chunk);
		}
	} catch (error) {
		throw unreadableBody(response.status, error);
	}

	if (size > maxBodyBytes) {
		throw bodyTooLarge(response.status);
	}

	return Buffer.concat(chunks).toString('utf8');
}

export function unreadableBody(status: number, error: unknown): ApiError {
	return new ApiError('response', `The API's answer could not be read (${describe(error)}).`, {status});
}

export function bodyTooLarge(status: number): ApiError {
	const limit = `${maxBodyBytes / 1_000_000} MB`;
	return new ApiError('response', `The API answered ${status} with more than ${limit}, not a balance.`, {status});
}

import {fetchCapped} from './cappedFetch.js';
import {RequestTimeout, type Answer, type Transport} from './transport.js';

/**
 * GET with ky (its time-out and errors), the body capped as it is read (cappedFetch.ts). Loaded on
 * the first request: importing ky loads undici's Request and Response, which the tmux updater does
 * without (see httpTransport.ts).
 */
export const kyTransport: Transport = async ({url, headers, timeoutMs}) => {
	const {default: ky, HTTPError, TimeoutError} = await import('ky');
	let response: Response;
	try {
		// No retry: the live view's poll schedule owns backing off and Retry-After.
		response = await ky.get(url, {headers, redirect: 'manual', retry: 0, timeout: timeoutMs, fetch: fetchCapped});
	} catch (error) {
		if (error instanceof TimeoutError) {
			throw new RequestTimeout(error.message);
		}

		// With `redirect: 'manual'` ky throws HTTPError for a 3xx (`response.ok` is false) as for any other non-2xx.
		if (!(error instanceof HTTPError)) {
			throw error;
		}

		response = error.response;
	}

	return answerOf(response, await response.text());
};

function answerOf(response: Response, body: string): Answer {
	return {status: response.status, header: name => response.headers.get(name) ?? undefined, body};
}

import type {ApiError} from '../api/errors.js';

/** What went wrong, in a few words, for the one-line status of the live view. */
export function shortReason(error: ApiError): string {
	const status = error.details.status;
	switch (error.kind) {
		case 'unauthorized': {
			return `key rejected (401), read from ${error.details.keySource ?? '$SRTGEN_API_KEY'}`;
		}

		case 'server': {
			return status === 429 ? 'rate limited (429)' : `server error ${status ?? ''}`.trim();
		}

		case 'http': {
			return `HTTP ${status ?? 'error'}`;
		}

		case 'network': {
			return error.message.replace(/^Cannot reach /, 'cannot reach ').replace(/\.$/, '');
		}

		case 'redirect': {
			return 'redirected to another host, not followed';
		}

		case 'response': {
			return 'unreadable response';
		}
	}
}

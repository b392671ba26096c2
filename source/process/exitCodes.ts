import type {ApiError} from '../api/errors.js';

/** The process exit codes, as documented in --help, the readme and docs/exit-codes.md. */
export const exitCode = {
	ok: 0,
	lowBalance: 1,
	usage: 2,
	keyRejected: 3,
	apiFailure: 4,
	internal: 5,
} as const;

export function exitCodeForError(error: ApiError): number {
	return error.kind === 'unauthorized' ? exitCode.keyRejected : exitCode.apiFailure;
}

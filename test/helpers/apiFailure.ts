import {expect} from 'vitest';
import {ApiError} from '../../source/api/errors.js';

/** The ApiError `promise` rejects with, checked not to carry `key` in its message. */
export async function failure(promise: Promise<unknown>, key: string): Promise<ApiError> {
	const error = await promise.then(() => undefined, (error: unknown) => error);
	expect(error).toBeInstanceOf(ApiError);
	expect((error as ApiError).message).not.toContain(key);
	return error as ApiError;
}

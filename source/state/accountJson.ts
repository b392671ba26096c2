import * as v from 'valibot';

/**
 * A state file's JSON, as `schema` reads it, when it is one of this origin and account: undefined
 * when it is not JSON, not that shape, or another account's (a file copied or renamed by hand).
 */
export function accountJson<T extends {origin: string; account: string}>(
	text: string,
	schema: v.GenericSchema<unknown, T>,
	origin: string,
	account: string,
): T | undefined {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return undefined;
	}

	const file = v.safeParse(schema, json);
	return file.success && file.output.origin === origin && file.output.account === account ? file.output : undefined;
}

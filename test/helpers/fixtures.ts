import {readFileSync} from 'node:fs';

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** The provider's documented sample response, verbatim. */
export const sampleBody = read('balance-sample.json');
export const unauthorizedBody = read('unauthorized.json');

/** A fresh parsed copy of the sample, to change one thing in. */
export function sample(): Record<string, any> {
	return JSON.parse(sampleBody) as Record<string, any>;
}

import {rmSync} from 'node:fs';
import type {TestProject} from 'vitest/node';
import {makeReadableCopy} from '../helpers/readableCopy.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the programs run as the unprivileged user are copied: see makeReadableCopy. */
		readableCopy: string;
	}
}

/** Once per run of the end-to-end tier, after `npm test` has built the bundle. */
export default async function setup(project: TestProject) {
	const copy = await makeReadableCopy();
	project.provide('readableCopy', copy);
	return () => {
		rmSync(copy, {recursive: true, force: true});
	};
}

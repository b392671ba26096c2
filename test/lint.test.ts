import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ESLint} from 'eslint';
import tseslint from 'typescript-eslint';
import {expect, test, vi} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
// ESLint's first run loads every plugin: slow on a busy machine.
vi.setConfig({testTimeout: 120_000});
// Only the import rules are asked about here; the type-aware ones would only slow each run down.
const eslint = new ESLint({cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked]});

/**
 * The rules that a file of `code` would break at `file`. The import rules go quiet, rather than
 * fail, when they cannot resolve our modules: these tests catch that.
 */
async function brokenRules(file: string, code: string): Promise<Array<string | null>> {
	const [result] = await eslint.lintText(code, {filePath: path.join(root, file)});
	return result!.messages.map(message => message.ruleId);
}

test('the core never imports a way of running', async () => {
	const code
		= "import {runStatusLine} from '../statusLine/runStatusLine.js';\n\nexport const upward = runStatusLine;\n";
	expect(await brokenRules('source/state/upward.ts', code)).toContain('import-x/no-restricted-paths');
});

test('a way of running never imports another', async () => {
	const code = "import {runOneShot} from '../commands/oneShot.js';\n\nexport const sideways = runOneShot;\n";
	expect(await brokenRules('source/statusLine/sideways.ts', code)).toContain('import-x/no-restricted-paths');
});

test('the model takes types from the api, and nothing that runs', async () => {
	expect(
		await brokenRules(
			'source/model/pure.ts',
			"import type {ApiError} from '../api/errors.js';\n\nexport type Failure = ApiError;\n",
		),
	).toEqual([]);
	expect(
		await brokenRules(
			'source/model/impure.ts',
			"import {ApiError} from '../api/errors.js';\n\nexport const failure = ApiError;\n",
		),
	).toContain('@typescript-eslint/no-restricted-imports');
});

test('the model is numbers: the words people read are above it, in present', async () => {
	const code = "import {formatCredits} from '../present/format.js';\n\nexport const worded = formatCredits;\n";
	expect(await brokenRules('source/model/worded.ts', code)).toContain('import-x/no-restricted-paths');
	expect(
		await brokenRules(
			'source/present/words.ts',
			"import {summarizeBurn} from '../model/burnSummary.js';\n\nexport const burn = summarizeBurn;\n",
		),
	).toEqual([]);
});

test('an import cycle is found', async () => {
	// client.ts imports errors.ts: errors.ts importing client.ts back closes a circle.
	const code = "import {createClient} from './client.js';\n\nexport const again = createClient;\n";
	expect(await brokenRules('source/api/errors.ts', code)).toContain('import-x/no-cycle');
});

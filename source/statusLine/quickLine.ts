import {Writable} from 'node:stream';
import {resolveConfig} from '../config/config.js';
import {plainFlags} from '../config/flagWords.js';
import {readKeyFile} from '../config/keyFile.js';
import {readConfigFile} from '../config/readConfigFile.js';
import type {Output} from '../process/output.js';
import {currentInvocation} from '../state/lineSheet.js';
import {fromCache, hitWarnings} from './cachedLine.js';
import {printAnswer} from './lineAnswer.js';
import {writeLineSheet} from './lineSheetWriter.js';
import {checkLineFormat} from './template.js';

/**
 * `--line` answered from a reading still fresh in its cache, with only what that takes loaded:
 * the config, the cache, the history and the line's formatting. Undefined when the command line is
 * anything else, or the cache has no fresh answer: the whole program then runs (and words any
 * mistake). Says nothing before it knows it answers, so that nothing is said twice.
 */
export async function lineFromCache(argv: string[], output: Output): Promise<number | undefined> {
	const flags = plainFlags(argv);
	if (flags?.line !== true || flags.demo === true || flags.allAccounts === true) {
		return undefined;
	}

	try {
		const config = resolveConfig(
			flags,
			output.env,
			readKeyFile,
			Boolean(output.stdout.isTTY),
			readConfigFile(flags.config),
		);
		if (config.mode !== 'line' || config.apiKey === undefined || checkLineFormat(config.lineFormat) !== undefined) {
			return undefined;
		}

		const notices: string[] = [];
		const held = new Writable({
			write(chunk: Buffer, _encoding, done) {
				notices.push(chunk.toString('utf8'));
				done();
			},
		});
		const place = {origin: config.baseUrl.origin, stateDir: config.stateDir};
		const {fresh} = await fromCache(
			config,
			place,
			{...output, stderr: held},
			config.maxAgeSeconds * 1000,
		);
		if (fresh === undefined) {
			return undefined;
		}

		// What the whole program says, in its order: the config file's warning, the state directory's, the cache's.
		const warnings = await hitWarnings(config);
		output.stderr.write([...warnings.map(line => `srtgen-top: ${line}\n`), ...notices].join(''));
		const code = printAnswer(config, false, fresh, output);
		await writeLineSheet(config, place, currentInvocation(), output.env).catch(() => undefined);
		return code;
	} catch {
		return undefined;
	}
}

import {Writable} from 'node:stream';
import type {Config} from '../config/config.js';
import type {Output} from '../process/output.js';
import {accountFiles, type AccountPlace} from '../state/accountFiles.js';
import {identityOf, type LineSheet} from '../state/lineSheet.js';
import {saveLineSheet} from '../state/saveLineSheet.js';
import {cacheFor, hitWarnings, savedHistory} from './cachedLine.js';
import {accountContext, answerWith, printedAnswer} from './lineAnswer.js';

/**
 * How far ahead a sheet goes, however long --max-age lets a reading answer: each second is
 * assessed, 1 to 1.5 ms with a week of history (a call answered from the sheet saves some 30).
 */
const horizonMs = 30_000;

/**
 * Works out, after a --line answer is printed, what this command will print each second while its
 * reading stays fresh (see state/lineSheet.ts), from the files as they are now: each is looked at
 * before it is read, so a change made meanwhile makes the sheet void rather than wrong. None for a
 * command that marks or unmarks a run (each call does it again), nor while a guard holds the
 * account (its owner may end with no file changing).
 */
export async function writeLineSheet(
	config: Config,
	place: AccountPlace | undefined,
	invocation: string,
	env: Output['env'],
): Promise<void> {
	if (config.apiKey === undefined || place === undefined || config.mark || config.unmark) {
		return;
	}

	// The cache says something only when it cannot be opened, and then there is no sheet: the
	// command has said it already.
	const quiet = new Writable({
		write(_chunk, _encoding, done) {
			done();
		},
	});
	const cache = await cacheFor(config, place, {stdout: quiet, stderr: quiet, env});
	if (cache === undefined) {
		return;
	}

	const files: LineSheet['files'] = [];
	const watch = (...paths: string[]) => {
		files.push(...paths.map(file => [file, identityOf(file)] as [string, string]));
	};
	watch(config.stateDir, ...config.filesRead, cache.file);
	const cached = await cache.read();
	const now = Date.now();
	if (cached === undefined || now < cached.fetchedAt) {
		return;
	}

	const until = Math.min(cached.fetchedAt + config.maxAgeSeconds * 1000, now + horizonMs);
	if (now >= until) {
		return;
	}

	const account = accountFiles(place, cached.snapshot.account);
	if (account !== undefined) {
		watch(account.history, account.mark, account.guard);
	}

	const history = await savedHistory(cached, place);
	const context = await accountContext(config, place, cached.snapshot.account, now);
	if (context.guard !== undefined) {
		return;
	}

	const answers: LineSheet['answers'] = [];
	for (let at = now; at < until; at += 1000) {
		const {stdout, code} = printedAnswer(
			config,
			false,
			answerWith(config, {snapshot: cached.snapshot, history, now: at}, context),
		);
		const last = answers.at(-1);
		if (last?.[1] !== stdout || last[2] !== code) {
			answers.push([at, stdout, code]);
		}
	}

	const stderr = (await hitWarnings(config)).map(line => `srtgen-top: ${line}\n`).join('');
	await saveLineSheet(cache.sheetFor(invocation), {files, stderr, answers, until}, now);
}

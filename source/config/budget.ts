import {ConfigError} from './error.js';
import type {Flags} from './flags.js';
import {parseCredits, parseJobs, parsePerJob} from './numbers.js';

/** --guard-offline: what the guard does with its command while the API cannot be read. */
export type GuardOffline = 'pause' | 'run';

export type BudgetOptions = {
	/** --check and --guard: credits kept in reserve (--keep, default 0), and one job's cost when given (--per-job). */
	keep: number;
	perJob: number | undefined;
	/** --check: what is asked (--jobs or --credits), and whether the answer is JSON. */
	check: {ask: {jobs: number} | {credits: number}; json: boolean} | undefined;
	/** --guard: the command after `--`, how many jobs it runs at once, what it does while the API is unreachable. */
	guard: {command: string[]; inFlight: number; offline: GuardOffline} | undefined;
};

const example = 'srtgen-top --guard --keep 500 -- ./worker.sh';

/** The pre-flight's and the guard's settings; each of their flags goes with one of them only. */
export function budgetOptions(flags: Flags, mode: 'check' | 'guard' | 'other'): BudgetOptions {
	const stray = (names: Array<keyof Flags>, goesWith: string) => {
		const given = names.find(name => flags[name] !== undefined);
		if (given !== undefined) {
			throw new ConfigError(`--${given.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)} goes with ${goesWith}.`);
		}
	};

	if (mode !== 'guard' && flags.command !== undefined) {
		throw new ConfigError(`A command after -- goes with --guard: ${example}.`);
	}

	if (mode === 'other') {
		stray(['keep', 'perJob'], '--check or --guard');
		stray(['credits'], '--check');
		stray(['inFlight', 'guardOffline'], '--guard');
		return {keep: 0, perJob: undefined, check: undefined, guard: undefined};
	}

	stray(['mark'], 'the live view, --once and --json: --check and --guard measure from their own readings');
	const keep = parseCredits('--keep', flags.keep) ?? 0;
	const perJob = parsePerJob(flags.perJob);
	if (mode === 'check') {
		stray(['inFlight', 'guardOffline'], '--guard');
		return {keep, perJob, check: {ask: checkAsk(flags), json: Boolean(flags.json)}, guard: undefined};
	}

	stray(['jobs', 'credits'], '--check');
	if (flags.command === undefined || flags.command.length === 0) {
		throw new ConfigError(`--guard runs a command: give it after --, as in ${example}.`);
	}

	if (flags.guardOffline !== undefined && flags.guardOffline !== 'pause' && flags.guardOffline !== 'run') {
		throw new ConfigError(
			`--guard-offline: '${flags.guardOffline}' is not accepted; give pause (the default) or run.`,
		);
	}

	const inFlight = parseJobs(flags.inFlight, '--in-flight', 'how many jobs the command runs at once') ?? 1;
	return {
		keep,
		perJob,
		check: undefined,
		guard: {command: flags.command, inFlight, offline: flags.guardOffline ?? 'pause'},
	};
}

function checkAsk(flags: Flags): {jobs: number} | {credits: number} {
	if (flags.jobs !== undefined && flags.credits !== undefined) {
		throw new ConfigError('--check asks about --jobs or about --credits, not both.');
	}

	const credits = parseCredits('--credits', flags.credits);
	if (credits !== undefined) {
		if (flags.perJob !== undefined) {
			throw new ConfigError('--per-job goes with --jobs: --credits is already the need.');
		}

		return {credits};
	}

	const jobs = parseJobs(flags.jobs);
	if (jobs === undefined) {
		throw new ConfigError(
			'--check needs what to check: --jobs N (with --per-job CREDITS, or a history to learn it from) or --credits C.',
		);
	}

	return {jobs};
}

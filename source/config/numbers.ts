import {ConfigError} from './error.js';

export type Bounds = {default: number; min: number; max: number};

/** Seconds within bounds, in plain decimal: '0x10' and '1e3' are refused, not read. */
export function parseSeconds(flag: string, value: string | undefined, bounds: Bounds): number {
	if (value === undefined) {
		return bounds.default;
	}

	const seconds = Number(value);
	if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || seconds < bounds.min || seconds > bounds.max) {
		throw new ConfigError(
			`${flag}: '${value}' is not accepted; give seconds from ${bounds.min} to ${bounds.max} (default ${bounds.default}).`,
		);
	}

	return seconds;
}

/** Whole credits, with optional thousands separators (1,000 or 1_000): --warn, --keep, --credits. */
export function parseCredits(flag: string, value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const credits = Number(value.replaceAll(/[,_]/g, ''));
	if (!/^\s*\d{1,3}([,_]?\d{3})*\s*$/.test(value)) {
		throw new ConfigError(
			`${flag}: '${value}' is not accepted; give a whole number of credits, 0 or more (e.g. ${flag} 500).`,
		);
	}

	return credits;
}

export const parseWarn = (value: string | undefined) => parseCredits('--warn', value);

/** What one job costs (--per-job): credits, more than 0, a fraction allowed (an average). */
export function parsePerJob(value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const credits = Number(value);
	if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || credits <= 0 || !Number.isFinite(credits)) {
		throw new ConfigError(
			`--per-job: '${value}' is not accepted; give the credits one job costs, more than 0 (e.g. --per-job 12.5).`,
		);
	}

	return credits;
}

/** A number of jobs (--jobs, --in-flight): a whole number, 1 or more. */
export function parseJobs(
	value: string | undefined,
	flag = '--jobs',
	what = 'the number of jobs in the run',
): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
		throw new ConfigError(`${flag}: '${value}' is not accepted; give ${what}, 1 or more.`);
	}

	return Number(value);
}

/** A whole number within bounds (a count of days, say). */
export function parseWhole(flag: string, value: string | undefined, bounds: Bounds): number {
	if (value === undefined) {
		return bounds.default;
	}

	if (!/^\s*\d+\s*$/.test(value) || Number(value) < bounds.min || Number(value) > bounds.max) {
		throw new ConfigError(
			`${flag}: '${value}' is not accepted; give a whole number from ${bounds.min} to ${bounds.max} (default ${bounds.default}).`,
		);
	}

	return Number(value);
}

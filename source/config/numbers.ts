import {ConfigError} from './error.js';

export type Bounds = {default: number; min: number; max: number};

/** Seconds within bounds, in plain decimal: '0x10' and '1e3' are refused, not read. */
export function parseSeconds(flag: string, value: string | undefined, bounds: Bounds): number {
	if (value === undefined) {
		return bounds.default;
	}

	const seconds = Number(value);
	if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || seconds < bounds.min || seconds > bounds.max) {
		throw new ConfigError(`${flag}: '${value}' is not accepted; give seconds from ${bounds.min} to ${bounds.max} (default ${bounds.default}).`);
	}

	return seconds;
}

/** Whole credits, with optional thousands separators (1,000 or 1_000). */
export function parseWarn(value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const credits = Number(value.replaceAll(/[,_]/g, ''));
	if (!/^\s*\d{1,3}([,_]?\d{3})*\s*$/.test(value)) {
		throw new ConfigError(`--warn: '${value}' is not accepted; give a whole number of credits, 0 or more (e.g. --warn 500).`);
	}

	return credits;
}

/** The number of jobs in a bulk run: a whole number, 1 or more. */
export function parseJobs(value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) {
		throw new ConfigError(`--jobs: '${value}' is not accepted; give the number of jobs in the run, 1 or more.`);
	}

	return Number(value);
}

/** A whole number within bounds (a count of days, say). */
export function parseWhole(flag: string, value: string | undefined, bounds: Bounds): number {
	if (value === undefined) {
		return bounds.default;
	}

	if (!/^\s*\d+\s*$/.test(value) || Number(value) < bounds.min || Number(value) > bounds.max) {
		throw new ConfigError(`${flag}: '${value}' is not accepted; give a whole number from ${bounds.min} to ${bounds.max} (default ${bounds.default}).`);
	}

	return Number(value);
}

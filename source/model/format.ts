import prettyBytes from 'pretty-bytes';
import prettyMilliseconds from 'pretty-ms';

const integer = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});

/** Credits with thousands separators; `?` when the API did not say. */
export function formatCredits(credits: number | undefined): string {
	return credits === undefined ? '?' : integer.format(credits);
}

export function formatBytes(bytes: number | undefined, fallback?: string): string {
	if (bytes === undefined) {
		return fallback ?? '?';
	}

	return prettyBytes(bytes, {binary: true, maximumFractionDigits: 1});
}

/**
 * How precisely the age of the data is shown under a minute: `just now`, then `5s ago`, `10s ago`.
 * Each change is a frame to draw, and a frame a second was most of the live view's idle CPU.
 */
export const ageStepMs = 5000;

/** How long ago data was fetched: `just now`, `15s ago`, `3m ago`. */
export function updatedAgo(milliseconds: number): string {
	if (milliseconds < ageStepMs) {
		return 'just now';
	}

	return `${formatAge(milliseconds < 60_000 ? milliseconds - (milliseconds % ageStepMs) : milliseconds)} ago`;
}

/** A short age or wait, such as `12s`, `3m` or `2h`. */
export function formatAge(milliseconds: number): string {
	const whole = Math.floor(Math.max(0, milliseconds) / 1000) * 1000;
	return whole === 0 ? '0s' : prettyMilliseconds(whole, {compact: true});
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Time left until a plan resets: `resets in 3d 04h 12m`, `resets in 4h 07m`, `resets in 42m 07s`
 * under an hour, `reset due` once past. The short form leaves out "resets in".
 */
export function resetCountdown(resetsAt: Date | undefined, now: number, form: 'full' | 'short' = 'full'): string {
	if (resetsAt === undefined) {
		return form === 'full' ? 'reset time unknown' : 'reset ?';
	}

	const seconds = Math.floor((resetsAt.getTime() - now) / 1000);
	if (seconds <= 0) {
		return 'reset due';
	}

	const prefix = form === 'full' ? 'resets in ' : '';
	const days = Math.floor(seconds / 86_400);
	const hours = Math.floor((seconds % 86_400) / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	if (days > 0) {
		return `${prefix}${days}d ${pad(hours)}h ${pad(minutes)}m`;
	}

	if (hours > 0) {
		return `${prefix}${hours}h ${pad(minutes)}m`;
	}

	return `${prefix}${minutes}m ${pad(seconds % 60)}s`;
}

/** The share of a whole, 0 to 1, or undefined when either side is unknown or the whole is zero. */
export function fraction(part: number | undefined, whole: number | undefined): number | undefined {
	if (part === undefined || whole === undefined || whole <= 0) {
		return undefined;
	}

	return Math.min(1, Math.max(0, part / whole));
}

/** The length of the longest text (a reduce: a spread of a huge list would overflow the stack). */
export function longest(texts: string[]): number {
	return texts.reduce((length, text) => Math.max(length, text.length), 0);
}

export function formatPercent(share: number | undefined): string {
	return share === undefined ? '?%' : `${Math.round(share * 100)}%`;
}

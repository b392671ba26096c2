import prettyBytes from 'pretty-bytes';
import prettyMilliseconds from 'pretty-ms';

/**
 * Credits with thousands separators, as Intl.NumberFormat('en-US') without fractions writes them
 * (halves away from zero); `?` when the API did not say. By hand: the first Intl formatter a
 * process makes loads ICU's data, 7 MB and 50 ms, more than a status line answered from its cache
 * costs without it.
 */
export function formatCredits(credits: number | undefined): string {
	if (credits === undefined) {
		return '?';
	}

	if (!Number.isFinite(credits)) {
		return Number.isNaN(credits) ? 'NaN' : `${credits < 0 ? '-' : ''}∞`;
	}

	const whole = BigInt(Math.round(Math.abs(credits))).toString();
	return `${credits < 0 || Object.is(credits, -0) ? '-' : ''}${whole.replaceAll(/\B(?=(\d{3})+$)/g, ',')}`;
}

/**
 * `14:02`, or `14:02:11` with seconds, in local time: as Intl.DateTimeFormat('en-GB') writes it
 * with a 24-hour clock, by hand for the same reason as formatCredits (the tmux updater, which runs
 * for days, is 7 MB smaller without ICU's data).
 */
export function clockTime(at: number, seconds = false): string {
	const date = new Date(at);
	const parts = [date.getHours(), date.getMinutes(), ...(seconds ? [date.getSeconds()] : [])];
	return parts.map(part => String(part).padStart(2, '0')).join(':');
}

/**
 * A size: the API's own text when it gives one (`3.2 GB`, as --json and its dashboard show it),
 * else the bytes in binary units (`3.2 GiB`); `?` when neither is known.
 */
export function formatBytes(bytes: number | undefined, given?: string): string {
	if (given !== undefined && given.trim() !== '') {
		return given;
	}

	return bytes === undefined ? '?' : prettyBytes(bytes, {binary: true, maximumFractionDigits: 1});
}

/**
 * The age of the data is shown in whole minutes: `just now` under a minute. At the default 30 s
 * poll the data is never older than that while polls succeed, so the age never draws a frame of
 * its own; it only moves once polls fail (the stale line says why) or the interval is long.
 */
export const ageStepMs = 60_000;

/** How long ago data was fetched: `just now`, `3m ago`, `2h ago`. */
export function updatedAgo(milliseconds: number): string {
	return milliseconds < ageStepMs ? 'just now' : `${formatAge(milliseconds)} ago`;
}

/** An age in whole minutes at least, for the overview's stale column: `<1m`, `3m`, `2h`. */
export function roughAge(milliseconds: number): string {
	return milliseconds < ageStepMs ? '<1m' : formatAge(milliseconds);
}

/**
 * Countdowns tick in minutes, and in seconds only for their last minute: the moment someone
 * waits out (a reset to start a run on). Seconds for a whole hour were 60 frames a minute.
 */
export const secondsShownUnderMs = 60_000;

/** A short age or wait, such as `12s`, `3m` or `2h`. */
export function formatAge(milliseconds: number): string {
	const whole = Math.floor(Math.max(0, milliseconds) / 1000) * 1000;
	return whole === 0 ? '0s' : prettyMilliseconds(whole, {compact: true});
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Time left until a plan resets: `resets in 3d 04h` a day or more away, `resets in 4h 07m`, `resets in 42m`,
 * `resets in 42s` in the last minute, `reset due` once past. The short form leaves out "resets in".
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
		return `${prefix}${days}d ${pad(hours)}h`;
	}

	if (hours > 0) {
		return `${prefix}${hours}h ${pad(minutes)}m`;
	}

	return minutes > 0 ? `${prefix}${minutes}m` : `${prefix}${seconds}s`;
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

/** `~1,100–1,300 left at reset`; `~1,200 left at reset` when both ends read the same. */
export function leftoverText(range: {low: number; high: number}): string {
	const [low, high] = [formatCredits(range.low), formatCredits(range.high)];
	return `~${low === high ? low : `${low}–${high}`} left at reset`;
}

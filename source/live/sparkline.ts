import type {History} from '../model/history.js';

const ticks = '▁▂▃▄▅▆▇█';

const minute = 60_000;

/**
 * How much of the window the sparkline spans: all of it, or less while the history is younger
 * (whole minutes), so a monitor started a minute ago does not draw a line of blanks.
 */
export function sparklineSpan(history: History, now: number, windowMs: number): number {
	const first = history.samples.find(sample => sample.at >= now - windowMs);
	return first === undefined ? windowMs : Math.min(windowMs, Math.max(minute, Math.ceil((now - first.at) / minute) * minute));
}

/**
 * The total balance over the last `windowMs`, one character per equal slice of it: each slice
 * shows the balance last known at its end. Blank before the first reading. Scaled from the lowest
 * to the highest value shown, so a small drain still shows.
 */
export function sparkline(history: History, now: number, windowMs: number, width: number): string {
	const {samples} = history;
	const values: Array<number | undefined> = [];
	let index = 0;
	let current: number | undefined;
	for (let slice = 1; slice <= width; slice++) {
		const end = now - windowMs + (windowMs * slice / width);
		while (index < samples.length && samples[index]!.at <= end) {
			current = samples[index]!.total;
			index++;
		}

		values.push(current);
	}

	const known = values.filter((value): value is number => value !== undefined);
	const low = Math.min(...known);
	const range = Math.max(...known) - low;
	return values.map(value => {
		if (value === undefined) {
			return ' ';
		}

		return range === 0 ? ticks[3] : ticks[Math.round((value - low) / range * (ticks.length - 1))];
	}).join('');
}

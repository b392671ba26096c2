import stringWidth from 'string-width';
import {formatCredits} from '../present/format.js';
import type {History} from '../model/history.js';

export type ChartZoom = '15m' | '1h' | '24h' | '7d' | '30d';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export const chartZooms: readonly ChartZoom[] = ['15m', '1h', '24h', '7d', '30d'];
export const zoomWindowMs: Record<ChartZoom, number> = {
	'15m': 15 * minute,
	'1h': hour,
	'24h': day,
	'7d': 7 * day,
	'30d': 30 * day,
};

export type ChartRow = {label: string; plot: string};

/**
 * The balance's history as text: `rows` of a credits label and a braille plot, then a time axis
 * with `▲` under each top-up or plan reset (`rises` of them). Every line is `width` cells wide.
 */
export type BalanceChart = {rows: ChartRow[]; axis: string; rises: number; labelWidth: number};

const none: BalanceChart = {rows: [], axis: '', rises: 0, labelWidth: 0};
/** Braille dots from the bottom of a cell up, for its left and its right column. */
const dots = [[0x40, 0x04, 0x02, 0x01], [0x80, 0x20, 0x10, 0x08]] as const;
const rise = '▲';

/**
 * The balance over the zoom's span in `size` cells, the last row the time axis. Each half cell is
 * a slice of time showing the balance last known at its end (blank before the first reading),
 * filled from the bottom. Too small a size (under 12×3) gives no rows: the caller leaves it out.
 */
export function balanceChart(
	history: History,
	now: number,
	zoom: ChartZoom,
	size: {width: number; height: number},
): BalanceChart {
	if (size.width < 12 || size.height < 3) {
		return none;
	}

	const windowMs = zoomWindowMs[zoom];
	const plotRows = size.height - 1;
	const scale = yScale(valuesShown(history, now, windowMs));
	const labels = [scale.upper, plotRows >= 5 ? (scale.upper + scale.lower) / 2 : undefined, scale.lower].map(
		value => (value === undefined ? '' : creditsLabel(value)),
	);
	const labelWidth = Math.max(...labels.map(label => stringWidth(label)));
	const cells = size.width - labelWidth - 1;
	const {values, risesAt} = sliceValues(history, now, windowMs, 2 * cells);
	const heights = values.map(value =>
		value === undefined
			? 0
			: Math.max(1, Math.round(((value - scale.lower) / (scale.upper - scale.lower)) * plotRows * 4)),
	);
	const rows = Array.from({length: plotRows}, (_, row) => {
		const bottom = (plotRows - 1 - row) * 4;
		let plot = '';
		for (let cell = 0; cell < cells; cell++) {
			let bits = 0;
			for (const side of [0, 1] as const) {
				const filled = Math.min(4, Math.max(0, heights[2 * cell + side]! - bottom));
				for (let dot = 0; dot < filled; dot++) {
					bits |= dots[side][dot]!;
				}
			}

			plot += bits === 0 ? ' ' : String.fromCodePoint(0x28_00 + bits);
		}

		const label
			= row === 0
				? labels[0]!
				: row === plotRows - 1
					? labels[2]!
					: row === Math.floor((plotRows - 1) / 2)
						? labels[1]!
						: '';
		return {label: `${label.padStart(labelWidth)} `, plot};
	});
	const riseCells = [...new Set(risesAt.map(slice => Math.floor(slice / 2)))];
	return {
		rows,
		axis: ' '.repeat(labelWidth + 1) + timeAxis(cells, windowMs, middleMs[zoom], riseCells),
		rises: riseCells.length,
		labelWidth,
	};
}

/** Every balance the window shows: the readings inside it, and the one in force at its start. */
function valuesShown(history: History, now: number, windowMs: number): number[] {
	const start = now - windowMs;
	const inside = history.samples.filter(sample => sample.at > start && sample.at <= now).map(sample => sample.total);
	const before = history.samples.findLast(sample => sample.at <= start);
	return before === undefined ? inside : [before.total, ...inside];
}

/**
 * The balance last known at the end of each of `count` equal slices of the window, and the slices
 * in which it rose (a top-up, a plan reset). One pass over the readings.
 */
export function sliceValues(
	history: History,
	now: number,
	windowMs: number,
	count: number,
): {values: Array<number | undefined>; risesAt: number[]} {
	const {samples} = history;
	const start = now - windowMs;
	const values: Array<number | undefined> = [];
	const risesAt: number[] = [];
	let index = 0;
	let current: number | undefined;
	for (let slice = 0; slice < count; slice++) {
		const end = start + (windowMs * (slice + 1)) / count;
		while (index < samples.length && samples[index]!.at <= end) {
			const {at, total} = samples[index]!;
			if (current !== undefined && total > current && at > start) {
				risesAt.push(slice);
			}

			current = total;
			index++;
		}

		values.push(current);
	}

	return {values, risesAt};
}

/**
 * The credits axis: from a round number at or above the highest balance down to a round number
 * that shows at least a quarter of it. Stretching the lowest to the highest value made a 1 % drain
 * fill the height and read as a cliff; a span of a quarter keeps it a small step, yet a drain of a
 * few percent still shows. Below zero (an overdraft) the axis reaches down to a round number at
 * or below the lowest balance, and up to zero at least, so that the fall past zero shows.
 */
export function yScale(values: number[]): {lower: number; upper: number} {
	const lowestOfAll = Math.min(...values);
	if (lowestOfAll < 0) {
		const highestOfAll = Math.max(0, ...values);
		const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(highestOfAll, -lowestOfAll, 10))) - 1);
		return {lower: Math.floor(lowestOfAll / unit) * unit, upper: Math.ceil(highestOfAll / unit) * unit};
	}

	const highest = Math.max(0, ...values);
	const lowest = Math.max(0, Math.min(highest, ...values));
	const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(highest, 10))) - 1);
	const upper = Math.max(unit, Math.ceil(highest / unit) * unit);
	const lower = Math.floor(Math.max(0, Math.min(lowest, upper * 0.75)) / unit) * unit;
	return {lower, upper: upper === lower ? upper + unit : upper};
}

/** `3,840`, or `12.5k`, `1.2M` past five digits, so the label column stays narrow. */
function creditsLabel(credits: number): string {
	const size = Math.abs(credits);
	if (size < 100_000) {
		return formatCredits(credits);
	}

	const [divisor, suffix] = size < 1e6 ? [1e3, 'k'] : size < 1e9 ? [1e6, 'M'] : [1e9, 'G'];
	return `${credits < 0 ? '-' : ''}${Number((size / divisor).toFixed(size / divisor < 100 ? 1 : 0))}${suffix}`;
}

/** `-15m`, `-1h`, `-12h`, `-7d`: how long ago, in the largest unit it is a whole number of (minutes at least). */
function ago(milliseconds: number): string {
	const [unit, suffix]
		= milliseconds >= 2 * day && milliseconds % day === 0
			? [day, 'd']
			: milliseconds >= hour && milliseconds % hour === 0
				? [hour, 'h']
				: [minute, 'm'];
	return `-${Math.round(milliseconds / unit)}${suffix}`;
}

/** A round moment near each span's middle, for its label: `-8m` of 15 minutes and `-84h` of a week read oddly. */
const middleMs: Record<ChartZoom, number> = {
	'15m': 10 * minute,
	'1h': 30 * minute,
	'24h': 12 * hour,
	'7d': 3 * day,
	'30d': 15 * day,
};

/**
 * The time axis under the plot: `▲` under each rise, then the span's start, the middle label at its
 * moment and `now` where they fit.
 */
function timeAxis(cells: number, windowMs: number, middle: number, riseCells: number[]): string {
	const axis = Array.from({length: cells}, () => ' ');
	for (const cell of riseCells) {
		axis[cell] = rise;
	}

	const place = (text: string, at: number) => {
		// The labels are ASCII: one code unit, one cell.
		const from = Math.max(0, Math.min(cells - text.length, at));
		if (
			axis.slice(from, from + text.length + 1).every(character => character === ' ')
			&& from + text.length <= cells
		) {
			axis.splice(from, text.length, ...text.split(''));
		}
	};

	place(ago(windowMs), 0);
	place('now', cells - 3);
	const label = ago(middle);
	place(label, Math.round(cells * (1 - (middle / windowMs))) - Math.floor(label.length / 2));
	return axis.join('');
}

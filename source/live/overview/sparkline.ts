import type {History} from '../../model/history.js';
import {sliceValues, yScale} from '../chart.js';

const levels = '▁▂▃▄▅▆▇█';

/**
 * The balance over the last `windowMs` in `width` cells, one block a slice, its height the balance
 * last known at the slice's end (blank before the first reading). On the chart's own scale
 * (yScale), so a 1 % drain is a small step, as on the dashboard: a sparkline library (sparkly)
 * stretches lowest to highest, and a few credits would read as a cliff.
 */
export function sparkline(history: History, now: number, windowMs: number, width: number): string {
	if (width <= 0) {
		return '';
	}

	const {values} = sliceValues(history, now, windowMs, width);
	const known = values.filter(value => value !== undefined);
	if (known.length === 0) {
		return ' '.repeat(width);
	}

	const {lower, upper} = yScale(known);
	return values
		.map(value =>
			value === undefined
				? ' '
				: levels[
					Math.min(
						levels.length - 1,
						Math.max(0, Math.round(((value - lower) / (upper - lower)) * (levels.length - 1))),
					)
				]!,
		)
		.join('');
}

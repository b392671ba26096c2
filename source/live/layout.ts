export type Size = {columns: number; rows: number};
export type TextBlock = {width: number; height: number};

export type CounterSize = 'big' | 'small' | 'plain';

export type Layout =
	| {kind: 'too-small'}
	| {
		kind: 'dashboard';
		counter: CounterSize;
		/** Blank lines between the sections. */
		gaps: boolean;
		noticesShown: number;
		plansShown: number;
		/** Plans left out for lack of rows, summarised on one line. */
		plansHidden: number;
		breakdown: boolean;
		/** The burn rate and projection line. */
		burn: boolean;
		/** The sparkline and last drop line under it. */
		trend: boolean;
		/** Lines of the bulk run's panel shown. */
		runRows: number;
		storage: boolean;
		footer: boolean;
	};

/** Below this the dashboard gives way to one line with the balance. */
const minimumSize: Size = {columns: 30, rows: 6};
const gapRows = 3;

/**
 * Picks what fits in the terminal's rows. (The frames are painted row by row by the Screen, so a
 * frame as tall as the terminal does not meet Ink 6's clear-on-every-frame at full height, ink#450.)
 * Every line is cut to the width by the components, so only rows are counted here.
 */
export function chooseLayout(size: Size, content: {plans: number; notices: number; burn: boolean; runRows?: number; counter: Partial<Record<'big' | 'small', TextBlock>>}): Layout {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return {kind: 'too-small'};
	}

	let free = size.rows - 2; // The header and a plain counter always show.
	const take = (wanted: number) => {
		const taken = Math.max(0, Math.min(wanted, free));
		free -= taken;
		return taken;
	};

	const noticesShown = take(content.notices);
	const planRowsWanted = Math.max(1, content.plans);
	let planRows = take(1);
	const breakdown = take(1) === 1;
	const runRows = take(content.runRows ?? 0);
	const burn = content.burn && take(1) === 1;
	const storage = take(1) === 1;
	const footer = take(1) === 1;
	const trend = burn && take(1) === 1;
	planRows += take(planRowsWanted - planRows);

	const fits = (block: TextBlock | undefined) => block !== undefined && block.width <= size.columns && block.height - 1 <= free;
	let counter: CounterSize = 'plain';
	if (fits(content.counter.big)) {
		counter = 'big';
		take(content.counter.big!.height - 1);
	} else if (fits(content.counter.small)) {
		counter = 'small';
		take(content.counter.small!.height - 1);
	}

	const gaps = take(gapRows) === gapRows;
	const hidden = content.plans > planRows;
	const plansShown = hidden ? planRows - 1 : content.plans;
	return {kind: 'dashboard', counter, gaps, noticesShown, plansShown, plansHidden: content.plans - plansShown, breakdown, burn, trend, runRows, storage, footer};
}

export type PlanColumns = {name: number; status: number; bar: number; percent: number; amount: number; countdown: number};

const gap = 2;
/** "resets in 30d 23h 59m", and its short form "30d 23h 59m". */
export const countdownWidth = {full: 21, short: 11};

/**
 * Column widths of a plan row for the width available; 0 hides a column. The reset countdown goes
 * first (short if need be), then the bar, the status and the amounts. Fits within `columns`.
 */
export function planColumns(columns: number, longestName: number, longestAmount: number): PlanColumns {
	const percent = 4;
	const name = Math.min(Math.max(longestName, 4), 20, Math.max(4, columns - percent - gap));
	let free = columns - name - gap - percent;
	const fit = (width: number) => {
		if (free < width + gap) {
			return 0;
		}

		free -= width + gap;
		return width;
	};

	const widths = {name, percent, countdown: fit(countdownWidth.short), bar: fit(10), status: fit(8), amount: fit(longestAmount)};
	const longer = countdownWidth.full - countdownWidth.short;
	if (widths.countdown > 0 && free >= longer) {
		widths.countdown = countdownWidth.full;
		free -= longer;
	}

	if (widths.bar > 0) {
		widths.bar += Math.min(free, 40 - widths.bar);
	}

	return widths;
}

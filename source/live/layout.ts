export type Size = {columns: number; rows: number};
export type TextBlock = {width: number; height: number};

export type CounterSize = 'big' | 'small' | 'plain';

export type Layout =
	| {
		kind: 'too-small';
		/** Lines of the verdict under the balance, as many as it takes and there are rows for (up to 3); 0 for none. */
		verdictRows: number;
	}
	| {
		kind: 'dashboard';
		counter: CounterSize;
		/** Lines of the verdict: it wraps at words before it is cut (up to 3). */
		verdictRows: number;
		/** Blank lines between the sections. */
		gaps: boolean;
		noticesShown: number;
		plansShown: number;
		/** Plans left out for lack of rows, summarised on one line. */
		plansHidden: number;
		/** No plans at all, and a row to say so. */
		noPlansLine: boolean;
		footer: boolean;
		/** Lines of the bulk run's panel shown. */
		runRows: number;
		/** The breakdown (monthly, extra) and the burn rates, on one line. */
		details: boolean;
		storage: boolean;
		/** The demo's hint, over the footer. */
		hint: boolean;
		/** Rows of the history chart with its title and axis; 0 for none. */
		chartRows: number;
	};

/** Below this the dashboard gives way to the balance and the verdict on two lines. */
export const minimumSize: Size = {columns: 30, rows: 6};
/** A title, two rows of plot and the time axis: less is no chart. */
export const minimumChartRows = 4;
/** Past this the verdict is cut rather than wrapped again: it is one sentence, not a paragraph. */
export const tallestVerdict = 3;

export type Content = {
	plans: number;
	notices: number;
	/** Lines the verdict takes at this width, wrapped (verdictLines.ts's verdictHeight). */
	verdictRows: number;
	runRows: number;
	/** The demo's hint of what to try, while it has one. */
	hint: boolean;
	chart: boolean;
	counter: Partial<Record<'big' | 'small', TextBlock>>;
};

/**
 * What fits in the terminal's rows, by priority: this order is the one place that says what
 * goes first as the terminal shrinks. Always: the header, the counter (a plain line at least)
 * and the verdict's first line. Then stale or warning notices, the verdict's other lines, one
 * plan row, the footer's keys, the other plans, the bulk run, the breakdown and burn rates,
 * storage, the demo's hint, a small chart, a bigger counter, gaps, and last the chart takes
 * every row left. Every line is cut to the width by the components, so only rows are counted
 * here (plan columns drop by priority in planGrid.ts, the verdict's lines in verdictLines.ts).
 */
export function chooseLayout(size: Size, content: Content): Layout {
	const verdictWanted = Math.min(tallestVerdict, Math.max(1, content.verdictRows));
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return {kind: 'too-small', verdictRows: Math.max(0, Math.min(verdictWanted, size.rows - 1))};
	}

	let free = size.rows - 3;
	const take = (wanted: number) => {
		const taken = Math.max(0, Math.min(wanted, free));
		free -= taken;
		return taken;
	};

	const noticesShown = take(content.notices);
	const verdictRows = 1 + take(verdictWanted - 1);
	let planRows = take(1);
	const footer = take(1) === 1;
	planRows += take(Math.max(1, content.plans) - planRows);
	const runRows = take(content.runRows);
	const details = take(1) === 1;
	const storage = take(1) === 1;
	const hint = content.hint && take(1) === 1;
	let chartRows = content.chart && free >= minimumChartRows ? take(minimumChartRows) : 0;

	const fits = (block: TextBlock | undefined) =>
		block !== undefined && block.width <= size.columns && block.height - 1 <= free;
	let counter: CounterSize = 'plain';
	if (fits(content.counter.big)) {
		counter = 'big';
		take(content.counter.big!.height - 1);
	} else if (fits(content.counter.small)) {
		counter = 'small';
		take(content.counter.small!.height - 1);
	}

	// A blank line under the details, and one above each of the run and the chart when they show.
	const gapRows = 1 + Number(runRows > 0) + Number(chartRows > 0);
	const gaps = free >= gapRows && take(gapRows) === gapRows;
	if (chartRows > 0) {
		chartRows += take(free);
	}

	const hidden = content.plans > planRows;
	const plansShown = hidden ? planRows - 1 : content.plans;
	return {
		kind: 'dashboard',
		counter,
		verdictRows,
		hint,
		gaps,
		noticesShown,
		plansShown,
		plansHidden: content.plans - plansShown,
		noPlansLine: content.plans === 0 && planRows > 0,
		footer,
		runRows,
		details,
		storage,
		chartRows,
	};
}

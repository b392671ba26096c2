export type Size = {columns: number; rows: number};
export type TextBlock = {width: number; height: number};

export type CounterSize = 'big' | 'small' | 'plain';

export type Layout =
	| {
		kind: 'too-small';
		/** The verdict on a second line, when there is one. */
		verdict: boolean;
	}
	| {
		kind: 'dashboard';
		counter: CounterSize;
		/** Blank lines between the sections. */
		gaps: boolean;
		noticesShown: number;
		plansShown: number;
		/** Plans left out for lack of rows, summarised on one line. */
		plansHidden: number;
		footer: boolean;
		/** Lines of the bulk run's panel shown. */
		runRows: number;
		/** The breakdown (monthly, extra) and the burn rates, on one line. */
		details: boolean;
		storage: boolean;
		/** Rows of the history chart with its title and axis; 0 for none. */
		chartRows: number;
	};

/** Below this the dashboard gives way to the balance and the verdict on two lines. */
export const minimumSize: Size = {columns: 30, rows: 6};
/** A title, two rows of plot and the time axis: less is no chart. */
export const minimumChartRows = 4;
/** Past this a taller chart shows nothing more. */
const tallestChart = 24;

/**
 * What fits in the terminal's rows, by priority: this order is the one place that says what
 * goes first as the terminal shrinks. Always: the header, the counter (a plain line at least)
 * and the verdict. Then stale or warning notices, one plan row, the footer's keys, the other
 * plans, the bulk run, the breakdown and burn rates, storage, a small chart, a bigger counter,
 * gaps, and last a taller chart. Every line is cut to the width by the components, so only rows
 * are counted here (plan columns drop by priority in planGrid.ts).
 */
export function chooseLayout(size: Size, content: {plans: number; notices: number; runRows: number; chart: boolean; counter: Partial<Record<'big' | 'small', TextBlock>>}): Layout {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return {kind: 'too-small', verdict: size.rows >= 2};
	}

	let free = size.rows - 3;
	const take = (wanted: number) => {
		const taken = Math.max(0, Math.min(wanted, free));
		free -= taken;
		return taken;
	};

	const noticesShown = take(content.notices);
	let planRows = take(1);
	const footer = take(1) === 1;
	planRows += take(Math.max(1, content.plans) - planRows);
	const runRows = take(content.runRows);
	const details = take(1) === 1;
	const storage = take(1) === 1;
	let chartRows = content.chart && free >= minimumChartRows ? take(minimumChartRows) : 0;

	const fits = (block: TextBlock | undefined) => block !== undefined && block.width <= size.columns && block.height - 1 <= free;
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
	const gaps = take(gapRows) === gapRows;
	if (chartRows > 0) {
		chartRows += take(tallestChart - chartRows);
	}

	const hidden = content.plans > planRows;
	const plansShown = hidden ? planRows - 1 : content.plans;
	return {kind: 'dashboard', counter, gaps, noticesShown, plansShown, plansHidden: content.plans - plansShown, footer, runRows, details, storage, chartRows};
}

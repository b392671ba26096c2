import stringWidth from 'string-width';
import type {AccountSummary} from '../../present/accountSummary.js';
import type {Size} from '../layout.js';

/** An account's row: its name in the config file and its summary. */
export type OverviewRow = AccountSummary & {name: string};

export type Column = 'name' | 'balance' | 'verdict' | 'stale' | 'reset' | 'history';

/** Each column's width in cells; 0 leaves it out. */
export type ColumnWidths = Record<Column, number>;

export type OverviewLayout = {
	header: boolean;
	/** The columns' titles. */
	titles: boolean;
	/** The accounts shown, by their place in the config file, in that order. */
	shown: number[];
	/** Accounts left out for lack of rows, and whether a `+3 more` line says so. */
	hidden: number;
	more: boolean;
	noticesShown: number;
	footer: boolean;
	/** The chosen account's verdict in full, or why it is stale, on a line of its own. */
	detail: boolean;
	columns: ColumnWidths;
};

/** The cursor's cells, before each row: `› ` on the chosen one. */
export const cursorWidth = 2;
/** The cells between two columns. */
export const columnGap = 2;
/** What the history column shows: a spark an account, this many cells wide. */
export const historyWidth = 12;
const widestName = 24;

export const columnTitles: Record<Column, string> = {
	name: 'account',
	balance: 'balance',
	verdict: 'verdict',
	stale: 'status',
	reset: 'next reset',
	history: 'last 15m',
};

/**
 * The rows to show when only `count` fit: the chosen one always, then the most urgent (a rejected
 * key or no data, no credits coming, stale, a warning, measuring, fine), ties by their place; shown
 * in the config file's order, so that a row never moves under the cursor.
 */
export function rowsByPriority(
	rows: Array<Pick<AccountSummary, 'priority'>>,
	selected: number,
	count: number,
): number[] {
	const others = rows
		.map((row, index) => ({priority: row.priority, index}))
		.filter(({index}) => index !== selected)
		.toSorted((a, b) => a.priority - b.priority || a.index - b.index);
	const kept = [selected, ...others.slice(0, Math.max(0, count - 1)).map(({index}) => index)];
	return kept.slice(0, Math.max(1, count)).toSorted((a, b) => a - b);
}

/**
 * What fits, by priority, never taller or wider than the terminal. Rows: the chosen account's row
 * always, then the header, the footer's keys, the columns' titles, a notice, the other accounts
 * (by rowsByPriority, with a `+N more` line when some are left out), the other notices, and last
 * the chosen account's detail line. Columns: the history goes first as the terminal narrows, then
 * the reset; then the verdict shrinks (to its symbol at the narrowest), then the names.
 */
export function chooseOverviewLayout(
	size: Size,
	rows: OverviewRow[],
	selected: number,
	notices: number,
): OverviewLayout {
	let free = size.rows - 1;
	const take = (wanted: number) => {
		const taken = Math.max(0, Math.min(wanted, free));
		free -= taken;
		return taken;
	};

	const header = take(1) === 1;
	const footer = take(1) === 1;
	const titles = take(1) === 1;
	let noticesShown = take(Math.min(1, notices));
	const others = rows.length - 1;
	const more = others > free && free > 0;
	// With too few rows for every account, the last one free says how many are left out.
	const otherRows = others <= free ? take(others) : more ? take(free) - 1 : 0;
	const shown = rowsByPriority(rows, selected, otherRows + 1);
	noticesShown += take(notices - noticesShown);
	const detail = take(1) === 1;
	return {
		header,
		titles,
		shown,
		hidden: rows.length - shown.length,
		more,
		noticesShown,
		footer,
		detail,
		columns: fitColumns(size.columns - cursorWidth, rows),
	};
}

function fitColumns(columns: number, rows: OverviewRow[]): ColumnWidths {
	const widest = (column: Column, texts: string[]) =>
		texts.length === 0 ? 0 : Math.max(stringWidth(columnTitles[column]), ...texts.map(text => stringWidth(text)));
	const stale = rows.flatMap(row => (row.stale === undefined ? [] : [row.stale]));
	const resets = rows.flatMap(row => (row.reset === undefined ? [] : [row.reset]));
	const widths: ColumnWidths = {
		name: Math.min(widestName, widest('name', rows.map(row => row.name))),
		balance: widest('balance', rows.map(row => row.balance)),
		verdict: widest('verdict', rows.map(row => `${row.verdict.symbol} ${row.verdict.text}`)),
		stale: widest('stale', stale),
		reset: widest('reset', resets),
		history: rows.length === 0 ? 0 : historyWidth,
	};
	const total = () => {
		const present = Object.values(widths).filter(width => width > 0);
		return present.reduce((sum, width) => sum + width, 0) + (columnGap * (present.length - 1));
	};

	const over = () => Math.max(0, total() - columns);
	for (const column of ['history', 'reset'] as const) {
		if (over() > 0) {
			widths[column] = 0;
		}
	}

	const shrink = (column: Column, to: number) => {
		widths[column] = Math.max(Math.min(widths[column], to), widths[column] - over());
	};

	shrink('verdict', 16);
	shrink('name', 8);
	shrink('verdict', 1);
	shrink('stale', 5);
	shrink('name', 3);
	return widths;
}

/**
 * The columns that plan rows and the storage row share, so their bars line up: name, amount,
 * bar, share (`34% left`, `32% used`), reset countdown, status, what a plan will leave unused at its
 * reset. 0 hides a column.
 */
export type PlanGrid = {
	name: number;
	amount: number;
	bar: number;
	share: number;
	countdown: number;
	status: number;
	leftover: number;
};

export const gridGap = 2;
/** "resets in 365d 23h", and the short form's widest, "reset due". */
export const countdownWidth = {full: 18, short: 9};
/** "100% left", "100% used". */
const shareWidth = 9;
const statusWidth = 8;
const bar = {least: 6, most: 60};

/**
 * Column widths for the width available, by priority: the name, the amount, the reset countdown
 * (short if need be), the share, then the bar, the countdown's "resets in", and the status, which
 * is shown only when a plan is not `active` (a word that says nothing otherwise), and the leftover,
 * only when a plan has one worth saying (`longestLeftover` > 0). Fits within `columns`.
 */
export function planGrid(
	columns: number,
	longestName: number,
	longestAmount: number,
	showStatus: boolean,
	longestLeftover = 0,
): PlanGrid {
	const name = Math.min(Math.max(longestName, 7), 20, columns);
	let free = columns - name;
	const fit = (width: number) => {
		if (free < width + gridGap) {
			return 0;
		}

		free -= width + gridGap;
		return width;
	};

	const widths = {
		name,
		amount: fit(longestAmount),
		countdown: fit(countdownWidth.short),
		share: fit(shareWidth),
		bar: fit(bar.least),
		status: 0,
		leftover: 0,
	};
	const longer = countdownWidth.full - countdownWidth.short;
	if (widths.countdown > 0 && free >= longer) {
		widths.countdown = countdownWidth.full;
		free -= longer;
	}

	if (showStatus) {
		widths.status = fit(statusWidth);
	}

	if (longestLeftover > 0) {
		widths.leftover = fit(longestLeftover);
	}

	if (widths.bar > 0) {
		const grow = Math.min(free, bar.most - widths.bar);
		widths.bar += grow;
	}

	return widths;
}

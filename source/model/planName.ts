/**
 * The longest plan name a label or a line shows. A server may name a plan with 10,000 characters:
 * a hundred such plans made a 1.2 MB scrape and a 394 KB `{plans}`. Sixty is more than any real
 * plan's name ("Pro Plan", "Team Add-on, yearly") and still reads in a status bar.
 */
export const planNameLength = 60;

// Made on first use: building a Segmenter loads ICU's break rules, some 20 ms of a status line's start-up.
let segmenter: Intl.Segmenter | undefined;

/**
 * The name cut to `planNameLength` characters (whole graphemes) with an ellipsis, as the exporter's
 * labels and the status line show it.
 */
export function shortPlanName(name: string): string {
	// UTF-16 units never undercount graphemes: a name this short is shown whole without counting.
	if (name.length <= planNameLength) {
		return name;
	}

	let cut = '';
	let count = 0;
	segmenter ??= new Intl.Segmenter();
	for (const {segment} of segmenter.segment(name)) {
		if (++count > planNameLength - 1) {
			return `${cut}…`;
		}

		cut += segment;
	}

	return name;
}

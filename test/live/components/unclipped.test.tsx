import {Box, renderToString} from 'ink';
import {expect, test} from 'vitest';
import {Dashboard, type DashboardProps} from '../../../source/live/components/Dashboard.js';
import {accounts} from '../../helpers/dashboardProps.js';
import {manyPlans} from '../../helpers/snapshots.js';

// One frame, as a terminal of the size would get it (renderToString: no instance to set up and unmount).
const frame = (element: React.JSX.Element, columns: number): string => renderToString(element, {columns});

const columns = [30, 34, 40, 52, 71, 100, 133, 200];
const rows = [6, 8, 12, 20, 30, 41];
const kinds: Record<string, DashboardProps> = {
	...accounts,
	help: {...accounts['healthy']!, showHelp: true},
	manyPlans: {...accounts['stale']!, snapshot: manyPlans(6), prompt: 'jobs in the run: 150█'},
};

// The Dashboard is not clipped to the terminal (clipping cost a third of each frame): the same
// frame inside a box that clips to the size must be the very same text. Every width with every
// kind and every height, and every kind with every height (a pairwise cover: kind j at width i
// gets heights i + j and i + j + 3): 112 sizes of the 336, each width and height class in each.
test.each(columns.map((width, index) => [width, index] as const))('at %i columns, every kind of screen is the same as clipped at its heights', (width, index) => {
	for (const [kind, [name, props]] of Object.entries(kinds).entries()) {
		for (const height of [rows[(index + kind) % rows.length]!, rows[(index + kind + 3) % rows.length]!]) {
			const size = {columns: width, rows: height};
			const unclipped = frame(<Dashboard {...props} size={size}/>, width);
			const clipped = frame(
				<Box width={width} height={height} overflow="hidden">
					<Dashboard {...props} size={size}/>
				</Box>,
				width,
			);
			expect(unclipped, `${name} at ${width}×${height}`).toBe(clipped);
		}
	}
});

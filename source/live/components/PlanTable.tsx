import {Text} from 'ink';
import type {Snapshot} from '../../api/snapshot.js';
import type {PlanGrid} from '../planGrid.js';
import {PlanRow} from './PlanRow.js';
import {StorageRow} from './StorageRow.js';

type Props = {
	snapshot: Snapshot;
	grid: PlanGrid;
	now: number;
	/** What a plan will leave unused at its reset, by its index, where that is worth a word. */
	leftovers: Map<number, string>;
	/** The layout's counts: rows shown, plans left out (summed up on one line), storage's row. */
	shown: number;
	hidden: number;
	noPlansLine: boolean;
	storage: boolean;
};

/** The plans, each on the one grid, then storage on it: as many rows as the layout gave them. */
export function PlanTable({snapshot, grid, now, leftovers, shown, hidden, noPlansLine, storage}: Props) {
	return (
		<>
			{noPlansLine && <Text dimColor>No subscription plans</Text>}
			{snapshot.plans.slice(0, shown).map((plan, index) => (
				<PlanRow
					key={plan.id ?? `${plan.name ?? ''}#${index}`}
					plan={plan}
					grid={grid}
					now={now}
					leftover={leftovers.get(index)}
				/>
			))}
			{hidden > 0 && (
				<Text dimColor wrap="truncate-end">
					{shown > 0 ? '+' : ''}
					{hidden} {shown > 0 ? 'more ' : ''}
					{hidden === 1 ? 'plan' : 'plans'} (enlarge the terminal)
				</Text>
			)}
			{storage && <StorageRow storage={snapshot.storage} grid={grid}/>}
		</>
	);
}

import {Box, Text} from 'ink';
import type {Plan} from '../../api/snapshot.js';
import {formatCredits, fraction, resetCountdown} from '../../present/format.js';
import {remainingLevel} from '../../model/thresholds.js';
import {countdownWidth, type PlanGrid} from '../planGrid.js';
import {usePalette} from '../theme.js';
import {GridRow} from './GridRow.js';

/** `leftover`: what the plan will leave unused at its reset, when that is worth saying. */
type Props = {plan: Plan; grid: PlanGrid; now: number; leftover?: string};

export function planAmount(plan: Plan): string {
	return plan.total === undefined
		? formatCredits(plan.balance)
		: `${formatCredits(plan.balance)} / ${formatCredits(plan.total)}`;
}

/** Name, the credits left of the total, a bar of them, the reset countdown, and the status when it is not `active`. */
export function PlanRow({plan, grid, now, leftover}: Props) {
	const palette = usePalette();
	const share = fraction(plan.balance, plan.total);
	const status = plan.status ?? 'unknown';
	const countdown = resetCountdown(plan.resetsAt, now, grid.countdown >= countdownWidth.full ? 'full' : 'short');
	return (
		<GridRow
			grid={grid}
			name={plan.name ?? 'unnamed plan'}
			amount={planAmount(plan)}
			share={share}
			word="left"
			level={remainingLevel(share)}
		>
			{grid.countdown > 0 && (
				<Box width={grid.countdown} flexShrink={0}>
					<Text
						wrap="truncate-end"
						dimColor={countdown !== 'reset due'}
						color={countdown === 'reset due' ? palette.warning : undefined}
					>
						{countdown}
					</Text>
				</Box>
			)}
			{grid.status > 0 && status !== 'active' && (
				<Box width={grid.status} flexShrink={0}>
					<Text wrap="truncate-end" bold color={status === 'past_due' ? palette.error : palette.warning}>
						{status}
					</Text>
				</Box>
			)}
			{grid.leftover > 0 && leftover !== undefined && (
				<Box width={grid.leftover} flexShrink={0}>
					<Text wrap="truncate-end" color={palette.warning}>
						{leftover}
					</Text>
				</Box>
			)}
		</GridRow>
	);
}

import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {formatPercent} from '../../present/format.js';
import type {Level} from '../../model/thresholds.js';
import {gridGap, type PlanGrid} from '../planGrid.js';
import {levelColor, usePalette} from '../theme.js';
import {ProgressBar} from './ProgressBar.js';

type Props = {
	grid: PlanGrid;
	name: string;
	amount: string;
	share: number | undefined;
	word: 'left' | 'used';
	level: Level;
	children?: ReactNode;
	/**
	 * Words in place of the share (`over the limit`), given the countdown's column too: only a row
	 * without a countdown has them.
	 */
	shareText?: string;
};

/** One row of the plans' grid: the same columns for every plan and for storage, so the bars line up. */
export function GridRow({grid, name, amount, share, word, level, children, shareText}: Props) {
	const palette = usePalette();
	const shareWidth
		= shareText === undefined || grid.countdown === 0 ? grid.share : grid.share + gridGap + grid.countdown;
	return (
		<Box gap={gridGap} flexShrink={0}>
			<Box width={grid.name} flexShrink={0}>
				<Text wrap="truncate-end">{name}</Text>
			</Box>
			{grid.amount > 0 && (
				<Box width={grid.amount} flexShrink={0}>
					<Text wrap="truncate-end">{amount}</Text>
				</Box>
			)}
			{grid.bar > 0 && <ProgressBar share={share} width={grid.bar} level={level}/>}
			{grid.share > 0 && (
				<Box width={shareWidth} flexShrink={0}>
					<Text wrap="truncate-end" color={levelColor(palette, level)}>
						{shareText ?? `${formatPercent(share).padStart(4)} ${word}`}
					</Text>
				</Box>
			)}
			{children}
		</Box>
	);
}

import {Text} from 'ink';
import type {Level} from '../../model/thresholds.js';
import {levelColor, usePalette} from '../theme.js';

type Props = {
	/** 0 to 1; undefined draws an empty, dim track. */
	share: number | undefined;
	width: number;
	level: Level;
};

export function ProgressBar({share, width, level}: Props) {
	const palette = usePalette();
	if (width <= 0) {
		return null;
	}

	const filled = share === undefined ? 0 : Math.round(share * width);
	return (
		<Text>
			<Text color={levelColor(palette, level)}>{'█'.repeat(filled)}</Text>
			<Text dimColor>{'░'.repeat(width - filled)}</Text>
		</Text>
	);
}

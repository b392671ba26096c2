import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Snapshot} from '../../api/snapshot.js';
import {formatBytes, formatPercent, fraction} from '../../model/format.js';
import {usedLevel} from '../../model/thresholds.js';
import {levelColor} from '../theme.js';
import {ProgressBar} from './ProgressBar.js';

type Props = {storage: Snapshot['storage']; width: number};

const label = 'Storage';

/** Used of limit, as a bar that changes colour as it fills, with the sizes in binary units. */
export const StorageMeter = memo(function StorageMeter({storage, width}: Props) {
	const share = fraction(storage.used, storage.limit);
	const sizes = `${formatBytes(storage.used, storage.usedText)} of ${formatBytes(storage.limit, storage.limitText)}`;
	const barWidth = Math.min(30, width - label.length - sizes.length - 4 - (3 * 2));
	const level = usedLevel(share);
	return (
		<Box gap={2}>
			<Text dimColor>{label}</Text>
			{barWidth >= 5 && <ProgressBar share={share} width={barWidth} level={level}/>}
			<Text color={levelColor[level]}>{formatPercent(share)}</Text>
			<Box flexShrink={1}><Text wrap="truncate-end">{sizes}</Text></Box>
		</Box>
	);
});

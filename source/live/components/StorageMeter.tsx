import {Text} from 'ink';
import {memo} from 'react';
import type {Snapshot} from '../../api/snapshot.js';
import {formatBytes, formatPercent, fraction} from '../../model/format.js';
import {usedLevel} from '../../model/thresholds.js';
import {levelColor} from '../theme.js';
import {ProgressBar} from './ProgressBar.js';

type Props = {storage: Snapshot['storage']; width: number};

/** Used of limit, as a bar that changes colour as it fills, with the sizes in binary units. One line, cut to the width. */
export const StorageMeter = memo(function StorageMeter({storage, width}: Props) {
	const share = fraction(storage.used, storage.limit);
	const sizes = `${formatBytes(storage.used, storage.usedText)} of ${formatBytes(storage.limit, storage.limitText)}`;
	const level = usedLevel(share);
	const barWidth = Math.min(30, width - 'Storage'.length - formatPercent(share).length - sizes.length - (3 * 2));
	return (
		<Text wrap="truncate-end">
			<Text dimColor>Storage</Text>
			{'  '}
			{barWidth >= 5 && <><ProgressBar share={share} width={barWidth} level={level}/>{'  '}</>}
			<Text color={levelColor[level]}>{formatPercent(share)}</Text>
			{'  '}
			{sizes}
		</Text>
	);
});

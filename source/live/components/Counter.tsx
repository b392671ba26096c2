import {Text} from 'ink';
import BigText from 'ink-big-text';
import {memo} from 'react';
import {formatCredits} from '../../model/format.js';
import type {CounterSize} from '../layout.js';
import {bigFonts, bigTextOptions} from '../bigCounter.js';
import {errorColor} from '../theme.js';

type Props = {total: number | undefined; size: CounterSize; low: boolean};

/** The total balance, as large as the terminal allows. Drawn again only when one of its props changes: cfonts is costly. */
export const Counter = memo(function Counter({total, size, low}: Props) {
	const text = formatCredits(total);
	if (size === 'plain') {
		return (
			<Text wrap="truncate-end" bold color={low ? errorColor : undefined}>
				{text} credits{low ? ' — low' : ''}
			</Text>
		);
	}

	return <BigText {...bigTextOptions} text={text} font={bigFonts[size]} colors={[low ? errorColor : 'system']}/>;
});

import {Text} from 'ink';
import BigText from 'ink-big-text';
import {memo} from 'react';
import {formatCredits} from '../../present/format.js';
import type {CounterSize} from '../layout.js';
import {bigCounterText, bigFonts, bigTextOptions} from '../bigCounter.js';

type Props = {total: number | undefined; size: CounterSize; color: string | undefined};

/**
 * The total balance, as large as the terminal allows, in the verdict's colour. Drawn again only
 * when one of its props changes: cfonts is costly.
 */
export const Counter = memo(function Counter({total, size, color}: Props) {
	if (size === 'plain') {
		return (
			<Text wrap="truncate-end" bold color={color}>
				{formatCredits(total)} credits
			</Text>
		);
	}

	return (
		<BigText
			{...bigTextOptions}
			text={bigCounterText(total)}
			font={bigFonts[size]}
			colors={[color ?? 'system']}
		/>
	);
});

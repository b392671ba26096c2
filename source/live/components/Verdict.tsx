import {Text} from 'ink';
import type {Verdict as VerdictAnswer} from '../../present/verdictText.js';
import {toneColor, usePalette} from '../theme.js';
import {verdictLines} from '../verdictLines.js';

type Props = {verdict: VerdictAnswer; low: boolean; columns: number; rows: number};

/**
 * The screen's most important sentence: will the credits last? Its tone in colour and in a
 * symbol, wrapped at words onto as many of `rows` as it needs, cut with `…` only past them.
 */
export function Verdict({verdict, low, columns, rows}: Props) {
	const palette = usePalette();
	const {tone} = verdict;
	// Below --warn is said in its own words and colour: "✗ measuring…" would be a verdict that is not one.
	return (
		<>
			{verdictLines(verdict, low, columns, rows).map((pieces, line) => (
				// The lines are the sentence's, in order: their place is their identity.
				<Text key={line} wrap="truncate-end">
					{pieces.map(piece =>
						piece.part === 'low' ? (
							<Text key="low" bold color={palette.error}>
								{piece.text}
							</Text>
						) : (
							<Text
								key="sentence"
								bold={tone !== 'measuring'}
								dimColor={tone === 'measuring'}
								color={toneColor(palette, tone)}
							>
								{piece.text}
							</Text>
						),
					)}
				</Text>
			))}
		</>
	);
}

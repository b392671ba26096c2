import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {updatedAgo} from '../../present/format.js';
import {usePalette} from '../theme.js';

type Props = {
	/** The account's name in the config file, when opened from the overview. */
	label?: string;
	account: string | undefined;
	apiHost: string;
	demo: boolean;
	inFlight: boolean;
	fetchedAt: number | undefined;
	now: number;
	frozen: boolean;
};

/**
 * Who and where on the left; the request state on the right, never wrapped. Frozen, nothing is
 * requested: the badge takes its place, and still fits the narrowest layout (30 columns).
 */
export function Header({label, account, apiHost, demo, inFlight, fetchedAt, now, frozen}: Props) {
	const palette = usePalette();
	return (
		<Box justifyContent="space-between" flexShrink={0}>
			<Box flexShrink={1}>
				<Text wrap="truncate-end">
					{demo ? (
						<Text inverse bold>
							{' '}
							DEMO{' '}
						</Text>
					) : null}
					{demo ? ' ' : ''}
					{label === undefined ? null : <Text bold>{label} › </Text>}
					<Text bold color={palette.accent}>
						{account ?? 'SRTGen'}
					</Text>
					<Text dimColor> · {apiHost}</Text>
				</Text>
			</Box>
			<Box flexShrink={0} marginLeft={1}>
				{frozen ? (
					<Text inverse color={palette.warning}>
						{' '}
						FROZEN · f resumes{' '}
					</Text>
				) : inFlight ? (
					<Text color={palette.accent}>
						<Spinner type="dots"/> updating
					</Text>
				) : (
					<Text dimColor>
						{fetchedAt === undefined ? 'waiting' : `updated ${updatedAgo(now - fetchedAt)}`}
					</Text>
				)}
			</Box>
		</Box>
	);
}

import {Box, Text} from 'ink';
import type {Plan} from '../../api/snapshot.js';
import {formatCredits, formatPercent, fraction, resetCountdown} from '../../model/format.js';
import {countdownWidth, type PlanColumns} from '../layout.js';
import {remainingLevel} from '../../model/thresholds.js';
import {errorColor, levelColor, warningColor} from '../theme.js';
import {ProgressBar} from './ProgressBar.js';

type Props = {plan: Plan; columns: PlanColumns; now: number; low: boolean};

export function planAmount(plan: Plan): string {
	return plan.total === undefined ? formatCredits(plan.balance) : `${formatCredits(plan.balance)} / ${formatCredits(plan.total)}`;
}

/** Name, status, a bar of balance/total, the percentage, the amounts and the reset countdown. */
export function PlanRow({plan, columns, now, low}: Props) {
	const share = fraction(plan.balance, plan.total);
	const level = low ? 'critical' : remainingLevel(share);
	const status = plan.status ?? 'unknown';
	const statusColor = status === 'active' ? undefined : status === 'past_due' ? errorColor : warningColor;
	const countdown = resetCountdown(plan.resetsAt, now, columns.countdown >= countdownWidth.full ? 'full' : 'short');
	return (
		<Box gap={2} flexShrink={0}>
			<Box width={columns.name} flexShrink={0}><Text wrap="truncate-end">{plan.name ?? 'unnamed plan'}</Text></Box>
			{columns.status > 0 && <Box width={columns.status} flexShrink={0}><Text wrap="truncate-end" color={statusColor} bold={statusColor !== undefined}>{status}</Text></Box>}
			{columns.bar > 0 && <ProgressBar share={share} width={columns.bar} level={level}/>}
			<Box width={columns.percent} flexShrink={0} justifyContent="flex-end"><Text color={levelColor[level]}>{formatPercent(share)}</Text></Box>
			{columns.amount > 0 && <Box width={columns.amount} flexShrink={0}><Text wrap="truncate-end">{planAmount(plan)}</Text></Box>}
			{columns.countdown > 0 && <Box width={columns.countdown} flexShrink={0}><Text wrap="truncate-end" dimColor={countdown !== 'reset due'} color={countdown === 'reset due' ? warningColor : undefined}>{countdown}</Text></Box>}
		</Box>
	);
}

import {formatCredits, formatPercent, fraction} from '../present/format.js';
import type {ReportCycle, ReportDay, UsageReport} from '../present/usageReport.js';

const barWidth = 30;

/** `--report`: the days with a bar drawn to scale, the plan cycles, and the plan verdicts. */
export function reportText(report: UsageReport, verdicts: string[]): string {
	const most = Math.max(0, ...report.days.map(each => each.spent ?? 0));
	const known = report.days.filter(each => each.spent !== null);
	const lines = [
		`Credits by day (last ${report.days.length}; ${known.length} with readings)`,
		...report.days.map(each => dayLine(each, most)),
		'',
		'Plan cycles',
		...(report.cycles.length === 0 ? ['  none seen yet'] : cycleTable(report.cycles)),
	];
	return [...lines, ...(verdicts.length === 0 ? [] : ['', ...verdicts])].join('\n');
}

function dayLine(day: ReportDay, most: number): string {
	if (day.spent === null) {
		return `  ${day.date}  ${'unknown'.padStart(9)}`;
	}

	const eighths = most === 0 ? 0 : Math.round(day.spent / most * barWidth * 8);
	const bar = '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 === 0 ? '' : ' ▏▎▍▌▋▊▉'[eighths % 8]!);
	const topUp = day.toppedUp === null || day.toppedUp === 0 ? '' : `  +${formatCredits(day.toppedUp)} topped up`;
	return `  ${day.date}  ${formatCredits(day.spent).padStart(9)}  ${bar.padEnd(barWidth)}${topUp}`.trimEnd();
}

function cycleTable(cycles: ReportCycle[]): string[] {
	const rows = cycles.map(cycle => [
		cycle.plan,
		`${cycle.start.slice(0, 10)} → ${cycle.end?.slice(0, 10) ?? 'now'}`,
		formatCredits(cycle.allotted ?? undefined),
		formatCredits(cycle.spent),
		cycle.leftAtReset === null ? '–' : formatCredits(cycle.leftAtReset),
		cycle.leftAtReset === null || cycle.allotted === null
			? '–'
			: formatPercent(fraction(cycle.allotted - cycle.leftAtReset, cycle.allotted)),
	]);
	const header = ['plan', 'dates', 'allotted', 'spent', 'left at reset', 'used'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]!.length)));
	const line = (row: string[]) =>
		`  ${row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`;
	return [line(header), ...rows.map(line)];
}

/** `--report --csv`: the days; an unknown day has empty fields. */
export function reportCsv(report: UsageReport): string {
	return [
		'date,spent,toppedUp',
		...report.days.map(
			each =>
				`${each.date},${each.spent === null ? '' : Math.round(each.spent)},${each.toppedUp === null ? '' : Math.round(each.toppedUp)}`,
		),
	].join('\n');
}

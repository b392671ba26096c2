import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}));

export const median = values =>
	values.length === 0 ? Number.NaN : values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** CPU seconds used so far, RSS and peak RSS in MB, from /proc. */
export function usage(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const mb = key => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)[1]) / 1024;
	return {
		cpuSeconds: (Number(fields[11]) + Number(fields[12])) / clockTicks,
		rssMb: mb('VmRSS'),
		peakMb: mb('VmHWM'),
	};
}

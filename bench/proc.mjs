import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}));

export const median = values =>
	values.length === 0 ? Number.NaN : values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A fresh home for one measured srtgen-top: its directory, and the environment it runs in (the
 * sample server's key and URL, a state directory of its own).
 */
export function benchHome(name, url) {
	const dir = mkdtempSync(path.join(tmpdir(), `srtgen-top-bench-${name}-`));
	const env = {
		PATH: process.env.PATH,
		HOME: dir,
		SRTGEN_API_KEY: 'bench-key',
		SRTGEN_BASE_URL: url,
		SRTGEN_TOP_STATE_DIR: path.join(dir, 'state'),
	};
	return {dir, env};
}

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

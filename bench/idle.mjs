import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}));

/** CPU seconds used so far and peak RSS in MB, from /proc. */
function usage(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / clockTicks;
	const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1];
	return {cpuSeconds, peakMb: Number(peak) / 1024};
}

/**
 * The live view in a real pseudo-terminal (tmux, 100×30) polling every 2 s, beside an idle Node
 * process with a 1 s timer in another pane, both measured over the same `seconds`. Every byte the
 * live view writes to its terminal is counted through tmux's pipe-pane.
 */
export async function measureIdle({binary, url, seconds = 60}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-bench-'));
	const socket = `srtgen-top-bench-${process.pid}`;
	const bytesFile = path.join(dir, 'terminal-bytes');
	writeFileSync(bytesFile, '');
	const env = {PATH: process.env.PATH, HOME: dir, TERM: 'xterm-256color', CI: 'false', SRTGEN_API_KEY: 'bench-key', SRTGEN_BASE_URL: url, SRTGEN_TOP_STATE_DIR: path.join(dir, 'state')};
	const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8', env}).trim();
	try {
		tmux('new-session', '-d', '-s', 'live', '-x', '100', '-y', '30', `exec node ${binary} --interval 2`);
		tmux('new-session', '-d', '-s', 'idle', '-x', '100', '-y', '30', 'exec node -e "setInterval(() => {}, 1000)"');
		tmux('pipe-pane', '-t', 'live', '-o', `cat >> ${bytesFile}`);
		const live = Number(tmux('display-message', '-p', '-t', 'live', '#{pane_pid}'));
		const idle = Number(tmux('display-message', '-p', '-t', 'idle', '#{pane_pid}'));
		await sleep(5000);
		const start = {live: usage(live), idle: usage(idle), bytes: statSync(bytesFile).size};
		await sleep(seconds * 1000);
		const end = {live: usage(live), idle: usage(idle), bytes: statSync(bytesFile).size};
		const share = (which) => (end[which].cpuSeconds - start[which].cpuSeconds) / seconds * 100;
		return {
			live: {cpuPercent: share('live'), peakMb: end.live.peakMb},
			idle: {cpuPercent: share('idle'), peakMb: end.idle.peakMb},
			bytesPerMinute: (end.bytes - start.bytes) / seconds * 60,
		};
	} finally {
		try {
			tmux('kill-server');
		} catch {}
	}
}

import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}));

/** CPU seconds used so far and peak RSS in MB, from /proc. */
function usage(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / clockTicks;
	const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1];
	return {cpuSeconds, peakMb: Number(peak) / 1024};
}

/**
 * The live view in a real pseudo-terminal (tmux, 100×30) polling every 2 s, and another at the
 * default 30 s, beside an idle Node process with a 1 s timer and one that has only loaded Ink, all
 * measured over the same `seconds`. Every byte the live views write to their terminals is counted
 * through tmux's pipe-pane.
 */
export async function measureIdle({binary, url, seconds = 60}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-bench-'));
	const socket = `srtgen-top-bench-${process.pid}`;
	const bytesFile = path.join(dir, 'terminal-bytes');
	const bytesFile30 = path.join(dir, 'terminal-bytes-30');
	writeFileSync(bytesFile, '');
	writeFileSync(bytesFile30, '');
	const env = {PATH: process.env.PATH, HOME: dir, TERM: 'xterm-256color', CI: 'false', SRTGEN_API_KEY: 'bench-key', SRTGEN_BASE_URL: url, SRTGEN_TOP_STATE_DIR: path.join(dir, 'state')};
	const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8', env}).trim();
	try {
		tmux('new-session', '-d', '-s', 'live', '-x', '100', '-y', '30', `exec node ${binary} --interval 2`);
		tmux('new-session', '-d', '-s', 'idle', '-x', '100', '-y', '30', 'exec node -e "setInterval(() => {}, 1000)"');
		// The floor for any Ink app: Node with Ink (and so React and Yoga) loaded, and nothing drawn.
		tmux('new-session', '-d', '-s', 'ink', '-c', fileURLToPath(new URL('..', import.meta.url)), '-x', '100', '-y', '30', `exec node --input-type=module -e "await import('ink'); setInterval(() => {}, 1000)"`);
		tmux('new-session', '-d', '-s', 'live30', '-x', '100', '-y', '30', `exec node ${binary}`);
		tmux('pipe-pane', '-t', 'live', '-o', `cat >> ${bytesFile}`);
		tmux('pipe-pane', '-t', 'live30', '-o', `cat >> ${bytesFile30}`);
		const live = Number(tmux('display-message', '-p', '-t', 'live', '#{pane_pid}'));
		const live30 = Number(tmux('display-message', '-p', '-t', 'live30', '#{pane_pid}'));
		const idle = Number(tmux('display-message', '-p', '-t', 'idle', '#{pane_pid}'));
		const ink = Number(tmux('display-message', '-p', '-t', 'ink', '#{pane_pid}'));
		await sleep(5000);
		const measure = () => ({live: usage(live), live30: usage(live30), idle: usage(idle), bytes: statSync(bytesFile).size, bytes30: statSync(bytesFile30).size});
		const start = measure();
		await sleep(seconds * 1000);
		const end = measure();
		const share = which => (end[which].cpuSeconds - start[which].cpuSeconds) / seconds * 100;
		return {
			live: {cpuPercent: share('live'), peakMb: end.live.peakMb},
			idle: {cpuPercent: share('idle'), peakMb: end.idle.peakMb},
			inkOnly: {peakMb: usage(ink).peakMb},
			live30: {cpuPercent: share('live30'), peakMb: end.live30.peakMb},
			bytesPerMinute: (end.bytes - start.bytes) / seconds * 60,
			bytesPerMinute30: (end.bytes30 - start.bytes30) / seconds * 60,
		};
	} finally {
		try {
			tmux('kill-server');
		} catch {}
	}
}

import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {median, usage} from './proc.mjs';

/**
 * Each of `sessions` ({name, command, env}) runs in a real pseudo-terminal (tmux, 100×30), all at
 * once, measured over the same `seconds` after a warm-up: CPU, RSS each second (median) and peak,
 * bytes written to the terminal, and the frames the live view logged (SRTGEN_TOP_FRAME_LOG): how
 * many a minute and Ink's median time for one, frames being seconds apart as in real use.
 */
export async function measureIdle({sessions, seconds = 120, warmUp = 60}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-bench-'));
	const socket = `srtgen-top-bench-${process.pid}`;
	const tmux = (...args) =>
		execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'}).trim();
	try {
		const running = sessions.map(({name, command, env = {}}) => {
			const frames = path.join(dir, `${name}.frames`);
			const bytes = path.join(dir, `${name}.bytes`);
			writeFileSync(bytes, '');
			const assignments = Object.entries({
				TERM: 'xterm-256color',
				CI: 'false',
				SRTGEN_TOP_FRAME_LOG: frames,
				...env,
			})
				.map(([key, value]) => `${key}='${value}'`)
				.join(' ');
			tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '30', `env ${assignments} ${command}`);
			tmux('pipe-pane', '-t', name, '-o', `cat >> ${bytes}`);
			return {name, frames, bytes, pid: Number(tmux('display-message', '-p', '-t', name, '#{pane_pid}'))};
		});
		await sleep(warmUp * 1000);
		const frameTimes = session =>
			existsSync(session.frames)
				? readFileSync(session.frames, 'utf8')
					.trim()
					.split('\n')
					.map(line => line.split(' ').map(Number))
				: [];
		const start = Date.now();
		const first = running.map(session => ({...usage(session.pid), bytes: readFileSync(session.bytes).length}));
		const rss = running.map(() => []);
		while (Date.now() - start < seconds * 1000) {
			await sleep(1000);
			for (const [index, session] of running.entries()) {
				rss[index].push(usage(session.pid).rssMb);
			}
		}

		const elapsed = (Date.now() - start) / 1000;
		return Object.fromEntries(running.map((session, index) => {
			const end = usage(session.pid);
			const frames = frameTimes(session).filter(([at]) => at >= start);
			return [session.name, {
				cpuPercent: (end.cpuSeconds - first[index].cpuSeconds) / elapsed * 100,
				rssMedianMb: median(rss[index]),
				peakMb: end.peakMb,
				framesPerMinute: frames.length / elapsed * 60,
				frameMs: median(frames.map(([, ms]) => ms)),
				bytesPerMinute: (readFileSync(session.bytes).length - first[index].bytes) / elapsed * 60,
			}];
		}));
	} finally {
		try {
			tmux('kill-server');
		} catch {}
	}
}

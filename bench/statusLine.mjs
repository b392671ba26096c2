import {execFile, execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {benchHome, median, usage} from './proc.mjs';

const plugin = fileURLToPath(new URL('../srtgen-top.tmux', import.meta.url));

/**
 * CPU seconds (user + system) and peak RSS (MB) of one run, from GNU time; asynchronously: the API
 * server runs in this process.
 */
async function measured(args, env) {
	return new Promise((resolve, reject) => {
		execFile('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], {env}, (error, _stdout, stderr) => {
			const last = stderr.trim().split('\n').at(-1).split(' ').map(Number);
			if (last.length !== 3 || last.some(Number.isNaN)) {
				reject(new Error(`${args.join(' ')}: ${error?.message ?? ''} ${stderr}`));
			} else {
				resolve({cpuSeconds: last[0] + last[1], rssMb: last[2] / 1024});
			}
		});
	});
}

/**
 * `--line` per call, answered from its cache and asking the API, against a bare `node -e 0` (the
 * medians of `runs`, alternating, in the same run); then the tmux updater started by the plugin in
 * a real tmux server, idle: its CPU over `seconds` after a warm-up, its RSS each second (median).
 */
export async function measureStatusLine({binary, url, runs = 10, seconds = 60, warmUp = 40}) {
	const {dir, env} = benchHome('line', url);
	await measured([binary, '--line'], env);
	const bare = [];
	const hit = [];
	const miss = [];
	for (let run = 0; run < runs; run++) {
		bare.push(await measured(['-e', '0'], env));
		hit.push(await measured([binary, '--line', '--max-age', '3600'], env));
		miss.push(await measured([binary, '--line', '--max-age', '0'], env));
	}

	const medians = list => ({
		cpuSeconds: median(list.map(each => each.cpuSeconds)),
		rssMb: median(list.map(each => each.rssMb)),
	});
	return {
		bare: medians(bare),
		hit: medians(hit),
		miss: medians(miss),
		updater: await measureUpdater({
			binary,
			env: {...env, SRTGEN_TOP_STATE_DIR: path.join(dir, 'updater')},
			seconds,
			warmUp,
		}),
	};
}

async function measureUpdater({binary, env, seconds, warmUp}) {
	const tmux = (...args) =>
		execFileSync('tmux', ['-L', `srtgen-top-bench-line-${process.pid}`, '-f', '/dev/null', ...args], {
			encoding: 'utf8',
			env,
		}).trim();
	try {
		tmux('new-session', '-d', '-s', 'main');
		tmux('set-option', '-g', 'status-right', '#{srtgen_line}');
		tmux('set-option', '-g', '@srtgen_bin', binary);
		tmux('set-option', '-g', '@srtgen_args', '--interval 30');
		tmux('run-shell', plugin);
		let pid;
		while (pid === undefined) {
			await sleep(200);
			const settings = !existsSync(env.SRTGEN_TOP_STATE_DIR)
				? undefined
				: readdirSync(env.SRTGEN_TOP_STATE_DIR).find(name => name.endsWith('.lock.settings'));
			pid
				= settings === undefined
					? undefined
					: JSON.parse(readFileSync(path.join(env.SRTGEN_TOP_STATE_DIR, settings), 'utf8')).pid;
		}

		await sleep(warmUp * 1000);
		const first = usage(pid);
		const start = Date.now();
		const rss = [];
		while (Date.now() - start < seconds * 1000) {
			await sleep(1000);
			rss.push(usage(pid).rssMb);
		}

		const end = usage(pid);
		return {
			cpuPercent: ((end.cpuSeconds - first.cpuSeconds) / ((Date.now() - start) / 1000)) * 100,
			rssMedianMb: median(rss),
			peakMb: end.peakMb,
			line: tmux('display-message', '-p', '#{E:status-right}'),
		};
	} finally {
		try {
			tmux('kill-server');
		} catch {}
	}
}

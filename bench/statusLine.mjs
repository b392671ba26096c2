import {execFile, execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {benchHome, median, usage} from './proc.mjs';

const plugin = fileURLToPath(new URL('../srtgen-top.tmux', import.meta.url));

/**
 * CPU seconds (user + system) of one run, to the millisecond, from bash's `times` (GNU time counts
 * in 10 ms steps, a third of a bare Node start), then its peak RSS (MB) from GNU time in a second
 * run; asynchronously: the API server runs in this process.
 */
async function measured(args, env) {
	const output = async (file, words) =>
		new Promise((resolve, reject) => {
			execFile(file, words, {env}, (error, stdout, stderr) => {
				// Exit 1 below --warn is an answer too; GNU time's last line is what it measured.
				resolve(stderr.trim().split('\n').at(-1) ?? '');
				if (error !== null && error.code !== 1) {
					reject(new Error(`${args.join(' ')}: ${error.message} ${stderr}`));
				}
			});
		});
	const cpu = await output('bash', ['-c', '"$@" >/dev/null 2>&1; times >&2', 'bash', process.execPath, ...args]);
	const [user, system] = [...cpu.matchAll(/(\d+)m([\d.]+)s/g)].map(([, minutes, seconds]) => (Number(minutes) * 60) + Number(seconds));
	const rssKb = Number(await output('/usr/bin/time', ['-f', '%M', process.execPath, ...args]));
	if ([user, system, rssKb].some(value => !Number.isFinite(value))) {
		throw new TypeError(`${args.join(' ')}: no measure in ${cpu}`);
	}

	return {cpuSeconds: user + system, rssMb: rssKb / 1024};
}

/**
 * `--line` per call, against a bare `node -e 0` (the medians of `runs`, alternating, in the same
 * run): answered from its sheet (the binary, a status bar calling it while the reading is fresh),
 * from its cache when the sheet is void (dist/cli.js itself, which then works out the sheet), and
 * asking the API, each in a home of its own; then the tmux updater started by the plugin in a real
 * tmux server, idle: its CPU over `seconds` after a warm-up, its RSS each second (median).
 */
export async function measureStatusLine({binary, program, url, runs = 10, seconds = 60, warmUp = 40}) {
	const hits = benchHome('line-hit', url);
	const misses = benchHome('line-miss', url);
	await measured([binary, '--line', '--max-age', '3600'], hits.env);
	const samples = {bare: [], sheet: [], cache: [], miss: []};
	for (let run = 0; run < runs; run++) {
		samples.bare.push(await measured(['-e', '0'], hits.env));
		samples.sheet.push(await measured([binary, '--line', '--max-age', '3600'], hits.env));
		// --tmux: another command, with a sheet of its own that leaves the binary's alone.
		samples.cache.push(await measured([program, '--line', '--max-age', '3600', '--tmux'], hits.env));
		samples.miss.push(await measured([binary, '--line', '--max-age', '0'], misses.env));
	}

	const medians = list => ({
		cpuSeconds: median(list.map(each => each.cpuSeconds)),
		rssMb: median(list.map(each => each.rssMb)),
	});
	return {
		bare: medians(samples.bare),
		sheet: medians(samples.sheet),
		cache: medians(samples.cache),
		miss: medians(samples.miss),
		updater: await measureUpdater({
			binary,
			env: {...hits.env, SRTGEN_TOP_STATE_DIR: path.join(hits.dir, 'updater')},
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

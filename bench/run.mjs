// npm run bench: the speed and memory figures of srtgen-top, each against a baseline measured in
// the same run on the same machine, with the targets they are held to (issue 16). Builds first
// (see package.json). Needs tmux for the live view's figures. Takes about seven minutes.
import {cpus} from 'node:os';
import {fileURLToPath} from 'node:url';
import {measureExporter} from './exporter.mjs';
import {buildFloorApp} from './floor.mjs';
import {measureIdle} from './idle.mjs';
import {measurePackage} from './package.mjs';
import {benchHome} from './proc.mjs';
import {startSampleServer} from './server.mjs';
import {measureStartup} from './startup.mjs';
import {measureStatusLine} from './statusLine.mjs';
import {simulateWeek} from './week.mjs';
import {saveWeekOfHistory} from './weekOfHistory.mjs';

// The render figures use Ink and React from node_modules: their production build, as bundled.
process.env.NODE_ENV ??= 'production';
const {measureRender} = await import('./render.mjs');

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = fileURLToPath(new URL('../dist/srtgen-top.cjs', import.meta.url));
const program = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const quick = process.argv.includes('--quick');

const rows = [];
const add = (measure, value, baseline, ratio, target, met) =>
	rows.push({measure, value, baseline, ratio, target, met: met === undefined ? '' : met ? 'met' : 'NOT MET'});
const fixed = (value, digits = 1) => value.toFixed(digits);
const times = (value, base) => `${fixed(value / base, 2)}×`;

const steady = await startSampleServer();
const resetSoon = await startSampleServer({resetInMs: 45 * 60_000});
try {
	console.error('start-up…');
	const startup = await measureStartup({binary, url: steady.url, runs: quick ? 5 : 25});
	add(
		'start-up: --json (median ms)',
		fixed(startup.ours, 0),
		`${fixed(startup.floor, 0)} bare fetch`,
		times(startup.ours, startup.floor),
		'≤ 1.5×',
		startup.ours / startup.floor <= 1.5,
	);

	console.error('status line: --line per call, the tmux updater idle…');
	const line = await measureStatusLine({
		binary,
		program,
		url: steady.url,
		runs: 10,
		seconds: quick ? 20 : 60,
		warmUp: quick ? 10 : 40,
	});
	const bareLine = `${fixed(line.bare.cpuSeconds * 1000, 0)} ms, ${fixed(line.bare.rssMb)} MB node -e 0`;
	add(
		'--line from its sheet: CPU / RSS (median of 10)',
		`${fixed(line.sheet.cpuSeconds * 1000, 0)} ms / ${fixed(line.sheet.rssMb)} MB`,
		bareLine,
		times(line.sheet.cpuSeconds, line.bare.cpuSeconds),
		'≤ 1.5× CPU, ≤ 50 MB',
		line.sheet.cpuSeconds / line.bare.cpuSeconds <= 1.5 && line.sheet.rssMb <= 50,
	);
	add(
		'--line from its cache, the sheet void: CPU / RSS (median of 10)',
		`${fixed(line.cache.cpuSeconds * 1000, 0)} ms / ${fixed(line.cache.rssMb)} MB`,
		bareLine,
		times(line.cache.cpuSeconds, line.bare.cpuSeconds),
		'',
		undefined,
	);
	add(
		'--line asking the API: CPU / RSS (median of 10)',
		`${fixed(line.miss.cpuSeconds * 1000, 0)} ms / ${fixed(line.miss.rssMb)} MB`,
		bareLine,
		times(line.miss.cpuSeconds, line.bare.cpuSeconds),
		'',
		undefined,
	);
	// The default --max-age 30: each 30 s, one call asks the API (for every client: the cache is
	// shared) and the others answer from their sheets.
	const firstClient = ((line.miss.cpuSeconds + line.sheet.cpuSeconds) / 30) * 100;
	add(
		'#(srtgen-top --line) at status-interval 15: the first client / each other (% of a core)',
		`${fixed(firstClient, 2)} / ${fixed(((2 * line.sheet.cpuSeconds) / 30) * 100, 2)}`,
		'one call asking the API each 30 s, the rest from sheets',
		'',
		'',
		undefined,
	);
	add(
		'tmux updater, --interval 30, idle: CPU (% of a core)',
		fixed(line.updater.cpuPercent, 3),
		'whatever the clients',
		'',
		'≤ 0.1%',
		line.updater.cpuPercent <= 0.1,
	);
	add(
		'tmux updater: RSS (median / peak MB)',
		`${fixed(line.updater.rssMedianMb)} / ${fixed(line.updater.peakMb)}`,
		`${fixed(line.bare.rssMb)} node -e 0`,
		times(line.updater.rssMedianMb, line.bare.rssMb),
		'≤ 55 MB',
		line.updater.rssMedianMb <= 55,
	);

	console.error('live view, idle (all at once, in tmux)…');
	const live = (name, url, ...args) => ({
		name,
		command: `node ${binary} ${args.join(' ')}`,
		env: benchHome(name, url).env,
	});
	const sessions = [
		live('steady', steady.url),
		live('resetSoon', resetSoon.url),
		live('demo', steady.url, '--demo', '--interval', '30'),
		live('steady2s', steady.url, '--interval', '2'),
		{name: 'floor', command: `node ${await buildFloorApp()}`},
		{name: 'node', command: 'node -e "setInterval(() => {}, 1000)"'},
	];
	// The steady account has a week of readings saved, as after a week of monitoring.
	const weekSamples = await saveWeekOfHistory({url: steady.url, stateDir: sessions[0].env.SRTGEN_TOP_STATE_DIR});
	// Idle is what a pane left for days does: start-up's own garbage collections (V8's memory
	// reducer, some 25 s in) are over after the first minute, so that is left out.
	const idle = await measureIdle({sessions, seconds: quick ? 20 : 120, warmUp: quick ? 15 : 60});
	const {floor, node} = idle;
	const cpuBaseline = `${fixed(floor.cpuPercent, 2)} one-row Ink app; ${fixed(node.cpuPercent, 2)} idle node`;
	const cpuRow = (label, result, target) =>
		add(
			`idle CPU, ${label} (% of a core)`,
			fixed(result.cpuPercent, 2),
			cpuBaseline,
			times(result.cpuPercent, Math.max(floor.cpuPercent, 0.01)),
			`≤ ${target}%`,
			result.cpuPercent <= target,
		);
	cpuRow('steady account, 30 s', idle.steady, 0.2);
	cpuRow('plan resets within the hour, 30 s', idle.resetSoon, 0.2);
	cpuRow('demo, 30 s', idle.demo, 0.2);
	cpuRow('steady account, 2 s polls', idle.steady2s, 0.5);
	const rssBaseline = `${fixed(floor.rssMedianMb)} one-row Ink app; ${fixed(node.rssMedianMb)} idle node`;
	add(
		`RSS, steady account with ${weekSamples} readings (median MB)`,
		fixed(idle.steady.rssMedianMb),
		rssBaseline,
		times(idle.steady.rssMedianMb, floor.rssMedianMb),
		'≤ 90 MB',
		idle.steady.rssMedianMb <= 90,
	);
	add(
		'RSS, steady account (peak MB)',
		fixed(idle.steady.peakMb),
		`${fixed(floor.peakMb)} one-row Ink app`,
		times(idle.steady.peakMb, floor.peakMb),
		'≤ 110 MB',
		idle.steady.peakMb <= 110,
	);
	add(
		'RSS, steady account at 2 s polls (median / peak MB)',
		`${fixed(idle.steady2s.rssMedianMb)} / ${fixed(idle.steady2s.peakMb)}`,
		`${fixed(floor.rssMedianMb)} / ${fixed(floor.peakMb)} one-row Ink app`,
		times(idle.steady2s.peakMb, floor.peakMb),
		'≤ 90 / 110 MB',
		idle.steady2s.rssMedianMb <= 90 && idle.steady2s.peakMb <= 110,
	);
	add(
		'RSS, demo (median / peak MB)',
		`${fixed(idle.demo.rssMedianMb)} / ${fixed(idle.demo.peakMb)}`,
		`${fixed(floor.rssMedianMb)} / ${fixed(floor.peakMb)} one-row Ink app`,
		times(idle.demo.peakMb, floor.peakMb),
		'',
		undefined,
	);
	for (const [label, result] of [
		['steady, 30 s', idle.steady],
		['resets within the hour', idle.resetSoon],
		['demo, 30 s', idle.demo],
		['steady, 2 s polls', idle.steady2s],
	]) {
		add(
			`frames a minute, ${label} (median ms in Ink)`,
			`${fixed(result.framesPerMinute)} (${fixed(result.frameMs, 2)} ms)`,
			'2 one-row Ink app (a row each 30 s)',
			'',
			label.includes('2 s') ? '' : '≤ 5',
			label.includes('2 s') ? undefined : result.framesPerMinute <= 5,
		);
	}

	const fullFrameBytes = 100 * 30 * 1.3;
	add(
		'bytes to the terminal a minute, steady 30 s',
		fixed(idle.steady.bytesPerMinute, 0),
		`${fixed(fullFrameBytes * 60, 0)} full frame each second`,
		times(idle.steady.bytesPerMinute, fullFrameBytes * 60),
		'changed rows only',
		idle.steady.bytesPerMinute < fullFrameBytes * 6,
	);

	console.error('exporter…');
	const exporter = await measureExporter({
		binary,
		url: steady.url,
		seconds: quick ? 10 : 30,
		scrapes: quick ? 100 : 500,
	});
	const perAccount = `${exporter.accounts} accounts, ${fixed(exporter.metricsBytes / 1024)} KB of metrics`;
	add(
		`exporter: idle RSS, ${perAccount} (median MB)`,
		fixed(exporter.idleRssMb),
		`${fixed(exporter.floorRssMb)} bare Node HTTP server`,
		times(exporter.idleRssMb, exporter.floorRssMb),
		'',
		undefined,
	);
	add(
		'exporter: one scrape, wall time (median ms)',
		fixed(exporter.scrape.ms, 2),
		`${fixed(exporter.floorScrape.ms, 2)} the same text from a bare server`,
		times(exporter.scrape.ms, exporter.floorScrape.ms),
		'',
		undefined,
	);
	add(
		"exporter: one scrape, the server's CPU (ms)",
		fixed(exporter.scrape.cpuMs, 2),
		`${fixed(exporter.floorScrape.cpuMs, 2)} bare server`,
		times(exporter.scrape.cpuMs, exporter.floorScrape.cpuMs),
		'',
		undefined,
	);
	const allowed = 1 + Math.floor(exporter.seconds / 30);
	add(
		`exporter: API requests per account, ${exporter.scrapes} scrapes in ${fixed(exporter.seconds, 0)} s`,
		String(exporter.requestsMade),
		'1 per --interval (30 s)',
		'',
		`≤ ${allowed}`,
		exporter.requestsMade <= allowed,
	);

	console.error('render cost…');
	const render = measureRender({frames: quick ? 50 : 300});
	add(
		'render: a dashboard frame, back to back (median ms)',
		fixed(render.dashboard, 2),
		`${fixed(render.oneLine, 2)} one-line frame`,
		times(render.dashboard, render.oneLine),
		'',
		undefined,
	);
	add(
		"render: the same with the chart's braille blanked",
		fixed(render.blankChart, 2),
		`${fixed(render.dashboard, 2)} with braille`,
		times(render.blankChart, render.dashboard),
		'',
		undefined,
	);
	add(
		`render: computing the chart, ${render.samples} readings (median ms)`,
		fixed(render.chart, 3),
		`${fixed(render.dashboard, 2)} the whole frame`,
		times(render.chart, render.dashboard),
		'',
		undefined,
	);

	console.error('a simulated week…');
	const week = await simulateWeek();
	const [first, last] = [week.daily[0], week.daily.at(-1)];
	add(
		`week: heap after day ${last.day}, ${week.frames} frames (MB, after GC)`,
		fixed(last.heapMb),
		`${fixed(first.heapMb)} after day 1`,
		times(last.heapMb, first.heapMb),
		'flat (≤ 1.1×)',
		last.heapMb / first.heapMb <= 1.1,
	);
	add(
		`week: RSS after day ${last.day} (MB)`,
		fixed(last.rssMb),
		`${fixed(first.rssMb)} after day 1`,
		times(last.rssMb, first.rssMb),
		'flat (≤ 1.1×)',
		last.rssMb / first.rssMb <= 1.1,
	);
	add(
		`week: history after day ${last.day} (readings, KB)`,
		`${last.samples}, ${fixed(last.historyKb)}`,
		`${first.samples}, ${fixed(first.historyKb)} after day 1`,
		times(last.samples, first.samples),
		'≤ 5,000',
		last.samples <= 5000,
	);

	console.error('package…');
	const pack = measurePackage({root});
	add(
		'package: tarball (KB)',
		fixed(pack.tarballBytes / 1024),
		`${pack.files} files, ${fixed(pack.unpackedBytes / 1024)} KB unpacked`,
		'',
		'',
		undefined,
	);
	add(
		'package: installed dependencies (MB)',
		fixed(pack.installedBytes / 1024 / 1024, 2),
		`${pack.packages} packages`,
		'',
		'',
		undefined,
	);

	console.log(
		`\nsrtgen-top bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}${quick ? ' (--quick)' : ''}\n`,
	);
	const columns = ['measure', 'value', 'baseline', 'ratio', 'target', 'met'];
	const widths = columns.map(column => Math.max(column.length, ...rows.map(row => row[column].length)));
	const tableRow = cells => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
	console.log(tableRow(columns));
	console.log(tableRow(widths.map(width => '-'.repeat(width))));
	for (const row of rows) {
		console.log(tableRow(columns.map(column => row[column])));
	}

	console.log(
		`\nThe week: ${week.frames} frames of the dashboard over 7 days of fake time with a poll every 30 s, in ${fixed(week.seconds)} s.`,
	);
} finally {
	await Promise.all([steady.close(), resetSoon.close()]);
}

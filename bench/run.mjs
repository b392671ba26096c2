// npm run bench: the speed and memory figures of srtgen-top, each against a baseline measured in
// the same run on the same machine, with the targets they are held to. Builds first (see
// package.json). Needs tmux for the live view's figures. Takes about two minutes.
import {cpus} from 'node:os';
import {fileURLToPath} from 'node:url';
import {measureIdle} from './idle.mjs';
import {measurePackage} from './package.mjs';
import {startSampleServer} from './server.mjs';
import {measureStartup} from './startup.mjs';
import {simulateWeek} from './week.mjs';

// As the binary's live mode sets it: React's production build.
process.env.NODE_ENV ??= 'production';
const {measureRender} = await import('./render.mjs');

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const quick = process.argv.includes('--quick');

const rows = [];
const add = (measure, value, baseline, ratio, target, met) => rows.push({measure, value, baseline, ratio, target, met: met === undefined ? '' : (met ? 'yes' : 'NO')});
const fixed = (value, digits = 1) => value.toFixed(digits);

const server = await startSampleServer();
try {
	console.error('start-up…');
	const startup = await measureStartup({binary, url: server.url, runs: quick ? 5 : 25});
	const startupRatio = startup.ours / startup.floor;
	add('start-up: --json (median ms)', fixed(startup.ours, 0), `${fixed(startup.floor, 0)} bare fetch`, `${fixed(startupRatio, 2)}×`, '≤ 1.5×', startupRatio <= 1.5);

	console.error('live view, idle…');
	const idle = await measureIdle({binary, url: server.url, seconds: quick ? 10 : 60});
	add('live idle: CPU (% of a core)', fixed(idle.live.cpuPercent, 2), `${fixed(idle.idle.cpuPercent, 2)} node+1s timer`, `${fixed(idle.live.cpuPercent / Math.max(idle.idle.cpuPercent, 0.01), 1)}×`, '< 0.5%', idle.live.cpuPercent < 0.5);
	add('live idle at the default 30 s: CPU (%)', fixed(idle.live30.cpuPercent, 2), `${fixed(idle.idle.cpuPercent, 2)} node+1s timer`, `${fixed(idle.live30.cpuPercent / Math.max(idle.idle.cpuPercent, 0.01), 1)}×`, '< 0.5%', idle.live30.cpuPercent < 0.5);
	add('live idle: peak RSS (MB)', fixed(idle.live.peakMb), `${fixed(idle.idle.peakMb)} node+1s timer`, `${fixed(idle.live.peakMb / idle.idle.peakMb, 2)}×`, '< 80 MB', idle.live.peakMb < 80);
	add('live idle: peak RSS (MB), against Ink alone', fixed(idle.live.peakMb), `${fixed(idle.inkOnly.peakMb)} node+import('ink')`, `${fixed(idle.live.peakMb / idle.inkOnly.peakMb, 2)}×`, '', undefined);

	console.error('render cost…');
	const render = measureRender({frames: quick ? 100 : 500});
	add('render: one dashboard frame (median ms)', fixed(render.dashboard, 2), `${fixed(render.oneLine, 2)} one-line frame`, `${fixed(render.dashboard / render.oneLine, 1)}×`, '', undefined);
	const fullFrameBytes = 100 * 30 * 1.3;
	add('live idle at 30 s: bytes to the terminal per minute', fixed(idle.bytesPerMinute30, 0), `${fixed(fullFrameBytes * 60, 0)} full frame each second`, `${fixed(idle.bytesPerMinute30 / (fullFrameBytes * 60), 3)}×`, 'changed rows only', idle.bytesPerMinute30 < fullFrameBytes * 60 / 10);
	add('live idle: bytes to the terminal per minute', fixed(idle.bytesPerMinute, 0), `${fixed(fullFrameBytes * 60, 0)} full frame each second`, `${fixed(idle.bytesPerMinute / (fullFrameBytes * 60), 3)}×`, 'changed rows only', idle.bytesPerMinute < fullFrameBytes * 60 / 10);

	console.error('a simulated week of polling…');
	const week = simulateWeek({days: quick ? 3 : 8});
	const [first, full, last] = [week.daily[0], week.daily.at(-2), week.daily.at(-1)];
	add(`long run: history after ${last.day} days (samples)`, String(last.samples), `${full.samples} after day ${full.day}`, `${fixed(last.samples / full.samples, 2)}×`, 'flat, ≤ 5,000', last.samples / full.samples <= 1.2 && last.samples <= 5000);
	add(`long run: history after ${last.day} days (KB)`, fixed(last.historyKb), `${fixed(full.historyKb)} after day ${full.day}`, `${fixed(last.historyKb / full.historyKb, 2)}×`, 'flat', last.historyKb / full.historyKb <= 1.2);
	add(`long run: RSS after ${last.day} days (MB)`, fixed(last.rssMb), `${fixed(first.rssMb)} after day 1`, `${fixed(last.rssMb / first.rssMb, 2)}×`, 'flat (≤ 1.2×)', last.rssMb / first.rssMb <= 1.2);

	console.error('package…');
	const pack = measurePackage({root});
	add('package: tarball (KB)', fixed(pack.tarballBytes / 1024), `${pack.files} files, ${fixed(pack.unpackedBytes / 1024)} KB unpacked`, '', '', undefined);
	add('package: installed dependencies (MB)', fixed(pack.installedBytes / 1024 / 1024), `${pack.packages} packages`, '', '', undefined);

	console.log(`\nsrtgen-top bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}${quick ? ' (--quick)' : ''}\n`);
	const columns = ['measure', 'value', 'baseline', 'ratio', 'target', 'met'];
	const widths = columns.map(column => Math.max(column.length, ...rows.map(row => row[column].length)));
	const line = cells => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
	console.log(line(columns));
	console.log(line(widths.map(width => '-'.repeat(width))));
	for (const row of rows) {
		console.log(line(columns.map(column => row[column])));
	}

	console.log(`\nThe week: ${week.polls.toLocaleString('en-US')} polls of the demo account in ${fixed(week.seconds)} s of fake time, through validation, history and burn.`);
} finally {
	await server.close();
}

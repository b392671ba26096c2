import {spawn} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {setTimeout as sleep} from 'node:timers/promises';
import {median, usage} from './proc.mjs';

// A bare Node HTTP server answering every request with the text it is given: the floor for any
// Node exporter, against which one scrape of ours is compared.
const bareServer = `import http from 'node:http';
import {readFileSync} from 'node:fs';
const text = readFileSync(process.argv[2]);
const headers = {'content-type': 'text/plain; version=0.0.4'};
const server = http.createServer((request, response) => response.writeHead(200, headers).end(text));
server.listen(0, '127.0.0.1', () => process.stderr.write('on http://127.0.0.1:' + server.address().port + '/metrics\\n'));
`;

/** Spawns a server and waits for the line that says where it listens. */
async function start(args, env) {
	const child = spawn(process.execPath, args, {env, stdio: ['ignore', 'ignore', 'pipe']});
	let stderr = '';
	const url = await new Promise((resolve, reject) => {
		child.stderr.on('data', chunk => {
			stderr += chunk;
			const where = /on (http:\/\/\S+\/metrics)\n/.exec(stderr);
			if (where) {
				resolve(where[1]);
			}
		});
		child.on('exit', code => reject(new Error(`${args.join(' ')} exited (${code}): ${stderr}`)));
	});
	return {child, url, scrapes: 0};
}

/** One scrape's text, counted. */
async function metricsOf(server) {
	server.scrapes++;
	return (await fetch(server.url)).text();
}

/** `scrapes` scrapes one after another, as Prometheus makes them: wall time each, and the server's CPU per scrape. */
async function scrape(server, scrapes) {
	const times = [];
	const before = usage(server.child.pid).cpuSeconds;
	for (let index = 0; index < scrapes; index++) {
		const started = performance.now();
		await metricsOf(server);
		times.push(performance.now() - started);
	}

	return {ms: median(times), cpuMs: (usage(server.child.pid).cpuSeconds - before) / scrapes * 1000};
}

/**
 * `srtgen-top --serve` with `accounts` accounts of one sample API, against a bare Node HTTP server
 * answering the exporter's own text: idle RSS (median over `seconds`, after the first polls) and
 * one scrape's cost (wall time and the server's CPU, over `scrapes` scrapes in a row).
 */
export async function measureExporter({binary, url, accounts = 3, seconds = 30, scrapes = 500}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-bench-exporter-'));
	const config = path.join(dir, 'config.toml');
	const tables = Array.from(
		{length: accounts},
		(_, index) => `[accounts.account${index + 1}]\nkey-env = "BENCH_KEY"\n`,
	);
	writeFileSync(config, `base-url = "${url}"\ninterval = 30\n\n${tables.join('\n')}`, {mode: 0o600});
	const env = {
		PATH: process.env.PATH,
		HOME: dir,
		BENCH_KEY: 'bench-key',
		SRTGEN_TOP_STATE_DIR: path.join(dir, 'state'),
	};
	const started = Date.now();
	const ours = await start([binary, '--serve', '--listen', '127.0.0.1:0', '--config', config], env);
	// The text once every account has been read: what a scrape serves from then on.
	let text = await metricsOf(ours);
	const deadline = Date.now() + 10_000;
	while ((text.match(/^srtgen_fetch_success\{[^}]*\} 1$/gm) ?? []).length < accounts) {
		if (Date.now() > deadline) {
			throw new Error(`the exporter had not read every account after 10 s:\n${text}`);
		}

		await sleep(100);
		text = await metricsOf(ours);
	}

	const floorFile = path.join(dir, 'metrics.txt');
	writeFileSync(floorFile, text);
	writeFileSync(path.join(dir, 'bare.mjs'), bareServer);
	const floor = await start([path.join(dir, 'bare.mjs'), floorFile], env);
	try {
		const rss = {ours: [], floor: []};
		for (let second = 0; second < seconds; second++) {
			await sleep(1000);
			rss.ours.push(usage(ours.child.pid).rssMb);
			rss.floor.push(usage(floor.child.pid).rssMb);
		}

		// Both warmed first (JIT, a kept-alive connection).
		await scrape(ours, 50);
		await scrape(floor, 50);
		const scrapeOurs = await scrape(ours, scrapes);
		const scrapeFloor = await scrape(floor, scrapes);
		return {
			accounts,
			metricsBytes: Buffer.byteLength(text),
			idleRssMb: median(rss.ours),
			floorRssMb: median(rss.floor),
			scrape: scrapeOurs,
			floorScrape: scrapeFloor,
			seconds: (Date.now() - started) / 1000,
			requestsMade: Number(/srtgen_api_requests_total\{account="account1"\} (\d+)/.exec(await metricsOf(ours))?.[1]),
			scrapes: ours.scrapes,
		};
	} finally {
		ours.child.kill('SIGTERM');
		floor.child.kill('SIGTERM');
	}
}

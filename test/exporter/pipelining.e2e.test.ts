import {readFileSync} from 'node:fs';
import net from 'node:net';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {
	eventually,
	sampleValue,
	startExporter,
	startTwoAccountApi,
	stopExporters,
	twoAccountConfig,
} from '../helpers/exporter.js';

let api: Awaited<ReturnType<typeof startTwoAccountApi>>;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
	api = await startTwoAccountApi();
});

afterEach(() => {
	for (const socket of sockets) {
		socket.destroy();
	}

	sockets.clear();
	stopExporters();
});

afterAll(async () => {
	await api.close();
});

/** VmRSS and VmHWM (its peak) in MB, from /proc. */
function memory(pid: number): {rss: number; peak: number} {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1]) / 1024;
	return {rss: field('VmRSS'), peak: field('VmHWM')};
}

/** A client that sends `count` GET /metrics on one connection and never reads an answer. */
function pipeline(port: number, count: number): void {
	const socket = net.connect(port, '127.0.0.1');
	sockets.add(socket);
	socket.on('error', () => undefined);
	socket.pause();
	socket.on('connect', () => {
		socket.write('GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'.repeat(count));
	});
}

test('pipelined scrapes nobody reads leave memory bounded, and other scrapers are still answered', async () => {
	const {config, env} = twoAccountConfig(api);
	const exporter = await startExporter(['--config', config, '--interval', '3600'], env);
	await eventually(async () => {
		const text = await (await fetch(exporter.url)).text();
		return sampleValue(text, 'srtgen_fetch_success{account="home"}') === undefined ? undefined : text;
	}, 'both accounts read');
	const pid = exporter.child.pid!;
	const before = memory(pid);
	// 20 × 20,000 pipelined requests: some 4 GB of answers if each were made and kept (about 10 KB each).
	for (let index = 0; index < 20; index++) {
		pipeline(Number(exporter.url.port), 20_000);
	}

	let answered = 0;
	const end = Date.now() + 8000;
	while (Date.now() < end && memory(pid).rss < before.rss + 300) {
		const status = await fetch(exporter.url, {signal: AbortSignal.timeout(3000)}).then(async response => {
			await response.text();
			return response.status;
		}, () => 'no answer within 3 s');
		expect(status).toBe(200);
		answered++;
		await new Promise(resolve => setTimeout(resolve, 100));
	}

	const after = memory(pid);
	// How fast is the bench's business, not a test's: a starved scraper gets no answer in 3 s at all.
	expect(answered).toBeGreaterThan(3);
	expect(after.peak - before.rss, `peak ${after.peak.toFixed(0)} MB from ${before.rss.toFixed(0)} MB`).toBeLessThan(
		40,
	);
});

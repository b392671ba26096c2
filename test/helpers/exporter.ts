import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {binary, temporaryStateDir} from './cli.js';
import {sample} from './fixtures.js';
import {startServer, type TestServer} from './server.js';

export const studioKey = 'sk_live_studio_aaaa1111';
export const homeKey = 'sk_live_home_bbbb2222';

/** One API, two accounts told apart by their key; `failing` makes an account's requests fail with a 500. */
export async function startTwoAccountApi(): Promise<TestServer & {failing: Set<string>; count(key: string): number}> {
	const failing = new Set<string>();
	const server = await startServer(request => {
		const studio = request.headers['x-api-key'] === studioKey;
		if (failing.has(studio ? 'studio' : 'home')) {
			return {status: 500, body: '{"success":false,"error":"down"}'};
		}

		const body = sample();
		body['user'] = {name: studio ? 'Studio' : 'Home', email: studio ? 'studio@example.com' : 'home@example.com'};
		body['credits'].totalBalance = studio ? 9000 : 120;
		return {body: JSON.stringify(body)};
	});
	return Object.assign(server, {
		failing,
		count: (key: string) => server.requests.filter(request => request.headers['x-api-key'] === key).length,
	});
}

/** A config file with the two accounts; the studio's key from the environment, the home's from a file. */
export function twoAccountConfig(api: TestServer, extra = ''): {config: string; env: Record<string, string>} {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-exporter-'));
	const keyFile = path.join(dir, 'home.key');
	writeFileSync(keyFile, `${homeKey}\n`, {mode: 0o600});
	const config = path.join(dir, 'config.toml');
	writeFileSync(
		config,
		`base-url = "${api.url.href}"\n${extra}\n[accounts.studio]\nkey-env = "STUDIO_KEY"\n\n[accounts.home]\nkey-file = "${keyFile}"\n`,
		{mode: 0o600},
	);
	return {config, env: {STUDIO_KEY: studioKey}};
}

export type Exporter = {child: ChildProcess; url: URL; stderr: () => string; exited: Promise<number | string>};

const running = new Set<ChildProcess>();

/** Starts `srtgen-top --serve` on a free loopback port and waits (60 s at most) for the line that says where. */
export async function startExporter(args: string[], env: Record<string, string>): Promise<Exporter> {
	const child = spawn(process.execPath, [binary, '--serve', '--listen', '127.0.0.1:0', ...args], {
		env: {
			PATH: process.env['PATH'] ?? '',
			HOME: process.env['HOME'] ?? '',
			SRTGEN_TOP_STATE_DIR: temporaryStateDir(),
			...env,
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	running.add(child);
	let stderr = '';
	const exited = new Promise<number | string>(resolve => {
		child.on('exit', (code, signal) => {
			running.delete(child);
			resolve(code ?? signal ?? -1);
		});
	});
	const url = await new Promise<URL>((resolve, reject) => {
		const timer = setTimeout(() => {
			reject(new Error(`the exporter did not say where it listens within 60 s: ${stderr}`));
		}, 60_000);
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
			const where = /on (http:\/\/\S+\/metrics)\n/.exec(stderr);
			if (where !== null) {
				clearTimeout(timer);
				resolve(new URL(where[1]!));
			}
		});
		void exited.then(code => {
			reject(new Error(`the exporter exited (${code}) before listening: ${stderr}`));
		});
	});
	return {child, url, stderr: () => stderr, exited};
}

/** Ends every exporter a test left running (afterEach). */
export function stopExporters(): void {
	for (const child of running) {
		child.kill('SIGKILL');
	}
}

/**
 * Polls `check` every 200 ms until it returns a value, for at most `ceilingMs` (a busy machine is
 * slow, never wrong).
 */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, ceilingMs = 60_000): Promise<T> {
	const end = Date.now() + ceilingMs;
	let last: unknown;
	while (Date.now() < end) {
		try {
			const value = await check();
			if (value !== undefined) {
				return value;
			}
		} catch (error) {
			last = error;
		}

		await new Promise(resolve => setTimeout(resolve, 200));
	}

	throw new Error(
		`waited ${ceilingMs / 1000} s for ${what}${last instanceof Error ? ` (last: ${last.message})` : ''}`,
	);
}

/** A command on PATH, or a failure saying how to get it: a test that needs it is never skipped silently. */
export function required(command: string, hint: string): string {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).stdout.trim();
	if (found === '') {
		throw new Error(`${command} is missing: ${hint}`);
	}

	return found;
}

/** The value of one sample in Prometheus text, e.g. sampleValue(text, 'srtgen_balance_credits{account="home"}'). */
export function sampleValue(text: string, series: string): number | undefined {
	const line = text.split('\n').find(candidate => candidate.startsWith(`${series} `));
	return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

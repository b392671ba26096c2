import {execFile, execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {temporaryStateDir} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {expectKeyNowhere} from '../helpers/keyOnDisk.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {traced} from '../helpers/traced.js';

const run = promisify(execFile);
const key = 'sk_live_line_sheet_4c5d6e';
const program = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
let server: TestServer;
let resetInMs = 10 * 86_400_000;
/** When the plan resets, in the server's last answer. */
let resetAt = 0;

beforeAll(async () => {
	server = await startServer(request => {
		const body = sample();
		body['credits'].totalBalance = 1250;
		resetAt = Date.now() + resetInMs;
		body['credits'].plans[0].resetTime = new Date(resetAt).toISOString();
		// Another key is another account.
		body['user'].email = request.headers['x-api-key'] === key ? 'me@example.com' : 'other@example.com';
		return {body: JSON.stringify(body)};
	});
});

afterAll(async () => {
	await server.close();
});

/** A home of its own (no config file yet), a state directory, the key in the environment. */
function home(): Record<string, string> {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-sheet-home-'));
	return {
		HOME: dir,
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: temporaryStateDir(),
	};
}

const sheets = (stateDir: string) => readdirSync(stateDir).filter(name => name.startsWith('line-sheet-'));

test('a --line while its reading is fresh is answered from its sheet: nothing of the program loaded, no request, what the program prints', async () => {
	for (const args of [
		['--line'],
		['--line', '--warn', '2000'],
		['--line', '--tmux', '--format', '{total} #{verdict}'],
		['--line', '--waybar'],
	]) {
		const env = home();
		const first = await traced([...args, '--max-age', '60'], env);
		expect(first.program).toBe(true);
		const requests = server.requests.length;
		const answered = await traced([...args, '--max-age', '60'], env);
		expect(answered.program, args.join(' ')).toBe(false);
		expect(server.requests.length).toBe(requests);
		expect(answered).toMatchObject({stdout: first.stdout, stderr: first.stderr, code: first.code});
		// The program itself, at the same moment, says the same.
		const whole = await traced([...args, '--max-age', '60'], env, program);
		expect(whole).toMatchObject({stdout: answered.stdout, code: answered.code, program: true});
		expect(sheets(env['SRTGEN_TOP_STATE_DIR']!)).toHaveLength(1);
		expectKeyNowhere(env['SRTGEN_TOP_STATE_DIR']!, key, server.url.origin);
	}

	expect((await traced(['--line', '--warn', '2000', '--max-age', '60'], home())).code).toBe(1);
});

test('a change to what the sheet was worked out from sends the next call to the program, which answers with it', async () => {
	const env = home();
	const stateDir = env['SRTGEN_TOP_STATE_DIR']!;
	// Below --warn once the config file says so: exit 1, an answer too.
	const once = async (...args: string[]) =>
		run(process.execPath, [program, '--once', ...args], {env: {...process.env, ...env}}).catch(
			(error: unknown) => {
				expect((error as {code?: number}).code).toBe(1);
			},
		);
	const line = async (...more: string[]) =>
		traced(['--line', '--format', '{total}[ {low}] · {verdict}', '--max-age', '60', ...more], env);
	const steps: Array<[string, () => unknown, (answer: Awaited<ReturnType<typeof line>>) => void]> = [
		[
			'a config file where there was none',
			() => {
				mkdirSync(path.join(env['HOME']!, '.config', 'srtgen-top'), {recursive: true});
				writeFileSync(path.join(env['HOME']!, '.config', 'srtgen-top', 'config.toml'), 'warn = 5000\n');
			},
			answer => {
				expect(answer.stdout).toMatch(/^1,250 LOW · /);
				expect(answer.code).toBe(1);
			},
		],
		[
			'a run marked by another command',
			async () => once('--jobs', '40'),
			answer => {
				expect(answer.stdout).toMatch(/jobs/);
			},
		],
		[
			'the state directory opened to its group',
			() => {
				chmodSync(stateDir, 0o770);
			},
			answer => {
				expect(answer.stderr).toMatch(/others can write in the state directory/);
			},
		],
		[
			'the run unmarked',
			async () => once('--unmark'),
			answer => {
				expect(answer.stdout).not.toMatch(/jobs/);
			},
		],
	];
	await line();
	expect((await line()).program).toBe(false);
	for (const [change, make, check] of steps) {
		await make();
		const next = await line();
		expect(next.program, change).toBe(true);
		check(next);
		// And the sheet it leaves says the same.
		const after = await line();
		expect(after.program, change).toBe(false);
		expect(after).toMatchObject({stdout: next.stdout, stderr: next.stderr, code: next.code});
	}
});

test('another key, in its file or in the environment, is never answered from the last key\'s sheet', async () => {
	const env = home();
	const keyFile = path.join(env['HOME']!, 'key');
	writeFileSync(keyFile, `${key}\n`, {mode: 0o600});
	const inFile = {...env, SRTGEN_API_KEY: '', SRTGEN_API_KEY_FILE: keyFile};
	const first = await traced(['--line', '--format', '{plans}'], inFile);
	expect((await traced(['--line', '--format', '{plans}'], inFile)).program).toBe(false);
	writeFileSync(keyFile, 'sk_live_another_key_777\n');
	let requests = server.requests.length;
	const other = await traced(['--line', '--format', '{plans}'], inFile);
	expect(other.program).toBe(true);
	expect(server.requests.length).toBe(requests + 1);
	expect(server.requests.at(-1)!.headers['x-api-key']).toBe('sk_live_another_key_777');
	expect(other.stdout).toBe(first.stdout);

	await traced(['--line'], env);
	requests = server.requests.length;
	const changed = await traced(['--line'], {...env, SRTGEN_API_KEY: 'sk_live_third_key_888'});
	expect(changed.program).toBe(true);
	expect(server.requests.length).toBe(requests + 1);
});

test('the sheet ends with its reading: past --max-age the program asks the API again', async () => {
	const env = home();
	await traced(['--line', '--max-age', '1'], env);
	const requests = server.requests.length;
	expect((await traced(['--line', '--max-age', '1'], env)).program).toBe(false);
	await sleep(1100);
	const later = await traced(['--line', '--max-age', '1'], env);
	expect(later.program).toBe(true);
	expect(server.requests.length).toBe(requests + 1);
});

test('second by second: a reset 40 s away counts down from the sheet as the program would', async () => {
	resetInMs = 40_000;
	try {
		const env = home();
		await traced(['--line', '--format', '{reset}'], env);
		for (let call = 0; call < 3; call++) {
			await sleep(700);
			const before = Date.now();
			const answer = await traced(['--line', '--format', '{reset}'], env);
			expect(answer.program).toBe(false);
			const seconds = Number(/resets in (\d+)s/.exec(answer.stdout)?.[1]);
			expect(seconds).toBeGreaterThanOrEqual(Math.floor((resetAt - Date.now()) / 1000) - 1);
			expect(seconds).toBeLessThanOrEqual(Math.ceil((resetAt - before) / 1000));
		}
	} finally {
		resetInMs = 10 * 86_400_000;
	}
});

test('a sheet that is not one (not JSON, a FIFO, a directory) is passed over at once: the program answers', async () => {
	const env = home();
	const stateDir = env['SRTGEN_TOP_STATE_DIR']!;
	const first = await traced(['--line'], env);
	const [sheet] = sheets(stateDir);
	for (const replace of [
		(file: string) => {
			writeFileSync(file, '{"files": [], "answers": [[0, "forged\\n", 0]');
		},
		(file: string) => {
			execFileSync('mkfifo', [file]);
		},
		(file: string) => {
			mkdirSync(file);
		},
	]) {
		const file = path.join(stateDir, sheet!);
		rmSync(file, {recursive: true, force: true});
		replace(file);
		const started = Date.now();
		const answer = await traced(['--line'], env);
		expect(Date.now() - started).toBeLessThan(20_000);
		expect(answer).toMatchObject({stdout: first.stdout, code: 0, program: true});
	}
});

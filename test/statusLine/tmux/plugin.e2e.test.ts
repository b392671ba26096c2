import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, readlinkSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../../helpers/cli.js';
import {sample} from '../../helpers/fixtures.js';
import {expectKeyNowhere} from '../../helpers/keyOnDisk.js';
import {startServer, type TestServer} from '../../helpers/server.js';

const plugin = fileURLToPath(new URL('../../../srtgen-top.tmux', import.meta.url));
const key = 'sk_live_tmux_plugin_5a6b7c';
let server: TestServer;
let balance = 1250;
let servers = 0;
const started: Array<() => void> = [];

beforeAll(async () => {
	server = await startServer(() => {
		const body = sample();
		body['credits'].totalBalance = balance;
		return {body: JSON.stringify(body)};
	});
});

afterEach(() => {
	for (const kill of started.splice(0)) {
		kill();
	}
});

afterAll(async () => {
	await server.close();
});

/**
 * A real tmux server on a private socket, its environment what the plugin and the updater see
 * (PATH has no srtgen-top: the plugin falls back to its own dist/cli.js).
 */
function tmuxServer(stateDir: string) {
	const socket = `srtgen-top-plugin-${process.pid}-${++servers}`;
	const env = {
		LC_ALL: 'C.UTF-8',
		PATH: '/usr/local/bin:/usr/bin:/bin',
		HOME: process.env['HOME'] ?? '/',
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: stateDir,
	};
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8', env}).replace(/\n$/, '');
	tmux('new-session', '-d', '-s', 'main', '-x', '120', '-y', '20');
	const pid = Number(tmux('display-message', '-p', '#{pid}'));
	let alive = true;
	const kill = () => {
		if (alive) {
			alive = false;
			tmux('kill-server');
		}
	};

	started.push(kill);
	return {
		tmux,
		kill,
		statusRight: () => tmux('display-message', '-p', '#{E:status-right}'),
		/**
		 * The Node processes the tmux server started that still run (the pane's shell is not one):
		 * the updaters, run-shell -b's `exec`.
		 */
		updaters: () =>
			readdirSync('/proc')
				.filter(name => /^\d+$/.test(name))
				.filter(name => {
					try {
						return (
							readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]
							=== String(pid) && readlinkSync(`/proc/${name}/exe`).endsWith('/node')
						);
					} catch {
						return false;
					}
				})
				.map(Number),
	};
}

async function until<T>(what: string, read: () => T, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (let value = read(); ; value = read()) {
		if (done(value)) {
			return value;
		}

		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
		}

		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

const running = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

test('run-shell runs the plugin: the status line shows the credits from options, follows the balance, and one updater ends with its server', async () => {
	balance = 1250;
	const stateDir = temporaryStateDir();
	const tmux = tmuxServer(stateDir);
	tmux.tmux('set-option', '-g', 'status-right', '#{srtgen_line} | #{srtgen_total} | #{srtgen_verdict} %H:%M');
	tmux.tmux('set-option', '-g', '@srtgen_args', '--interval 2 --max-age 1 --warn 1000');
	for (let run = 0; run < 3; run++) {
		tmux.tmux('run-shell', plugin);
	}

	const format = await until(
		'the placeholders replaced',
		() => tmux.tmux('show-option', '-gv', 'status-right'),
		text => !text.includes('#{srtgen_'),
	);
	expect(format).toBe('#{@srtgen_line} | #{@srtgen_total} | #{@srtgen_verdict} %H:%M');
	const shown = await until('the credits in the status line', tmux.statusRight, text =>
		text.startsWith('1,250 credits'),
	);
	expect(shown).toMatch(/^1,250 credits · Starter Plan reset due \| 1,250 \| \S.* \d\d:\d\d$/);
	expect(shown).not.toContain('#(');
	// One updater however often the plugin ran (the same arguments: the later ones end at once).
	const updaters = await until('the extra updaters to end', tmux.updaters, pids => pids.length === 1, 5000);

	// A --line caller shares the updater's cache: answered without asking the API.
	const requests = server.requests.length;
	const line = await runCli(['--line', '--max-age', '60'], {
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: stateDir,
	});
	expect(line.stdout).toBe('1,250 credits · Starter Plan reset due\n');
	expect(server.requests.length).toBe(requests);

	balance = 900;
	const lower = await until('the new balance', tmux.statusRight, text => text.startsWith('#[fg=red]900'));
	expect(lower).toMatch(/^#\[fg=red\]900#\[default\] credits #\[fg=red\]LOW#\[default\] · Starter Plan reset due \| #\[fg=red\]900#\[default\] \| /);
	expect(tmux.tmux('show-options', '-g')).not.toContain(key);

	tmux.kill();
	await until(
		'the updater to end after kill-server',
		() => updaters.filter(running),
		pids => pids.length === 0,
		5000,
	);
	expectKeyNowhere(stateDir, key, server.url.origin);
});

test('a reload with other @srtgen_args replaces the updater: still one, with the new arguments', async () => {
	balance = 1250;
	const tmux = tmuxServer(temporaryStateDir());
	tmux.tmux('set-option', '-g', 'status-left', '[#{srtgen_line}]');
	tmux.tmux('set-option', '-g', '@srtgen_args', '--interval 2');
	tmux.tmux('run-shell', plugin);
	const [first] = await until('the updater', tmux.updaters, pids => pids.length === 1);
	await until(
		'the line',
		() => tmux.tmux('display-message', '-p', '#{E:status-left}'),
		text => text === '[1,250 credits · Starter Plan reset due]',
	);

	// As a reload of tmux.conf does: the placeholders back, the plugin run again. The '#' reaches the
	// updater as typed, through run-shell's format expansion.
	tmux.tmux('set-option', '-g', 'status-left', '[#{srtgen_line}]');
	tmux.tmux('set-option', '-g', '@srtgen_args', "--interval 2 --format '{total} cr #1'");
	tmux.tmux('run-shell', plugin);
	await until(
		'the new format',
		() => tmux.tmux('display-message', '-p', '#{E:status-left}'),
		text => text === '[1,250 cr #1]',
	);
	const now = await until(
		'the old updater to end',
		tmux.updaters,
		pids => pids.length === 1 && pids[0] !== first,
		5000,
	);
	expect(running(first!)).toBe(false);
	expect(now).toHaveLength(1);
});

test('--tmux-updater outside tmux is a usage error that says what starts it', async () => {
	const run = await runCli(['--tmux-updater'], {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href});
	expect(run.code).toBe(2);
	expect(run.stderr).toBe(
		'srtgen-top: --tmux-updater runs inside tmux ($TMUX names its server): the plugin srtgen-top.tmux starts it.\n',
	);
	expect(run.stdout).toBe('');
});

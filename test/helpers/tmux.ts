import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {binary, originOf, temporaryStateDir} from './cli.js';
import {expectKeyNowhere} from './keyOnDisk.js';

let sessions = 0;

export type Pane = {
	/** Types into the pane: tmux key names such as `q`, `C-c`, `Enter`. */
	keys(...keys: string[]): void;
	/** Runs a shell command line in the pane. */
	type(line: string): void;
	/** Prints `before` (what expectShellTerminal looks for on the main screen afterwards), then runs `line`. */
	launch(line: string): void;
	screen(): string[];
	/** The screen with its escape sequences (capture-pane -e), as tmux renders the attributes. */
	styledScreen(): string;
	/** Sets a tmux option for every window (`window-style`, the pane's colours). */
	setWindowOption(name: string, value: string): void;
	/** The screen with lines the terminal wrapped joined back, to see anything drawn too wide. */
	joinedScreen(): string[];
	display(format: string): string;
	resize(columns: number, rows: number): void;
	/** Appends everything the program writes to the pane from now on, escape sequences and all, to `file`. */
	record(file: string): void;
	waitFor(predicate: (lines: string[]) => boolean, what: string, timeoutMs?: number): Promise<string[]>;
	/** The pid of the program running in the pane's shell, once there is one. */
	appPid(): Promise<number>;
	/** Once the program has ended: the key is in no file of its state directory, and the modes are right. */
	expectKeyNowhere(): void;
	kill(): void;
};

/**
 * A real pseudo-terminal: a detached tmux session on a private server, running a plain bash,
 * in which tests type commands such as the built binary.
 */
export function openPane(columns: number, rows: number, env: Record<string, string>): Pane {
	const socket = `srtgen-top-test-${process.pid}-${++sessions}`;
	const stateDir = temporaryStateDir();
	const tmux = (...args: string[]) =>
		execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {
			encoding: 'utf8',
			// CI=false: Ink draws nothing live under CI (is-in-ci), and the pane is a real terminal.
			env: {
				PATH: process.env['PATH'] ?? '',
				HOME: process.env['HOME'] ?? '',
				TERM: 'xterm-256color',
				SRTGEN_TOP_STATE_DIR: stateDir,
				...env,
				CI: 'false',
			},
		});
	tmux('new-session', '-d', '-s', 'main', '-x', String(columns), '-y', String(rows), 'bash --norc --noprofile');
	tmux('set-option', '-g', 'window-size', 'manual');
	const pane = {
		keys(...keys: string[]) {
			tmux('send-keys', '-t', 'main', ...keys);
		},
		type(line: string) {
			tmux('send-keys', '-t', 'main', '-l', line);
			tmux('send-keys', '-t', 'main', 'Enter');
		},
		launch(line: string) {
			pane.type('echo before');
			pane.type(line);
		},
		screen: () => tmux('capture-pane', '-p', '-t', 'main').split('\n').slice(0, -1),
		styledScreen: () => tmux('capture-pane', '-e', '-p', '-t', 'main'),
		setWindowOption(name: string, value: string) {
			tmux('set-option', '-g', name, value);
		},
		joinedScreen: () => tmux('capture-pane', '-p', '-J', '-t', 'main').split('\n').slice(0, -1),
		display: (format: string) => tmux('display-message', '-p', '-t', 'main', format).trim(),
		resize(width: number, height: number) {
			tmux('resize-window', '-t', 'main', '-x', String(width), '-y', String(height));
		},
		record(file: string) {
			tmux('pipe-pane', '-o', '-t', 'main', `cat >> '${file}'`);
		},
		async waitFor(predicate: (lines: string[]) => boolean, what: string, timeoutMs = 10_000) {
			const deadline = Date.now() + timeoutMs;
			let lines = pane.screen();
			while (!predicate(lines)) {
				if (Date.now() > deadline) {
					throw new Error(`Timed out waiting for ${what}. Screen:\n${lines.join('\n')}`);
				}

				await new Promise(resolve => setTimeout(resolve, 100));
				lines = pane.screen();
			}

			return lines;
		},
		async appPid() {
			const shell = pane.display('#{pane_pid}');
			let pid: number | undefined;
			await pane.waitFor(() => {
				const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim();
				pid = children === '' ? undefined : Number(children.split(' ')[0]);
				return pid !== undefined;
			}, 'the program to start');
			return pid!;
		},
		expectKeyNowhere() {
			const key = env['SRTGEN_API_KEY'];
			if (key !== undefined) {
				expectKeyNowhere(env['SRTGEN_TOP_STATE_DIR'] ?? stateDir, key, originOf(env['SRTGEN_BASE_URL']));
			}
		},
		kill() {
			try {
				tmux('kill-server');
			} catch {
				// Already gone.
			}
		},
	};
	pane.type("PS1='$ '; clear");
	// Ready once the screen is clear but for the new prompt: a line typed earlier would be echoed
	// before the clear and share the first line with a prompt.
	const deadline = Date.now() + 20_000;
	while (pane.screen().join('\n').trim() !== '$') {
		if (Date.now() > deadline) {
			throw new Error(`The shell in the pane never became ready. Screen:\n${pane.screen().join('\n')}`);
		}

		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
	}

	return pane;
}

/** The command line that starts the built binary. */
export function command(...args: string[]): string {
	return ['node', binary, ...args].join(' ');
}

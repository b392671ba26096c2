import {spawn} from 'node:child_process';
import {constants} from 'node:os';

/** The command --guard runs, in a process group of its own that it leads. */
export type Worker = {
	pid: number;
	/** The exit code the guard gives: the command's own, or 128 + n when signal n ended it. */
	exited: Promise<number>;
	/** SIGSTOP to the whole group: the command and every process it started. */
	pause(): void;
	/** SIGCONT to the group. */
	resume(): void;
	/** Passes a signal to the group, then SIGCONT: a paused command must be able to act on it. */
	signal(signal: NodeJS.Signals): void;
	/**
	 * What is left of the group once the command is gone (or the guard fails) is ended: SIGTERM,
	 * and never left stopped.
	 */
	end(): void;
};

const reasons: Record<string, string> = {
	ENOENT: 'was not found',
	EACCES: 'cannot be run (permission denied)',
	ENOTDIR: 'was not found',
	EISDIR: 'is a directory',
};

/**
 * Starts the command with our stdio, detached into a group of its own, so that the group can be
 * paused and resumed as one and a signal reaches all of it. Resolves once it runs, or to a sentence
 * saying why it could not start.
 */
export async function startWorker(command: string[], env: NodeJS.ProcessEnv): Promise<Worker | string> {
	const [file, ...args] = command as [string, ...string[]];
	const child = spawn(file, args, {env, detached: true, stdio: 'inherit'});
	const started = await new Promise<NodeJS.ErrnoException | undefined>(resolve => {
		child.once('spawn', () => {
			resolve(undefined);
		});
		child.once('error', resolve);
	});
	if (started !== undefined || child.pid === undefined) {
		return `${file} ${reasons[started?.code ?? ''] ?? `could not be started (${started?.code ?? started?.message ?? 'no process'})`}`;
	}

	const group = child.pid;
	const send = (signal: NodeJS.Signals) => {
		try {
			process.kill(-group, signal);
		} catch {
			// The group is gone.
		}
	};

	const exited = new Promise<number>(resolve => {
		child.once('exit', (code, signal) => {
			resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
		});
	});
	return {
		pid: group,
		exited,
		pause() {
			send('SIGSTOP');
		},
		resume() {
			send('SIGCONT');
		},
		signal(signal) {
			send(signal);
			send('SIGCONT');
		},
		end() {
			send('SIGTERM');
			send('SIGCONT');
		},
	};
}

import {execFile} from 'node:child_process';

export type TmuxServer = {
	socket: string;
	/** The server's process. */
	pid: number;
	/** Runs one tmux command (or several, joined by ';'); false when tmux refused it or the server is gone. */
	run(...args: string[]): Promise<boolean>;
	read(format: string): Promise<string | undefined>;
	/** A global option's value as set, formats unexpanded. */
	show(option: string): Promise<string | undefined>;
	/** The attached clients' names; none when the server cannot say. */
	listClients(): Promise<string[]>;
};

/** A tmux server, named by its socket: every command goes to that server whatever $TMUX says. */
export function tmuxServer(socket: string, pid = 0): TmuxServer {
	const call = async (args: string[]) => new Promise<string | undefined>(resolve => {
		execFile('tmux', ['-S', socket, ...args], {timeout: 10_000}, (error, stdout) => {
			resolve(error === null ? stdout : undefined);
		});
	});
	return {
		socket,
		pid,
		async run(...args) {
			return await call(args) !== undefined;
		},
		async read(format) {
			return (await call(['display-message', '-p', format]))?.replace(/\n$/, '');
		},
		async listClients() {
			return (
				(await call(['list-clients', '-F', '#{client_name}']))?.split('\n').filter(name => name !== '') ?? []
			);
		},
		async show(option) {
			return (await call(['show-option', '-gqv', option]))?.replace(/\n$/, '');
		},
	};
}

/** The server that started us ($TMUX names it), by its own socket path; undefined outside tmux. */
export async function serverOf(env: Record<string, string | undefined>): Promise<TmuxServer | undefined> {
	const given = env['TMUX']?.split(',')[0];
	if (given === undefined || given === '') {
		return undefined;
	}

	const [socket, pid] = (await tmuxServer(given).read('#{socket_path}\t#{pid}'))?.split('\t') ?? [];
	return socket === undefined || socket === '' ? undefined : tmuxServer(socket, Number(pid));
}

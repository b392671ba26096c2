import {exitCode} from './exitCodes.js';
import {shutdown} from './shutdown.js';

const reasons: Record<string, string> = {
	ENOSPC: 'no space left on the device',
	EIO: 'input/output error',
	EBADF: 'it is closed',
	EDQUOT: 'disk quota exceeded',
	EFBIG: 'file too large',
};

/**
 * A failed write to stdout (`>/dev/full`, a full disk) is an error: one line on stderr, while
 * stderr still works, and exit 4. A reader that goes away (`srtgen-top --json | head -c 10`) is
 * no error of ours: the exit code stays what it was. A terminal's errors are left to the live view:
 * a closed tmux pane fails its writes as it hangs up, and the hangup says how it ended.
 */
export function watchStdout(stdout: NodeJS.WriteStream = process.stdout): void {
	stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			void shutdown(typeof process.exitCode === 'number' ? process.exitCode : exitCode.ok);
			return;
		}

		if (stdout.isTTY) {
			return;
		}

		const reason = reasons[error.code ?? ''] ?? error.code ?? error.message;
		void shutdown(exitCode.apiFailure, `srtgen-top: the output could not be written to stdout (${reason}).\n`);
	});
}

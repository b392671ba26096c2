import {parse} from 'shell-quote';
import {ConfigError} from './error.js';

/** `--on-alert`: the user's command, as words to run without a shell, or a line for `sh -c` with `--on-alert-shell`. */
export type AlertCommand = {words: string[]} | {shellLine: string};

/**
 * The command's words; a line that needs a shell (a pipe, a redirection, a variable) without
 * --on-alert-shell is refused.
 */
export function alertCommand(line: string, shell: boolean): AlertCommand {
	if (line.trim() === '') {
		throw new ConfigError('--on-alert needs a command to run.');
	}

	if (shell) {
		return {shellLine: line};
	}

	const words = parse(line, name => `$${name}`);
	if (words.length === 0 || words.some(word => typeof word !== 'string' || word.includes('$'))) {
		throw new ConfigError(
			'--on-alert: the command needs a shell (a pipe, redirection or variable); add --on-alert-shell to run it with sh -c.',
		);
	}

	return {words: words as string[]};
}

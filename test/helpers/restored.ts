import {expect} from 'vitest';
import type {Pane} from './tmux.js';

const answered = (line: string) => line.endsWith('<tty') && !line.startsWith('$');

/**
 * The terminal as the shell should have it after a way out of the live view (or while the view is
 * stopped): main screen with the shell's earlier output, cursor visible, raw mode off, and the
 * shell's `$?` (when given: a stopped job's status names the signal that stopped it). A program
 * that has ended left the key in none of its files.
 */
export async function expectShellTerminal(
	pane: Pane,
	{exitCode, gone}: {exitCode?: number; gone: string},
): Promise<string[]> {
	await pane.waitFor(lines => lines.findLast(line => line.trim() !== '') === '$', "the shell's new prompt", 20_000);
	expect(pane.display('#{alternate_on}')).toBe('0');
	expect(pane.display('#{cursor_flag}')).toBe('1');
	pane.type(
		'echo "exit=$?"; stty -a | tr " ;" "\\n\\n" | grep -xE -- "-?(icanon|echo)" | tr "\\n" " "; echo "<tty"',
	);
	const lines = await pane.waitFor(lines => lines.filter(answered).length > 0, 'the shell to answer', 20_000);
	expect(lines).toContain('before');
	if (exitCode !== undefined) {
		expect(lines).toContain(`exit=${exitCode}`);
		pane.expectKeyNowhere();
	}

	expect(lines.find(answered)).toBe('icanon echo <tty');
	expect(lines.join('\n')).not.toContain(gone);
	return lines;
}

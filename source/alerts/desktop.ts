import {execFile} from 'node:child_process';

/**
 * A desktop notification through the terminal itself: OSC 9 (iTerm2, Windows Terminal, kitty and
 * others) and OSC 777 (urxvt, foot, Ghostty and others). Inside tmux the sequence is wrapped for
 * passthrough (it reaches the outer terminal when tmux's `allow-passthrough` is on), with every
 * escape doubled, as tmux asks.
 */
export function notificationSequence(title: string, message: string, inTmux: boolean): string {
	const text = (value: string) => value.replaceAll(/[\u0000-\u001F\u007F-\u009F;]/g, ' ');
	const sequences = `\u001B]9;${text(message)}\u0007\u001B]777;notify;${text(title)};${text(message)}\u0007`;
	return inTmux ? `\u001BPtmux;${sequences.replaceAll('\u001B', '\u001B\u001B')}\u001B\\` : sequences;
}

/**
 * `notify-send`, where the desktop has it: resolves to true when it ran, false when it is not
 * installed (or failed). Bounded in time like any alert channel.
 */
export async function notifySend(
	title: string,
	message: string,
	env: Record<string, string | undefined>,
): Promise<boolean> {
	return new Promise(resolve => {
		execFile('notify-send', ['--app-name=srtgen-top', title, message], {env, timeout: 5000}, error => {
			resolve(error === null);
		});
	});
}

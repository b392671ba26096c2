import type {ThemeName} from './theme.js';

/** Long enough for a terminal over ssh to answer; a terminal that answers nothing costs this once, at start. */
export const backgroundTimeoutMs = 300;

const escape = '\u001B';
/**
 * OSC 11 asks for the background colour; DA1 (`ESC [ c`), which every terminal answers, follows it:
 * its answer first means no OSC 11 one is coming.
 */
const question = `${escape}]11;?\u0007${escape}[c`;
const osc11Answer = /\u001B\]11;rgb:([\da-f]{1,4})\/([\da-f]{1,4})\/([\da-f]{1,4})(?:\u0007|\u001B\\)/i;
const da1Answer = /\u001B\[\?[\d;]*c/;

/** Light or dark from an OSC 11 answer's `rgb:RRRR/GGGG/BBBB` (1 to 4 hex digits a channel), by its luminance. */
export function shadeOfAnswer(answer: string): ThemeName | undefined {
	const match = osc11Answer.exec(answer);
	if (match === null) {
		return undefined;
	}

	const [red, green, blue] = match.slice(1, 4).map(hex => Number.parseInt(hex, 16) / (16 ** hex.length - 1)) as [
		number,
		number,
		number,
	];
	return (0.2126 * red) + (0.7152 * green) + (0.0722 * blue) > 0.5 ? 'light' : 'dark';
}

/**
 * Light or dark from `COLORFGBG` (`15;0`: foreground;background, as rxvt and Konsole set it): 7 and
 * 15 are light backgrounds.
 */
export function shadeOfColorFgBg(value: string | undefined): ThemeName | undefined {
	const background = value?.split(';').at(-1);
	if (background === undefined || !/^\d+$/.test(background)) {
		return undefined;
	}

	return background === '7' || background === '15' ? 'light' : Number(background) <= 8 ? 'dark' : undefined;
}

/**
 * The terminal's background, asked with OSC 11 before Ink takes stdin: raw, so the answer is not
 * echoed; stopped at the DA1 answer or the time-out; what else arrives meanwhile (a key typed) is
 * put back for the view to read. tmux answers for its pane itself. Without an answer, COLORFGBG;
 * else undefined.
 */
export async function terminalBackground(
	stdin: NodeJS.ReadStream,
	stdout: NodeJS.WriteStream,
	env: Record<string, string | undefined>,
	timeoutMs = backgroundTimeoutMs,
): Promise<ThemeName | undefined> {
	const fallback = shadeOfColorFgBg(env['COLORFGBG']);
	if (!stdin.isTTY || !stdout.isTTY) {
		return fallback;
	}

	const wasRaw = stdin.isRaw;
	stdin.setRawMode(true);
	let received = '';
	const answer = await new Promise<string>(resolve => {
		const done = () => {
			clearTimeout(timer);
			stdin.off('readable', listen);
			resolve(received);
		};

		// Read as Ink reads (on 'readable'): a 'data' listener would leave the stream flowing, or paused, under Ink's.
		const listen = () => {
			for (let chunk = stdin.read() as Buffer | null; chunk !== null; chunk = stdin.read() as Buffer | null) {
				received += chunk.toString('latin1');
			}

			if (da1Answer.test(received)) {
				done();
			}
		};

		const timer = setTimeout(done, timeoutMs);
		stdin.on('readable', listen);
		stdout.write(question);
	});
	stdin.setRawMode(wasRaw);
	const rest = answer.replace(osc11Answer, '').replace(da1Answer, '');
	if (rest !== '') {
		stdin.unshift(Buffer.from(rest, 'latin1'));
	}

	return shadeOfAnswer(answer) ?? fallback;
}

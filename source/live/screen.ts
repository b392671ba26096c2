import {EventEmitter} from 'node:events';
import ansiEscapes from 'ansi-escapes';
import stringWidth from 'string-width';

/** Moves to a row (1-based), first column. */
const row = (index: number) => ansiEscapes.cursorTo(0, index - 1);
const clearToEnd = ansiEscapes.eraseEndLine;
const clearScreen = ansiEscapes.eraseScreen;

/**
 * What Ink draws on in live mode, in place of stdout. Ink (in debug mode) hands over every frame
 * whole; the screen paints it on the alternate screen by row, rewriting only the rows that
 * changed. So a clock ticking rewrites one row, not the frame (Ink 6.8's own incremental
 * rendering draws each frame a row lower than the last), and nothing ever scrolls, since no
 * newline is written. Only a new terminal size clears the screen and repaints everything.
 */
export class Screen extends EventEmitter {
	readonly isTTY = true;
	private painted: string[] = [];
	private paintedSize = '';

	constructor(private readonly stdout: NodeJS.WriteStream) {
		super();
	}

	get columns(): number {
		return this.stdout.columns || 80;
	}

	get rows(): number {
		return this.stdout.rows || 24;
	}

	/** Paints the last frame again, whole: the screen was someone else's meanwhile (Ctrl+Z, then fg). */
	repaint(): void {
		const lines = this.painted;
		this.paintedSize = '';
		this.painted = [];
		this.write(lines.join('\n'));
	}

	write(frame: string): boolean {
		// Ink writes an empty string when it clears output it never wrote in debug mode.
		if (frame === '') {
			return true;
		}

		const lines = frame.replace(/\n$/, '').split('\n').slice(0, this.rows);
		const size = `${this.columns}×${this.rows}`;
		let output = '';
		if (size !== this.paintedSize) {
			output += clearScreen;
			this.painted = [];
			this.paintedSize = size;
		}

		for (const [index, line] of lines.entries()) {
			if (this.painted[index] !== line) {
				// A line as wide as the terminal leaves the cursor in the last column, where erasing would cut it.
				output += row(index + 1) + line + (stringWidth(line) < this.columns ? clearToEnd : '');
			}
		}

		for (let index = lines.length; index < this.painted.length; index++) {
			output += row(index + 1) + clearToEnd;
		}

		this.painted = lines;
		if (output !== '') {
			this.stdout.write(output);
		}

		return true;
	}
}

import {expect, test} from 'vitest';
import {replacePlaceholders} from '../../../source/statusLine/tmux/placeholders.js';

test('each placeholder becomes the user option that holds its text, wherever it is', () => {
	expect(replacePlaceholders('#{srtgen_line} | %H:%M')).toBe('#{@srtgen_line} | %H:%M');
	expect(replacePlaceholders('#[fg=blue]#{srtgen_total} cr, #{srtgen_verdict}#{srtgen_total}')).toBe(
		'#[fg=blue]#{@srtgen_total} cr, #{@srtgen_verdict}#{@srtgen_total}',
	);
});

test('no #( is made: tmux reads the options from memory at each redraw', () => {
	expect(replacePlaceholders('#{srtgen_line} #{srtgen_total} #{srtgen_verdict}')).not.toContain('#(');
});

test('running it again changes nothing (a reload of tmux.conf runs the plugin again)', () => {
	const once = replacePlaceholders('#{srtgen_line} #{cpu_percentage} #{srtgen_verdict}');
	expect(replacePlaceholders(once)).toBe(once);
});

test("tmux's own formats, other plugins' placeholders and lookalikes are left alone", () => {
	for (const format of [
		'#{cpu_percentage} #(date) #{?client_prefix,P,}',
		'#{srtgen_lines} #{srtgen} #{@srtgen_line}',
		'{srtgen_line}',
		'',
	]) {
		expect(replacePlaceholders(format)).toBe(format);
	}
});

test('##{srtgen_line} is the literal text #{srtgen_line} in tmux: it stays text', () => {
	expect(replacePlaceholders('##{srtgen_line}')).toBe('##{srtgen_line}');
	expect(replacePlaceholders('###{srtgen_line}')).toBe('###{@srtgen_line}');
});

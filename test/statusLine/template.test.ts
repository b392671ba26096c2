import {expect, test} from 'vitest';
import {defaultLineFormat} from '../../source/config/lineFormat.js';
import {parseLineFormat, renderLine, type FieldValues} from '../../source/statusLine/template.js';

const render = (format: string, values: FieldValues, style: 'plain' | 'tmux' = 'plain') => {
	const parts = parseLineFormat(format);
	if (typeof parts === 'string') {
		throw new TypeError(parts);
	}

	return renderLine(parts, values, style);
};

test('brackets drop their text when a field in them has no value', () => {
	expect(render(defaultLineFormat, {total: {text: '4,170'}})).toBe('4,170 credits');
	expect(
		render(defaultLineFormat, {
			total: {text: '4,170'},
			rate: {text: '312/h'},
			projection: {text: 'empty ~2h'},
			reset: {text: 'Pro resets in 2h'},
		}),
	).toBe('4,170 credits · 312/h, empty ~2h · Pro resets in 2h');
	expect(render(defaultLineFormat, {demo: {text: 'DEMO'}, total: {text: '1'}, stale: {text: '!3m'}})).toBe(
		'DEMO 1 credits !3m',
	);
});

test('a field outside brackets with no value prints ?', () => {
	expect(render('{total} cr {stale}', {stale: {text: '!'}})).toBe('? cr !');
});

test('tmux style colours the fields with a tone and doubles #', () => {
	expect(
		render('{total} {reset}', {total: {text: '90', tone: 'error'}, reset: {text: 'Plan #1 resets'}}, 'tmux'),
	).toBe('#[fg=red]90#[default] Plan ##1 resets');
	expect(render('#[fg=blue]{total}#[default]', {total: {text: '90'}}, 'tmux')).toBe('#[fg=blue]90#[default]');
});

test.each([
	['{total} {nope}', 'there is no field {nope}'],
	['[{total}', "a '[' without its ']'"],
	['{total}]', "a ']' without its '['"],
	['{total', "a '{' without its '}'"],
])('%j is refused: %s', (format, message) => {
	expect(parseLineFormat(format)).toContain(message);
});

import {defaultLineFormat} from '../config/lineFormat.js';

/** The fields a `--line` template can name, as `{total}`. */
const lineFields = [
	'demo',
	'total',
	'monthly',
	'extra',
	'low',
	'rate',
	'projection',
	'verdict',
	'reset',
	'plans',
	'stale',
] as const;

export type LineField = (typeof lineFields)[number];

/** A field's text, and whether it is worth a colour: a warning, or an error. */
export type FieldValue = {text: string; tone?: 'warning' | 'error'};

export type FieldValues = Partial<Record<LineField, FieldValue>>;

type Part = {literal: string} | {field: LineField} | {section: Part[]};

/** A `--format` template, parsed: see parseLineFormat. */
export type LineTemplate = Part[];

/** The template's parts, or a message saying what is wrong with it. tmux's own `#[…]` stays literal. */
export function parseLineFormat(format: string): Part[] | string {
	const stack: Part[][] = [[]];
	const pattern = /#\[[^\]]*\]|\[|\]|\{([^}]*)\}|[^[\]{#]+|#|\{/g;
	for (const [token, name] of format.matchAll(pattern)) {
		const parts = stack.at(-1)!;
		if (token === '[') {
			const section: Part[] = [];
			parts.push({section});
			stack.push(section);
		} else if (token === ']') {
			if (stack.length === 1) {
				return `--format: a ']' without its '['.`;
			}

			stack.pop();
		} else if (name !== undefined) {
			if (!(lineFields as readonly string[]).includes(name)) {
				return `--format: there is no field {${name}}; the fields are ${lineFields.map(field => `{${field}}`).join(' ')}.`;
			}

			parts.push({field: name as LineField});
		} else if (token === '{') {
			return `--format: a '{' without its '}'.`;
		} else {
			parts.push({literal: token});
		}
	}

	return stack.length === 1 ? stack[0]! : `--format: a '[' without its ']'.`;
}

export type LineStyle = 'plain' | 'tmux';

const tmuxColour = {warning: 'yellow', error: 'red'} as const;

/** The line, from parts and values. A field without a value prints `?` outside brackets. */
export function renderLine(parts: Part[], values: FieldValues, style: LineStyle): string {
	const render = (part: Part): string | undefined => {
		if ('literal' in part) {
			return part.literal;
		}

		if ('field' in part) {
			const value = values[part.field];
			return value === undefined ? undefined : paint(value, style);
		}

		const rendered = part.section.map(render);
		return rendered.includes(undefined) ? '' : rendered.join('');
	};

	return parts.map(part => render(part) ?? '?').join('').replaceAll(/ {2,}/g, ' ').trim();
}

function paint(value: FieldValue, style: LineStyle): string {
	if (style === 'plain') {
		return value.text;
	}

	// tmux reads #[…] in a status line as a style and #(…) as a command: the text's own '#' is doubled.
	const text = value.text.replaceAll('#', '##');
	return value.tone === undefined ? text : `#[fg=${tmuxColour[value.tone]}]${text}#[default]`;
}

/** The default line, parsed once. */
export const defaultLineTemplate = parseLineFormat(defaultLineFormat) as LineTemplate;

/** What is wrong with a --format template, if anything. */
export function checkLineFormat(format: string | undefined): string | undefined {
	const parsed = format === undefined ? defaultLineTemplate : parseLineFormat(format);
	return typeof parsed === 'string' ? parsed : undefined;
}

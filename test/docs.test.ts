import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {documents, headingAnchors, relativeLinks} from './helpers/markdownLinks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const anchorsOf = (file: string) => headingAnchors(readFileSync(path.join(root, file), 'utf8'));

describe.each(documents(root))('%s', from => {
	const links = relativeLinks(root, from);

	test('every relative link names a file of the repository', () => {
		const missing = links
			.filter(link => link.file.startsWith('..') || !existsSync(path.join(root, link.file)))
			.map(link => link.target);
		expect(missing).toEqual([]);
	});

	test('every #anchor is a heading of the file it points into', () => {
		const broken = links
			.filter(
				link =>
					link.anchor !== undefined
					&& link.file.endsWith('.md')
					&& existsSync(path.join(root, link.file))
					&& !anchorsOf(link.file).has(link.anchor),
			)
			.map(link => link.target);
		expect(broken).toEqual([]);
	});
});

test('the readme links every page of docs/, and the pages link back into each other', () => {
	const linked = new Set(relativeLinks(root, 'readme.md').map(link => link.file));
	const pages = documents(root).filter(file => file.startsWith('docs/'));
	expect(pages.length).toBeGreaterThan(5);
	expect(pages.filter(page => !linked.has(page))).toEqual([]);
	expect(pages.flatMap(page => relativeLinks(root, page)).length).toBeGreaterThan(pages.length);
});

test('headings slug as GitHub slugs them: a code span by its text, a repeated heading numbered, none inside a code block', () => {
	expect(
		headingAnchors('# How `--line` asks the API\n## Two accounts\n## Two accounts\n```\n# not a heading\n```'),
	).toEqual(new Set(['how---line-asks-the-api', 'two-accounts', 'two-accounts-1']));
});

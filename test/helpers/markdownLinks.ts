import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';

/** The user's documents: the readme, CONTRIBUTING.md and every page of docs/, relative to `root`. */
export function documents(root: string): string[] {
	const pages = readdirSync(path.join(root, 'docs')).filter(name => name.endsWith('.md')).map(name => `docs/${name}`);
	return ['readme.md', 'CONTRIBUTING.md', ...pages.toSorted()];
}

/** The text as GitHub renders its links: fenced code blocks and code spans hold none. */
function withoutCode(markdown: string): string {
	return markdown.replaceAll(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replaceAll(/`[^`\n]*`/g, '');
}

export type Link = {from: string; target: string; file: string; anchor: string | undefined};

/**
 * Every relative link and image of a document: `file` is the target's path from `root`, or `from`
 * itself for `#anchor`.
 */
export function relativeLinks(root: string, from: string): Link[] {
	const text = withoutCode(readFileSync(path.join(root, from), 'utf8'));
	return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(match => match[1]!)
		.filter(target => !/^[a-z][a-z0-9+.-]*:/i.test(target))
		.map(target => {
			const [file, anchor] = target.split('#', 2) as [string, string | undefined];
			return {
				from,
				target,
				file: file === '' ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), file)),
				anchor,
			};
		});
}

/** The anchors GitHub gives a document's headings: their text as rendered (code spans' text, links' text), slugged. */
export function headingAnchors(markdown: string): Set<string> {
	const slugger = new GithubSlugger();
	const headings = markdown.replaceAll(/^```[^\n]*\n[\s\S]*?^```$/gm, '').split('\n').filter(line => /^#{1,6}\s/.test(line));
	return new Set(headings.map(line => slugger.slug(line.replace(/^#+\s+/, '').replaceAll(/\[([^\]]*)\]\([^)]*\)/g, '$1').replaceAll('`', ''))));
}

import {createHash} from 'node:crypto';
import {lstatSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect} from 'vitest';

/**
 * The key as it could leak into a file or a file's name: itself in any case, its common encodings,
 * and common unkeyed hashes of it (alone or with the origin, as the file names hash other things),
 * whole or cut to the lengths file names use.
 */
export function keyForms(key: string, origin?: string): string[] {
	const forms = [
		key,
		key.toLowerCase(),
		key.toUpperCase(),
		encodeURIComponent(key),
		JSON.stringify(key).slice(1, -1),
	];
	for (const encoding of ['base64', 'base64url', 'hex'] as const) {
		forms.push(Buffer.from(key).toString(encoding).replace(/=+$/, ''));
	}

	const hashed = origin === undefined ? [key] : [key, `${origin}\n${key}`, `${key}\n${origin}`];
	for (const input of hashed) {
		for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) {
			const digest = createHash(algorithm).update(input).digest();
			forms.push(
				digest.toString('hex').slice(0, 16),
				digest.toString('base64').slice(0, 16),
				digest.toString('base64url').slice(0, 16),
			);
		}
	}

	return forms;
}

/**
 * Every file under the state directory, by name and content, holds none of the key's forms; the
 * directories are 0700 and the files 0600. A directory never created passes: nothing was written.
 * `ownModes` false leaves the state directory's own mode unchecked: a test chose it (0777, 0500).
 */
export function expectKeyNowhere(stateDir: string, key: string, origin?: string, ownModes = true): void {
	const forms = keyForms(key, origin);
	const visit = (entry: string) => {
		let stats;
		try {
			stats = lstatSync(entry);
		} catch {
			return;
		}

		const name = path.basename(entry);
		for (const form of forms) {
			expect(name.toLowerCase(), `a name in ${stateDir}`).not.toContain(form.toLowerCase());
		}

		if (stats.isDirectory()) {
			if (ownModes || entry !== stateDir) {
				expect((stats.mode & 0o777).toString(8), entry).toBe('700');
			}

			for (const child of readdirSync(entry)) {
				visit(path.join(entry, child));
			}

			return;
		}

		expect((stats.mode & 0o777).toString(8), entry).toBe('600');
		const content = readIfStill(entry);
		if (content === undefined) {
			return;
		}

		for (const text of [content.toString('utf8'), content.toString('hex'), content.toString('base64')]) {
			for (const form of forms) {
				expect(text.includes(form), `${form} (a form of the key) in ${entry}`).toBe(false);
			}
		}
	};

	visit(stateDir);
}

/**
 * A file's content, or undefined when it went between listing and reading: other runs on the same
 * directory may still be renaming a temporary file into place, whose content the next scan reads.
 */
function readIfStill(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw error;
	}
}

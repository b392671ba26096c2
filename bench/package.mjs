import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/**
 * The tarball `npm pack` makes, and what installing its production dependencies brings along (from
 * our lockfile and npm's cache, as the package test does).
 */
export function measurePackage({root}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-pack-'));
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}),
	);
	const app = path.join(dir, 'app');
	execFileSync('mkdir', [app]);
	execFileSync('tar', ['-xzf', path.join(dir, packed.filename), '-C', app, '--strip-components=1']);
	copyFileSync(path.join(root, 'package-lock.json'), path.join(app, 'package-lock.json'));
	execFileSync('npm', ['ci', '--omit=dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: app,
		stdio: 'ignore',
	});
	const installedBytes = Number(
		execFileSync('du', ['-sb', path.join(app, 'node_modules')], {encoding: 'utf8'}).split('\t')[0],
	);
	const packages
		= execFileSync('npm', ['ls', '--all', '--parseable', '--omit=dev'], {
			cwd: app,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		})
			.trim()
			.split('\n').length - 1;
	return {
		tarballBytes: packed.size,
		unpackedBytes: packed.unpackedSize,
		files: packed.entryCount,
		installedBytes,
		packages,
	};
}

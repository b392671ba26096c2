import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** The tarball `npm pack` makes, and what installing it brings along. */
export function measurePackage({root}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-pack-'));
	const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}));
	const install = path.join(dir, 'install');
	execFileSync('npm', ['install', '--prefix', install, '--omit=dev', '--no-audit', '--no-fund', path.join(dir, packed.filename)], {stdio: 'ignore'});
	const installedBytes = Number(execFileSync('du', ['-sb', path.join(install, 'node_modules')], {encoding: 'utf8'}).split('\t')[0]);
	const packages = Number(execFileSync('npm', ['ls', '--all', '--parseable', '--prefix', install], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim().split('\n').length - 1);
	return {tarballBytes: packed.size, unpackedBytes: packed.unpackedSize, files: packed.entryCount, installedBytes, packages};
}

import {execFileSync} from 'node:child_process';
import {chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A copy, in a directory open to every user, of what a program run as another user loads: Node, the
 * bundle with its production dependencies, and the history store and model bundled alone for the
 * tests that drive the store from a child process. The checkout may sit under a 0700 directory
 * (`mktemp -d`, a home), which the unprivileged user cannot even enter.
 */
export async function makeReadableCopy(): Promise<string> {
	const copy = mkdtempSync(path.join(tmpdir(), 'srtgen-top-readable-'));
	cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), {recursive: true});
	for (const dependency of productionDependencies()) {
		cpSync(path.join(root, dependency), path.join(copy, dependency), {recursive: true});
	}

	await build({
		entryPoints: {historyStore: 'source/state/historyStore.ts', history: 'source/model/history.ts'},
		absWorkingDir: root,
		outdir: path.join(copy, 'store'),
		bundle: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'error',
	});
	// Node itself may be installed under a 0700 directory too (.ci/run puts Node 22 and 24 in `mktemp -d`).
	mkdirSync(path.join(copy, 'bin'));
	copyFileSync(process.execPath, path.join(copy, 'bin', 'node'));
	execFileSync('chmod', ['-R', 'a+rX', copy]);
	chmodSync(copy, 0o755);
	return copy;
}

/** The installed packages that are not only for development (`node_modules/…` as the lockfile names them). */
function productionDependencies(): string[] {
	const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
		packages: Record<string, {dev?: boolean}>;
	};
	return Object.entries(lock.packages)
		.filter(([name, entry]) => name.startsWith('node_modules/') && entry.dev !== true)
		.map(([name]) => name);
}

import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {expect, test} from 'vitest';
import {binary, temporaryStateDir} from './helpers/cli.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

test('the one-shot modes load neither Ink, React nor the fonts', async () => {
	const trace = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-trace-')), 'modules');
	const hook = fileURLToPath(new URL('helpers/loadedModules.mjs', import.meta.url));
	const {stdout} = await run(process.execPath, ['--import', hook, binary, '--demo', '--json'], {env: {PATH: process.env['PATH'] ?? '', SRTGEN_TOP_TRACE_MODULES: trace, SRTGEN_TOP_STATE_DIR: temporaryStateDir()}});
	expect(JSON.parse(stdout)).toMatchObject({demo: true});
	const loaded = readFileSync(trace, 'utf8');
	expect(loaded).toContain('dist/cli.js');
	expect(loaded).not.toMatch(/node_modules\/(ink|react|react-reconciler|yoga-layout|cfonts|ink-big-text)\//);
	expect(loaded).not.toMatch(/dist\/chunks\/runLive-/);
});

test('packed and run with npx in an empty directory: --demo --once works', async () => {
	const work = mkdtempSync(path.join(tmpdir(), 'srtgen-top-npx-'));
	const {stdout: packed} = await run('npm', ['pack', '--silent', '--pack-destination', work], {cwd: root});
	const tarball = path.join(work, packed.trim().split('\n').at(-1)!);
	const empty = mkdtempSync(path.join(tmpdir(), 'srtgen-top-empty-'));
	const {stdout} = await run('npx', ['--yes', '--package', tarball, 'srtgen-top', '--demo', '--once'], {
		cwd: empty,
		env: {...process.env, SRTGEN_TOP_STATE_DIR: temporaryStateDir(), npm_config_update_notifier: 'false'},
	});
	expect(stdout).toContain('DEMO');
	expect(stdout).toContain('Pro Plan');

	const {stdout: listing} = await run('tar', ['-tzf', tarball]);
	expect(listing.trim().split('\n').toSorted()).toEqual(expect.arrayContaining(['package/LICENSE', 'package/dist/cli.js', 'package/package.json', 'package/readme.md']));
	expect(listing).not.toMatch(/package\/(source|test|bench)\//);
}, 180_000);

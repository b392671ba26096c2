import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, statSync} from 'node:fs';
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

// `npm test` has built dist/ already, and other test files run that binary meanwhile: packing
// must not run `prepare` (a rebuild), and installing takes the dependencies from npm's cache
// (filled by `npm ci`), never the network.
test('packed, installed offline in an empty prefix, its bin runs --demo --once', async () => {
	const work = mkdtempSync(path.join(tmpdir(), 'srtgen-top-pack-'));
	const builtAt = statSync(binary).mtimeMs;
	const {stdout: packed} = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {cwd: root});
	const tarball = path.join(work, packed.trim().split('\n').at(-1)!);
	expect(statSync(binary).mtimeMs).toBe(builtAt);
	const {stdout: listing} = await run('tar', ['-tzf', tarball]);
	expect(listing.trim().split('\n').toSorted()).toEqual(expect.arrayContaining(['package/LICENSE', 'package/dist/cli.js', 'package/package.json', 'package/readme.md']));
	expect(listing).not.toMatch(/package\/(source|test|bench)\//);

	const prefix = mkdtempSync(path.join(tmpdir(), 'srtgen-top-prefix-'));
	const npmEnv = {...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false'};
	await run('npm', ['install', '--offline', '--ignore-scripts', '--prefix', prefix, tarball], {cwd: prefix, env: npmEnv});
	const installed = path.join(prefix, 'node_modules', '.bin', 'srtgen-top');
	const {stdout} = await run(installed, ['--demo', '--once'], {
		cwd: prefix,
		env: {PATH: process.env['PATH'] ?? '', SRTGEN_TOP_STATE_DIR: temporaryStateDir()},
	});
	expect(stdout).toContain('DEMO');
	expect(stdout).toContain('Pro Plan');
}, 180_000);

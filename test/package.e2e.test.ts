import {execFile} from 'node:child_process';
import {copyFileSync, existsSync, mkdtempSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {expect, test} from 'vitest';
import {binary, temporaryStateDir} from './helpers/cli.js';
import {documents, relativeLinks} from './helpers/markdownLinks.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

test('the one-shot modes load neither Ink, React nor the fonts', async () => {
	const trace = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-trace-')), 'modules');
	const hook = fileURLToPath(new URL('helpers/loadedModules.mjs', import.meta.url));
	const {stdout} = await run(process.execPath, ['--import', hook, binary, '--demo', '--json'], {
		env: {
			PATH: process.env['PATH'] ?? '',
			SRTGEN_TOP_TRACE_MODULES: trace,
			SRTGEN_TOP_STATE_DIR: temporaryStateDir(),
		},
	});
	expect(JSON.parse(stdout)).toMatchObject({demo: true});
	const loaded = readFileSync(trace, 'utf8');
	expect(loaded).toContain('dist/cli.js');
	expect(loaded).not.toMatch(/node_modules\/(ink|react|react-reconciler|yoga-layout|cfonts|ink-big-text)\//);
	expect(loaded).not.toMatch(/dist\/chunks\/runLive-/);
});

test('the bundle holds permissively licensed packages only: cfonts stays outside', () => {
	const bundled = JSON.parse(readFileSync(path.join(root, 'dist', 'bundled-packages.json'), 'utf8')) as string[];
	expect(bundled).toEqual(expect.arrayContaining(['ink', 'react', 'yoga-layout', 'ink-big-text']));
	expect(bundled).not.toContain('cfonts');
	const licences = new Set(
		bundled.map(
			name =>
				(
					JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
						license: string;
					}
				).license,
		),
	);
	const notices = readFileSync(path.join(root, 'dist', 'third-party-licences.txt'), 'utf8');
	for (const name of bundled) {
		expect(notices).toContain(`\n${name} `);
	}

	expect(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']).toEqual(
		expect.arrayContaining([...licences]),
	);
});

// `npm test` has built dist/ already, and other test files run that binary meanwhile: packing
// must not run `prepare` (a rebuild). The tarball is unpacked as an app of its own, and its
// production dependencies are installed from our lockfile with `npm ci --offline`: the tarballs
// come from npm's cache (filled by our own `npm ci`), never the network. (`npm install <tarball>`
// would need the registry's package lists, which `npm ci` does not cache.)
test('packed, its production dependencies installed offline, its bin runs --demo --once', async () => {
	const work = mkdtempSync(path.join(tmpdir(), 'srtgen-top-pack-'));
	const builtAt = statSync(binary).mtimeMs;
	const {stdout: packed} = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {
		cwd: root,
	});
	const tarball = path.join(work, packed.trim().split('\n').at(-1)!);
	expect(statSync(binary).mtimeMs).toBe(builtAt);
	const {stdout: listing} = await run('tar', ['-tzf', tarball]);
	expect(listing.trim().split('\n').toSorted()).toEqual(
		expect.arrayContaining([
			'package/LICENSE',
			'package/dist/srtgen-top.cjs',
			'package/dist/cli.js',
			'package/dist/third-party-licences.txt',
			'package/package.json',
			'package/readme.md',
			'package/docs/configuration.md',
			'package/docs/live-view.svg',
		]),
	);
	expect(listing).not.toMatch(/package\/(source|test|bench|scripts)\//);

	const app = mkdtempSync(path.join(tmpdir(), 'srtgen-top-app-'));
	await run('tar', ['-xzf', tarball, '-C', app, '--strip-components=1']);
	// The readme and its pages, read where npm installs them: every relative link finds its file.
	const unshipped = documents(app)
		.flatMap(file => relativeLinks(app, file))
		.filter(link => !existsSync(path.join(app, link.file)));
	expect(unshipped.map(link => `${link.from} → ${link.target}`)).toEqual([]);
	copyFileSync(path.join(root, 'package-lock.json'), path.join(app, 'package-lock.json'));
	const npmEnv = {
		...process.env,
		npm_config_update_notifier: 'false',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
	};
	await run('npm', ['ci', '--omit=dev', '--offline', '--ignore-scripts'], {cwd: app, env: npmEnv});
	// Ink and React are in the live view's chunk; only cfonts (GPL-3.0-or-later) is installed beside it.
	expect(existsSync(path.join(app, 'node_modules', 'cfonts'))).toBe(true);
	expect(existsSync(path.join(app, 'node_modules', 'ink'))).toBe(false);
	expect(existsSync(path.join(app, 'node_modules', 'vitest'))).toBe(false);

	const manifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as {bin: Record<string, string>};
	const bin = path.join(app, manifest.bin['srtgen-top']!);
	// npm makes the bin executable where it links it; run it with node, and check the line that lets it run alone.
	expect(readFileSync(bin, 'utf8').split('\n')[0]).toMatch(/^#!\/usr\/bin\/env (-S )?node\b/);
	const {stdout} = await run(process.execPath, [bin, '--demo', '--once'], {
		cwd: app,
		env: {PATH: process.env['PATH'] ?? '', SRTGEN_TOP_STATE_DIR: temporaryStateDir()},
	});
	expect(stdout).toContain('DEMO');
	expect(stdout).toContain('Pro Plan');
}, 180_000);

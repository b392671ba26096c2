import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openMarkStore} from '../source/state/markStore.js';
import {toneSymbol} from '../source/present/verdictText.js';
import {runCli, temporaryStateDir} from './helpers/cli.js';
import {sampleAccount, seedDrain} from './helpers/drain.js';
import {sampleBody} from './helpers/fixtures.js';
import {recorders} from './helpers/recorders.js';
import {expectShellTerminal} from './helpers/restored.js';
import {startServer, type TestServer} from './helpers/server.js';
import {command, openPane} from './helpers/tmux.js';

type Verdict = {code: string; text: string; tone: keyof typeof toneSymbol};

const key = 'sk_live_assessment_4d3c2b1a';
const minute = 60_000;
let server: TestServer;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
});

afterAll(async () => {
	await server.close();
});

/**
 * A state directory with a marked run and readings falling by 20 credits every 5 s to 1,250 (the
 * server's balance stays put, so no mode sees a drop the others did not).
 */
async function stateWith(
	mark: {agoMs: number; jobs: number},
	drain: {readings: number; endsAgoMs?: number},
): Promise<Record<string, string>> {
	const stateDir = temporaryStateDir();
	const place = {origin: server.url.origin, stateDir};
	await openMarkStore({...place, account: sampleAccount}).write({at: Date.now() - mark.agoMs, jobs: mark.jobs});
	await seedDrain(place, {readings: drain.readings, everyMs: 5000, endsAt: Date.now() - (drain.endsAgoMs ?? 0)});
	return {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: stateDir};
}

/** The verdict --json gives, after checking that --once, --line's {verdict} and the screen give the same. */
async function oneVerdict(env: Record<string, string>): Promise<Verdict> {
	const {verdict} = JSON.parse((await runCli(['--json'], env)).stdout) as {verdict: Verdict};
	const shown = `${toneSymbol[verdict.tone]} ${verdict.text}`;
	expect((await runCli(['--once'], env)).stdout).toContain(`\nOutlook  ${shown}\n`);
	expect((await runCli(['--line', '--max-age', '0', '--format', '{verdict}'], env)).stdout).toBe(`${verdict.text}\n`);
	const pane = openPane(100, 30, env);
	try {
		pane.launch(command('--interval', '30'));
		const screen = await pane.waitFor(
			lines => lines.some(line => line.startsWith(toneSymbol[verdict.tone])),
			'the verdict',
			20_000,
		);
		expect(screen).toContain(shown);
		pane.keys('q');
		await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
	} finally {
		pane.kill();
	}

	return verdict;
}

describe('with a run marked, the screen, --once, --json and --line say the same verdict', () => {
	test('a run of 100 jobs, 12 done at 20 credits, 1,250 left: short, and an alert and the exporter say so too', async () => {
		const env = await stateWith({agoMs: minute, jobs: 100}, {readings: 13});
		const verdict = await oneVerdict(env);
		expect(verdict.code).toBe('run-short');
		expect(verdict.text).toMatch(/^short by ~[\d,]+ credits — about \d+ jobs$/);

		const hooks = recorders();
		await runCli(['--line', '--max-age', '0', '--on-alert', hooks.hook], env);
		const [alert] = hooks.alerts();
		expect(alert).toContain('SRTGEN_EVENT=run-short\n');
		expect(alert).toContain(`SRTGEN_VERDICT=${verdict.code}\n`);
		expect(alert).toContain(`SRTGEN_VERDICT_TEXT=${verdict.text}\n`);
		const metrics = (await runCli(['--openmetrics'], env)).stdout;
		expect(metrics).toMatch(new RegExp(`^srtgen_verdict\\{account="default",verdict="${verdict.code}"\\} 1$`, 'm'));
	});

	test('a run of 2 jobs, both done just now, while the balance drains fast: all say it is done', async () => {
		// Marked between the third-last and the second-last reading: the last two drops are its jobs.
		const verdict = await oneVerdict(await stateWith({agoMs: 7000, jobs: 2}, {readings: 13}));
		expect(verdict).toEqual({code: 'run-done', text: 'all 2 jobs done', tone: 'ok'});
	});

	test('a run of 2 jobs done sixteen minutes ago: all say the balance\'s verdict again', async () => {
		// Past the recent window too, so that the balance's verdict has no clock time that could turn between two runs.
		const verdict = await oneVerdict(
			await stateWith({agoMs: 16 * minute + 7000, jobs: 2}, {readings: 13, endsAgoMs: 16 * minute}),
		);
		expect(verdict.code).not.toMatch(/^run-/);
	});

	test('--line --jobs marks a run now as --once --jobs does, from its cache too, and --line --unmark clears it for every mode', async () => {
		const env = await stateWith({agoMs: minute, jobs: 100}, {readings: 13});
		const line = async (...args: string[]) =>
			(await runCli(['--line', '--format', '{verdict}', ...args], env)).stdout.trim();
		const jsonVerdict = async () =>
			(JSON.parse((await runCli(['--json'], env)).stdout) as {verdict: Verdict}).verdict;

		const marked = await line('--max-age', '0', '--jobs', '500');
		expect(marked).toMatch(/^500 jobs to go/);
		expect((await jsonVerdict()).text).toBe(marked);
		expect(await line('--max-age', '3600', '--jobs', '300')).toMatch(/^300 jobs to go/);
		expect((await jsonVerdict()).text).toMatch(/^300 jobs to go/);

		const unmarked = await line('--max-age', '3600', '--unmark');
		const verdict = await jsonVerdict();
		expect(verdict.code).not.toMatch(/^run-/);
		expect(unmarked).toBe(verdict.text);
	});
});

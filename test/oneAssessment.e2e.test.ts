import {afterAll, beforeAll, expect, test} from 'vitest';
import {openMarkStore} from '../source/state/markStore.js';
import {toneSymbol} from '../source/present/verdictText.js';
import {runCli, temporaryStateDir} from './helpers/cli.js';
import {sampleAccount, seedDrain} from './helpers/drain.js';
import {sampleBody} from './helpers/fixtures.js';
import {recorders} from './helpers/recorders.js';
import {expectShellTerminal} from './helpers/restored.js';
import {startServer, type TestServer} from './helpers/server.js';
import {command, openPane} from './helpers/tmux.js';

// One state: a run of 100 jobs marked a minute ago, 12 drops of 20 since, 1,250 credits left (the
// server's balance stays put, so no mode sees a drop the others did not). Every way of running
// must give the verdict the --json document gives: the run's, not the balance's.
const key = 'sk_live_assessment_4d3c2b1a';
let server: TestServer;
let stateDir: string;
let env: Record<string, string>;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
	stateDir = temporaryStateDir();
	const place = {origin: server.url.origin, stateDir};
	await openMarkStore({...place, account: sampleAccount}).write({at: Date.now() - 60_000, jobs: 100});
	await seedDrain(place, {readings: 13, everyMs: 5000});
	env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: stateDir};
});

afterAll(async () => {
	await server.close();
});

test('the screen, --once, --json, --line, an alert and the exporter say the same verdict', async () => {
	const json = JSON.parse((await runCli(['--json'], env)).stdout) as {verdict: {code: string; text: string; tone: keyof typeof toneSymbol}};
	expect(json.verdict.code).toBe('run-short');
	expect(json.verdict.text).toMatch(/^short by ~[\d,]+ credits — about \d+ jobs$/);
	const shown = `${toneSymbol[json.verdict.tone]} ${json.verdict.text}`;

	expect((await runCli(['--once'], env)).stdout).toContain(`\nOutlook  ${shown}\n`);

	const hooks = recorders();
	const line = await runCli(['--line', '--max-age', '0', '--format', '{verdict}', '--on-alert', hooks.hook], env);
	expect(line.stdout).toBe(`${json.verdict.text}\n`);
	const [alert] = hooks.alerts();
	expect(alert).toContain('SRTGEN_EVENT=run-short\n');
	expect(alert).toContain(`SRTGEN_VERDICT=${json.verdict.code}\n`);
	expect(alert).toContain(`SRTGEN_VERDICT_TEXT=${json.verdict.text}\n`);

	const metrics = (await runCli(['--openmetrics'], env)).stdout;
	expect(metrics).toMatch(new RegExp(`^srtgen_verdict\\{account="default",verdict="${json.verdict.code}"\\} 1$`, 'm'));

	const pane = openPane(100, 30, env);
	try {
		pane.launch(command('--interval', '30'));
		const screen = await pane.waitFor(lines => lines.some(shownLine => shownLine.startsWith(toneSymbol[json.verdict.tone])), 'the verdict', 20_000);
		expect(screen).toContain(shown);
		pane.keys('q');
		await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
	} finally {
		pane.kill();
	}
});

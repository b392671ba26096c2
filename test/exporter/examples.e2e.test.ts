import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {required} from '../helpers/exporter.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const hint = 'apt-get install prometheus (.ci/run installs it); this test is not skipped without it';

/** The metric names the exporter writes, from a real one-shot on the demo account. */
async function exportedNames(): Promise<Set<string>> {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-names-')), 'srtgen.prom');
	expect((await runCli(['--demo', '--openmetrics', '--output', file])).code).toBe(0);
	return new Set([...readFileSync(file, 'utf8').matchAll(/^# TYPE (\w+) /gm)].map(match => match[1]!));
}

/** The srtgen_ names a text uses. */
const usedNames = (text: string) => new Set(text.match(/\bsrtgen_[a-z_]+/g));

test('promtool test rules: the example alerts fire on series that cross each threshold, and only then', () => {
	const promtool = required('promtool', hint);
	const check = spawnSync(promtool, ['check', 'rules', 'srtgen-alerts.yml'], {
		cwd: path.join(examples, 'prometheus'),
		encoding: 'utf8',
	});
	expect(check.stdout).toContain('SUCCESS: 4 rules found');
	const run = spawnSync(promtool, ['test', 'rules', 'srtgen-alerts.test.yml'], {
		cwd: path.join(examples, 'prometheus'),
		encoding: 'utf8',
	});
	expect(`${run.stdout}${run.stderr}`).toContain('SUCCESS');
	expect(run.status).toBe(0);
});

test('the alert rules and the Grafana dashboard use only metric names the exporter writes', async () => {
	const names = await exportedNames();
	const rules = readFileSync(path.join(examples, 'prometheus', 'srtgen-alerts.yml'), 'utf8');
	const dashboard = readFileSync(path.join(examples, 'grafana', 'srtgen-dashboard.json'), 'utf8');
	const parsed = JSON.parse(dashboard) as {panels: Array<{targets: Array<{expr: string}>}>};
	expect(parsed.panels.length).toBeGreaterThan(5);
	for (const used of [usedNames(rules), usedNames(dashboard)]) {
		expect(used.size).toBeGreaterThan(3);
		expect([...used].filter(name => !names.has(name))).toEqual([]);
	}
});

import {defineConfig} from 'vitest/config';

const e2e = ['test/**/*.e2e.test.{ts,tsx}'];

export default defineConfig({
	test: {
		env: {
			// Times of day ("−37 at 14:02:11") are shown in local time; tests read them in UTC.
			TZ: 'UTC',
			// Ink draws nothing until exit under CI (is-in-ci); the tests render as a terminal would.
			CI: 'false',
		},
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				// Model, config, api against a local server, components and hooks: no build, no tmux, no child
				// process. They share their workers' modules (no isolation): importing Ink and React once per
				// worker instead of once per file halves the tier's time.
				test: {
					name: 'unit',
					include: ['test/**/*.test.{ts,tsx}'],
					exclude: e2e,
					pool: 'threads',
					isolate: false,
					maxWorkers: '100%',
					sequence: {groupOrder: 0},
				},
			},
			{
				extends: true,
				// The built binary in real terminals and against real servers, after the unit tier: most of
				// their time is spent waiting on other processes, so more files run at once than there are cores.
				test: {
					name: 'e2e',
					include: e2e,
					globalSetup: ['test/setup/readableCopy.ts'],
					maxWorkers: 4,
					sequence: {groupOrder: 1},
				},
			},
		],
	},
});

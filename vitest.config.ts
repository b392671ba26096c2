import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		env: {
			// Times of day ("−37 at 14:02:11") are shown in local time; tests read them in UTC.
			TZ: 'UTC',
			// Ink draws nothing until exit under CI (is-in-ci); the tests render as a terminal would.
			CI: 'false',
		},
		testTimeout: 30_000,
	},
});

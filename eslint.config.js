import stylistic from '@stylistic/eslint-plugin';
import {defineConfig} from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const core = ['config', 'api', 'model', 'present', 'state', 'demo', 'connection', 'process', 'alerts'];
const waysOfRunning = ['commands', 'statusLine', 'live', 'exporter', 'guard'];
// The lines max-len leaves whole (see its rule below). The groups count across both: the quote is the seventh.
const testTitle = String.raw`(test|it|describe)(\.\w+)*\(`;
const oneString = String.raw`((return|(export )?const \w+ =|\w+:|[?:+]) )?(['"\x60]).*\7[,;)]*$`;
const wholeLines = String.raw`^\s*(${testTitle}|${oneString})`;
const inSource = names => names.map(name => `source/${name}`);
const except = (names, ...left) => names.filter(name => !left.includes(name));

/**
 * Nothing imports upwards. From the bottom: api and config import nothing of ours; the model (numbers)
 * only api's types; present (the words people read, and the one assessment that carries them) the
 * model; process, demo and state a little more; connection any of the core.
 * Above the core, the ways of running (commands, statusLine, live, exporter, guard) never import each other, and
 * only cli.tsx (a status line answered from its cache) and main.ts (the rest) pick one.
 */
const layers = [
	{
		target: inSource(core),
		from: [...inSource(waysOfRunning), 'source/cli.tsx', 'source/main.ts'],
		message: 'The core never imports a way of running, nor the cli.',
	},
	...waysOfRunning.map(way => ({
		target: `source/${way}`,
		from: [...inSource(except(waysOfRunning, way)), 'source/cli.tsx', 'source/main.ts'],
		message: 'A way of running never imports another; what they share belongs in the core.',
	})),
	...[
		['api', []],
		['config', []],
		['model', ['api']],
		['present', ['api', 'model']],
		['process', ['api']],
		['demo', ['api']],
		['state', ['api', 'model', 'present', 'process']],
		['alerts', ['api', 'config', 'model', 'present', 'process', 'state']],
	].map(([room, below]) => ({
		target: `source/${room}`,
		from: inSource(except(core, room, ...below)),
		message: `source/${room} may import only ${below.length === 0 ? 'libraries' : inSource(below).join(', ')}: `
			+ 'the rest of the core sits above it.',
	})),
];

// A formatter as lint rules, set to the code's own style (tabs, single quotes, `{a}`, semicolons):
// `eslint --fix` mends only the lines that stray, where Prettier would rewrap whole files.
const style = stylistic.configs.customize({indent: 'tab', quotes: 'single', semi: true, jsx: true, braceStyle: '1tbs'});
const [, indentLevel, indentOptions] = style.rules['@stylistic/indent'];

export default defineConfig(
	{ignores: ['dist/', 'coverage/', 'node_modules/']},
	tseslint.configs.strictTypeChecked,
	{
		languageOptions: {
			parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
		},
		rules: {
			// With noUncheckedIndexedAccess, `!` marks an index the code has just checked or counted.
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
		},
	},
	{
		files: ['test/**'],
		rules: {
			// Fixtures are the documented JSON, bent out of shape on purpose: `any` is what they are.
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			// Callbacks written async to fit an async signature, with nothing to await.
			'@typescript-eslint/require-await': 'off',
		},
	},
	{
		// The two rules of hooks. The plugin's React Compiler rules are left out: there is no compiler
		// here, and they flag what is meant (the clock read at every render, the latest-value ref).
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
		},
	},
	// Reads .ts files and resolves './x.js' to the './x.ts' beside it, as tsc does: without it the
	// import rules would see no module of ours, and stay silent.
	importX.flatConfigs.typescript,
	{
		rules: {
			'import-x/no-cycle': 'error',
			'import-x/no-restricted-paths': ['error', {basePath: import.meta.dirname, zones: layers}],
		},
	},
	{
		// The model and its words are pure: they know the API's types, and nothing else that runs.
		files: ['source/model/**', 'source/present/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['../api/*'],
							allowTypeImports: true,
							message:
								'source/model and source/present are pure: they may import types from source/api, nothing that runs.',
						},
					],
				},
			],
		},
	},
	style,
	{
		rules: {
			'@stylistic/indent': ['error', indentLevel, {...indentOptions, offsetTernaryExpressions: false}],
			'@stylistic/arrow-parens': ['error', 'as-needed'],
			'@stylistic/quotes': ['error', 'single', {avoidEscape: true, allowTemplateLiterals: 'avoidEscape'}],
			'@stylistic/quote-props': ['error', 'as-needed'],
			'@stylistic/jsx-tag-spacing': ['error', {beforeSelfClosing: 'never'}],
			'@stylistic/multiline-ternary': 'off',
			// `{a}`. Not list-style, which would also wrap the tests' tables one item a line.
			'@stylistic/object-curly-spacing': ['error', 'never'],
			'@stylistic/list-style': 'off',
			'@stylistic/jsx-one-expression-per-line': 'off',
		},
	},
	{
		// Lines of at most 120 columns (a tab is 4). Left whole: a test's title, and a line that is one
		// string, alone or as a value (a message stays in one piece, found by searching what a user saw).
		rules: {
			'@stylistic/max-len': [
				'error',
				{
					code: 120,
					tabWidth: 4,
					ignoreUrls: true,
					ignoreRegExpLiterals: true,
					ignorePattern: wholeLines,
				},
			],
		},
	},
	{
		// Plain JavaScript (the build script, the benchmark, this file) is not in the TypeScript project.
		files: ['**/*.js', '**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},
);

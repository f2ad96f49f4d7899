/**
 * Reads the settings file named by CONFIG_FILE (or `skylark start --config`):
 * YAML (`.yaml`, `.yml`) or JSON (`.json`). Every value is turned into the
 * text an environment variable of the same name would hold, so a setting
 * means the same wherever it comes from. Each problem names the file and
 * the line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { optionSpecs } from './options.js';

/** A settings file as read: each setting's text and the line it is on. */
export interface ConfigFile {
	path: string;
	values: Record<string, string>;
	lines: Record<string, number>;
}

/** Problems with the file itself; loadConfig reports them like bad values. */
export class ConfigFileError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(problems.join('\n'));
		this.name = 'ConfigFileError';
	}
}

const FORMATS: Record<string, 'yaml' | 'json'> = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' };

export function readConfigFile(file: string): ConfigFile {
	const format = FORMATS[path.extname(file).toLowerCase()];

	if (!format) {
		throw new ConfigFileError([`${file}: a settings file must end in .yaml, .yml or .json`]);
	}

	let text: string;

	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		throw new ConfigFileError([`${file}: cannot read it (${(error as NodeJS.ErrnoException).code})`]);
	}

	if (format === 'json') {
		checkJson(file, text);
	}

	// JSON is YAML's flow style: one parser gives both formats their line numbers.
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

	if (doc.errors.length) {
		throw new ConfigFileError(
			doc.errors.map((e) => `${file}:${lineCounter.linePos(e.pos[0]).line}: ${firstLine(e.message)}`)
		);
	}

	return settingsOf(file, doc, lineCounter);
}

function settingsOf(file: string, doc: Document, lineCounter: LineCounter): ConfigFile {
	const result: ConfigFile = { path: file, values: {}, lines: {} };
	const problems: string[] = [];

	if (doc.contents === null) {
		return result; // an empty file, or only comments
	}

	if (!isMap(doc.contents)) {
		throw new ConfigFileError([`${file}: must hold a mapping of settings (NAME: value)`]);
	}

	for (const pair of doc.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		const line = isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : 0;
		const where = `${file}:${line}`;

		if (!(key in optionSpecs)) {
			problems.push(`${where}: unknown setting "${key}"${suggestion(key)}`);
			continue;
		}

		const text = settingText(pair.value);

		if (text === undefined) {
			problems.push(`${where}: ${key} must be a single value or a list of values`);
			continue;
		}

		if (text !== null) {
			result.values[key] = text;
			result.lines[key] = line;
		}
	}

	if (problems.length) {
		throw new ConfigFileError(problems);
	}

	return result;
}

/** The environment-variable text of a value; null for an empty one (unset); undefined if it has none. */
function settingText(node: unknown): string | null | undefined {
	if (node === null || (isScalar(node) && node.value === null)) {
		return null;
	}

	if (isScalar(node)) {
		return String(node.value);
	}

	// A list, for the comma-separated settings (TURN_URLS, WEBHOOK_URLS, ...).
	if (isSeq(node) && node.items.every((item) => isScalar(item) && item.value !== null)) {
		return node.items.map((item) => String(isScalar(item) ? item.value : '')).join(',');
	}

	return undefined;
}

/**
 * JSON.parse decides what is valid JSON. Its message gives a position for
 * most errors; for the rest (an unexpected token), YAML's JSON schema finds
 * the line.
 */
function checkJson(file: string, text: string): void {
	try {
		JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const position = /at position (\d+)/.exec(message);
		let line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;

		if (line === undefined) {
			const lineCounter = new LineCounter();
			const [first] = parseDocument(text, { schema: 'json', lineCounter }).errors;

			line = first ? lineCounter.linePos(first.pos[0]).line : undefined;
		}

		throw new ConfigFileError([`${file}${line ? `:${line}` : ''}: invalid JSON: ${firstLine(message)}`]);
	}
}

function firstLine(message: string): string {
	return message.split('\n')[0];
}

/** ` (did you mean "PORT"?)` for a near miss. */
function suggestion(key: string): string {
	const upper = key.toUpperCase().replaceAll('-', '_');
	const close = Object.keys(optionSpecs).find((name) => name === upper || editDistance(name, upper) <= 2);

	return close ? ` (did you mean "${close}"?)` : '';
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);

	for (let i = 1; i <= a.length; i++) {
		const current = [i];

		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j] + 1,
				current[j - 1] + 1,
				previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}

		previous = current;
	}

	return previous[b.length];
}

/**
 * The effective settings as `skylark config print` shows them: each value
 * (secrets hidden, credentials in URLs masked) and where it came from.
 */
import type { LoadedConfig, SettingSource } from './loadConfig.js';
import { optionSpecs, type OptionName } from './options.js';
import { shownValue } from './redact.js';

export interface SettingView {
	name: OptionName;
	/** Printable: secrets hidden, URLs redacted; `-` when unset. */
	value: string;
	source: 'default' | 'file' | 'environment';
	/** `file:line` for a file's value. */
	from?: string;
}

export function describeSettings(loaded: LoadedConfig): SettingView[] {
	return (Object.keys(optionSpecs) as OptionName[]).map((name) => {
		const spec = optionSpecs[name];
		const source: SettingSource = loaded.sources[name];
		const redaction = 'redact' in spec ? spec.redact : undefined;
		// A set value is shown as given; a default as Skylark uses it.
		const raw = loaded.raw[name] ?? loaded.config[name];
		const value = raw === undefined ? '-' : redaction ? shownValue(raw, redaction) : String(raw);

		return source.kind === 'file'
			? { name, value, source: 'file', from: `${source.path}:${source.line}` }
			: { name, value, source: source.kind };
	});
}

/** Aligned columns: NAME, VALUE, SOURCE. */
export function formatSettings(views: readonly SettingView[]): string {
	const rows = [
		['SETTING', 'VALUE', 'SOURCE'],
		...views.map((v) => [v.name, v.value, v.from ? `file ${v.from}` : v.source]),
	];
	const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));

	return rows
		.map((row) => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}`.trimEnd())
		.join('\n');
}

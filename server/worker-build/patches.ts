/**
 * Source fixes applied to mediasoup's worker before an offline build. Each is
 * an exact text replacement; a build stops if the text is not found, because
 * that means upstream changed the code and the fix must be reviewed.
 */
export interface SourcePatch {
	/** Path relative to mediasoup's worker/ directory. */
	file: string;
	find: string;
	replace: string;
	why: string;
}

export const sourcePatches: readonly SourcePatch[] = [
	{
		file: 'src/RTC/DtlsTransport.cpp',
		find: '(operationType == BIO_CB_RETURN) ? static_cast<long>(ret) : 1',
		replace: '(operationType & BIO_CB_RETURN) ? static_cast<long>(ret) : 1',
		why:
			'The OpenSSL BIO callback must return `ret` for every BIO_CB_RETURN operation (it is a flag). ' +
			"Returning 1 makes BIO_get_ktls_send() report KTLS with Debian's OpenSSL 3.0, libssl then skips " +
			'its write buffer and the worker crashes on the first DTLS ClientHello.',
	},
];

export function applyPatch(source: string, patch: SourcePatch): string {
	const at = source.indexOf(patch.find);

	if (at === -1 || source.indexOf(patch.find, at + 1) !== -1) {
		throw new Error(
			`cannot apply Skylark's patch to ${patch.file}: expected exactly one occurrence of "${patch.find}". ` +
				'mediasoup changed this code; review server/worker-build/patches.ts for this version.'
		);
	}

	return source.replace(patch.find, patch.replace);
}

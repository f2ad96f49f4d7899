/**
 * The SDP ↔ mediasoup mapping of WHIP/WHEP, from real offers: Chromium's
 * (captured from the npm whip-whep client, with and without RID simulcast,
 * and its WHEP offer) and OBS 30's (libdatachannel: session-level ICE and
 * DTLS, a=group:LS, H264 profile-level-id=42e01f). Real mediasoup routers
 * judge the parameters: a producer is created from each plan.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import * as sdpTransform from 'sdp-transform';
import { mediaCodecs } from '../../server/src/media/mediaCodecs.js';
import { writeIceRestartFragment, writeSdp, type MediaSide } from '../../server/src/whip/sdp/answer.js';
import { viewerCapabilities } from '../../server/src/whip/sdp/mediasoupParams.js';
import { parseOffer, SdpError, type ParsedOffer } from '../../server/src/whip/sdp/offer.js';
import { planPublication } from '../../server/src/whip/WhipSession.js';

const offer = (name: string) =>
	fs.readFileSync(path.join(import.meta.dirname, 'offers', `${name}.sdp`), 'utf8');

/** A real transport's side of the SDP, without a running transport: what writeSdp needs. */
const TRANSPORT = {
	iceParameters: { usernameFragment: 'srvufrag', password: 'srvpassword0123456789', iceLite: true },
	iceCandidates: [
		{
			foundation: 'udpcandidate',
			priority: 1076302079,
			ip: '203.0.113.7',
			address: '203.0.113.7',
			protocol: 'udp' as const,
			port: 40000,
			type: 'host' as const,
		},
		{
			foundation: 'tcpcandidate',
			priority: 1076276479,
			ip: '203.0.113.7',
			address: '203.0.113.7',
			protocol: 'tcp' as const,
			port: 40000,
			type: 'host' as const,
			tcpType: 'passive' as const,
		},
	],
	dtlsParameters: {
		role: 'auto' as const,
		fingerprints: [{ algorithm: 'sha-256' as const, value: 'AA:BB' }],
	},
};

function refusal(fn: () => unknown, status: number, message: RegExp): void {
	assert.throws(fn, (error: unknown) => {
		assert.ok(error instanceof SdpError, `an SdpError, not ${String(error)}`);
		assert.equal(error.status, status);
		assert.match(error.message, message);

		return true;
	});
}

/** A plan's codecs as mimeType:payloadType. */
const numbered = (codecs: { mimeType: string; payloadType: number }[]) =>
	codecs.map((c) => `${c.mimeType}:${c.payloadType}`);

/** The offer with its text edited: how the bad-offer cases are made from a real one. */
const edited = (name: string, edit: (sdp: string) => string) => edit(offer(name));

describe('WHIP/WHEP SDP mapping', function () {
	this.timeout(20_000);

	let worker: types.Worker;
	let router: types.Router;

	before(async () => {
		worker = await mediasoup.createWorker({ logLevel: 'error' });
		router = await worker.createRouter({ mediaCodecs });
	});

	after(() => worker.close());

	/** Produces every plan on a real transport: mediasoup itself accepts the parameters. */
	async function produceAll(parsed: ParsedOffer) {
		const transport = await router.createWebRtcTransport({
			listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }],
		});
		const plans = planPublication(parsed, router.rtpCapabilities);
		const producers = [];

		for (const plan of plans.values()) {
			producers.push(await transport.produce({ kind: plan.kind, rtpParameters: plan.rtpParameters }));
		}

		return { plans, producers, transport };
	}

	describe('Chromium (whip-whep client) publishing', () => {
		it('reads ICE and DTLS from the media sections, and every section is bundled', () => {
			const parsed = parseOffer(offer('chromium-whip-whep'));

			assert.equal(parsed.iceUfrag.length > 0, true);
			assert.equal(parsed.fingerprints[0].algorithm, 'sha-256');
			assert.equal(parsed.setup, 'actpass');
			assert.equal(parsed.extmapAllowMixed, true);
			assert.deepEqual(
				parsed.media.map((m) => [m.mid, m.kind, m.direction]),
				[
					['0', 'audio', 'sendonly'],
					['1', 'video', 'sendonly'],
				]
			);
		});

		it('maps Opus and VP8 with RTX, the offer payload types, extmap ids, mid and SSRCs onto producers', async () => {
			const parsed = parseOffer(offer('chromium-whip-whep'));
			const { plans, producers, transport } = await produceAll(parsed);
			const [audio, video] = [...plans.values()];

			assert.deepEqual(numbered(audio.codecs), ['audio/opus:111']);
			assert.deepEqual(numbered(video.codecs), ['video/VP8:96', 'video/rtx:97']);
			assert.deepEqual(video.rtpParameters.encodings, [
				{ ssrc: 1447166361, rtx: { ssrc: 4220503957 } },
			]);
			assert.deepEqual(audio.rtpParameters.encodings, [{ ssrc: 4292021188 }]);
			assert.equal(video.rtpParameters.mid, '1');
			// Only extensions the router knows, with the offer's ids.
			const ids = Object.fromEntries(video.extensions.map((e) => [e.uri, e.id]));

			assert.equal(ids['urn:ietf:params:rtp-hdrext:sdes:mid'], 4);
			assert.equal(ids['http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01'], 3);
			assert.equal(ids['http://www.webrtc.org/experiments/rtp-hdrext/video-timing'], undefined);
			assert.deepEqual(
				producers.map((p) => `${p.kind}:${p.type}`),
				['audio:simple', 'video:simple']
			);
			transport.close();
		});

		it('answers ICE-lite, BUNDLE, rtcp-mux, DTLS passive, recvonly, with UDP and TCP candidates and the offer numbering', () => {
			const parsed = parseOffer(offer('chromium-whip-whep'));
			const plans = planPublication(parsed, router.rtpCapabilities);
			const sides: MediaSide[] = parsed.media.map((m) => {
				const plan = plans.get(m)!;

				return {
					mid: m.mid,
					kind: plan.kind,
					direction: 'recvonly',
					codecs: plan.codecs,
					extensions: plan.extensions,
					reducedSize: m.reducedSize,
					rtcpMuxOnly: true,
				};
			});
			const text = writeSdp(sides, TRANSPORT, { extmapAllowMixed: true, setup: 'passive' });
			const answer = sdpTransform.parse(text);

			assert.equal(answer.icelite, 'ice-lite');
			assert.equal(answer.groups?.[0].mids, '0 1');
			assert.match(text, /^a=rtcp-mux-only\r$/m);

			for (const m of answer.media) {
				assert.equal(m.direction, 'recvonly');
				assert.equal(m.setup, 'passive');
				assert.equal(m.rtcpMux, 'rtcp-mux');
				assert.equal(m.iceUfrag, 'srvufrag');
				assert.deepEqual(
					m.candidates?.map((c) => `${c.transport}/${c.port}${c.tcptype ? `/${c.tcptype}` : ''}`),
					['udp/40000', 'tcp/40000/passive']
				);
			}

			assert.equal(answer.media[1].payloads, '96 97');
			assert.equal(answer.media[1].fmtp.find((f) => f.payload === 97)?.config, 'apt=96');
		});
	});

	describe('Chromium simulcast by RID (RFC 8853)', () => {
		it('orders the layers lowest first, produces a simulcast producer and answers a=simulcast:recv', async () => {
			const parsed = parseOffer(offer('chromium-simulcast'));
			const { plans, producers, transport } = await produceAll(parsed);
			const video = [...plans.values()].find((p) => p.kind === 'video')!;

			assert.deepEqual(
				video.rtpParameters.encodings?.map((e) => e.rid),
				['l', 'h']
			);
			assert.ok(
				video.extensions.some((e) => e.uri === 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id'),
				'the RID header extension is kept'
			);
			assert.equal(producers.find((p) => p.kind === 'video')?.type, 'simulcast');

			const answer = writeSdp(
				[
					{
						mid: '1',
						kind: 'video',
						direction: 'recvonly',
						codecs: video.codecs,
						extensions: video.extensions,
						rids: video.rids,
						reducedSize: true,
						rtcpMuxOnly: false,
					},
				],
				TRANSPORT,
				{ extmapAllowMixed: true }
			);

			assert.match(answer, /^a=rid:h recv\r$/m);
			assert.match(answer, /^a=rid:l recv\r$/m);
			assert.match(answer, /^a=simulcast:recv h;l\r$/m);
			transport.close();
		});

		it('takes legacy SSRC simulcast (a=ssrc-group:SIM) with RTX pairs', async () => {
			const sdp = edited('chromium-whip-whep', (s) =>
				s.replace(
					/a=ssrc-group:FID 1447166361 4220503957\r\n/,
					'a=ssrc-group:SIM 11 12\r\na=ssrc-group:FID 11 21\r\na=ssrc-group:FID 12 22\r\n' +
						'a=ssrc:11 cname:x\r\na=ssrc:21 cname:x\r\na=ssrc:12 cname:x\r\na=ssrc:22 cname:x\r\n'
				)
			);
			const { plans, producers, transport } = await produceAll(parseOffer(sdp));
			const video = [...plans.values()].find((p) => p.kind === 'video')!;

			assert.deepEqual(video.rtpParameters.encodings, [
				{ ssrc: 11, rtx: { ssrc: 21 } },
				{ ssrc: 12, rtx: { ssrc: 22 } },
			]);
			assert.equal(producers.find((p) => p.kind === 'video')?.type, 'simulcast');
			transport.close();
		});
	});

	describe('OBS 30 (libdatachannel)', () => {
		it('reads session-level ICE, DTLS and setup, ignores a=group:LS and takes H264 42e01f with packetization-mode 1', async () => {
			const parsed = parseOffer(offer('obs-30'));

			assert.equal(parsed.iceUfrag, 'nxcM');
			assert.equal(parsed.icePwd, 'ezjAjgSSLLvbRhUA1zc6Se');
			assert.equal(parsed.setup, 'actpass');
			assert.equal(parsed.fingerprints[0].value.slice(0, 8), '4E:7F:77');

			const { plans, producers, transport } = await produceAll(parsed);
			const [audio, video] = [...plans.values()];

			assert.deepEqual(numbered(audio.codecs), ['audio/opus:111']);
			assert.deepEqual(numbered(video.codecs), ['video/H264:96']);
			assert.equal(video.codecs[0].parameters?.['profile-level-id'], '42e01f');
			assert.equal(video.codecs[0].parameters?.['packetization-mode'], 1);
			assert.deepEqual(video.rtpParameters.encodings, [{ ssrc: 3388068601 }]);
			// No extensions offered: none answered.
			assert.deepEqual(video.extensions, []);
			assert.equal(producers.length, 2);
			transport.close();
		});
	});

	describe('Chromium WHEP offer (recvonly)', () => {
		it('gives the viewer capabilities with the offer payload types, RTX only where a router numbers it alike', async () => {
			const parsed = parseOffer(offer('chromium-whep'));
			const video = parsed.media.find((m) => m.kind === 'video')!;
			// A router numbered as the offer: VP8 and Opus with the offer's payload types.
			const vp8 = video.codecs.find((c) => c.mimeType === 'video/VP8')!;
			const opus = parsed.media[0].codecs.find((c) => c.mimeType === 'audio/opus')!;
			const numbered = await worker.createRouter({
				mediaCodecs: [
					{ ...mediaCodecs[0], preferredPayloadType: opus.payloadType },
					{ ...mediaCodecs[1], preferredPayloadType: vp8.payloadType },
				],
			});
			const capabilities = viewerCapabilities(video, numbered.rtpCapabilities);
			const routerRtx = numbered.rtpCapabilities.codecs?.find(
				(c) => c.mimeType === 'video/rtx' && c.parameters?.apt === vp8.payloadType
			);
			const offeredRtx = video.codecs.find(
				(c) => c.mimeType === 'video/rtx' && c.parameters.apt === vp8.payloadType
			);
			const rtx = capabilities.codecs?.filter((c) => c.mimeType === 'video/rtx') ?? [];

			assert.ok(
				capabilities.codecs?.some((c) => c.mimeType === 'video/VP8' && c.preferredPayloadType === 96)
			);
			assert.deepEqual(
				rtx.map((c) => c.preferredPayloadType),
				routerRtx?.preferredPayloadType === offeredRtx?.payloadType ? [offeredRtx?.payloadType] : []
			);
			assert.ok(
				capabilities.headerExtensions?.some(
					(h) => h.uri === 'urn:ietf:params:rtp-hdrext:sdes:mid' && h.preferredId === 4
				)
			);
			numbered.close();
		});
	});

	describe('offers Skylark refuses', () => {
		it('400 for what is not SDP, or lacks ICE credentials, a fingerprint, BUNDLE or rtcp-mux', () => {
			refusal(() => parseOffer('hello'), 400, /must start with v=0/);
			refusal(
				() => parseOffer('v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n'),
				400,
				/no media section/
			);
			refusal(
				() => parseOffer(edited('obs-30', (s) => s.replace(/a=ice-ufrag:.*\r\n/, ''))),
				400,
				/no ICE credentials/
			);
			refusal(
				() => parseOffer(edited('obs-30', (s) => s.replace(/a=fingerprint:.*\r\n/, ''))),
				400,
				/no usable DTLS fingerprint/
			);
			refusal(
				() =>
					parseOffer(edited('obs-30', (s) => s.replace('a=group:BUNDLE 0 1', 'a=group:BUNDLE 0'))),
				400,
				/not in the BUNDLE group/
			);
			refusal(
				() => parseOffer(edited('obs-30', (s) => s.replaceAll('a=rtcp-mux\r\n', ''))),
				400,
				/lacks a=rtcp-mux/
			);
		});

		it('422 for two video sections, unknown codecs only, or a section without streams; 400 when nothing is sent', () => {
			const obs = offer('obs-30');
			const videoSection = obs.slice(obs.indexOf('m=video'));
			const twoVideos =
				obs.replace('a=group:BUNDLE 0 1', 'a=group:BUNDLE 0 1 2') +
				videoSection.replace('a=mid:1', 'a=mid:2');

			refusal(
				() => planPublication(parseOffer(twoVideos), router.rtpCapabilities),
				422,
				/more than one video section/
			);

			const av1Only = obs.replace('a=rtpmap:96 H264/90000', 'a=rtpmap:96 AV1/90000');

			refusal(
				() => planPublication(parseOffer(av1Only), router.rtpCapabilities),
				422,
				/no codec of m-section "1" is supported \(offered video\/AV1; Skylark takes video\/VP8/
			);

			const modeZero = obs.replace('packetization-mode=1', 'packetization-mode=0');

			refusal(
				() => planPublication(parseOffer(modeZero), router.rtpCapabilities),
				422,
				/no codec of m-section "1"/
			);

			const noStreams = obs.replace(/a=ssrc:3388068601 .*\r\n/g, '');

			refusal(
				() => planPublication(parseOffer(noStreams), router.rtpCapabilities),
				422,
				/announces no stream/
			);

			const receiveOnly = obs.replaceAll('a=sendonly', 'a=recvonly');

			refusal(
				() => planPublication(parseOffer(receiveOnly), router.rtpCapabilities),
				400,
				/sends no audio or video/
			);
		});
	});

	it('turns every mangled real offer into an accepted plan or an SdpError, never another exception', () => {
		// A fixed-seed generator: the same 600 mangled offers on every run.
		let seed = 12345;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;

			return seed % n;
		};
		const garbage = [
			'',
			' ',
			'a=',
			'a=mid:',
			'm=video',
			'a=ssrc:x',
			'a=rtpmap:96',
			'a=fmtp:96 ;;=',
			'\u0000',
			'é',
		];
		let refused = 0;

		for (let i = 0; i < 600; i++) {
			const lines = offer(['chromium-whip-whep', 'chromium-simulcast', 'obs-30'][i % 3]).split('\r\n');

			for (let edits = 1 + random(3); edits > 0; edits--) {
				const at = 1 + random(lines.length - 1);

				switch (random(4)) {
					case 0:
						lines.splice(at, 1);
						break;
					case 1:
						lines.splice(at, 0, lines[random(lines.length)]);
						break;
					case 2:
						lines[at] = lines[at].slice(0, random(lines[at].length + 1));
						break;
					default:
						lines[at] = `${lines[at].split(/[: ]/)[0]}${garbage[random(garbage.length)]}`;
				}
			}

			try {
				planPublication(parseOffer(lines.join('\r\n')), router.rtpCapabilities);
			} catch (error) {
				assert.ok(error instanceof SdpError, `offer ${i}: ${(error as Error).stack}`);
				refused++;
			}
		}

		assert.ok(refused > 50, `only ${refused} of 600 mangled offers were refused`);
	});

	it('answers an ICE restart with the new credentials and every candidate for the bundled mid', () => {
		const fragment = writeIceRestartFragment(TRANSPORT, '0');

		assert.match(fragment, /^a=ice-ufrag:srvufrag\r$/m);
		assert.match(fragment, /^a=ice-pwd:srvpassword0123456789\r$/m);
		assert.match(fragment, /^a=mid:0\r$/m);
		assert.match(
			fragment,
			/^a=candidate:udpcandidate 1 udp 1076302079 203\.0\.113\.7 40000 typ host\r$/m
		);
		assert.match(fragment, /^a=candidate:tcpcandidate 1 tcp .* typ host tcptype passive\r$/m);
		assert.match(fragment, /a=end-of-candidates\r\n$/);
	});
});

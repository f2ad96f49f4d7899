/**
 * A viewer of Janus's Streaming mountpoint through Janus's HTTP API (Debian's
 * 1.1.2 has no WHEP endpoint): create a session, attach the plugin, "watch"
 * (Janus offers), answer with the native peer, "start".
 */
import { randomUUID } from 'node:crypto';
import { NativeReceiver } from '../load/nativeReceiver.js';

interface JanusReply {
	janus: string;
	data?: { id: number };
	jsep?: { type: string; sdp: string };
	plugindata?: { data: { error?: string } };
	error?: { reason: string };
}

async function post(url: string, body: Record<string, unknown>): Promise<JanusReply> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ ...body, transaction: randomUUID() }),
	});
	const reply = (await response.json()) as JanusReply;

	if (reply.janus === 'error') {
		throw new Error(`Janus ${String(body.janus)}: ${reply.error?.reason}`);
	}

	return reply;
}

/** Long-polls the session's events until one carries a JSEP offer. */
async function nextOffer(session: string): Promise<string> {
	for (let poll = 0; poll < 20; poll++) {
		const events = (await (await fetch(`${session}?maxev=10`)).json()) as JanusReply | JanusReply[];

		for (const event of Array.isArray(events) ? events : [events]) {
			const error = event.plugindata?.data.error;

			if (error) {
				throw new Error(`Janus streaming: ${error}`);
			}

			if (event.jsep?.type === 'offer') {
				return event.jsep.sdp;
			}
		}
	}

	throw new Error('Janus sent no offer');
}

export interface JanusSubscriber {
	readonly receiver: NativeReceiver;
	close(): Promise<void>;
}

/** `bindAddress`: where this peer gathers, on the interface Janus gathers on. */
export async function janusSubscriber(
	api: string,
	mountpoint: number,
	index: number,
	bindAddress: string
): Promise<JanusSubscriber> {
	const session = `${api}/${(await post(api, { janus: 'create' })).data!.id}`;
	const handle = `${session}/${(await post(session, { janus: 'attach', plugin: 'janus.plugin.streaming' })).data!.id}`;

	try {
		await post(handle, { janus: 'message', body: { request: 'watch', id: mountpoint } });

		const receiver = await NativeReceiver.answer(
			`janus-${index}`,
			await nextOffer(session),
			async (sdp) => {
				await post(handle, {
					janus: 'message',
					body: { request: 'start' },
					jsep: { type: 'answer', sdp },
				});
			},
			bindAddress
		);

		return {
			receiver,
			async close() {
				receiver.close();
				await post(session, { janus: 'destroy' }).catch(() => undefined);
			},
		};
	} catch (error) {
		await post(session, { janus: 'destroy' }).catch(() => undefined);
		throw error;
	}
}

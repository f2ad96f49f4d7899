/** No producer (or data producer) with that id in the room. */
export class ProducerNotFoundError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ProducerNotFoundError';
	}
}

/** On an edge: the origin could not pipe a producer here (the link is down or the origin refused). */
export class UpstreamError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UpstreamError';
	}
}

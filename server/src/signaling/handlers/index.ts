import type { Handler, Method } from '../RequestContext.js';
import { consume, pauseConsumer, resumeConsumer, setPreferredLayers } from './consumers.js';
import { consumeData, produceData } from './dataChannels.js';
import { join } from './join.js';
import { leave } from './leave.js';
import { connectPlainTransport, createPlainTransport } from './plainTransports.js';
import { resume } from './resume.js';
import { closeProducer, pauseProducer, produce, resumeProducer } from './producers.js';
import { setCapabilities } from './setCapabilities.js';
import { connectTransport, createTransport, restartIce } from './transports.js';

/** One handler per method; the type makes a method without a handler a compile error. */
export const handlers: { [M in Method]: Handler<M> } = {
	join,
	resume,
	setCapabilities,
	createTransport,
	connectTransport,
	restartIce,
	produce,
	closeProducer,
	pauseProducer,
	resumeProducer,
	consume,
	resumeConsumer,
	pauseConsumer,
	setPreferredLayers,
	produceData,
	consumeData,
	leave,
	createPlainTransport,
	connectPlainTransport,
};

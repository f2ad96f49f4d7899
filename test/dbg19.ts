import { createNetLab } from './helpers/netns/netLab.js';
import { startTestServer } from './helpers/server.js';
const lab = await createNetLab();
const c = await lab.addClient();
const server = await startTestServer({ LISTEN_IP: lab.serviceAddress });
const ch = await c.launchChromium(server.url);
const page = await ch.context.newPage();
await page.goto(`${server.url}/?room=x&name=a&simulcast=1`);
const p2 = await ch.context.newPage();
await p2.goto(`${server.url}/?room=x&name=b`);
for (let i = 0; i < 8; i++) {
  await new Promise((r) => setTimeout(r, 2500));
  for (const peer of server.rooms.get('x')!.peers.values()) for (const pr of peer.producers.values()) if (pr.kind==='video') console.log(peer.displayName, JSON.stringify((await pr.getStats()).map(s => [s.rid, s.bitrate, s.score])));
  for (const peer of server.rooms.get('x')!.peers.values()) for (const co of peer.consumers.values()) if (co.kind==='video') console.log(' consumer', peer.displayName, JSON.stringify(co.currentLayers), JSON.stringify(co.preferredLayers));
}
await ch.close(); await server.close(); lab.close(); process.exit(0);

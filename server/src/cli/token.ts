/**
 * `tsx server/src/cli/token.ts …`, the same as `skylark token …`
 * (commands/token.ts), for scripts that call it by path.
 */
import { main } from './program.js';

await main(['token', ...process.argv.slice(2)]);

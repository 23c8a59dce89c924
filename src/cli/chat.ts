/** `npm run chat`: the local chat in the terminal, always (no Telegram). */
import { cacheDirFrom } from '../config.js';
import { loadCheckedContent } from '../content/check.js';
import { runLocalChat } from '../local-chat.js';
import { createResponder } from '../reply/plan.js';

await runLocalChat(createResponder(loadCheckedContent(), { cacheDir: cacheDirFrom(process.env.CACHE_DIR) }), process.stdin, process.stdout);

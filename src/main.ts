/**
 * `npm start`: with TELEGRAM_BOT_TOKEN the Telegram bot; without it the local chat in the terminal,
 * with the same replies, until the end of input.
 */
import { config as loadDotenv } from 'dotenv';
import { loadCheckedContent } from './content/check.js';
import { runLocalChat } from './local-chat.js';
import { createResponder } from './reply/plan.js';

loadDotenv({ quiet: true });
const responder = createResponder(loadCheckedContent());

if (process.env.TELEGRAM_BOT_TOKEN) {
  const { runTelegram } = await import('./bot/run.js');
  await runTelegram(responder, process.env);
} else {
  process.stderr.write(
    'Geen TELEGRAM_BOT_TOKEN gevonden: de bot draait nu als lokale chat in de terminal.\n' +
      'Voor Telegram: maak een bot bij @BotFather, zet het token in .env (zie .env.example) en start opnieuw.\n\n',
  );
  await runLocalChat(responder, process.stdin, process.stdout);
}

/**
 * `npm start`: with TELEGRAM_BOT_TOKEN the Telegram bot (long polling or webhook); without it the
 * local chat in the terminal, with the same replies, until the end of input.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadCheckedContent } from './content/check.js';
import { runLocalChat } from './local-chat.js';
import { createResponder } from './reply/plan.js';

loadDotenv({ quiet: true });

// The configuration first: a bad value stops the process before anything else happens.
let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Invalid configuration: ${error.message}\n`);
  process.exit(1);
}

const responder = createResponder(loadCheckedContent(), { cacheDir: config.cacheDir });

if (config.mode === 'local') {
  process.stderr.write(
    'Geen TELEGRAM_BOT_TOKEN gevonden: de bot draait nu als lokale chat in de terminal (knoppen zijn genummerde keuzes).\n' +
      'Voor Telegram: maak een bot bij @BotFather (/newbot), zet het token als TELEGRAM_BOT_TOKEN in .env (zie .env.example) en start opnieuw.\n\n',
  );
  await runLocalChat(responder, process.stdin, process.stdout);
} else {
  // grammY is loaded only when the bot really runs on Telegram.
  const { runTelegram } = await import('./bot/run.js');
  await runTelegram(config, responder);
}

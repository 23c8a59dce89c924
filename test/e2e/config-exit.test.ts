import { describe, expect, it } from 'vitest';
import { startBot, TOKEN } from './bot-process.js';

describe('a bad configuration', () => {
  it('stops at once with exit code 1 and one line naming the variable, without printing the token', async () => {
    const bot = startBot({ BOT_MODE: 'webhook', WEBHOOK_URL: 'https://vraagbaak.example.nl/hook', WEBHOOK_SECRET: 'kort' });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/WEBHOOK_SECRET: /);
    expect(bot.output()).not.toContain(TOKEN);
    expect(bot.output()).not.toContain('E2E-TOKEN');
  });

  it('without a token runs the local chat and ends at the end of input', async () => {
    const { spawn } = await import('node:child_process');
    const { PROJECT_ROOT } = await import('../../src/content/load.js');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH ?? '', TELEGRAM_BOT_TOKEN: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('ik heb koorts\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toContain('@BotFather');
    expect(stdout).toContain('0318-553465');
  });
});

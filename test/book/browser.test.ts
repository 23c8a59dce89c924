import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBook } from '../../src/book/build.js';
import { loadCheckedContent } from '../../src/content/check.js';

/** Debian's Chromium, installed by .ci/run when missing; the test never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!available)('content book in a real browser', () => {
  let browser: BrowserContext;
  let url: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vraagbaak-book-'));
    writeFileSync(join(dir, 'index.html'), buildBook(loadCheckedContent()));
    url = `file://${join(dir, 'index.html')}`;
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vraagbaak-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('finds a term with the search box and hides the rest', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.fill('#zoek', 'anti-d');
    await expect.poll(() => page.textContent('#zoek-resultaat')).toMatch(/\d+ treffers/);
    expect(await page.isVisible('#intent-bloedonderzoek-anti-d')).toBe(true);
    expect(await page.isVisible('#intent-curettage')).toBe(false);
  });

  it('follows a link from a brochure highlight to the intent that serves it', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.click('#brochure-freya-2016 mark + a.tag[href="#intent-progesteron"]');
    expect(new URL(page.url()).hash).toBe('#intent-progesteron');
    expect(await page.isVisible('#intent-progesteron')).toBe(true);
  });

  it.each([
    ['phone', 390, 844],
    ['laptop', 1280, 900],
  ])('renders on a %s (%i px wide), not blank', async (_name, width, height) => {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(url);
    const shot = await page.screenshot();
    const blank = await (async () => {
      const empty = await browser.newPage();
      await empty.setViewportSize({ width, height });
      await empty.setContent('<html><body style="background:#fafbfc"></body></html>');
      return empty.screenshot();
    })();
    expect(shot.length).toBeGreaterThan(blank.length * 3);
    // A string, evaluated in the page: the project has no DOM types.
    const widthFits = await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1');
    expect(widthFits).toBe(true);
  });
});

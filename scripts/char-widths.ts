/**
 * Writes lib/text/charWidths.json: the advance width of every character the charts can draw, in the site's body
 * font at 100 px, as Chromium measures it (canvas measureText). The build-time chart pictures
 * (scripts/chart-svg.tsx) give recharts these widths in jsdom, so labels wrap and ticks thin as in the browser.
 * Run again when the font stack in app/globals.css changes: `tsx scripts/char-widths.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const css = fs.readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
const family = /body\s*\{[^}]*font-family:\s*([^;]+);/.exec(css)?.[1].trim();
if (!family) throw new Error('app/globals.css: no font-family on body');
// ASCII, the no-break space recharts joins words with, and every other character in the data
const chars = new Set<string>();
for (let c = 32; c < 127; c++) chars.add(String.fromCharCode(c));
chars.add('\u00a0');
const dataDir = path.join(process.cwd(), 'data');
for (const f of fs.readdirSync(dataDir).filter((n) => n.endsWith('.csv'))) for (const ch of fs.readFileSync(path.join(dataDir, f), 'utf8')) if (ch > '~') chars.add(ch);
for (const ch of '·–—…’“”%×−') chars.add(ch);

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  const page = await browser.newPage();
  await page.setContent(`<body style="font-family:${family.replace(/"/g, "'")}">x</body>`);
  const widths = (await page.evaluate(`(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '400 100px ' + getComputedStyle(document.body).fontFamily;
    return Object.fromEntries(${JSON.stringify([...chars].sort())}.map((c) => [c, Math.round(ctx.measureText(c).width * 1000) / 1000]));
  })()`)) as Record<string, number>;
  await browser.close();
  fs.writeFileSync(path.join(process.cwd(), 'lib', 'text', 'charWidths.json'), `${JSON.stringify({ family, size: 100, widths }, null, 0)}\n`);
  console.log(`char-widths: ${Object.keys(widths).length} characters in ${family}`);
})();

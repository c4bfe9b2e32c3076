import type { Page } from '@playwright/test';

/** Today as the page's own clock says it (the browser and the test may disagree near midnight). */
export function todayOnPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

import { expect, Page } from '@playwright/test';

/**
 * Scrolls the task table's region to its last rows, as End does there, and
 * waits until the last row is drawn. A page still settling (a busy machine)
 * may draw the table again at the top; End is then pressed again.
 */
export async function toEnd(page: Page) {
  const region = page.getByRole('region', { name: /^Tasks/ });
  const table = page.getByRole('table');
  await expect(async () => {
    await region.focus();
    await page.keyboard.press('End');
    const count = await table.getAttribute('aria-rowcount');
    await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', count ?? '', { timeout: 2000 });
  }).toPass({ timeout: 15000 });
}

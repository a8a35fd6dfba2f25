// The header's lists, opened the way a user opens them: a view behind its
// group's button (or, on a narrow screen, the menu), and the files-and-settings
// list (new plan, import, export, who is editing, language, About).
import { Page, Locator } from '@playwright/test';

const VIEWS = /^(Views|视图)$/;

/** A view's link in the navigation, shown or not. */
export function viewLink(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: VIEWS, includeHidden: true })
    .getByRole('link', { name, exact: true, includeHidden: true });
}

/** Opens the menu on a narrow screen (once). */
async function openMenu(page: Page) {
  const menu = page.locator('#site-menu-button');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
    await menu.click();
  }
}

/** Goes to a view through the navigation, opening its group or the menu first. */
export async function goTo(page: Page, name: string) {
  await page.getByRole('banner').waitFor();
  const link = viewLink(page, name);
  if (!(await link.isVisible())) {
    await openMenu(page);
  }
  if (!(await link.isVisible())) {
    const group = page.locator('#site-header .nav-group').filter({ has: page.getByRole('link', { name, exact: true, includeHidden: true }) });
    await group.locator('.nav-group-button').click();
  }
  await link.click();
}

/** The files-and-settings list, opened. */
export async function more(page: Page): Promise<Locator> {
  await page.getByRole('banner').waitFor();
  const list = page.locator('#nav-more');
  if (!(await list.isVisible())) {
    await openMenu(page);
  }
  if (!(await list.isVisible())) {
    await page.locator('#nav-more-button').click();
  }
  return list;
}

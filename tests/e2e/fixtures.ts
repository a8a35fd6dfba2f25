import { test as base, expect, Page } from '@playwright/test';

export * from '@playwright/test';

// Every page a test opens in its context is watched: an uncaught error in
// it fails the test, though what the test checks went well. A panic in the
// wasm is one (the release build aborts with `unreachable`, and the app may
// go on as if nothing happened). A test that means to break the page names
// the errors it expects with `test.use({ expectedPageErrors: [...] })`.
export const test = base.extend<{ pageErrors: void; expectedPageErrors: RegExp[] }>({
  expectedPageErrors: [[], { option: true }],
  pageErrors: [
    async ({ context, expectedPageErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) =>
        page.on('pageerror', (e) => {
          if (!expectedPageErrors.some((r) => r.test(e.message))) errors.push(`${page.url()}: ${e.message}`);
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

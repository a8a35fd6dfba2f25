import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import { goTo } from './header';

// Storage that loses nothing: a full quota, unreadable stored plans, two tabs
// on one plan, and the Content Security Policy.

const PLAN_KEY = 'plan-tracker/v1/plan/sample-shanxi-2023';
const EN = './?lang=en&today=2023-09-30';

async function stored(page: Page, key = PLAN_KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

function taskCodes(text: string | null): string[] {
  return JSON.parse(text!).plan.tasks.map((t: { code: string }) => t.code);
}

async function open(page: Page) {
  await page.goto(EN);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function addTask(page: Page, code: string, title: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: /^More details/ }).click();
  await page.getByLabel('Task number', { exact: true }).fill(code);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Start date', { exact: true }).fill('2023-03-01');
  await page.getByLabel('Deadline', { exact: true }).fill('2023-11-30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/** Fill the origin's localStorage until not one more character fits. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler/${i}`, 'x'.repeat(size));
        i += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

async function freeStorage(page: Page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler/')) localStorage.removeItem(k);
  });
}

test('a full quota keeps the change in memory, warns until a save succeeds, and damages nothing', async ({ page }) => {
  await open(page);
  const before = await stored(page);
  expect(taskCodes(before)).not.toContain('9.9');
  await fillStorage(page);

  await addTask(page, '9.9', 'Open a one-stop service window in every town');
  const warning = page.getByRole('alert').filter({ hasText: "Not saved: the browser's storage is full" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('The plan as last saved is unchanged');
  // The change is on screen (in memory) but not stored; the stored plan is whole.
  await expect(page.getByRole('row', { name: /Open a one-stop service window/ })).toBeVisible();
  expect(await stored(page)).toBe(before);

  // One click exports the plan with the change in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Export now' }).click(),
  ]);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(exported.plan.tasks.map((t: { code: string }) => t.code)).toContain('9.9');

  // Another change that cannot be saved: the warning stays.
  await addTask(page, '9.8', 'Publish the supervision results every month');
  await expect(warning).toBeVisible();
  expect(await stored(page)).toBe(before);

  // Room again: the next change saves everything kept in memory, and the warning goes.
  await freeStorage(page);
  await addTask(page, '9.7', 'Train every town office in the new reporting rules');
  await expect(warning).toHaveCount(0);
  expect(taskCodes(await stored(page))).toEqual(expect.arrayContaining(['9.9', '9.8', '9.7']));
});

test('storage refusing a save for another reason: the browser\'s reason shown, the change kept in memory, saved once it works', async ({ page }) => {
  await open(page);
  const before = await stored(page);
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    (window as unknown as { restoreSetItem: () => void }).restoreSetItem = () => (Storage.prototype.setItem = set);
    Storage.prototype.setItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await addTask(page, '9.9', 'Open a one-stop service window in every town');
  const warning = page.getByRole('alert').filter({ hasText: "Not saved: the browser's storage could not be written." });
  await expect(warning).toContainText('export the plan to keep it');
  await expect(warning).toContainText('The browser said: SecurityError: The operation is insecure.');
  await expect(page.getByRole('row', { name: /Open a one-stop service window/ })).toBeVisible();
  expect(await stored(page)).toBe(before);

  // Storage working again: the next change saves both, and the warning goes.
  await page.evaluate(() => (window as unknown as { restoreSetItem: () => void }).restoreSetItem());
  await addTask(page, '9.8', 'Publish the supervision results every month');
  await expect(warning).toHaveCount(0);
  expect(taskCodes(await stored(page))).toEqual(expect.arrayContaining(['9.9', '9.8']));
});

test('a reload while the quota is full opens the old stored plan, undamaged', async ({ page }) => {
  await open(page);
  const before = await stored(page);
  await fillStorage(page);
  await addTask(page, '9.9', 'Open a one-stop service window in every town');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await stored(page)).toBe(before);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  // The table draws only the rows in view: a search would find the task.
  await page.getByLabel('Search tasks').fill('one-stop service window');
  await expect(page.getByText('0 of 44 tasks', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Open a one-stop service window/ })).toHaveCount(0);
  await freeStorage(page);
});

test('unreadable stored data: the app opens, offers the raw text, starts afresh, deletes only on the word', async ({ page }) => {
  const garbage = '{"format": "plan-tracker/plan", "vers';
  // The first visit done: the sample read from the site and stored.
  await open(page);
  await expect.poll(() => stored(page)).not.toBeNull();
  // The sample plan's own key is the damaged one.
  await page.evaluate(([k, g]) => {
    localStorage.clear();
    localStorage.setItem(k, g);
  }, [PLAN_KEY, garbage]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'A stored plan could not be read' });
  await expect(notice).toContainText(PLAN_KEY);
  await expect(notice).toContainText('It has not been changed or deleted');
  // No save was attempted over it, so no storage warning either.
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0);
  expect(await stored(page)).toBe(garbage);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the stored text' }).click(),
  ]);
  expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(garbage);

  await notice.getByRole('button', { name: 'Start afresh with the sample plan' }).click();
  await expect(page.getByRole('status')).toContainText('The unreadable stored plan is still kept');
  expect(await stored(page)).toBe(garbage);

  // Deleting needs its own confirmed action: saying no keeps it.
  page.once('dialog', (d) => d.dismiss());
  await notice.getByRole('button', { name: 'Delete the stored text…' }).click();
  expect(await stored(page)).toBe(garbage);
  // The browser refusing the deletion: said in words, with the browser's
  // reason, and the text is still there.
  await page.evaluate(() => {
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function () {
      Storage.prototype.removeItem = remove;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  page.once('dialog', (d) => d.accept());
  await notice.getByRole('button', { name: 'Delete the stored text…' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Not deleted' });
  await expect(refused).toContainText("the browser's storage refused");
  await expect(refused).toContainText('The browser said: SecurityError: The operation is insecure.');
  await expect(refused).not.toContainText('Unavailable');
  expect(await stored(page)).toBe(garbage);
  await expect(notice).toBeVisible();

  page.once('dialog', (d) => d.accept());
  await notice.getByRole('button', { name: 'Delete the stored text…' }).click();
  await expect(page.getByRole('status')).toContainText('has been deleted');
  await expect(notice).toHaveCount(0);
  expect(await stored(page)).toBeNull();
});

test('two tabs: a change in one appears in the other, and a change there keeps both', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  const b = await context.newPage();
  await open(b);

  await addTask(a, '9.9', 'Open a one-stop service window in every town');
  await expect(a.getByRole('status')).toContainText('Task added');
  await expect(b.getByRole('status')).toContainText('Updated from another tab');
  await b.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  // The table draws only the rows in view: the new task is the last, found by a search.
  await b.getByLabel('Search tasks').fill('one-stop service window');
  await expect(b.getByRole('row', { name: /Open a one-stop service window/ })).toBeVisible();
  await b.getByLabel('Search tasks').fill('');

  await addTask(b, '9.8', 'Publish the supervision results every month');
  await expect(b.getByRole('status')).toContainText('Task added');
  expect(taskCodes(await stored(b))).toEqual(expect.arrayContaining(['9.9', '9.8']));
  await a.getByLabel('Search tasks').fill('supervision results every month');
  await expect(a.getByRole('row', { name: /Publish the supervision results/ })).toBeVisible();
  await a.getByLabel('Search tasks').fill('one-stop service window');
  await expect(a.getByRole('row', { name: /Open a one-stop service window/ })).toBeVisible();
});

test('two tabs on one task: a form opened before the other tab saved keeps its change, and undo takes back its own field alone', async ({ context }) => {
  const task = (text: string | null) =>
    JSON.parse(text!).plan.tasks.find((t: { id: string }) => t.id === 't-1-1') as { title: string; deadline: string };
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.goto(`${EN}&view=task&id=t-1-1`);
    await expect(p.getByRole('button', { name: 'Edit task' })).toBeVisible();
  }
  const title = task(await stored(a)).title;
  // B opens the form first; A then renames the task and saves.
  await b.getByRole('button', { name: 'Edit task' }).click();
  await a.getByRole('button', { name: 'Edit task' }).click();
  await a.getByLabel('Title', { exact: true }).fill(`${title} (renamed in A)`);
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('status')).toContainText('Task saved');
  // B's form still shows the old title; B changes the deadline and saves.
  await expect(b.getByLabel('Title', { exact: true })).toHaveValue(title);
  await b.getByLabel('Deadline', { exact: true }).fill('2023-12-20');
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(b.getByRole('status')).toContainText('Task saved');
  await expect(b.getByRole('heading', { level: 1 })).toContainText('(renamed in A)');
  let now = task(await stored(b));
  expect(now.title).toBe(`${title} (renamed in A)`);
  expect(now.deadline).toBe('2023-12-20');
  // A's undo takes back the name, and B's deadline stays.
  await a.getByRole('button', { name: /^Undo/ }).click();
  await expect(a.getByRole('heading', { level: 1 })).not.toContainText('(renamed in A)');
  now = task(await stored(a));
  expect(now.title).toBe(title);
  expect(now.deadline).toBe('2023-12-20');
});

test('a tab that missed the storage event still saves on top of the other tab’s change', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  const b = await context.newPage();
  // B never hears of A's writes: only the check before saving can save A's change.
  await b.addInitScript(() => {
    window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true);
  });
  await open(b);

  await addTask(a, '9.9', 'Open a one-stop service window in every town');
  await expect(a.getByRole('status')).toContainText('Task added');
  await addTask(b, '9.8', 'Publish the supervision results every month');
  await expect(b.getByRole('status')).toContainText('Task added');

  const codes = taskCodes(await stored(b));
  expect(codes).toEqual(expect.arrayContaining(['9.9', '9.8']));
  // B shows both too, and its history records A's change and its own.
  await expect(b.getByRole('row', { name: /Open a one-stop service window/ })).toBeVisible();
  await expect(b.getByRole('row', { name: /Publish the supervision results/ })).toBeVisible();
  // Undo in B takes back B's change only.
  await b.getByRole('button', { name: /^Undo/ }).click();
  const after = taskCodes(await stored(b));
  expect(after).toContain('9.9');
  expect(after).not.toContain('9.8');
});

test('the Content Security Policy is in force and no view breaks it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await open(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  // One hash for each inline script of the page (trunk's loader, the
  // loading word's), no other way in.
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  const inline = await page.locator('script:not([src])').count();
  expect(inline).toBe(2);
  expect(policy!.match(/'sha256-/g)).toHaveLength(inline);
  expect(policy).toContain("style-src 'self';");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("form-action 'none'");
  expect(policy).not.toContain('unsafe-inline');

  for (const name of ['Tasks', 'Timeline', 'Period report', 'Projects', 'Indicators', 'Units', 'Report by unit', 'Goals & areas', 'Plans', 'History', 'Dashboard']) {
    await goTo(page, name);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(150);
  }
  // One task's page, with its progress bar.
  await goTo(page, 'Tasks');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await page.waitForTimeout(200);
  expect(violations).toEqual([]);

  // The policy is in force: an inline script injected now is refused, and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.every((v) => v.includes('script-src'))).toBe(true);
});

const QUOTA = 5 * 1024 * 1024;

/** Characters the site keeps (keys and values), and those of one key. */
async function used(page: Page, key = PLAN_KEY): Promise<{ total: number; plan: number }> {
  return page.evaluate((key) => {
    let total = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      total += k.length + localStorage.getItem(k)!.length;
    }
    return { total, plan: key.length + (localStorage.getItem(key) ?? '').length };
  }, key);
}

/** Fill the site's storage up to `left` characters short of the estimated quota. */
async function fillTo(page: Page, left: number) {
  await page.evaluate(
    ({ quota, left }) => {
      const total = () => {
        let t = 0;
        for (let i = 0; i < localStorage.length; i++) {
          const k = localStorage.key(i)!;
          t += k.length + localStorage.getItem(k)!.length;
        }
        return t;
      };
      for (let i = 0; total() < quota - left; i++) {
        const name = `filler/${String(i).padStart(3, '0')}`;
        localStorage.setItem(name, 'x'.repeat(Math.min(512 * 1024, quota - left - total() - name.length)));
      }
    },
    { quota: QUOTA, left },
  );
}

const kChars = (n: number) => `${Math.round(n / 1000)} K characters`;

test('the Plans view shows how much room each plan takes and how much is left', async ({ page }) => {
  await page.goto('./?lang=en&today=2023-09-30&view=plans');
  const room = page.getByRole('region', { name: 'Room in this browser' });
  await expect(room).toBeVisible();
  const { total, plan } = await used(page);
  const percent = Math.round((total * 100) / QUOTA);
  await expect(room).toContainText(
    `${kChars(total)} used of about 5.2 M characters (${percent}%); 5.2 M characters free.`,
  );
  const bar = room.getByRole('meter', { name: 'Browser storage used' });
  await expect(bar).toHaveAttribute('aria-valuenow', String(percent));
  await expect(bar).toContainText(`${percent}%`);
  const row = page.getByRole('row', { name: /Shanxi 2023/ });
  await expect(row.locator('td[data-label="Stored size"]')).toHaveText(kChars(plan));

  // Two million characters more: the figures follow.
  await fillTo(page, QUOTA - total - 2_000_000);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await goTo(page, 'Plans');
  const now = (await used(page)).total;
  await expect(room).toContainText(`${(now / 1e6).toFixed(1)} M characters used of about 5.2 M characters (${Math.round((now * 100) / QUOTA)}%)`);
  await freeStorage(page);

  await page.goto('./?lang=zh&today=2023-09-30&view=plans');
  const zh = page.getByRole('region', { name: '本浏览器的存储空间' });
  await expect(zh).toContainText('占可用空间（约 524 万字符）');
  await expect(page.getByRole('row', { name: /山西省2023年/ }).locator('td[data-label="占用空间"]')).toHaveText(/^\d+\.\d 万字符$/);
});

test('a plan file that would not fit is said so in its preview, with its figures, before it is opened', async ({ page }) => {
  await open(page);
  // The sample as another office's plan: its own id, as large as the sample.
  const file = JSON.parse((await stored(page))!);
  file.plan.id = 'other-office-2023';
  file.plan.title = 'Another office plan';
  const text = JSON.stringify(file);
  // Room for half of it.
  await fillTo(page, Math.round(text.length / 2));
  const choose = () =>
    page.getByLabel('Open a plan file (.json)').setInputFiles({
      name: 'other.plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  await choose();
  const preview = page.getByRole('region', { name: 'Import other.plan.json' });
  const warning = preview.getByRole('alert');
  await expect(warning).toContainText(/^This plan does not fit in this browser: it needs \d+ K characters; \d+ K characters are free\. Opened, it could not be saved\./);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(await stored(page, 'plan-tracker/v1/plan/other-office-2023')).toBeNull();

  // With room made: nothing to say.
  await freeStorage(page);
  await choose();
  await expect(preview.getByRole('button', { name: 'Open it' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(preview.getByRole('alert')).toHaveCount(0);
});

test('a plan that would not fit is announced with its figures before a save, and kept in memory', async ({ page }) => {
  await open(page);
  const before = await stored(page);
  const { plan } = await used(page);
  // Room for the plan as it is, and 100 characters more: not for a new task.
  await fillTo(page, 100);

  await addTask(page, '9.9', 'Open a one-stop service window in every town');
  const warning = page.getByRole('alert').filter({ hasText: "Not saved: the browser's storage is full for this plan." });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(
    /This plan needs \d+ K characters; \d+ K characters are free \(\d+ characters short\)\. The plan as last saved is unchanged/,
  );
  await expect(warning).toContainText(`; ${kChars(plan + 100)} are free (`);
  await expect(page.getByRole('row', { name: /Open a one-stop service window/ })).toBeVisible();
  expect(await stored(page)).toBe(before);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Export now' }).click(),
  ]);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(exported.plan.tasks.map((t: { code: string }) => t.code)).toContain('9.9');

  await freeStorage(page);
  await addTask(page, '9.8', 'Publish the supervision results every month');
  await expect(warning).toHaveCount(0);
  expect(taskCodes(await stored(page))).toEqual(expect.arrayContaining(['9.9', '9.8']));
});

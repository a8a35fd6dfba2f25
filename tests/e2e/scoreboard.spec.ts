import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';
import { goTo } from './header';

// The unit scoreboard on the Units tab, on the sample plan as of 2023-09-30
// with the default weights 40 / 40 / 20. The figures were worked out by hand
// (see tests/scoreboard.rs): the Taiyuan Investment Promotion Bureau is
// first at 100.0; the sample's tasks report about once a quarter under
// monthly reporting, so reporting discipline, the year's record of monthly
// reports in time, is low for most units: the provincial general office
// scores 87.9 (9 of 18 in time), Xinzhou 71.4 (3 of 16), Xiaodian District
// 31.2 (its one overdue task; 12 of 80), Pianguan County 0.0 (never
// reported: 0 of 5, 0% progress, and no points for on-time completion it
// has not had: that mark is "n/a").

const Q = '?lang=en&today=2023-09-30';

async function open(page: Page, view: string, q = Q) {
  await page.goto(`./${q}&view=${view}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

function board(page: Page) {
  return page.getByRole('table', { name: 'Units ranked by score' });
}

function unitRow(page: Page, name: RegExp) {
  return board(page).getByRole('row', { name });
}

test('the scoreboard ranks the sample units by score, ties sharing a rank', async ({ page }) => {
  await open(page, 'units');
  await expect(page.getByRole('heading', { name: 'Unit scoreboard', level: 2 })).toBeVisible();
  const rows = board(page).getByRole('row');
  // Header, 16 ranked units, 2 that only co-operate.
  await expect(rows).toHaveCount(19);

  const first = rows.nth(1);
  await expect(first.getByRole('rowheader')).toHaveText('Taiyuan Investment Promotion Bureau');
  await expect(first.getByRole('cell').first()).toHaveText('1');
  await expect(first).toContainText('100.0');
  // Sixth and seventh share a rank: Xiaodian emergency management and
  // Kelan, at 75.0.
  await expect(rows.nth(6).getByRole('cell').first()).toHaveText('=6');
  await expect(rows.nth(7).getByRole('cell').first()).toHaveText('=6');
  await expect(rows.nth(7).getByRole('rowheader')).toHaveText(/Kelan/);
  await expect(rows.nth(7)).toContainText('75.0');
  // Xinzhou: both its reports for August late, 3 of its 16 months' in time
  // (nothing completed or overdue: on time n/a).
  const xinzhou = unitRow(page, /Xinzhou Municipal People's Government/);
  await expect(xinzhou.getByRole('cell').first()).toHaveText('10');
  await expect(xinzhou).toContainText('71.4');
  await expect(xinzhou).toContainText('on time n/a · progress 97.7 · reporting 18.8 (3/16)');

  const office = unitRow(page, /General Office of the Provincial Party Committee/);
  await expect(office.getByRole('cell').first()).toHaveText('2');
  await expect(office).toContainText('76.7%');
  await expect(office).toContainText('87.9');
  await expect(office).toContainText('on time 100 · progress 94.7 · reporting 50 (9/18)');

  // Xiaodian District: 11 led, 6 co-operated, 1 overdue, 8 reports late, 31.2.
  const xiaodian = unitRow(page, /Xiaodian District People's Government, Taiyuan/);
  await expect(xiaodian.getByRole('link', { name: '11 tasks led by Xiaodian District People\'s Government, Taiyuan' })).toBeVisible();
  await expect(xiaodian.getByRole('link', { name: '6 tasks Xiaodian District People\'s Government, Taiyuan co-operates on' })).toBeVisible();
  await expect(xiaodian.getByRole('link', { name: '1 overdue task led by Xiaodian District People\'s Government, Taiyuan' })).toBeVisible();
  await expect(xiaodian).toContainText('31.2');
  await expect(xiaodian.getByRole('cell').first()).toHaveText('15');

  // The last ranked unit, then a unit that leads nothing: no score, no rank.
  await expect(unitRow(page, /Pianguan County/)).toContainText('0.0');
  await expect(unitRow(page, /Pianguan County/)).toContainText('on time n/a · progress 0 · reporting 0 (0/5)');
  const discipline = unitRow(page, /Commission for Discipline Inspection/);
  await expect(discipline.getByRole('cell').first()).toContainText('not scored');
  await expect(rows.nth(17).getByRole('rowheader')).toHaveText('Provincial Commission for Discipline Inspection and Supervision');

  // The rules, in words, with the plan's weights.
  const rules = page.getByRole('region', { name: 'How the score is computed' });
  await expect(rules).toContainText('on-time completion × 40% + progress against schedule × 40% + reporting discipline × 20%');
  await expect(rules).toContainText('a period\'s report is due 15 days after it ends');
  await expect(rules).toContainText('to the latest period due (August 2023)');
  await expect(rules).toContainText('with the reports in time and owed after it');
  await expect(rules).toContainText('A mark with nothing to measure yet is not applicable (n/a)');
  await expect(rules.getByRole('link', { name: 'Change the weights in the plan settings' })).toHaveAttribute('href', /view=setup/);
});

test('a unit with no task is listed as having none, never as no units', async ({ page }) => {
  await open(page, 'units');
  const add = page.getByRole('button', { name: 'Add unit' });
  await add.click();
  await expect(add).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Unit name').fill('Pilot Zone Office');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const pilot = unitRow(page, /Pilot Zone Office/);
  await expect(pilot).toContainText('No tasks yet');
  await expect(pilot.getByRole('cell').first()).toContainText('not scored');
  // Listed last, after the units that only co-operate.
  const rows = board(page).getByRole('row');
  await expect(rows).toHaveCount(20);
  await expect(rows.nth(19).getByRole('rowheader')).toHaveText('Pilot Zone Office');
  await expect(board(page)).not.toContainText('No units yet');
  // A unit that only co-operates says why it has no score.
  await expect(unitRow(page, /Commission for Discipline Inspection/)).toContainText('leads no task');
});

test('brought into view, "Add unit" stays where it was brought', async ({ page }) => {
  // What is laid out only once scrolled near (the list of units) must not
  // move what the user goes to when it is.
  await open(page, 'units');
  const tops = await page.getByRole('button', { name: 'Add unit' }).evaluate(async (b) => {
    b.scrollIntoView({ block: 'center' });
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      seen.push(Math.round(b.getBoundingClientRect().top));
      await new Promise((r) => requestAnimationFrame(r));
    }
    return seen;
  });
  expect(new Set(tops).size, tops.join(' ')).toBe(1);
});

test('a unit and its figures link to the task table filtered to that unit', async ({ page }) => {
  await open(page, 'units');
  await board(page).getByRole('link', { name: 'Taiyuan Municipal People\'s Government', exact: true }).click();
  await expect(page).toHaveURL(/view=tasks&lead=u-taiyuan/);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByText('10 of 44 tasks')).toBeVisible();

  await page.goBack();
  await expect(board(page)).toBeVisible();
  await unitRow(page, /Xiaodian District People's Government, Taiyuan/)
    .getByRole('link', { name: /overdue task led by/ }).click();
  await expect(page).toHaveURL(/view=tasks&lead=u-xiaodian&overdue=1/);
  await expect(page.getByText('1 of 44 tasks')).toBeVisible();

  await page.goBack();
  await unitRow(page, /Xiaodian District Development and Reform Bureau/)
    .getByRole('link', { name: /co-operates on/ }).click();
  await expect(page).toHaveURL(/view=tasks&co=u-xd-ndrc/);
  await expect(page.getByText('8 of 44 tasks')).toBeVisible();
});

test('changing a weight in the settings changes the scores, and undo restores them', async ({ page }) => {
  await open(page, 'units');
  const xiaodian = unitRow(page, /Xiaodian District People's Government, Taiyuan/);
  const kelan = unitRow(page, /Kelan County People/);
  await expect(xiaodian).toContainText('31.2');
  await expect(kelan).toContainText('75.0');
  await page.getByRole('link', { name: 'Change the weights in the plan settings' }).click();
  await expect(page).toHaveURL(/view=setup/);

  const weights = page.getByRole('group', { name: 'Scoreboard weights' });
  // All three at zero is refused beside the weights.
  await weights.getByLabel('On-time completion').fill('0');
  await weights.getByLabel('Progress against schedule').fill('0');
  await weights.getByLabel('Reporting discipline').fill('0');
  await expect(weights).toContainText('at least one weight must be above zero');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  // A negative weight is said once, beside that weight, not again under the three.
  await weights.getByLabel('On-time completion').fill('-5');
  await expect(page.locator('#ps-w-on-time-error')).toHaveText('this cannot be negative');
  await expect(weights.getByText('this cannot be negative')).toHaveCount(1);

  // Reporting left out: 40 / 40 / 0. Xiaodian District: (40 × 0 + 40 × 70.6) / 80 = 35.3;
  // Kelan (on time n/a): progress alone, 93.7.
  await weights.getByLabel('On-time completion').fill('40');
  await weights.getByLabel('Progress against schedule').fill('40');
  await expect(weights).not.toContainText('at least one weight');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Plan settings saved');

  await goTo(page, 'Units');
  await expect(xiaodian).toContainText('35.3');
  await expect(kelan).toContainText('93.7');
  const rules = page.getByRole('region', { name: 'How the score is computed' });
  await expect(rules).toContainText('on-time completion × 50% + progress against schedule × 50% + reporting discipline × 0%');

  // One undo brings the old weights and scores back; redo makes the change again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(xiaodian).toContainText('31.2');
  await expect(rules).toContainText('× 40%');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(xiaodian).toContainText('35.3');
  // The weights are in the stored plan: a reload keeps them.
  await page.reload();
  await expect(xiaodian).toContainText('35.3');
});

test('the scoreboard in Chinese, and screenshots of it and the weights form', async ({ browser }) => {
  const dir = path.join('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of ['zh-CN', 'en']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, 'units', `?lang=${lang}&today=2023-09-30`);
      if (lang === 'zh-CN') {
        const zhBoard = page.getByRole('table', { name: '各单位按得分排名' });
        await expect(zhBoard.getByRole('row').nth(1)).toContainText('太原市投资促进局');
        await expect(zhBoard.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
        await expect(page.getByRole('region', { name: '评分规则' })).toContainText('按期完成率 × 40%');
        // The reporting mark with its months in time of those owed.
        await expect(zhBoard.getByRole('row', { name: /省委办公厅/ })).toContainText('按期 100 · 进度 94.7 · 报送 50（9/18）');
      }
      // Nothing but the table's own box scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width === 1280) {
        // On a wide screen the table's own box does not scroll either, and
        // the unit column keeps 10rem, so long names (in English) take two
        // or three lines, not four.
        const board = page.locator('table.sb-table').first();
        expect(await board.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(1);
        expect(await board.locator('thead th').nth(1).evaluate((th) => th.getBoundingClientRect().width)).toBeGreaterThanOrEqual(159);
      }
      await page.screenshot({ path: path.join(dir, `scoreboard-${lang}-${width}.png`), fullPage: true });
      await open(page, 'setup', `?lang=${lang}&today=2023-09-30`);
      await page.locator('#ps-evaluation').screenshot({ path: path.join(dir, `weights-${lang}-${width}.png`) });
    }
    await context.close();
  }
});

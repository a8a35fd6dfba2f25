import { test, expect, Page } from './fixtures';

// A long list of units has a finder: the sample plan with forty more units
// (a city's districts and counties), as a province's plan has hundreds. The
// task filters' unit groups, the task form's co-operating units and Report
// by unit's picker each narrow to the units whose names hold the words
// typed; a unit already ticked or chosen stays in sight.

const SAMPLE_KEY = 'plan-tracker/v1/plan/sample-shanxi-2023';
const EN = './?lang=en&today=2023-09-30';
const PLACES = [
  'Shouyang', 'Yingze', 'Xinghualing', 'Jiancaoping', 'Wanbailin', 'Jinyuan', 'Qingxu', 'Yangqu', 'Loufan', 'Gujiao',
  'Pingcheng', 'Yungang', 'Yunzhou', 'Xinrong', 'Yanggao', 'Tianzhen', 'Guangling', 'Lingqiu', 'Hunyuan', 'Zuoyun',
];
// Twenty districts and twenty counties.
const UNITS = [
  ...PLACES.map((p, i) => ({ id: `u-d-${i}`, name: `${p} District Office`, kind: 'district' })),
  ...PLACES.map((p, i) => ({ id: `u-c-${i}`, name: `${p} County Office`, kind: 'district' })),
];

const ZH = './?lang=zh-CN&today=2023-09-30';
const WORDS = {
  en: { file: 'Open a plan file (.json)', preview: /^Import /, open: 'Open it' },
  zh: { file: '打开规划文件（.json）', preview: /^导入文件/, open: '打开' },
};

/** The sample plan in the page's language, with forty more units, imported. */
async function importPlan(page: Page, lang: 'en' | 'zh' = 'en') {
  const w = WORDS[lang];
  await page.goto(lang === 'en' ? EN : ZH);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const stored = await page.evaluate((k) => localStorage.getItem(k), SAMPLE_KEY);
  const doc = JSON.parse(stored!);
  const plan = doc.plan;
  plan.id = 'forty-more-units';
  plan.title = 'A plan of many units';
  plan.units = [...plan.units, ...UNITS];
  // The first five tasks are led by districts.
  plan.tasks.slice(0, 5).forEach((t: { lead: string }, i: number) => (t.lead = UNITS[i].id));
  await page.getByLabel(w.file).setInputFiles({
    name: 'units.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  await page.getByRole('region', { name: w.preview }).getByRole('button', { name: w.open, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A plan of many units');
}

function views(page: Page) {
  return page.getByRole('navigation', { name: 'Views' });
}

test('the task filters: a unit group narrowed by a finder, the unit ticked kept in sight', async ({ page }) => {
  await importPlan(page);
  await views(page).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.locator('summary', { hasText: 'Lead unit' }).click();
  const group = page.getByRole('group', { name: 'Lead unit', exact: true });
  await expect(group.getByRole('checkbox').first()).toBeVisible();
  const all = await group.getByRole('checkbox').count();
  expect(all).toBeGreaterThan(40);
  const find = page.getByLabel('Find in “Lead unit”');
  await find.fill('shouyang');
  await expect(group.getByRole('checkbox')).toHaveCount(2);
  // Two words: both must be in the name, in any order.
  await find.fill('district shouyang');
  await expect(group.getByRole('checkbox')).toHaveCount(1);
  await group.getByRole('checkbox', { name: /^Shouyang District Office/ }).check();
  await expect(page.getByRole('table').locator('tbody tr[aria-rowindex]')).toHaveCount(1);
  // Words that find nothing say so; the ticked unit stays, to be unticked.
  await find.fill('zzz');
  await expect(page.getByText('Nothing here has “zzz” in its name.')).toBeVisible();
  await expect(group.getByRole('checkbox')).toHaveCount(1);
  await expect(group.getByRole('checkbox', { name: /^Shouyang District Office/ })).toBeChecked();
  await find.fill('');
  await expect(page.getByText('Nothing here has')).toHaveCount(0);
  await expect(group.getByRole('checkbox')).toHaveCount(all);
});

test('the task form: co-operating units found by name, Enter in the finder does not send the form', async ({ page }) => {
  await importPlan(page);
  await page.goto(`${EN}&view=tasks`);
  await page.getByRole('button', { name: 'Add task' }).click();
  const form = page.locator('form.task-form');
  const co = page.getByRole('group', { name: 'Co-operating units' });
  const find = form.getByLabel('Find in “Co-operating units”');
  await find.fill('county office');
  await expect(co.getByRole('checkbox')).toHaveCount(20);
  await co.getByRole('checkbox', { name: 'Yungang County Office', exact: true }).check();
  await find.fill('Qingxu');
  await expect(co.getByRole('checkbox')).toHaveCount(3);
  await find.press('Enter');
  await expect(form.getByRole('heading', { name: 'New task' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Escape empties the finder and leaves the form open.
  await find.press('Escape');
  await expect(find).toHaveValue('');
  await expect(form.getByRole('heading', { name: 'New task' })).toBeVisible();
  await find.fill('Qingxu');
  await co.getByRole('checkbox', { name: 'Qingxu District Office', exact: true }).check();

  await form.getByLabel('Title', { exact: true }).fill('Clear the riverbanks of two districts');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ label: 'Yingze District Office' });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
  await page.getByRole('searchbox', { name: 'Search' }).fill('riverbanks');
  await page.getByRole('link', { name: 'Clear the riverbanks of two districts' }).click();
  const facts = page.locator('.task-facts div', { has: page.getByText('Co-operating units', { exact: true }) }).locator('dd');
  await expect(facts).toContainText('Yungang County Office');
  await expect(facts).toContainText('Qingxu District Office');
});

test('report by unit: the picker narrowed by a finder, Enter takes the one unit found', async ({ page }) => {
  await importPlan(page);
  await views(page).getByRole('link', { name: 'Report by unit' }).click();
  const picker = page.getByLabel('Unit', { exact: true });
  const find = page.getByLabel('Find in “Unit”');
  await find.fill('wanbailin');
  // The placeholder and the two units whose names hold the word.
  await expect(picker.locator('option:not([hidden])')).toHaveCount(3);
  await expect(picker.locator('optgroup:not([hidden])')).toHaveCount(1);
  // Two found: Enter chooses neither.
  await find.press('Enter');
  await expect(page).not.toHaveURL(/unit=/);
  await find.fill('wanbailin district');
  await find.press('Enter');
  await expect(page).toHaveURL(/view=report&unit=u-d-4/);
  await expect(page.getByRole('heading', { name: 'Tasks this unit leads' })).toBeVisible();
  await expect(picker).toHaveValue('u-d-4');
});

test('in Chinese: a finder for units, each word typed must be in the name', async ({ page }) => {
  await importPlan(page, 'zh');
  await page.goto(`${ZH}&view=report`);
  const find = page.getByLabel('在“单位”中查找');
  await find.fill('省委 办公');
  const picker = page.locator('#br-unit');
  await expect(picker.locator('option:not([hidden])')).toHaveCount(2);
  await expect(picker.locator('option:not([hidden])').nth(1)).toHaveText(/^省委办公厅/);
  await find.fill('没有这个单位');
  await expect(page.getByText('没有名称含“没有这个单位”的项。')).toBeVisible();
});

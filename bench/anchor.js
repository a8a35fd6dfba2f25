// The anchor of the browser benchmark (scripts/bench.mjs): what a plain
// JavaScript page needs to filter the same 10,000 tasks by substring and draw
// the first 40 matching rows. The benchmark serves the generated plan beside
// this page as province.plan.json and times keystrokes here exactly as it
// does in the app: input event → requestAnimationFrame → the next task.
'use strict';

const SHOWN = 40;
const input = document.getElementById('q');
const count = document.getElementById('count');
const tbody = document.querySelector('tbody');
/** One row per task: the cells, and the lower-cased text the search looks in. */
let rows = [];

function cell(tr, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  tr.appendChild(td);
}

/** Every word must occur (case-insensitive), as in the app's search. */
function draw(query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const body = document.createDocumentFragment();
  let matched = 0;
  for (const row of rows) {
    if (!words.every((w) => row.haystack.includes(w))) continue;
    matched += 1;
    if (matched > SHOWN) continue;
    const tr = document.createElement('tr');
    cell(tr, row.code);
    cell(tr, row.title);
    cell(tr, row.lead);
    cell(tr, row.deadline);
    cell(tr, `${row.progress}%`, 'num');
    body.appendChild(tr);
  }
  tbody.replaceChildren(body);
  count.textContent = `${matched} of ${rows.length} tasks`;
}

async function load() {
  const file = await (await fetch('province.plan.json')).json();
  const plan = file.plan;
  const units = new Map(plan.units.map((u) => [u.id, u.name]));
  const progress = new Map();
  for (const u of plan.updates) {
    if (u.subject.kind === 'task' && !u.withdrawn) progress.set(u.subject.id, u.progress);
  }
  rows = plan.tasks.map((t) => {
    const lead = units.get(t.lead) ?? '';
    const co = (t.co_units ?? []).map((id) => units.get(id) ?? '');
    return {
      code: t.code,
      title: t.title,
      lead,
      deadline: t.deadline ?? '',
      progress: progress.get(t.id) ?? 0,
      haystack: [t.code, t.title, t.description ?? '', lead, ...co, ...(t.tags ?? [])].join('\n').toLowerCase(),
    };
  });
  input.addEventListener('input', () => draw(input.value));
  draw(input.value);
  document.body.dataset.ready = 'true';
}

load();

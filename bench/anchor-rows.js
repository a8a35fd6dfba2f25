// The second anchor of the browser benchmark (scripts/bench.mjs): plain
// JavaScript drawing the app's own rows. The benchmark saves the app's tasks
// page (a province's year open, its scripts taken out) and serves it with
// this script; typed into, the page filters the same 10,000 tasks by
// substring and draws the rows in view as the app does: the same markup and
// style sheet, rows kept by task (a row still shown is not drawn again), a
// spacer row below for the rest, the count and `aria-rowcount` updated. The
// filter panel's counts are left as they are, so this page does less than
// the app. Timed exactly as the app: input event → requestAnimationFrame →
// the next task.
'use strict';

const input = document.querySelector('input[type=search]');
const table = document.querySelector('.task-table');
const tbody = table.querySelector('tbody');
const spacer = tbody.querySelector('tr.spacer td');
const count = document.querySelector('.result-count');
const today = new URLSearchParams(location.search).get('today') ?? '2023-09-30';
/** As many rows as the app drew for the view (rows in view and its margin). */
const SHOWN = tbody.querySelectorAll('tr.task-row').length;
const pitch = tbody.querySelector('tr.task-row').getBoundingClientRect().height;
const TIERS = { regular: 'Regular', key: 'Key', key_breakthrough: 'Key breakthrough' };
const LIGHTS = { completed: 'Completed', green: 'On track', yellow: 'At risk', red: 'Overdue or lagging', grey: 'Not reported' };
/** One entry per task: what a row shows, and the lower-cased text the search looks in. */
let tasks = [];
/** The drawn rows, by task id. */
const drawn = new Map();

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const clamped = (cls, label, s) =>
  `<td class="${cls}" data-label="${label}"><span class="clamp" title="${escape(s)}">${escape(s)}</span></td>`;

/** The task's light and its reason: done, deadline passed, behind the time elapsed, or on track. */
function light(t) {
  if (t.last === null) return ['grey', 'no report yet'];
  if (t.progress >= 100) return ['completed', 'done'];
  if (t.deadline && t.deadline < today) return ['red', `deadline ${t.deadline} passed at ${t.progress}% done`];
  const [from, to, now] = [t.start, t.deadline, today].map((d) => Date.parse(d ?? today));
  const expected = to > from ? Math.round((100 * Math.min(1, Math.max(0, (now - from) / (to - from))))) : 0;
  return t.progress + 10 < expected ? ['yellow', `${t.progress}% done, ${expected}% expected by now`] : ['green', `${t.progress}% done, ${expected}% expected by now`];
}

/** A row's cells, in the app's markup (`query::row_html`). */
function cells(t) {
  const [key, reason] = light(t);
  const p = Math.max(0, Math.min(100, t.progress));
  return (
    `<td class="code">${escape(t.code)}</td>` +
    `<th scope="row" class="title" title="${escape(t.title)}"><a href="?view=task&amp;id=${encodeURIComponent(t.id)}">${escape(t.title)}</a></th>` +
    clamped('area-cell', 'Key area', t.area) +
    clamped('lead-cell', 'Lead unit', t.lead) +
    clamped('co-cell', 'Co-operating units', t.co || '—') +
    `<td class="tier-cell" data-label="Tier"><span class="tier tier-${t.tier}">${TIERS[t.tier] ?? t.tier}</span></td>` +
    `<td class="date deadline" data-label="Deadline">${t.deadline ?? 'No deadline'}</td>` +
    `<td class="progress-cell" data-label="Progress"><div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${p}" aria-label="${escape(t.title)}: ${p}% done"><div class="bar w${p}"></div><span class="pct">${p}%</span></div></td>` +
    `<td class="light-cell" data-label="Status"><span class="light light-${key}" title="${escape(reason)}"><span class="dot" aria-hidden="true"></span><span class="word">${LIGHTS[key]}</span> <span class="reason">${escape(reason)}</span></span></td>` +
    `<td class="date last" data-label="Last report">${t.last ?? 'Never'}</td>`
  );
}

/** Every word must occur (case-insensitive), as in the app's search. */
function draw(query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = [];
  let matched = 0;
  for (const t of tasks) {
    if (!words.every((w) => t.haystack.includes(w))) continue;
    matched += 1;
    if (shown.length < SHOWN) shown.push(t);
  }
  // Rows no longer shown go; rows still shown stay where they are (the
  // search keeps the plan's order), new ones are put in between.
  const keep = new Set(shown.map((t) => t.id));
  for (const [id, tr] of drawn) {
    if (!keep.has(id)) {
      tr.remove();
      drawn.delete(id);
    }
  }
  let at = tbody.firstElementChild;
  shown.forEach((t, i) => {
    let tr = drawn.get(t.id);
    if (tr) {
      at = tr.nextElementSibling;
    } else {
      tr = document.createElement('tr');
      tr.className = 'task-row';
      tr.innerHTML = cells(t);
      tbody.insertBefore(tr, at);
      drawn.set(t.id, tr);
    }
    const index = String(i + 2);
    if (tr.getAttribute('aria-rowindex') !== index) tr.setAttribute('aria-rowindex', index);
  });
  spacer.style.height = `${Math.max(0, matched - shown.length) * pitch}px`;
  table.setAttribute('aria-rowcount', String(matched + 1));
  count.textContent = matched === tasks.length ? `All ${tasks.length.toLocaleString('en')} tasks` : `${matched.toLocaleString('en')} of ${tasks.length.toLocaleString('en')} tasks`;
}

async function load() {
  const plan = (await (await fetch('/bench/province.plan.json')).json()).plan;
  const units = new Map(plan.units.map((u) => [u.id, u.name]));
  const areas = new Map(plan.areas.map((a) => [a.id, a.title]));
  const latest = new Map();
  for (const u of plan.updates) {
    if (u.subject.kind !== 'task' || u.withdrawn) continue;
    const seen = latest.get(u.subject.id);
    if (!seen || seen.date <= u.date) latest.set(u.subject.id, u);
  }
  tasks = plan.tasks.map((t) => {
    const lead = units.get(t.lead) ?? '';
    const co = (t.co_units ?? []).map((id) => units.get(id) ?? '');
    const report = latest.get(t.id);
    return {
      id: t.id,
      code: t.code,
      title: t.title,
      area: areas.get(t.area) ?? t.area,
      lead,
      co: co.join(', '),
      tier: t.tier,
      start: t.start ?? plan.start,
      deadline: t.deadline ?? null,
      progress: report?.progress ?? 0,
      last: report?.date ?? null,
      haystack: [t.code, t.title, t.description ?? '', lead, ...co].join('\n').toLowerCase(),
    };
  });
  // The rows of the saved page are replaced by this page's own.
  for (const tr of tbody.querySelectorAll('tr.task-row')) tr.remove();
  input.value = '';
  draw('');
  input.addEventListener('input', () => draw(input.value));
  document.body.dataset.ready = 'true';
}

load();

//! The task filter, and the count of tasks behind each filter value.
//!
//! Values within one filter are alternatives (area A *or* B); different
//! filters must all hold (area A *and* lead unit U). Text search splits on
//! spaces and needs every word (case-insensitive) somewhere in the task's
//! code, title, description or unit names.

use super::index::{TaskIndex, TaskRow};
use crate::model::{Choice, Date, Id, Plan, SourceKind, Task, Tier};
use crate::status::{Light, Reason};
use crate::supervision::{LoopStage, OpenNotice, ReplyState, OPEN_NOTICES, REPLY_FLAGS};

/// Which tasks to show. The default shows every task.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskFilter {
    /// Words to search for; a space means AND.
    pub text: String,
    pub areas: Vec<Id>,
    pub goals: Vec<Id>,
    pub tiers: Vec<Tier>,
    /// Lead units.
    pub leads: Vec<Id>,
    /// Co-operating units.
    pub co_units: Vec<Id>,
    pub lights: Vec<Light>,
    /// Least progress, in percent (inclusive).
    pub progress_min: Option<u8>,
    /// Most progress, in percent (inclusive).
    pub progress_max: Option<u8>,
    /// Deadline on or after.
    pub due_from: Option<Date>,
    /// Deadline on or before.
    pub due_to: Option<Date>,
    pub tags: Vec<String>,
    /// Only tasks past their deadline and not completed.
    pub overdue: bool,
    /// Only tasks with no standing report on or after this day.
    pub no_report_since: Option<Date>,
    /// Where the items come from (plan, meeting, instruction …).
    pub sources: Vec<SourceKind>,
    /// Where the items stand in the supervision loop.
    pub stages: Vec<LoopStage>,
    /// Only items not signed for within the plan's days.
    pub not_signed_in_time: bool,
    /// Items with an open notice: at any level (`None`), or at a level.
    pub notices: Vec<OpenNotice>,
    /// Items with a notice replied late, or unanswered past its due date.
    pub replies: Vec<ReplyState>,
}

/// The filters, one bit each, for counting "all filters but this one". Text
/// has none: a task without the search words is left out before the tests.
#[derive(Clone, Copy)]
#[repr(u32)]
enum Test {
    Area = 1 << 1,
    Goal = 1 << 2,
    Tier = 1 << 3,
    Lead = 1 << 4,
    Co = 1 << 5,
    Light = 1 << 6,
    Progress = 1 << 7,
    Due = 1 << 8,
    Tag = 1 << 9,
    Overdue = 1 << 10,
    Since = 1 << 11,
    Source = 1 << 12,
    Stage = 1 << 13,
    NotSigned = 1 << 14,
    Notice = 1 << 15,
    Reply = 1 << 16,
}

/// How many tasks each filter value would show, given every *other* filter
/// as set (so a user sees where the tasks are before choosing).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Tasks matching the whole filter.
    pub matching: usize,
    /// Every key area, in plan order.
    pub areas: Vec<(Id, usize)>,
    /// Every strategic goal, in plan order.
    pub goals: Vec<(Id, usize)>,
    /// Every tier, regular to key breakthrough.
    pub tiers: Vec<(Tier, usize)>,
    /// Every unit, in plan order, as lead.
    pub leads: Vec<(Id, usize)>,
    /// Every unit, in plan order, as co-operating unit.
    pub co_units: Vec<(Id, usize)>,
    /// Every light, least to most severe.
    pub lights: Vec<(Light, usize)>,
    /// Every tag in use, in the order first met.
    pub tags: Vec<(String, usize)>,
    /// Overdue tasks.
    pub overdue: usize,
    /// Every source, plan first.
    pub sources: Vec<(SourceKind, usize)>,
    /// Every stage of the loop, in its order.
    pub stages: Vec<(LoopStage, usize)>,
    /// Items not signed for in time.
    pub not_signed_in_time: usize,
    /// Open notices at any level, then at each level.
    pub notices: Vec<(OpenNotice, usize)>,
    /// Replies late, missing.
    pub replies: Vec<(ReplyState, usize)>,
}

impl TaskFilter {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self == &TaskFilter::default()
    }

    /// Filters that are set, for "n filters on".
    pub fn active_count(&self) -> usize {
        let f = self;
        [
            !f.text.trim().is_empty(),
            !f.areas.is_empty(),
            !f.goals.is_empty(),
            !f.tiers.is_empty(),
            !f.leads.is_empty(),
            !f.co_units.is_empty(),
            !f.lights.is_empty(),
            f.progress_min.is_some() || f.progress_max.is_some(),
            f.due_from.is_some() || f.due_to.is_some(),
            !f.tags.is_empty(),
            f.overdue,
            f.no_report_since.is_some(),
            !f.sources.is_empty(),
            !f.stages.is_empty(),
            f.not_signed_in_time,
            !f.notices.is_empty(),
            !f.replies.is_empty(),
        ]
        .into_iter()
        .filter(|on| *on)
        .count()
    }

    /// The search words: lower-cased, split on white space.
    pub(super) fn words(&self) -> Vec<String> {
        words_of(&self.text)
    }

    /// Positions (in `index.rows`, which is plan order) of the tasks that
    /// pass every filter.
    pub fn apply(&self, plan: &Plan, index: &TaskIndex) -> Vec<usize> {
        self.matching(plan, index, None)
    }

    /// [`apply`](Self::apply) from the rows holding the search words
    /// (`hits`, as [`outcome`](Self::outcome) takes them), without counting:
    /// what a table needs to draw its rows before the panel's counts.
    pub fn matching(&self, plan: &Plan, index: &TaskIndex, hits: Option<&TextHits>) -> Vec<usize> {
        self.pass(plan, index, hits, false).positions
    }

    /// The count behind every filter value; see [`Facets`].
    pub fn facets(&self, plan: &Plan, index: &TaskIndex) -> Facets {
        self.pass(plan, index, None, true).facets
    }

    /// The matching positions and the facets in one pass over the tasks.
    /// `hits`, the rows holding the search words ([`TextSearch`]), spares
    /// searching the text again; hits for other words are not used.
    ///
    /// [`TextSearch`]: super::TextSearch
    pub fn outcome(&self, plan: &Plan, index: &TaskIndex, hits: Option<&TextHits>) -> Outcome {
        self.pass(plan, index, hits, true)
    }

    fn pass(
        &self,
        plan: &Plan,
        index: &TaskIndex,
        hits: Option<&TextHits>,
        count: bool,
    ) -> Outcome {
        let words = self.words();
        let ready = Ready::new(self, plan, index);
        let mut out = Outcome::default();
        let mut counts = Counts::new(plan, index, count);
        let mut visit = |i: usize, row: &TaskRow| {
            let Some(task) = plan.tasks.get(row.index) else {
                return;
            };
            let fails = ready.fails(task, row);
            if fails == 0 {
                out.positions.push(i);
            }
            if count {
                counts.add(fails, task, row);
            }
        };
        // A task without every word passes no count: text has no facet of
        // its own, so each count holds the text filter.
        match hits.filter(|h| h.words == words) {
            Some(hits) => {
                for &i in &hits.rows {
                    if let Some(row) = index.rows.get(i) {
                        visit(i, row);
                    }
                }
            }
            None if words.is_empty() => {
                for (i, row) in index.rows.iter().enumerate() {
                    visit(i, row);
                }
            }
            None => {
                let texts = index.search_texts(plan);
                for (i, row) in index.rows.iter().enumerate() {
                    if has_words(&texts[i], &words) {
                        visit(i, row);
                    }
                }
            }
        }
        if count {
            out.facets = counts.finish(plan, index, out.positions.len());
        }
        out
    }
}

/// Which tasks match a filter and the counts behind every filter value
/// ([`TaskFilter::outcome`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Positions in `index.rows` (plan order) of the matching tasks.
    pub positions: Vec<usize>,
    pub facets: Facets,
}

/// The rows of an index whose search text holds every one of `words`, in
/// plan order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextHits {
    pub(super) words: Vec<String>,
    pub(super) rows: Vec<usize>,
}

impl TextHits {
    /// Search `index` (built from `plan`), or only `within` (the rows of
    /// an earlier search whose words each lie inside one of `words`), for
    /// `words`.
    pub(super) fn search(
        plan: &Plan,
        index: &TaskIndex,
        words: Vec<String>,
        within: Option<&[usize]>,
    ) -> Self {
        let rows = if words.is_empty() {
            match within {
                Some(rows) => rows.to_vec(),
                None => (0..index.rows.len()).collect(),
            }
        } else {
            let texts = index.search_texts(plan);
            match within {
                Some(rows) => rows
                    .iter()
                    .copied()
                    .filter(|&i| texts.get(i).is_some_and(|t| has_words(t, &words)))
                    .collect(),
                None => (0..texts.len())
                    .filter(|&i| has_words(&texts[i], &words))
                    .collect(),
            }
        };
        TextHits { words, rows }
    }

    /// How many rows hold the words.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

pub(super) fn words_of(text: &str) -> Vec<String> {
    crate::text::fold(text)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

fn has_words(text: &str, words: &[String]) -> bool {
    words.iter().all(|w| text.contains(w.as_str()))
}

/// Ticked or not, for each entry of a plan's list: `chosen` looked up once
/// per filter instead of once per task.
fn mask<'a, K: PartialEq + 'a>(all: impl Iterator<Item = &'a K>, chosen: &[K]) -> Vec<bool> {
    if chosen.is_empty() {
        return Vec::new();
    }
    all.map(|k| chosen.contains(k)).collect()
}

/// Whether the entry at `pos` is ticked; `slow` answers for a reference
/// the plan's lists do not hold ([`NONE`](super::index::NONE)).
fn ticked(mask: &[bool], pos: usize, slow: impl FnOnce() -> bool) -> bool {
    mask.get(pos).copied().unwrap_or_else(slow)
}

/// A filter made ready for one plan and its index.
struct Ready<'a> {
    f: &'a TaskFilter,
    areas: Vec<bool>,
    goals: Vec<bool>,
    leads: Vec<bool>,
    co_units: Vec<bool>,
    tags: Vec<bool>,
}

impl<'a> Ready<'a> {
    fn new(f: &'a TaskFilter, plan: &Plan, index: &TaskIndex) -> Self {
        Ready {
            f,
            areas: mask(plan.areas.iter().map(|a| &a.id), &f.areas),
            goals: mask(plan.goals.iter().map(|g| &g.id), &f.goals),
            leads: mask(plan.units.iter().map(|u| &u.id), &f.leads),
            co_units: mask(plan.units.iter().map(|u| &u.id), &f.co_units),
            tags: mask(index.tags.iter(), &f.tags),
        }
    }

    /// The bits of the filters `row` fails, text aside.
    fn fails(&self, task: &Task, row: &TaskRow) -> u32 {
        let f = self.f;
        let mut fails = 0u32;
        let mut check = |test: Test, ok: bool| {
            if !ok {
                fails |= test as u32;
            }
        };
        check(
            Test::Area,
            f.areas.is_empty()
                || ticked(&self.areas, row.area_pos, || f.areas.contains(&task.area)),
        );
        check(
            Test::Goal,
            f.goals.is_empty()
                || ticked(&self.goals, row.goal_pos, || {
                    row.goal.as_ref().is_some_and(|g| f.goals.contains(g))
                }),
        );
        check(
            Test::Tier,
            f.tiers.is_empty() || f.tiers.contains(&task.tier),
        );
        check(
            Test::Lead,
            f.leads.is_empty()
                || ticked(&self.leads, row.lead_pos, || f.leads.contains(&task.lead)),
        );
        check(
            Test::Co,
            f.co_units.is_empty()
                || task
                    .co_units
                    .iter()
                    .zip(&row.co_pos)
                    .any(|(u, &p)| ticked(&self.co_units, p, || f.co_units.contains(u))),
        );
        check(
            Test::Light,
            f.lights.is_empty() || f.lights.contains(&row.status.light),
        );
        check(
            Test::Progress,
            f.progress_min.is_none_or(|m| row.progress >= f64::from(m))
                && f.progress_max.is_none_or(|m| row.progress <= f64::from(m)),
        );
        check(Test::Due, due_between(f, row));
        check(
            Test::Tag,
            f.tags.is_empty()
                || task
                    .tags
                    .iter()
                    .zip(&row.tag_pos)
                    .any(|(t, &p)| ticked(&self.tags, p, || f.tags.contains(t))),
        );
        check(Test::Overdue, !f.overdue || is_overdue(row));
        check(
            Test::Since,
            f.no_report_since
                .is_none_or(|since| row.last_report.is_none_or(|d| d < since)),
        );
        check(
            Test::Source,
            f.sources.is_empty() || f.sources.contains(&task.source),
        );
        let m = &row.marks;
        check(
            Test::Stage,
            f.stages.is_empty() || f.stages.contains(&m.stage()),
        );
        check(
            Test::NotSigned,
            !f.not_signed_in_time || m.not_signed_in_time,
        );
        check(
            Test::Notice,
            f.notices.is_empty() || f.notices.iter().any(|v| m.has_open(*v)),
        );
        check(
            Test::Reply,
            f.replies.is_empty() || f.replies.iter().any(|r| m.has_reply(*r)),
        );
        fails
    }
}

const TIERS: &[Tier] = <Tier as crate::model::Choice>::ALL;
const SOURCES: &[SourceKind] = SourceKind::ALL;

/// The facets being counted, by position in the plan's lists.
struct Counts {
    areas: Vec<usize>,
    goals: Vec<usize>,
    tiers: [usize; 3],
    leads: Vec<usize>,
    co_units: Vec<usize>,
    lights: [usize; 5],
    tags: Vec<usize>,
    /// Tags in the order first counted.
    tag_order: Vec<usize>,
    overdue: usize,
    sources: [usize; 5],
    stages: [usize; 7],
    not_signed: usize,
    notices: [usize; 4],
    replies: [usize; 2],
}

fn bump(counts: &mut [usize], pos: usize) {
    if let Some(n) = counts.get_mut(pos) {
        *n += 1;
    }
}

impl Counts {
    fn new(plan: &Plan, index: &TaskIndex, count: bool) -> Self {
        let n = |len: usize| if count { vec![0; len] } else { Vec::new() };
        Counts {
            areas: n(plan.areas.len()),
            goals: n(plan.goals.len()),
            tiers: [0; 3],
            leads: n(plan.units.len()),
            co_units: n(plan.units.len()),
            lights: [0; 5],
            tags: n(index.tags.len()),
            tag_order: Vec::new(),
            overdue: 0,
            sources: [0; 5],
            stages: [0; 7],
            not_signed: 0,
            notices: [0; 4],
            replies: [0; 2],
        }
    }

    /// Count a task that fails the filters `fails`, each value under every
    /// filter but its own.
    fn add(&mut self, fails: u32, task: &Task, row: &TaskRow) {
        if fails.count_ones() > 1 {
            // Failing two filters: no count holds it.
            return;
        }
        let all_but = |test: Test| fails & !(test as u32) == 0;
        if all_but(Test::Area) {
            bump(&mut self.areas, row.area_pos);
        }
        if all_but(Test::Goal) {
            bump(&mut self.goals, row.goal_pos);
        }
        if all_but(Test::Tier) {
            if let Some(t) = TIERS.iter().position(|t| *t == task.tier) {
                self.tiers[t] += 1;
            }
        }
        if all_but(Test::Lead) {
            bump(&mut self.leads, row.lead_pos);
        }
        if all_but(Test::Co) {
            for &p in &row.co_pos {
                bump(&mut self.co_units, p);
            }
        }
        if all_but(Test::Light) {
            if let Some(l) = Light::ALL.iter().position(|l| *l == row.status.light) {
                self.lights[l] += 1;
            }
        }
        if all_but(Test::Tag) {
            for &p in &row.tag_pos {
                if let Some(n) = self.tags.get_mut(p) {
                    if *n == 0 {
                        self.tag_order.push(p);
                    }
                    *n += 1;
                }
            }
        }
        if all_but(Test::Overdue) && is_overdue(row) {
            self.overdue += 1;
        }
        if all_but(Test::Source) {
            if let Some(s) = SOURCES.iter().position(|s| *s == task.source) {
                self.sources[s] += 1;
            }
        }
        let m = &row.marks;
        if all_but(Test::Stage) {
            if let Some(s) = LoopStage::ALL.iter().position(|s| *s == m.stage()) {
                self.stages[s] += 1;
            }
        }
        if all_but(Test::NotSigned) && m.not_signed_in_time {
            self.not_signed += 1;
        }
        if all_but(Test::Notice) {
            for (n, v) in self.notices.iter_mut().zip(OPEN_NOTICES) {
                *n += usize::from(m.has_open(v));
            }
        }
        if all_but(Test::Reply) {
            for (n, r) in self.replies.iter_mut().zip(REPLY_FLAGS) {
                *n += usize::from(m.has_reply(r));
            }
        }
    }

    fn finish(self, plan: &Plan, index: &TaskIndex, matching: usize) -> Facets {
        let ids = |ids: Vec<&Id>, counts: Vec<usize>| -> Vec<(Id, usize)> {
            ids.into_iter().cloned().zip(counts).collect()
        };
        Facets {
            matching,
            areas: ids(plan.areas.iter().map(|a| &a.id).collect(), self.areas),
            goals: ids(plan.goals.iter().map(|g| &g.id).collect(), self.goals),
            tiers: TIERS.iter().copied().zip(self.tiers).collect(),
            leads: ids(plan.units.iter().map(|u| &u.id).collect(), self.leads),
            co_units: ids(plan.units.iter().map(|u| &u.id).collect(), self.co_units),
            lights: Light::ALL.into_iter().zip(self.lights).collect(),
            tags: self
                .tag_order
                .iter()
                .map(|&p| (index.tags[p].clone(), self.tags[p]))
                .collect(),
            overdue: self.overdue,
            sources: SOURCES.iter().copied().zip(self.sources).collect(),
            stages: LoopStage::ALL.into_iter().zip(self.stages).collect(),
            not_signed_in_time: self.not_signed,
            notices: OPEN_NOTICES.into_iter().zip(self.notices).collect(),
            replies: REPLY_FLAGS.into_iter().zip(self.replies).collect(),
        }
    }
}

/// Past the deadline and not completed.
pub(super) fn is_overdue(row: &TaskRow) -> bool {
    matches!(row.status.reason, Reason::Overdue { .. })
}

/// Whether `row`'s deadline is within the filter's range: always, with no
/// range; only a task with a deadline of its own, with one (a task without
/// one is not due on the plan's last day).
fn due_between(f: &TaskFilter, row: &TaskRow) -> bool {
    if f.due_from.is_none() && f.due_to.is_none() {
        return true;
    }
    row.dated
        && f.due_from.is_none_or(|d| row.deadline >= d)
        && f.due_to.is_none_or(|d| row.deadline <= d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::NoticeLevel;
    use crate::query::TextSearch;
    use crate::sample::{sample_plan, scaled_plan};

    /// The plain reading of the filter, one task at a time, comparing ids:
    /// what the one pass over positions must agree with.
    fn plain_fails(f: &TaskFilter, task: &Task, row: &TaskRow, text: &str) -> u32 {
        const TEXT: u32 = 1;
        let words = f.words();
        let mut fails = 0u32;
        let mut check = |bit: u32, ok: bool| {
            if !ok {
                fails |= bit;
            }
        };
        check(TEXT, words.iter().all(|w| text.contains(w.as_str())));
        check(
            Test::Area as u32,
            f.areas.is_empty() || f.areas.contains(&task.area),
        );
        check(
            Test::Goal as u32,
            f.goals.is_empty() || row.goal.as_ref().is_some_and(|g| f.goals.contains(g)),
        );
        check(
            Test::Tier as u32,
            f.tiers.is_empty() || f.tiers.contains(&task.tier),
        );
        check(
            Test::Lead as u32,
            f.leads.is_empty() || f.leads.contains(&task.lead),
        );
        check(
            Test::Co as u32,
            f.co_units.is_empty() || task.co_units.iter().any(|u| f.co_units.contains(u)),
        );
        check(
            Test::Light as u32,
            f.lights.is_empty() || f.lights.contains(&row.status.light),
        );
        check(
            Test::Progress as u32,
            f.progress_min.is_none_or(|m| row.progress >= f64::from(m))
                && f.progress_max.is_none_or(|m| row.progress <= f64::from(m)),
        );
        check(Test::Due as u32, due_between(f, row));
        check(
            Test::Tag as u32,
            f.tags.is_empty() || task.tags.iter().any(|t| f.tags.contains(t)),
        );
        check(Test::Overdue as u32, !f.overdue || is_overdue(row));
        check(
            Test::Since as u32,
            f.no_report_since
                .is_none_or(|since| row.last_report.is_none_or(|d| d < since)),
        );
        check(
            Test::Source as u32,
            f.sources.is_empty() || f.sources.contains(&task.source),
        );
        let m = &row.marks;
        check(
            Test::Stage as u32,
            f.stages.is_empty() || f.stages.contains(&LoopStage::of(m.last)),
        );
        check(
            Test::NotSigned as u32,
            !f.not_signed_in_time || m.not_signed_in_time,
        );
        check(
            Test::Notice as u32,
            f.notices.is_empty() || f.notices.iter().any(|v| m.has_open(*v)),
        );
        check(
            Test::Reply as u32,
            f.replies.is_empty() || f.replies.iter().any(|r| m.has_reply(*r)),
        );
        fails
    }

    /// Matching positions and facets recounted from scratch, looking every
    /// value up by id.
    fn recount(f: &TaskFilter, plan: &Plan, index: &TaskIndex) -> Outcome {
        fn bump<K: PartialEq>(list: &mut [(K, usize)], key: &K) {
            if let Some(slot) = list.iter_mut().find(|(k, _)| k == key) {
                slot.1 += 1;
            }
        }
        let mut out = Outcome::default();
        let c = &mut out.facets;
        c.areas = plan.areas.iter().map(|a| (a.id.clone(), 0)).collect();
        c.goals = plan.goals.iter().map(|g| (g.id.clone(), 0)).collect();
        c.tiers = TIERS.iter().map(|t| (*t, 0)).collect();
        c.leads = plan.units.iter().map(|u| (u.id.clone(), 0)).collect();
        c.co_units = plan.units.iter().map(|u| (u.id.clone(), 0)).collect();
        c.lights = Light::ALL.into_iter().map(|l| (l, 0)).collect();
        c.sources = SOURCES.iter().map(|s| (*s, 0)).collect();
        c.stages = LoopStage::ALL.iter().map(|s| (*s, 0)).collect();
        c.notices = OPEN_NOTICES.iter().map(|v| (*v, 0)).collect();
        c.replies = REPLY_FLAGS.iter().map(|r| (*r, 0)).collect();
        for (i, row) in index.rows.iter().enumerate() {
            let task = &plan.tasks[row.index];
            // The task's texts and its units' names, each read plainly.
            let unit = |id: &Id| plan.unit(id).map_or("", |u| u.name.as_str());
            let mut texts = vec![
                task.code.as_str(),
                &task.title,
                &task.description,
                unit(&task.lead),
            ];
            texts.extend(task.co_units.iter().map(unit));
            let text = crate::text::fold(&texts.join("\n"));
            let fails = plain_fails(f, task, row, &text);
            let all_but = |test: Test| fails & !(test as u32) == 0;
            if fails == 0 {
                out.positions.push(i);
                c.matching += 1;
            }
            if all_but(Test::Area) {
                bump(&mut c.areas, &task.area);
            }
            if all_but(Test::Goal) {
                if let Some(g) = &row.goal {
                    bump(&mut c.goals, g);
                }
            }
            if all_but(Test::Tier) {
                bump(&mut c.tiers, &task.tier);
            }
            if all_but(Test::Lead) {
                bump(&mut c.leads, &task.lead);
            }
            if all_but(Test::Co) {
                for u in &task.co_units {
                    bump(&mut c.co_units, u);
                }
            }
            if all_but(Test::Light) {
                bump(&mut c.lights, &row.status.light);
            }
            if all_but(Test::Tag) {
                for tag in &task.tags {
                    match c.tags.iter_mut().find(|(t, _)| t == tag) {
                        Some(slot) => slot.1 += 1,
                        None => c.tags.push((tag.clone(), 1)),
                    }
                }
            }
            if all_but(Test::Overdue) && is_overdue(row) {
                c.overdue += 1;
            }
            if all_but(Test::Source) {
                bump(&mut c.sources, &task.source);
            }
            let m = &row.marks;
            if all_but(Test::Stage) {
                bump(&mut c.stages, &LoopStage::of(m.last));
            }
            if all_but(Test::NotSigned) && m.not_signed_in_time {
                c.not_signed_in_time += 1;
            }
            if all_but(Test::Notice) {
                for (v, n) in c.notices.iter_mut() {
                    *n += usize::from(m.has_open(*v));
                }
            }
            if all_but(Test::Reply) {
                for (r, n) in c.replies.iter_mut() {
                    *n += usize::from(m.has_reply(*r));
                }
            }
        }
        out
    }

    /// Filters over every kind of value, alone and together, including ids
    /// the plan does not hold.
    fn filters(plan: &Plan, index: &TaskIndex) -> Vec<TaskFilter> {
        let unit = |i: usize| plan.units[i % plan.units.len()].id.clone();
        let area = |i: usize| plan.areas[i % plan.areas.len()].id.clone();
        let tag = |i: usize| index.tags[i % index.tags.len()].clone();
        let d = |m, day| Date::from_ymd_opt(2023, m, day).unwrap();
        let base = [
            TaskFilter::default(),
            TaskFilter {
                text: "park".into(),
                ..Default::default()
            },
            TaskFilter {
                text: "数字".into(),
                ..Default::default()
            },
            TaskFilter {
                areas: vec![area(1), area(4), Id::new("no-such-area")],
                ..Default::default()
            },
            TaskFilter {
                goals: vec![plan.goals[0].id.clone(), Id::new("no-such-goal")],
                ..Default::default()
            },
            TaskFilter {
                tiers: vec![Tier::Key],
                leads: vec![unit(0), unit(3), unit(17)],
                ..Default::default()
            },
            TaskFilter {
                co_units: vec![unit(2), unit(9), Id::new("no-such-unit")],
                lights: vec![Light::Red, Light::Yellow],
                ..Default::default()
            },
            TaskFilter {
                tags: vec![tag(0), tag(3), "no-such-tag".into()],
                progress_min: Some(20),
                progress_max: Some(80),
                ..Default::default()
            },
            TaskFilter {
                due_from: Some(d(6, 1)),
                due_to: Some(d(12, 31)),
                overdue: true,
                ..Default::default()
            },
            TaskFilter {
                no_report_since: Some(d(9, 1)),
                lights: vec![Light::Grey, Light::Green],
                areas: vec![area(0), area(2)],
                ..Default::default()
            },
            TaskFilter {
                sources: vec![SourceKind::Meeting, SourceKind::Document],
                ..Default::default()
            },
            TaskFilter {
                stages: vec![LoopStage::NotAssigned, LoopStage::SignedFor],
                not_signed_in_time: true,
                ..Default::default()
            },
            TaskFilter {
                notices: vec![Some(NoticeLevel::Chase), None],
                replies: vec![ReplyState::Late],
                ..Default::default()
            },
            TaskFilter {
                notices: vec![Some(NoticeLevel::Reminder)],
                replies: vec![ReplyState::Missing, ReplyState::Late],
                stages: vec![LoopStage::ClosedOut, LoopStage::CompletionReported],
                ..Default::default()
            },
        ];
        let mut all = base.to_vec();
        // Two and three filters at once.
        for (i, a) in base.iter().enumerate() {
            for b in &base[i + 1..] {
                let mut both = a.clone();
                both.text = format!("{} {}", a.text, b.text);
                both.areas.extend(b.areas.iter().cloned());
                both.goals.extend(b.goals.iter().cloned());
                both.tiers.extend(b.tiers.iter().copied());
                both.leads.extend(b.leads.iter().cloned());
                both.co_units.extend(b.co_units.iter().cloned());
                both.lights.extend(b.lights.iter().copied());
                both.tags.extend(b.tags.iter().cloned());
                both.progress_min = a.progress_min.or(b.progress_min);
                both.progress_max = a.progress_max.or(b.progress_max);
                both.due_from = a.due_from.or(b.due_from);
                both.due_to = a.due_to.or(b.due_to);
                both.overdue = a.overdue || b.overdue;
                both.no_report_since = a.no_report_since.or(b.no_report_since);
                both.sources.extend(b.sources.iter().copied());
                both.stages.extend(b.stages.iter().copied());
                both.not_signed_in_time = a.not_signed_in_time || b.not_signed_in_time;
                both.notices.extend(b.notices.iter().copied());
                both.replies.extend(b.replies.iter().copied());
                all.push(both);
            }
        }
        all
    }

    /// The one pass (with and without remembered searches) agrees with a
    /// plain recount, on the sample and on a plan of a thousand tasks
    /// whose units and tags repeat.
    #[test]
    fn one_pass_agrees_with_a_plain_recount() {
        let today = Date::from_ymd_opt(2023, 9, 30).unwrap();
        for plan in [
            sample_plan(Lang::En),
            sample_plan(Lang::Zh),
            scaled_plan(Lang::Zh, 1_000),
        ] {
            let index = TaskIndex::build(&plan, today);
            assert!(!index.tags.is_empty());
            let mut search = TextSearch::default();
            let mut nonzero = 0;
            for f in filters(&plan, &index) {
                let plain = recount(&f, &plan, &index);
                nonzero += usize::from(!plain.positions.is_empty());
                assert_eq!(f.outcome(&plan, &index, None), plain, "{f:?}");
                let hits = search.hits(&plan, &index, &f.text);
                assert_eq!(f.outcome(&plan, &index, Some(&hits)), plain, "{f:?}");
                assert_eq!(f.apply(&plan, &index), plain.positions);
                assert_eq!(f.matching(&plan, &index, Some(&hits)), plain.positions);
                assert_eq!(f.facets(&plan, &index), plain.facets);
            }
            // The filters are not all empty-handed.
            assert!(nonzero > 10, "{nonzero}");
        }
    }

    /// Hits for other words are not taken for the filter's own.
    #[test]
    fn hits_for_other_words_are_ignored() {
        let plan = sample_plan(Lang::En);
        let index = TaskIndex::build(&plan, Date::from_ymd_opt(2023, 9, 30).unwrap());
        let mut search = TextSearch::default();
        let other = search.hits(&plan, &index, "park");
        let f = TaskFilter {
            text: "digital".into(),
            ..Default::default()
        };
        let plain = recount(&f, &plan, &index);
        assert!(!plain.positions.is_empty());
        assert_eq!(f.outcome(&plan, &index, Some(&other)), plain);
        assert_eq!(f.matching(&plan, &index, Some(&other)), plain.positions);
    }
}

//! The task filter, and the count of tasks behind each filter value.
//!
//! Values within one filter are alternatives (area A *or* B); different
//! filters must all hold (area A *and* lead unit U). Text search splits on
//! spaces and needs every word (case-insensitive) somewhere in the task's
//! code, title, description or unit names.

use super::index::{TaskIndex, TaskRow};
use crate::model::{Date, Id, Plan, Task, Tier};
use crate::status::{Light, Reason};

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
}

/// The filters, one bit each, for counting "all filters but this one".
#[derive(Clone, Copy)]
#[repr(u16)]
enum Test {
    Text = 1,
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
        ]
        .into_iter()
        .filter(|on| *on)
        .count()
    }

    /// The bits of the filters `row` fails.
    fn fails(&self, words: &[String], task: &Task, row: &TaskRow) -> u16 {
        let mut fails = 0u16;
        let mut check = |test: Test, ok: bool| {
            if !ok {
                fails |= test as u16;
            }
        };
        check(
            Test::Text,
            words.iter().all(|w| row.haystack.contains(w.as_str())),
        );
        check(
            Test::Area,
            self.areas.is_empty() || self.areas.contains(&task.area),
        );
        check(
            Test::Goal,
            self.goals.is_empty() || row.goal.as_ref().is_some_and(|g| self.goals.contains(g)),
        );
        check(
            Test::Tier,
            self.tiers.is_empty() || self.tiers.contains(&task.tier),
        );
        check(
            Test::Lead,
            self.leads.is_empty() || self.leads.contains(&task.lead),
        );
        check(
            Test::Co,
            self.co_units.is_empty() || task.co_units.iter().any(|u| self.co_units.contains(u)),
        );
        check(
            Test::Light,
            self.lights.is_empty() || self.lights.contains(&row.status.light),
        );
        check(
            Test::Progress,
            self.progress_min
                .is_none_or(|m| row.progress >= f64::from(m))
                && self
                    .progress_max
                    .is_none_or(|m| row.progress <= f64::from(m)),
        );
        check(
            Test::Due,
            self.due_from.is_none_or(|d| row.deadline >= d)
                && self.due_to.is_none_or(|d| row.deadline <= d),
        );
        check(
            Test::Tag,
            self.tags.is_empty() || task.tags.iter().any(|t| self.tags.contains(t)),
        );
        check(Test::Overdue, !self.overdue || is_overdue(row));
        check(
            Test::Since,
            self.no_report_since
                .is_none_or(|since| row.last_report.is_none_or(|d| d < since)),
        );
        fails
    }

    fn words(&self) -> Vec<String> {
        self.text
            .to_lowercase()
            .split_whitespace()
            .map(str::to_string)
            .collect()
    }

    /// Positions (in `index.rows`, which is plan order) of the tasks that
    /// pass every filter.
    pub fn apply(&self, plan: &Plan, index: &TaskIndex) -> Vec<usize> {
        let words = self.words();
        index
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| match plan.tasks.get(row.index) {
                Some(task) => self.fails(&words, task, row) == 0,
                None => false,
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The count behind every filter value; see [`Facets`].
    pub fn facets(&self, plan: &Plan, index: &TaskIndex) -> Facets {
        let words = self.words();
        let mut f = Facets {
            areas: plan.areas.iter().map(|a| (a.id.clone(), 0)).collect(),
            goals: plan.goals.iter().map(|g| (g.id.clone(), 0)).collect(),
            tiers: [Tier::Regular, Tier::Key, Tier::KeyBreakthrough]
                .into_iter()
                .map(|t| (t, 0))
                .collect(),
            leads: plan.units.iter().map(|u| (u.id.clone(), 0)).collect(),
            co_units: plan.units.iter().map(|u| (u.id.clone(), 0)).collect(),
            lights: Light::ALL.into_iter().map(|l| (l, 0)).collect(),
            ..Facets::default()
        };
        fn bump<K: PartialEq>(list: &mut [(K, usize)], key: &K) {
            if let Some(slot) = list.iter_mut().find(|(k, _)| k == key) {
                slot.1 += 1;
            }
        }
        for row in &index.rows {
            let Some(task) = plan.tasks.get(row.index) else {
                continue;
            };
            let fails = self.fails(&words, task, row);
            let all_but = |test: Test| fails & !(test as u16) == 0;
            if fails == 0 {
                f.matching += 1;
            }
            if all_but(Test::Area) {
                bump(&mut f.areas, &task.area);
            }
            if all_but(Test::Goal) {
                if let Some(g) = &row.goal {
                    bump(&mut f.goals, g);
                }
            }
            if all_but(Test::Tier) {
                bump(&mut f.tiers, &task.tier);
            }
            if all_but(Test::Lead) {
                bump(&mut f.leads, &task.lead);
            }
            if all_but(Test::Co) {
                for u in &task.co_units {
                    bump(&mut f.co_units, u);
                }
            }
            if all_but(Test::Light) {
                bump(&mut f.lights, &row.status.light);
            }
            if all_but(Test::Tag) {
                for tag in &task.tags {
                    match f.tags.iter_mut().find(|(t, _)| t == tag) {
                        Some(slot) => slot.1 += 1,
                        None => f.tags.push((tag.clone(), 1)),
                    }
                }
            }
            if all_but(Test::Overdue) && is_overdue(row) {
                f.overdue += 1;
            }
        }
        f
    }
}

/// Past the deadline and not completed.
pub(super) fn is_overdue(row: &TaskRow) -> bool {
    matches!(row.status.reason, Reason::Overdue { .. })
}

//! What a plan file holds, and how it differs from the plan of the same id
//! already in this browser: the figures of the import preview.

use crate::model::{Id, Plan};
use std::collections::HashMap;

/// How many of each kind of entity a plan holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanCounts {
    pub goals: usize,
    pub areas: usize,
    pub units: usize,
    pub tasks: usize,
    pub projects: usize,
    pub indicators: usize,
    /// Progress reports, withdrawn ones included (they stay on record).
    pub reports: usize,
}

impl PlanCounts {
    /// The counts of `plan`.
    pub fn of(plan: &Plan) -> PlanCounts {
        PlanCounts {
            goals: plan.goals.len(),
            areas: plan.areas.len(),
            units: plan.units.len(),
            tasks: plan.tasks.len(),
            projects: plan.projects.len(),
            indicators: plan.indicators.len(),
            reports: plan.updates.len(),
        }
    }
}

/// Entities of one kind, matched by id: how many only the file has, how
/// many only the plan here has, and how many both have with different content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

impl Changes {
    /// True when both sides hold the same entities.
    pub fn is_empty(&self) -> bool {
        self.added == 0 && self.removed == 0 && self.changed == 0
    }
}

/// How a plan file differs from the plan of the same id here. "Added"
/// means in the file and not here; "removed", here and not in the file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanDiff {
    /// The file's title, when it differs from the title here.
    pub title: Option<String>,
    pub tasks: Changes,
    pub projects: Changes,
    pub indicators: Changes,
    /// Progress reports; a report withdrawn on one side only counts as changed.
    pub reports: Changes,
}

impl PlanDiff {
    /// True when title, tasks, projects, indicators and reports all match.
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.tasks.is_empty()
            && self.projects.is_empty()
            && self.indicators.is_empty()
            && self.reports.is_empty()
    }
}

/// Compare two lists of entities by id.
fn changes<T: PartialEq>(here: &[T], file: &[T], id: impl Fn(&T) -> &Id) -> Changes {
    let by_id: HashMap<&Id, &T> = here.iter().map(|x| (id(x), x)).collect();
    let mut out = Changes::default();
    let mut matched = 0;
    for x in file {
        match by_id.get(id(x)) {
            Some(current) => {
                matched += 1;
                if *current != x {
                    out.changed += 1;
                }
            }
            None => out.added += 1,
        }
    }
    out.removed = here.len() - matched;
    out
}

/// How `file` differs from `here` (normally two plans with one id).
pub fn diff(here: &Plan, file: &Plan) -> PlanDiff {
    PlanDiff {
        title: (here.title != file.title).then(|| file.title.clone()),
        tasks: changes(&here.tasks, &file.tasks, |t| &t.id),
        projects: changes(&here.projects, &file.projects, |p| &p.id),
        indicators: changes(&here.indicators, &file.indicators, |i| &i.id),
        reports: changes(&here.updates, &file.updates, |u| &u.id),
    }
}

/// `plan` to be kept beside the plan of the same id: under `id`, its title
/// followed by `suffix` (e.g. " (imported)"). Everything else, history
/// included, stays as the file has it.
pub fn kept_beside(plan: Plan, id: Id, suffix: &str) -> Plan {
    Plan {
        title: format!("{}{suffix}", plan.title),
        id,
        ..plan
    }
}

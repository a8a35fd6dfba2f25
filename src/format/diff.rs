//! What a plan file holds, and how it differs from the plan of the same id
//! already in this browser: the figures of the import preview.

use crate::model::{Id, Plan};
use rustc_hash::FxHashMap as HashMap;

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
/// Everything a plan holds is compared but its history, which only records
/// the changes these figures show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanDiff {
    /// The file's title, when it differs from the title here.
    pub title: Option<String>,
    /// The plan's other settings differ: description, level, issuer,
    /// period, cadence, grace days, light thresholds, scoring or the
    /// supervision loop's settings.
    pub settings: bool,
    pub goals: Changes,
    pub areas: Changes,
    pub units: Changes,
    pub tasks: Changes,
    pub projects: Changes,
    pub indicators: Changes,
    /// Progress reports; a report withdrawn on one side only counts as changed.
    pub reports: Changes,
    /// Supervision steps (assigned, signed for … closed out).
    pub steps: Changes,
    /// Supervision notices; one whose reply differs counts as changed.
    pub notices: Changes,
}

impl PlanDiff {
    /// True when the file holds the same plan as here (its history aside).
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && !self.settings && self.kinds().iter().all(|(_, c)| c.is_empty())
    }

    /// Each kind of entity with its changes, in the order the preview
    /// lists them.
    pub fn kinds(&self) -> [(Kind, Changes); 9] {
        [
            (Kind::Tasks, self.tasks),
            (Kind::Projects, self.projects),
            (Kind::Indicators, self.indicators),
            (Kind::Reports, self.reports),
            (Kind::Goals, self.goals),
            (Kind::Areas, self.areas),
            (Kind::Units, self.units),
            (Kind::Steps, self.steps),
            (Kind::Notices, self.notices),
        ]
    }
}

/// A kind of entity the comparison counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Tasks,
    Projects,
    Indicators,
    Reports,
    Goals,
    Areas,
    Units,
    Steps,
    Notices,
}

impl Kind {
    /// Tasks, projects, indicators and reports are always listed; the
    /// other kinds only when they differ.
    pub fn always_listed(self) -> bool {
        matches!(
            self,
            Kind::Tasks | Kind::Projects | Kind::Indicators | Kind::Reports
        )
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
    let same_settings = here.description == file.description
        && here.level == file.level
        && here.issuer == file.issuer
        && (here.start, here.end) == (file.start, file.end)
        && here.cadence == file.cadence
        && here.grace_days == file.grace_days
        && here.thresholds == file.thresholds
        && here.evaluation == file.evaluation
        && here.supervision == file.supervision;
    PlanDiff {
        title: (here.title != file.title).then(|| file.title.clone()),
        settings: !same_settings,
        goals: changes(&here.goals, &file.goals, |g| &g.id),
        areas: changes(&here.areas, &file.areas, |a| &a.id),
        units: changes(&here.units, &file.units, |u| &u.id),
        tasks: changes(&here.tasks, &file.tasks, |t| &t.id),
        projects: changes(&here.projects, &file.projects, |p| &p.id),
        indicators: changes(&here.indicators, &file.indicators, |i| &i.id),
        reports: changes(&here.updates, &file.updates, |u| &u.id),
        steps: changes(&here.steps, &file.steps, |s| &s.id),
        notices: changes(&here.notices, &file.notices, |n| &n.id),
    }
}

/// `plan` to be kept beside the plan of the same id: under `id`, its title
/// followed by `suffix` (e.g. " (imported)"), and a number after that when
/// a plan here (`taken`, their titles) has that title already. Everything
/// else, history included, stays as the file has it.
pub fn kept_beside(plan: Plan, id: Id, suffix: &str, taken: &[&str]) -> Plan {
    let first = format!("{}{suffix}", plan.title);
    // Kept beside it again: numbered, so no two plans here share a title.
    let title = std::iter::once(first.clone())
        .chain((2..).map(|n| format!("{first} {n}")))
        .find(|t| !taken.contains(&t.as_str()))
        .unwrap_or(first);
    Plan { title, id, ..plan }
}

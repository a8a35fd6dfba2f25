//! The unit report file ("my report"): the progress reports a unit recorded
//! for a period, the indicator values of that period, and the unit's own
//! steps in the supervision loop (its sign-fors and completion reports) and
//! its replies to notices, as a small file a unit sends to the plan office. The office merges many of them into the
//! plan with [`crate::merge`]. See `docs/plan-format.md`.

use super::{parse_envelope, shape, ImportError};
use crate::merge::{Contribution, IndicatorValue, NoticeReply};
use crate::model::{Actual, Id, Plan, Step, StepKind, Subject, Update};
use crate::period::Period;
use crate::query::{project_positions, task_positions};
use crate::validate::{is_period, report_place, step_place, Place, Problem, ProblemKind};
use serde::{Deserialize, Serialize};

/// The value of the `format` field of a unit report.
pub const UNIT_REPORT_FORMAT: &str = "plan-tracker/unit-report";
/// The newest unit report version this build reads and the one it writes.
/// Version 2 added `steps` and `replies`: an older build refuses such a
/// file as newer rather than dropping them unread.
pub const UNIT_REPORT_VERSION: u32 = 2;

/// A unit's reports and values for a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitReport {
    /// The plan the reports belong to.
    pub plan: Id,
    #[serde(default)]
    pub plan_title: String,
    /// The reporting unit.
    pub unit: Id,
    #[serde(default)]
    pub unit_name: String,
    /// The period covered, e.g. "2023-Q3".
    pub period: String,
    /// Who exported it, and when (ISO 8601).
    #[serde(default)]
    pub by: String,
    #[serde(default)]
    pub exported_at: String,
    #[serde(default)]
    pub updates: Vec<Update>,
    #[serde(default)]
    pub values: Vec<ReportedValue>,
    /// The unit's sign-fors and completion reports on items it leads.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Its replies to the notices sent to it.
    #[serde(default)]
    pub replies: Vec<NoticeReply>,
}

/// An indicator's value for a period, as carried in a unit report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportedValue {
    pub indicator: Id,
    pub period: String,
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    report: &'a UnitReport,
}

#[derive(Deserialize)]
struct FileIn {
    report: UnitReport,
}

impl UnitReport {
    /// `unit`'s report on `plan` for `period`: every report on a task or
    /// project the unit leads (a task's reports are its lead unit's to
    /// send, [`crate::merge`]; those on tasks it co-operates on are not
    /// its own) that answers the period
    /// (its reporting period, [`Plan::report_period`], ends within it: the
    /// first quarter's report written on 8 April is in the first quarter's
    /// file), and every indicator value whose period lies within it.
    /// Reports go out as recorded: one without a period stays without, and
    /// a withdrawn one goes withdrawn, so that the plan office's copy of a
    /// report the unit sent and then withdrew is withdrawn when merged
    /// ([`crate::merge`]).
    pub fn of(plan: &Plan, unit: &Id, period: Period, by: &str, exported_at: &str) -> UnitReport {
        // Each task and project by id, the first of an id as `Plan::task`
        // finds it: one pass over the lists instead of a search of them for
        // each of a year's reports.
        let tasks = task_positions(plan);
        let projects = project_positions(plan);
        let task = |id: &Id| tasks.get(id).map(|&i| &plan.tasks[i]);
        let involved = |s: &Subject| match s {
            Subject::Task(id) => task(id).is_some_and(|t| &t.lead == unit),
            Subject::Project(id) => projects
                .get(id)
                .is_some_and(|&i| &plan.projects[i].lead == unit),
        };
        let updates = plan
            .updates
            .iter()
            .filter(|u| period.contains(plan.report_period(u).end()) && involved(&u.subject))
            .cloned()
            .collect();
        let within = |p: &Period| period.start() <= p.start() && p.end() <= period.end();
        let values = plan
            .indicators
            .iter()
            .flat_map(|i| {
                i.actuals
                    .iter()
                    .filter(|a| within(&a.period))
                    .map(|a| ReportedValue {
                        indicator: i.id.clone(),
                        period: a.period.to_string(),
                        value: a.value,
                        note: a.note.clone(),
                    })
            })
            .collect();
        // The unit's own steps: signing for and reporting completion of
        // the items it leads, dated in the period.
        let steps = plan
            .steps
            .iter()
            .filter(|s| {
                matches!(s.kind, StepKind::SignedFor | StepKind::CompletionReported)
                    && period.contains(s.date)
                    && task(&s.task).is_some_and(|t| &t.lead == unit)
            })
            .cloned()
            .collect();
        let replies = plan
            .notices
            .iter()
            .filter(|n| &n.unit == unit)
            .filter_map(|n| {
                let reply = n.reply.clone().filter(|r| period.contains(r.date))?;
                Some(NoticeReply {
                    notice: n.id.clone(),
                    reply,
                })
            })
            .collect();
        UnitReport {
            plan: plan.id.clone(),
            plan_title: plan.title.clone(),
            unit: unit.clone(),
            unit_name: plan.unit(unit).map(|u| u.name.clone()).unwrap_or_default(),
            period: period.to_string(),
            by: by.to_string(),
            exported_at: exported_at.to_string(),
            updates,
            values,
            steps,
            replies,
        }
    }

    /// Whether the file holds nothing to merge: no progress report,
    /// indicator value, supervision step or reply.
    pub fn is_empty(&self) -> bool {
        self.updates.is_empty()
            && self.values.is_empty()
            && self.steps.is_empty()
            && self.replies.is_empty()
    }

    /// The period answered by the latest standing report (the latest by
    /// date) on a task or project the unit leads: where a unit whose chosen
    /// period holds nothing finds what it reported.
    pub fn latest_period(plan: &Plan, unit: &Id) -> Option<Period> {
        let tasks = task_positions(plan);
        let projects = project_positions(plan);
        let involved = |s: &Subject| match s {
            Subject::Task(id) => tasks.get(id).is_some_and(|&i| &plan.tasks[i].lead == unit),
            Subject::Project(id) => projects
                .get(id)
                .is_some_and(|&i| &plan.projects[i].lead == unit),
        };
        plan.updates
            .iter()
            .filter(|u| u.withdrawn.is_none() && involved(&u.subject))
            .max_by_key(|u| u.date)
            .map(|u| plan.report_period(u))
    }

    /// What merging this report brings.
    pub fn contribution(&self) -> Contribution {
        Contribution {
            unit: Some(self.unit.clone()),
            updates: self.updates.clone(),
            // A value whose period cannot be read is refused by `check`
            // before a report is merged.
            values: self
                .values
                .iter()
                .filter_map(|v| {
                    Some(IndicatorValue {
                        indicator: v.indicator.clone(),
                        actual: Actual {
                            period: Period::exact(&v.period)?,
                            value: v.value,
                            note: v.note.clone(),
                        },
                    })
                })
                .collect(),
            steps: self.steps.clone(),
            replies: self.replies.clone(),
        }
    }

    /// A file name: unit, period and `.report.json`.
    pub fn file_name(&self) -> String {
        let who = if self.unit_name.is_empty() {
            self.unit.to_string()
        } else {
            self.unit_name.clone()
        };
        let safe = super::safe_file_stem(&format!("{who} {}", self.period));
        format!("{safe}.report.json")
    }
}

/// The report as a file: pretty JSON (laid out like a plan file, by
/// `format::pretty`).
pub fn export_unit_report(report: &UnitReport) -> String {
    super::pretty(
        &serde_json::to_string(&FileOut {
            format: UNIT_REPORT_FORMAT,
            version: UNIT_REPORT_VERSION,
            report,
        })
        .expect("a unit report always serializes"),
    )
}

/// Read a unit report through the same steps as a plan file: size, BOM,
/// syntax with line and column, format and version, shape with its path,
/// then every rule a report's items must keep (all problems listed).
pub fn import_unit_report(text: &str) -> Result<UnitReport, ImportError> {
    import_unit_report_for(text, None)
}

/// [`import_unit_report`], a problem's report or step named by its task's
/// code and title as `plan` (the plan open when the file is read) has
/// them; by the task's id where `plan` does not hold it.
pub fn import_unit_report_for(text: &str, plan: Option<&Plan>) -> Result<UnitReport, ImportError> {
    let (text, version) = parse_envelope(text, UNIT_REPORT_FORMAT)?;
    if version > u64::from(UNIT_REPORT_VERSION) {
        return Err(ImportError::NewerVersion { found: version });
    }
    let file: FileIn = shape(text)?;
    let problems = check(&file.report);
    if problems.is_empty() {
        Ok(file.report)
    } else {
        let places = problems
            .iter()
            .map(|p| place(&file.report, &p.path, plan))
            .collect();
        Err(ImportError::Invalid(problems, places))
    }
}

/// Where a problem of a unit report stands: a report by its subject and
/// date, a step by its task and date (the file holds the plan's ids only;
/// `plan` gives their names).
fn place(report: &UnitReport, path: &str, plan: Option<&Plan>) -> Option<Place> {
    let rest = path.strip_prefix("report.")?;
    let (list, rest) = rest.split_once('[')?;
    let i: usize = rest.split_once(']')?.0.parse().ok()?;
    match list {
        "updates" => report
            .updates
            .get(i)
            .map(|u| report_place(plan, &u.subject, u.date)),
        "steps" => report
            .steps
            .get(i)
            .map(|s| step_place(plan, &s.task, s.date)),
        _ => None,
    }
}

/// The rules a unit report keeps on its own; references to the plan are
/// checked when it is merged (unknown ones are listed as unmatched).
pub fn check(report: &UnitReport) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |path: String, kind: ProblemKind| out.push(Problem { path, kind });
    if report.plan.as_str().is_empty() {
        push("report.plan".into(), ProblemKind::Empty);
    }
    if report.unit.as_str().is_empty() {
        push("report.unit".into(), ProblemKind::Empty);
    }
    if !is_period(&report.period) {
        push(
            "report.period".into(),
            ProblemKind::BadPeriod(report.period.clone()),
        );
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for (i, u) in report.updates.iter().enumerate() {
        let at = |field: &str| format!("report.updates[{i}].{field}");
        if u.id.as_str().is_empty() {
            push(at("id"), ProblemKind::Empty);
        } else if !seen.insert(u.id.clone()) {
            push(at("id"), ProblemKind::DuplicateId(u.id.clone()));
        }
        if !u.progress.is_finite() {
            push(at("progress"), ProblemKind::NotFinite);
        } else if !(0.0..=100.0).contains(&u.progress) {
            push(at("progress"), ProblemKind::PercentOutOfRange);
        }
        if u.completed_on.is_some_and(|on| on > u.date) {
            push(at("completed_on"), ProblemKind::AfterReport(u.date));
        }
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for (i, v) in report.values.iter().enumerate() {
        let at = |field: &str| format!("report.values[{i}].{field}");
        if v.indicator.as_str().is_empty() {
            push(at("indicator"), ProblemKind::Empty);
        }
        if !is_period(&v.period) {
            push(at("period"), ProblemKind::BadPeriod(v.period.clone()));
        } else if !seen.insert((v.indicator.clone(), v.period.clone())) {
            push(at("period"), ProblemKind::DuplicateId(Id::new(&v.period)));
        }
        if !v.value.is_finite() {
            push(at("value"), ProblemKind::NotFinite);
        }
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for (i, s) in report.steps.iter().enumerate() {
        let at = |field: &str| format!("report.steps[{i}].{field}");
        if s.id.as_str().is_empty() {
            push(at("id"), ProblemKind::Empty);
        } else if !seen.insert(s.id.clone()) {
            push(at("id"), ProblemKind::DuplicateId(s.id.clone()));
        }
        if s.task.as_str().is_empty() {
            push(at("task"), ProblemKind::Empty);
        }
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for (i, r) in report.replies.iter().enumerate() {
        let at = |field: &str| format!("report.replies[{i}].{field}");
        if r.notice.as_str().is_empty() {
            push(at("notice"), ProblemKind::Empty);
        } else if !seen.insert(r.notice.clone()) {
            push(at("notice"), ProblemKind::DuplicateId(r.notice.clone()));
        }
        if r.reply.text.trim().is_empty() {
            push(at("reply.text"), ProblemKind::Empty);
        }
    }
    out
}

//! A report that steps back from the one before it on its subject: a lower
//! progress than that report gave, or a subject it called completed
//! reported as not completed. Either may be right (work found undone, a
//! figure corrected), so nothing refuses it; but a figure typed wrong
//! ("56" for "65") would quietly turn a task amber or red, so the report
//! form says what the report before it gave, before it is saved.

use crate::model::{Date, Plan, ReportedStatus, Update};

/// How a report steps back from the report before it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepBack {
    /// A lower progress than the report of `on` gave (`from`, in percent).
    Lower { from: f64, on: Date },
    /// The report of `on` said completed; this one does not.
    Reopened { on: Date },
}

/// How `report` steps back from the report before it on its subject: the
/// latest standing report dated on or before it (the later recorded of two
/// on one day, as [`Plan::latest_report`] chooses), the report itself left
/// out. `None` when it does not step back, or has no report before it.
pub fn step_back(plan: &Plan, report: &Update) -> Option<StepBack> {
    let before = plan
        .updates
        .iter()
        .filter(|u| {
            u.subject == report.subject
                && u.withdrawn.is_none()
                && u.id != report.id
                && u.date <= report.date
        })
        .fold(None::<&Update>, |best, u| match best {
            Some(b) if b.date > u.date => Some(b),
            _ => Some(u),
        })?;
    if before.status == ReportedStatus::Completed && report.status != ReportedStatus::Completed {
        return Some(StepBack::Reopened { on: before.date });
    }
    (report.progress < before.progress).then_some(StepBack::Lower {
        from: before.progress,
        on: before.date,
    })
}

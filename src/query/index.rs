//! What filtering and sorting read about each task, computed once.

use crate::model::{Date, Id, Plan, ReportedStatus, Subject};
use crate::status::{claim, task_status_given, Status};

/// One task as the table sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRow {
    /// Position of the task in `plan.tasks`.
    pub index: usize,
    pub id: Id,
    /// The strategic goal of the task's key area, if any.
    pub goal: Option<Id>,
    pub status: Status,
    /// The status the unit gave in its latest standing report, when it
    /// claims a different light from `status` ([`claim`]).
    pub claim: Option<ReportedStatus>,
    /// Progress of the latest standing report, or 0.
    pub progress: f64,
    /// Date of the latest standing report.
    pub last_report: Option<Date>,
    /// The task's deadline, else the plan's end (as the lights read it).
    pub deadline: Date,
    /// Position of the task's area in `plan.areas` (areas sort in plan order).
    pub area_pos: usize,
    /// The lead unit's name.
    pub lead_name: String,
    /// The co-operating units' names, in the task's order, joined by newlines
    /// (empty when there are none).
    pub co_names: String,
    /// Code, title, description and unit names, lower-cased, for text search.
    pub(super) haystack: String,
}

/// Every task of a plan on a given day, in plan order.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskIndex {
    pub today: Date,
    pub rows: Vec<TaskRow>,
}

impl TaskIndex {
    /// Index `plan`'s tasks as of `today`. Reports are indexed in one pass,
    /// so this is linear in tasks plus reports.
    pub fn build(plan: &Plan, today: Date) -> TaskIndex {
        let latest = plan.latest_reports();
        let unit_name = |id: &Id| plan.unit(id).map(|u| u.name.as_str()).unwrap_or("");
        let rows = plan
            .tasks
            .iter()
            .enumerate()
            .map(|(index, task)| {
                let report = latest.get(&Subject::Task(task.id.clone())).copied();
                let status = task_status_given(plan, task, report, today);
                let area_pos = plan
                    .areas
                    .iter()
                    .position(|a| a.id == task.area)
                    .unwrap_or(usize::MAX);
                let goal = plan.area(&task.area).and_then(|a| a.goal.clone());
                let mut haystack = [
                    task.code.as_str(),
                    &task.title,
                    &task.description,
                    unit_name(&task.lead),
                ]
                .join("\n");
                let co_names = task
                    .co_units
                    .iter()
                    .map(unit_name)
                    .collect::<Vec<_>>()
                    .join("\n");
                if !co_names.is_empty() {
                    haystack.push('\n');
                    haystack.push_str(&co_names);
                }
                TaskRow {
                    index,
                    id: task.id.clone(),
                    goal,
                    status,
                    claim: claim(status.light, report.map(|u| u.status)),
                    progress: report.map_or(0.0, |u| u.progress),
                    last_report: report.map(|u| u.date),
                    deadline: task.deadline.unwrap_or(plan.end),
                    area_pos,
                    lead_name: unit_name(&task.lead).to_string(),
                    co_names,
                    haystack: haystack.to_lowercase(),
                }
            })
            .collect();
        TaskIndex { today, rows }
    }
}

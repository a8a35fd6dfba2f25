//! One change to many tasks at once (批量修改): every task the task table's
//! filter matches gets the same new deadline, lead unit, added
//! co-operating unit or added tag, as one [`Command::Batch`] of edits that
//! one undo takes back. A province office moves a department's tasks to
//! the unit that took over its work, or gives a quarter's lagging tasks a
//! new deadline, in one go instead of one form per task.
//!
//! Each task is changed as the task form would change it, and checked by
//! the same rules ([`check_task`]): a task the change would break a rule
//! of (a deadline before its start) is left out and named with the rule,
//! and the others are changed. A task already as asked is counted, not
//! edited, so the history and the undo hold only real changes.

use crate::command::Command;
use crate::model::{Date, Id, Plan, Task};
use crate::validate::{check_task, tidy_co_units, Entity, ProblemKind};
use rustc_hash::FxHashSet;

/// What to change in each task; `None` (an empty tag) leaves that part of
/// each task as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskChange {
    /// The new deadline.
    pub deadline: Option<Date>,
    /// The new lead unit; it is no longer a co-operating unit.
    pub lead: Option<Id>,
    /// A co-operating unit added, to the tasks it does not lead.
    pub co_unit: Option<Id>,
    /// A tag added, to the tasks without it.
    pub tag: String,
}

impl TaskChange {
    /// Whether the change changes nothing.
    pub fn is_empty(&self) -> bool {
        self.deadline.is_none()
            && self.lead.is_none()
            && self.co_unit.is_none()
            && self.tag.trim().is_empty()
    }

    /// `task` with the change made.
    pub fn applied(&self, task: &Task) -> Task {
        let mut t = task.clone();
        if let Some(d) = self.deadline {
            t.deadline = Some(d);
        }
        if let Some(lead) = &self.lead {
            t.lead = lead.clone();
        }
        if let Some(co) = &self.co_unit {
            t.co_units.push(co.clone());
        }
        t.co_units = tidy_co_units(&t.lead, &t.co_units);
        let tag = self.tag.trim();
        if !tag.is_empty() && !t.tags.iter().any(|x| x == tag) {
            t.tags.push(tag.to_string());
        }
        t
    }
}

/// What a change does to the tasks it is asked of.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BulkEdit {
    /// One [`Command::Edit`] per task the change changes, in the plan's order.
    pub edits: Vec<Command>,
    /// Tasks already as asked.
    pub unchanged: usize,
    /// Tasks the change would break a rule of, each with the first rule
    /// (the task's code and title, and what is wrong).
    pub refused: Vec<(String, ProblemKind)>,
}

impl BulkEdit {
    /// The one command that makes every change, or `None` when none is left.
    pub fn command(self) -> Option<Command> {
        (!self.edits.is_empty()).then_some(Command::Batch(self.edits))
    }
}

/// `change` made to each of `tasks` (ids; those the plan no longer has are
/// passed over), sorted into edits, tasks unchanged and tasks refused.
pub fn bulk_edit(plan: &Plan, tasks: &[Id], change: &TaskChange) -> BulkEdit {
    let mut out = BulkEdit::default();
    if change.is_empty() {
        return out;
    }
    let asked: FxHashSet<&Id> = tasks.iter().collect();
    for task in plan.tasks.iter().filter(|t| asked.contains(&t.id)) {
        let after = change.applied(task);
        if after == *task {
            out.unchanged += 1;
            continue;
        }
        // The code is not changed, so whether it is taken is not asked.
        match check_task(plan, &after, false).into_iter().next() {
            Some(problem) => {
                let name = format!("{} {}", task.code, task.title);
                out.refused.push((name.trim().to_string(), problem.kind));
            }
            None => out.edits.push(Command::Edit {
                before: Entity::Task(task.clone()),
                after: Entity::Task(after),
            }),
        }
    }
    out
}

//! The supervision loop counted, per item and per unit, as of a day: how
//! long signing for and closing out took, how often items were returned,
//! the notices received and how their replies stand, the items not signed
//! for within the plan's days. Pure functions of the plan and the day.
//!
//! # Rules
//!
//! Only steps and notices dated on or before `today` count (a plan seen as
//! it stood on a day shows what was known then).
//!
//! - **Days to sign**: from the item's *assigned* step to its *signed for*
//!   step, in days; none until it is signed for (or if it was never
//!   assigned).
//! - **Days to close**: from the item's first *completion reported* step
//!   (the unit's first claim, so rework after a return counts) to its
//!   *closed out* step; none until it is closed out.
//! - **Returned**: the number of *returned* steps.
//! - **Not signed in time** (flagged): the plan gives N days to sign
//!   ([`crate::model::Supervision::sign_within_days`]) and the item was
//!   assigned, and signed for more than N days after, or is still not
//!   signed for more than N days after by `today`. Never with no N.
//! - **Notices**: those on the item (per item) or sent to the unit (per
//!   unit), issued by `today`; each reply counted on time, late, missing or
//!   pending by [`super::reply_state`]. *Open* notices are those without a
//!   reply: pending and missing.
//!
//! Per unit, the steps count for the units that lead the items, notices for
//! the unit they were sent to.

use super::{reply_state, stage, ReplyState, Stage};
use crate::model::{Date, Id, Notice, Plan, Step, StepKind};
use rustc_hash::FxHashMap;

/// Notices and how their replies stand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NoticeCounts {
    /// Notices received (issued by the day).
    pub received: usize,
    pub on_time: usize,
    pub late: usize,
    /// Unanswered past their due date.
    pub missing: usize,
    /// Unanswered, not yet due.
    pub pending: usize,
}

impl NoticeCounts {
    /// Notices without a reply: pending and missing.
    pub fn open(&self) -> usize {
        self.pending + self.missing
    }

    fn add(&mut self, notice: &Notice, today: Date) {
        self.received += 1;
        match reply_state(notice, today) {
            ReplyState::OnTime => self.on_time += 1,
            ReplyState::Late => self.late += 1,
            ReplyState::Missing => self.missing += 1,
            ReplyState::Pending => self.pending += 1,
        }
    }
}

/// One item's loop as of a day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskLoop {
    /// The item's latest step (by the day).
    pub last: Option<StepKind>,
    pub assigned: Option<Date>,
    pub signed: Option<Date>,
    /// The first completion report.
    pub completion_reported: Option<Date>,
    pub closed: Option<Date>,
    pub days_to_sign: Option<i64>,
    pub days_to_close: Option<i64>,
    pub returned: usize,
    pub not_signed_in_time: bool,
    pub notices: NoticeCounts,
}

impl TaskLoop {
    /// Where the item stands.
    pub fn stage(&self) -> Stage {
        stage(self.last)
    }
}

/// Every item's loop as of `today`, in the plan's task order. Linear in
/// tasks, steps and notices.
pub fn task_loops(plan: &Plan, today: Date) -> Vec<TaskLoop> {
    let at: FxHashMap<&Id, usize> = plan
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| (&t.id, i))
        .collect();
    let mut out = vec![TaskLoop::default(); plan.tasks.len()];
    for s in plan.steps.iter().filter(|s| s.date <= today) {
        if let Some(&i) = at.get(&s.task) {
            out[i].add_step(s);
        }
    }
    for n in plan.notices.iter().filter(|n| n.issued <= today) {
        if let Some(&i) = at.get(&n.task) {
            out[i].notices.add(n, today);
        }
    }
    for l in &mut out {
        l.finish(plan, today);
    }
    out
}

/// One item's loop as of `today`: the entry of [`task_loops`] for `task`,
/// reading only its own steps and notices (the task page).
pub fn task_loop(plan: &Plan, task: &Id, today: Date) -> TaskLoop {
    let mut l = TaskLoop::default();
    for s in plan
        .steps
        .iter()
        .filter(|s| &s.task == task && s.date <= today)
    {
        l.add_step(s);
    }
    for n in plan
        .notices
        .iter()
        .filter(|n| &n.task == task && n.issued <= today)
    {
        l.notices.add(n, today);
    }
    l.finish(plan, today);
    l
}

impl TaskLoop {
    fn add_step(&mut self, s: &Step) {
        self.last = Some(s.kind);
        match s.kind {
            StepKind::Assigned => self.assigned = Some(s.date),
            StepKind::SignedFor => self.signed = Some(s.date),
            StepKind::CompletionReported => {
                self.completion_reported.get_or_insert(s.date);
            }
            StepKind::Returned => self.returned += 1,
            StepKind::ClosedOut => self.closed = Some(s.date),
            StepKind::Accepted => {}
        }
    }

    /// The days and the flag, once every step is in.
    fn finish(&mut self, plan: &Plan, today: Date) {
        let within = plan.supervision.sign_within_days.map(i64::from);
        self.days_to_sign = self
            .assigned
            .zip(self.signed)
            .map(|(a, s)| (s - a).num_days());
        self.days_to_close = self
            .completion_reported
            .zip(self.closed)
            .map(|(r, c)| (c - r).num_days());
        self.not_signed_in_time = match (within, self.assigned) {
            (Some(n), Some(a)) => (self.signed.unwrap_or(today) - a).num_days() > n,
            _ => false,
        };
    }
}

/// One unit's loop as of a day.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitLoop {
    pub unit: Id,
    /// Items it leads that it signed for (with an assigned date).
    pub signed: usize,
    /// The days those took, added up.
    pub days_to_sign_total: i64,
    /// Items it leads that were closed out after a completion report.
    pub closed: usize,
    pub days_to_close_total: i64,
    /// Returns of the items it leads.
    pub returned: usize,
    /// Items it leads not signed for in time.
    pub not_signed_in_time: usize,
    /// Notices sent to it.
    pub notices: NoticeCounts,
}

impl UnitLoop {
    /// The mean days to sign, if it signed for any item.
    pub fn mean_days_to_sign(&self) -> Option<f64> {
        (self.signed > 0).then(|| self.days_to_sign_total as f64 / self.signed as f64)
    }

    /// The mean days to close, if any item was closed.
    pub fn mean_days_to_close(&self) -> Option<f64> {
        (self.closed > 0).then(|| self.days_to_close_total as f64 / self.closed as f64)
    }
}

/// Every unit's loop as of `today`, in the plan's unit order, from the item
/// loops of [`task_loops`] (same plan, same day).
pub fn unit_loops(plan: &Plan, tasks: &[TaskLoop], today: Date) -> Vec<UnitLoop> {
    let at: FxHashMap<&Id, usize> = plan
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (&u.id, i))
        .collect();
    let mut out: Vec<UnitLoop> = plan
        .units
        .iter()
        .map(|u| UnitLoop {
            unit: u.id.clone(),
            signed: 0,
            days_to_sign_total: 0,
            closed: 0,
            days_to_close_total: 0,
            returned: 0,
            not_signed_in_time: 0,
            notices: NoticeCounts::default(),
        })
        .collect();
    for (task, l) in plan.tasks.iter().zip(tasks) {
        let Some(u) = at.get(&task.lead).map(|&i| &mut out[i]) else {
            continue;
        };
        if let Some(d) = l.days_to_sign {
            u.signed += 1;
            u.days_to_sign_total += d;
        }
        if let Some(d) = l.days_to_close {
            u.closed += 1;
            u.days_to_close_total += d;
        }
        u.returned += l.returned;
        u.not_signed_in_time += usize::from(l.not_signed_in_time);
    }
    for n in plan.notices.iter().filter(|n| n.issued <= today) {
        if let Some(&i) = at.get(&n.unit) {
            out[i].notices.add(n, today);
        }
    }
    out
}

//! Whole plans kept in this browser: open, add (new or copied), delete.
//!
//! These are deliberately NOT [`crate::command::Command`]s. A command changes
//! one plan, is recorded in that plan's history and is undone within it;
//! creating, copying and deleting act on the set of plans in the browser, so
//! they have no plan to record their inverse in. A new plan or a copy starts
//! its own history with one `Create` entry; deleting a whole plan asks first
//! and cannot be undone (export is the way to keep a copy). Renaming a plan
//! is a `Command::SetHeader` on that plan and is undoable.

use super::state::{now_iso, AppState};
use crate::model::{Action, Change, Date, Id, Plan};
use crate::storage::{self, SaveError};
use chrono::Months;
use leptos::prelude::*;

/// Why a plan was not deleted.
#[derive(Clone, Debug, PartialEq)]
pub enum DeletePlanError {
    /// It is the only plan left.
    LastPlan,
    /// The browser's storage refused.
    Storage(SaveError),
}

impl AppState {
    /// Open a plan kept in this browser. Undo and redo start afresh, so an
    /// undo never reaches into the plan that was open before.
    pub fn open_stored(&self, id: &Id) -> bool {
        let plan = self
            .plans
            .with_untracked(|all| all.iter().find(|p| &p.id == id).cloned());
        match plan {
            Some(p) => {
                self.open_plan(p);
                true
            }
            None => false,
        }
    }

    /// Keep `plan` (new or copied) and open it; its history starts with one
    /// `Create` entry by the current author.
    pub fn add_plan(&self, mut plan: Plan) {
        let author = self.author.get_untracked();
        plan.history = vec![Change {
            at: now_iso(),
            by: author.name,
            unit: author.unit,
            action: Action::Create,
            kind: None,
            target: None,
            label: plan.title.clone(),
            count: 1,
            milestone: None,
        }];
        self.open_plan(plan);
    }

    /// Delete a plan from this browser. The last plan is kept. When the open
    /// plan goes, the first other plan opens.
    pub fn delete_stored(&self, id: &Id) -> Result<(), DeletePlanError> {
        if self.plans.with_untracked(|all| all.len()) <= 1 {
            return Err(DeletePlanError::LastPlan);
        }
        storage::delete_plan(id).map_err(DeletePlanError::Storage)?;
        self.plans.update(|all| all.retain(|p| &p.id != id));
        let was_open = self.plan.with_untracked(|p| &p.id == id);
        if was_open {
            if let Some(next) = self
                .plans
                .with_untracked(|all| all.first().map(|p| p.id.clone()))
            {
                self.open_stored(&next);
            }
        }
        Ok(())
    }
}

/// `date` moved by `years` whole years (29 February becomes 28 February).
fn shift(date: Date, years: i32) -> Date {
    let months = Months::new(years.unsigned_abs() * 12);
    if years >= 0 {
        date.checked_add_months(months)
    } else {
        date.checked_sub_months(months)
    }
    .unwrap_or(date)
}

/// A reporting period ("2023", "2023-Q2", …) moved by `years`.
fn shift_period(period: &str, years: i32) -> String {
    match period.get(..4).and_then(|y| y.parse::<i32>().ok()) {
        Some(y) => format!("{:04}{}", y + years, &period[4..]),
        None => period.to_string(),
    }
}

/// A copy of `src` under a new id and title, its dates moved by `years`,
/// without its progress reports, milestone completion dates and indicator
/// actual values when `drop_reports`. The history is left for
/// [`AppState::add_plan`] to start afresh.
pub fn copy_plan(src: &Plan, id: Id, title: String, years: i32, drop_reports: bool) -> Plan {
    let mut p = src.clone();
    p.id = id;
    p.title = title;
    p.history.clear();
    if drop_reports {
        p.updates.clear();
        for t in &mut p.tasks {
            for m in &mut t.milestones {
                m.done = None;
            }
        }
        for i in &mut p.indicators {
            i.actuals.clear();
        }
    }
    if years != 0 {
        let s = |d: &mut Date| *d = shift(*d, years);
        let so = |d: &mut Option<Date>| {
            if let Some(x) = d {
                *x = shift(*x, years);
            }
        };
        s(&mut p.start);
        s(&mut p.end);
        for t in &mut p.tasks {
            so(&mut t.start);
            so(&mut t.deadline);
            for m in &mut t.milestones {
                s(&mut m.due);
                so(&mut m.done);
            }
        }
        for x in &mut p.projects {
            so(&mut x.planned_start);
            so(&mut x.planned_end);
            so(&mut x.actual_start);
            so(&mut x.actual_end);
        }
        for u in &mut p.updates {
            s(&mut u.date);
            if let Some(w) = &mut u.withdrawn {
                s(&mut w.date);
            }
        }
        // The baseline is a year observed in the past: it stays.
        for i in &mut p.indicators {
            if let Some(target) = &mut i.target {
                target.year += years;
            }
            for a in &mut i.actuals {
                a.period = shift_period(&a.period, years);
            }
        }
    }
    p
}

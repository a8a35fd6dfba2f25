//! A plan copied for the next round (next year's plan from this year's):
//! a new id and title, every date moved by whole years, and, when asked,
//! without what was reported against the old one.
//!
//! Copying is not a [`crate::command::Command`]: it makes another plan, which
//! starts its own history (the shell adds its `Create` entry).

use crate::model::{Date, Id, Plan};
use chrono::Months;

/// `date` moved by `years` whole years (29 February becomes 28 February).
pub fn shift(date: Date, years: i32) -> Date {
    let months = Months::new(years.unsigned_abs() * 12);
    if years >= 0 {
        date.checked_add_months(months)
    } else {
        date.checked_sub_months(months)
    }
    .unwrap_or(date)
}

/// A copy of `src` under `id` and `title`, its dates moved by `years`, with
/// an empty history. With `drop_reports` the copy has no progress reports,
/// no milestone completion dates, no indicator values, and no lifecycle
/// steps or notices (the new round's items are not yet assigned); otherwise they
/// move with the other dates (a report keeps the reporting period it
/// answers, moved too). The indicators' baselines stay: a baseline is a year
/// already observed.
pub fn copy_plan(src: &Plan, id: Id, title: String, years: i32, drop_reports: bool) -> Plan {
    let mut p = src.clone();
    p.id = id;
    p.title = title;
    p.history.clear();
    if drop_reports {
        p.updates.clear();
        p.steps.clear();
        p.notices.clear();
        for t in &mut p.tasks {
            for m in &mut t.milestones {
                m.done = None;
            }
            // The new plan comes with its tasks: each owes reports from its start.
            t.added = None;
        }
        for i in &mut p.indicators {
            i.actuals.clear();
        }
    }
    if years == 0 {
        return p;
    }
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
        so(&mut t.source_date);
        so(&mut t.added);
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
        u.period = u.period.map(|x| x.plus_years(years));
    }
    for x in &mut p.steps {
        s(&mut x.date);
    }
    for n in &mut p.notices {
        s(&mut n.issued);
        s(&mut n.reply_due);
        if let Some(r) = &mut n.reply {
            s(&mut r.date);
        }
    }
    for i in &mut p.indicators {
        if let Some(target) = &mut i.target {
            target.year += years;
        }
        for a in &mut i.actuals {
            a.period = a.period.plus_years(years);
        }
    }
    p
}

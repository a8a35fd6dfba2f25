//! A new plan as the new-plan form describes it: title, period, level,
//! issuing office and reporting cadence, checked field by field.
//!
//! The period defaults to the calendar year of the day the form opens. The
//! level has no default: offices of every level use the app, so whichever
//! level were chosen for them would be wrong for most; the form asks, and a
//! plan is not made until one is chosen. Issuing office is optional (it can
//! be added later in the plan's settings). The plan's own rules (a title, an
//! end not before the start) are checked by [`crate::validate::validate`],
//! the same rules every plan keeps.

use crate::model::{Cadence, Date, Id, Level, Plan};
use crate::validate::{validate, ProblemKind};
use chrono::Datelike;

/// What the new-plan form holds, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct NewPlan {
    pub title: String,
    /// `YYYY-MM-DD`, as a date field gives it.
    pub start: String,
    /// `YYYY-MM-DD`.
    pub end: String,
    /// `None` until the user chooses one.
    pub level: Option<Level>,
    pub issuer: String,
    pub cadence: Cadence,
}

/// Why one field of the form is not accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldProblem {
    /// Not a date written `YYYY-MM-DD`.
    NotADate,
    /// No level was chosen.
    NoLevel,
    /// One of the plan's own rules (an empty title, an end before the start).
    Rule(ProblemKind),
}

/// Each field's first problem, by field name: `title`, `start`, `end`, `level`.
pub type FieldProblems = Vec<(&'static str, FieldProblem)>;

impl NewPlan {
    /// An empty form for a plan covering the calendar year of `today`,
    /// reported monthly, with no level chosen.
    pub fn for_year_of(today: Date) -> NewPlan {
        let year = today.year();
        let day = |m, d| Date::from_ymd_opt(year, m, d).unwrap_or(today);
        NewPlan {
            title: String::new(),
            start: day(1, 1).to_string(),
            end: day(12, 31).to_string(),
            level: None,
            issuer: String::new(),
            cadence: Cadence::Monthly,
        }
    }

    /// The plan under `id`, with no goals, units, tasks or history; or every
    /// field's problem.
    pub fn build(&self, id: Id) -> Result<Plan, FieldProblems> {
        let mut problems: FieldProblems = Vec::new();
        let start = parse_date(&self.start);
        let end = parse_date(&self.end);
        if start.is_none() {
            problems.push(("start", FieldProblem::NotADate));
        }
        if end.is_none() {
            problems.push(("end", FieldProblem::NotADate));
        }
        let some_day = start.or(end).unwrap_or_default();
        let mut plan = Plan::new(
            id,
            self.title.trim(),
            start.unwrap_or(some_day),
            end.unwrap_or(some_day),
        );
        plan.issuer = self.issuer.trim().to_string();
        plan.cadence = self.cadence;
        for p in validate(&plan) {
            let field = match p.path.as_str() {
                "title" => "title",
                "end" => "end",
                _ => continue,
            };
            if !problems.iter().any(|(f, _)| *f == field) {
                problems.push((field, FieldProblem::Rule(p.kind)));
            }
        }
        match self.level {
            Some(level) => plan.level = level,
            None => problems.push(("level", FieldProblem::NoLevel)),
        }
        if problems.is_empty() {
            Ok(plan)
        } else {
            Err(problems)
        }
    }
}

/// A date written `YYYY-MM-DD` (spaces around it allowed).
pub fn parse_date(s: &str) -> Option<Date> {
    crate::input::date(s).ok().flatten()
}

//! Traffic lights (亮灯) and roll-ups: the rules by which the plan office marks
//! each task, milestone and project, and sums tasks up by area, goal, unit and
//! tier. Everything here is a pure function of the plan and a date `today`.
//!
//! # Lights
//!
//! [`Light`] orders by severity, and a higher light beats a lower one when
//! several rules apply: `Completed < Green < Yellow < Grey < Red`.
//!
//! - **Completed**: done.
//! - **Green**: on track.
//! - **Yellow**: at risk — behind the expected progress, or close to the deadline.
//! - **Grey**: not reported — not started yet, first report not yet due, a
//!   due first report missing (while that is not yet a serious lag), or stale
//!   (the report of a reporting period since is due and missing).
//! - **Red**: overdue, lagging badly behind the expected progress, or a due
//!   report missing for so long that the expected progress at 0% lags badly.
//!
//! Every light comes with a [`Reason`] that carries the figures behind it, and
//! no text: the user interface words it in the user's language.
//!
//! # Terms
//!
//! - *Progress* of a task is the progress of its latest standing report (the
//!   latest by date that is not withdrawn; see [`Plan::latest_report`]), or 0
//!   when there is none.
//! - *Start* of a task is its own start date, else the date of the meeting,
//!   instruction or document it came from when that is after the plan's
//!   start ([`Plan::task_start`]), else the plan's start; its *deadline* is
//!   its own deadline, else the plan's end.
//! - *Expected progress* ([`expected_progress`]) is the share of the days from
//!   start to deadline that have passed by `today`, in percent, clamped to
//!   0–100: `(today − start) / (deadline − start) × 100`. A zero-length task
//!   (start = deadline) expects 0 before its day and 100 from its day on.
//!   A task with **no deadline of its own** (ongoing or recurring: 长期坚持,
//!   每季度) has no schedule: nothing is expected of it by a day, so it
//!   never lags and is never due soon; reported and not stale, it is green
//!   (`NoSchedule`); it is overdue only after the plan's end.
//! - *Lag* is expected progress minus progress, in percentage points.
//! - *Days left* is `deadline − today`; *days over* is `today − deadline`.
//! - Thresholds are the plan's [`Thresholds`]; "stale" means the latest
//!   standing report answers a reporting period ([`Plan::report_period`])
//!   that ended before the latest one whose report is due
//!   ([`crate::period::latest_due_period`]: its end and the grace days
//!   passed). The May report stands until the June report falls due (15
//!   July, with 15 grace days), however many days old it is. Under a weekly
//!   cadence: more than [`Cadence::days`] days old.
//! - *First report due* ([`crate::period::first_report_due`]) is the day by which a task's
//!   first report is due under the plan's cadence: the end of the reporting
//!   period (month, quarter, half-year or year; for a weekly cadence, six days
//!   after the start) that contains the day it owes reports from (its start,
//!   or the day it was entered in the plan if later:
//!   [`Plan::reports_owed_from`]; a task entered in May on a plan running
//!   since January is not held to the reports of the months before), plus the plan's grace
//!   days ([`Plan::grace_days`]) — but never later than the task's deadline.
//!   On that day the report is still not late; from the next day it is
//!   missing.
//!
//! # Task rules ([`task_status`]), first match wins
//!
//! 0. When the plan requires verification ([`crate::model::Supervision`]),
//!    a task is **Completed** `Done { on }` when it was closed out (销号) by
//!    today, `on` the close-out day, and rule 1 does not apply: a task at
//!    100% that is not closed out goes on through rules 2 onwards. Without
//!    verification (the default) rule 0 does not apply.
//! 1. **Completed** `Done { on }` when the progress is 100 and either the
//!    latest report's status is [`ReportedStatus::Completed`] or every milestone
//!    is done (a task with no milestones meets this vacuously). `on` is the date
//!    of the first report of the run of such reports that ends with the
//!    latest ([`completed_first`]): reported completed again in later rounds,
//!    it was completed on the first. A report that gives the day the work
//!    was completed (`completed_on`, a task finished in May and first
//!    recorded in July) dates it from that day instead of its own. A task at 100% whose report does not say completed and
//!    that still has an open milestone is *not* completed: it goes on through
//!    the rules below (usually green, or yellow near its deadline). A report
//!    saying completed with progress below 100 does not complete a task either.
//! 2. **Red** `Overdue { days_over, progress }` when `today > deadline`. The
//!    deadline day itself is not overdue.
//!
//! A task with **no standing report** then takes the first of:
//!
//! 3. **Grey** `NotStarted { starts_in_days }` when start is after today.
//! 4. **Grey** `NoReport { first_due }` while `today ≤ first_due`: its first
//!    report is not due yet, so nothing is held against it.
//! 5. **Red** `ReportMissing { due, expected }` when the first report is past
//!    due and the lag at 0% (that is, the expected progress) is more than
//!    `lagging_lag`.
//! 6. **Grey** `FirstReportLate { due }` otherwise: the report is missing, but
//!    not yet for long enough to count as lagging.
//!
//! A task **with a standing report** takes the first of:
//!
//! 3. **Red** `LaggingBadly { progress, expected }` when lag > `lagging_lag`.
//! 4. **Grey** `Stale { days_since }` when the latest standing report is
//!    stale.
//! 5. **Yellow** `Behind { progress, expected }` when lag > `at_risk_lag`.
//! 6. **Yellow** `MilestoneMissed { missed, days_over, progress }` when one
//!    or more of its milestones (节点) are past their due date and not done
//!    (the due day itself is not past); `days_over` counts from the earliest.
//! 7. **Yellow** `DueSoon { days_left, progress }` when
//!    `0 ≤ days_left ≤ warning_days`.
//! 8. **Green** `OnTrack { progress, expected }` otherwise.
//!
//! So a brand-new plan shows every open task grey until its first reporting
//! round falls due, and a task never reported turns red only once a due
//! report has been missing long enough for the expected progress to exceed
//! `lagging_lag`; an overdue task is red however long it has gone unreported.
//! With reports, red beats grey, and grey beats yellow and green. Lags equal
//! to a threshold do not cross it.
//!
//! # The unit's own judgement ([`claim`])
//!
//! Each report carries the status its unit gave ([`ReportedStatus`]), and
//! each status claims a light ([`claimed_light`]): not started → grey, on
//! track → green, at risk → yellow, behind → red, completed → completed. The
//! light shown is always the computed one; where the latest standing report
//! claims a different light, [`claim`] returns the reported status so that
//! both are shown, with the reason for the computed light. A grey light
//! beside a report can only mean the report is stale: it passes no judgement
//! on the work, so nothing is set against the unit's old word.
//!
//! # Milestone rules ([`milestone_status`])
//!
//! 1. **Completed** `Done { on: done date }` when it is done, and
//!    `Done { on: None }` when its task is completed (a node of finished
//!    work is not held against it, marked or not).
//! 2. **Red** `MilestoneOverdue { days_over }` when its due date is before today.
//! 3. **Yellow** `MilestoneDue { days_left }` when `0 ≤ days_left ≤ warning_days`.
//! 4. **Green** `Upcoming { days_left }` otherwise.
//!
//! # Project rules ([`project_status`]), first match wins
//!
//! Project *progress* is investment completed this year as a percentage of
//! the year's target (`completed_investment / year_target × 100`, not clamped;
//! 0 when the target is 0). *Expected* is the share of today's calendar year
//! elapsed: days since 1 January / days in the year × 100 (0 on 1 January,
//! 364/365 on 31 December); for a project planned to start later this year
//! or to end before 31 December this year, the share of the days from its
//! planned start (else 1 January) to its planned end (else 31 December)
//! elapsed ([`expected_progress`]): 0 before its planned start, 100 from
//! its planned end (the year's target is due by then). Projects have no
//! "due soon" rule.
//!
//! 1. **Completed** `Done { on: actual_end }` when the phase is
//!    [`Phase::Completed`] or [`Phase::InOperation`].
//! 2. **Red** `Overdue { days_over, progress }` when `today > planned_end`.
//! 3. **Red** `StartLate { days_late }` when `today > planned_start` and the
//!    project has not started: its phase is planned or preparing and it has
//!    no actual start date. The planned start day itself is not late.
//! 4. **Red** `LaggingBadly { progress, expected }` when the year target is
//!    above 0 and lag > `lagging_lag`.
//! 5. **Grey** `Stale { days_since }` when the latest standing report on the
//!    project is stale. A project with no report at all is
//!    not greyed: its investment figures are its data.
//! 6. **Yellow** `Behind { progress, expected }` when the year target is above
//!    0 and lag > `at_risk_lag`.
//! 7. **Green** `OnTrack { progress, expected }` otherwise; with a year target
//!    of 0 this is `OnTrack { progress: 0, expected: 0 }` (nothing is due).
//!
//! # Roll-ups
//!
//! A [`Rollup`] of a set of tasks counts them, counts their lights, and gives
//! their progress weighted by task weight, the plain mean when every weight is
//! zero, and `None` for no tasks ([`Plan::weighted_progress`]). [`by_area`],
//! [`by_goal`], [`by_unit_lead`], [`by_unit_co`] and [`by_tier`] list every
//! area, goal, unit and tier in plan order (tiers from regular to key
//! breakthrough), including those with no tasks; a goal's tasks are those
//! whose area is under it.

use crate::model::{
    Cadence, Date, Id, Milestone, Phase, Plan, Project, ReportedStatus, Subject, Task, Thresholds,
    Tier, Update,
};
use crate::period::first_report_due;
use chrono::Datelike;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

/// A traffic light, ordered by severity (and precedence): `Completed < Green <
/// Yellow < Grey < Red`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    /// Done.
    Completed,
    /// On track.
    Green,
    /// At risk: behind, or close to the deadline.
    Yellow,
    /// Not reported: not started, first report not due yet or missing, or stale.
    Grey,
    /// Overdue, lagging badly, or a due report missing for long.
    Red,
}

impl Light {
    /// Every light, from least to most severe.
    pub const ALL: [Light; 5] = [
        Light::Completed,
        Light::Green,
        Light::Yellow,
        Light::Grey,
        Light::Red,
    ];
}

/// Why an item has its light. Progress and expected progress are percentages;
/// days are whole days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Completed, on the date of the completing report (tasks), the done date
    /// (milestones), or the actual end date if known (projects).
    Done { on: Option<Date> },
    /// Green: no more behind than the at-risk threshold.
    OnTrack { progress: f64, expected: f64 },
    /// Green: a task with no deadline of its own (ongoing or recurring),
    /// reported and not stale; nothing is expected of it by a day.
    NoSchedule { progress: f64 },
    /// Green milestone: due in `days_left` days, beyond the warning window.
    Upcoming { days_left: i64 },
    /// Yellow milestone: due within the warning window (0 = today).
    MilestoneDue { days_left: i64 },
    /// Red milestone: its due date passed `days_over` days ago and it is
    /// not marked done.
    MilestoneOverdue { days_over: i64 },
    /// Yellow: more than the at-risk threshold behind.
    Behind { progress: f64, expected: f64 },
    /// Yellow: the deadline is within the warning window (0 = today).
    DueSoon { days_left: i64, progress: f64 },
    /// Yellow: `missed` milestones are past their due date and not done,
    /// the earliest of them `days_over` days ago.
    MilestoneMissed {
        missed: u32,
        days_over: i64,
        progress: f64,
    },
    /// Red: the deadline passed `days_over` days ago.
    Overdue { days_over: i64, progress: f64 },
    /// Red: more than the lagging threshold behind.
    LaggingBadly { progress: f64, expected: f64 },
    /// Red (projects): the planned start passed `days_late` days ago and
    /// the project has not started (planned or preparing, no actual start).
    StartLate { days_late: i64 },
    /// Grey: starts in `starts_in_days` days and has no report yet.
    NotStarted { starts_in_days: i64 },
    /// Grey: started, never reported, and its first report is not due until
    /// `first_due` (that day included).
    NoReport { first_due: Date },
    /// Grey: never reported; the first report fell due on `due` and is
    /// missing, though not yet for long enough to count as lagging.
    FirstReportLate { due: Date },
    /// Red: never reported since the first report fell due on `due`, and
    /// `expected` progress (against 0% done) lags more than the lagging
    /// threshold.
    ReportMissing { due: Date, expected: f64 },
    /// Grey: the latest report is stale, `days_since` days old (a later
    /// period's report is due).
    Stale { days_since: i64 },
}

/// A light and the reason for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Status {
    pub light: Light,
    pub reason: Reason,
}

impl Status {
    fn new(light: Light, reason: Reason) -> Status {
        Status { light, reason }
    }
}

fn days(from: Date, to: Date) -> i64 {
    (to - from).num_days()
}

/// Expected progress, in percent, of work running from `start` to `deadline`
/// as of `today`: the share of days elapsed, clamped to 0–100. When
/// `deadline <= start` it is 0 before the deadline and 100 from it on.
pub fn expected_progress(start: Date, deadline: Date, today: Date) -> f64 {
    let span = days(start, deadline);
    if span <= 0 {
        return if today >= deadline { 100.0 } else { 0.0 };
    }
    let elapsed = days(start, today) as f64 / span as f64 * 100.0;
    elapsed.clamp(0.0, 100.0)
}

/// Days since the latest report, if it is stale: a report is owed for a
/// later reporting period than the one it answers, its grace days passed
/// (the May report stands until the June report is due, on 15 July with 15
/// grace days). Under a weekly cadence, a report older than a week.
fn stale_days(plan: &Plan, report: &Update, today: Date) -> Option<i64> {
    let since = days(report.date, today);
    let stale = match plan.cadence {
        Cadence::Weekly => since > plan.cadence.days(),
        cadence => {
            let due = crate::period::latest_due_period(cadence, plan.grace_days, today);
            plan.report_period(report).end() < due.end()
        }
    };
    stale.then_some(since)
}

/// The light of a task on `today`; see the module documentation for the rules.
pub fn task_status(plan: &Plan, task: &Task, today: Date) -> Status {
    let subject = Subject::Task(task.id.clone());
    // Its standing reports, oldest first, one day's in recorded order: the
    // last is the latest, as `Plan::latest_report` chooses it.
    let mut reports: Vec<&Update> = plan
        .updates
        .iter()
        .filter(|u| u.subject == subject && u.withdrawn.is_none())
        .collect();
    crate::order::sort_by_key(&mut reports, |u| u.date);
    let status = task_status_given(plan, task, reports.last().copied(), today);
    completed_first(plan, task, status, &mut reports.into_iter().rev())
}

/// Whether a report says its task is done: at 100% and either saying
/// completed or with every milestone of the task done
/// (`all_milestones_done`).
pub fn says_done(u: &Update, all_milestones_done: bool) -> bool {
    u.progress >= 100.0 && (u.status == ReportedStatus::Completed || all_milestones_done)
}

/// `status` with a completion by reports dated by the earliest day the run
/// of reports saying so gives ([`Update::done_on`]): a unit that reports a
/// task completed again in later rounds (as units do month after month)
/// completed it on the first; a report giving the day the work was
/// completed dates it from that day.
/// `newest_first`: the task's standing reports that `status` was read
/// from, the latest first. Any other status is returned as it is.
pub fn completed_first(
    plan: &Plan,
    task: &Task,
    status: Status,
    // One copy of this function for its three callers' iterators.
    newest_first: &mut dyn Iterator<Item = &Update>,
) -> Status {
    if plan.supervision.verification_required || !matches!(status.reason, Reason::Done { .. }) {
        return status;
    }
    let all_milestones_done = task.milestones.iter().all(|m| m.done.is_some());
    let on = newest_first
        .take_while(|u| says_done(u, all_milestones_done))
        .map(Update::done_on)
        .min();
    match on {
        Some(on) => Status::new(Light::Completed, Reason::Done { on: Some(on) }),
        None => status,
    }
}

/// [`task_status`] with the task's latest standing report already found
/// (callers that look at many tasks index the reports once).
pub fn task_status_given(plan: &Plan, task: &Task, latest: Option<&Update>, today: Date) -> Status {
    let closed = if plan.supervision.verification_required {
        crate::supervision::closed_out_on(plan, &task.id, today)
    } else {
        None
    };
    task_status_closed(plan, task, latest, closed, today)
}

/// [`task_status_given`] with the task's close-out day (by `today`) already
/// found, for callers that read many tasks
/// ([`crate::supervision::closed_out_days`]); `closed` is read only when the
/// plan requires verification.
pub fn task_status_closed(
    plan: &Plan,
    task: &Task,
    latest: Option<&Update>,
    closed: Option<Date>,
    today: Date,
) -> Status {
    let th = &plan.thresholds;
    let progress = latest.map_or(0.0, |u| u.progress);
    let verified = plan.supervision.verification_required;

    if verified {
        if let Some(on) = closed.filter(|d| *d <= today) {
            return Status::new(Light::Completed, Reason::Done { on: Some(on) });
        }
    } else if let Some(report) = latest {
        let all_milestones_done = task.milestones.iter().all(|m| m.done.is_some());
        if says_done(report, all_milestones_done) {
            return Status::new(
                Light::Completed,
                Reason::Done {
                    on: Some(report.done_on()),
                },
            );
        }
    }

    let start = plan.task_start(task);
    let deadline = task.deadline.unwrap_or(plan.end);
    if today > deadline {
        let days_over = days(deadline, today);
        return Status::new(
            Light::Red,
            Reason::Overdue {
                days_over,
                progress,
            },
        );
    }

    // A task with no deadline of its own (ongoing or recurring: 长期坚持,
    // 每季度) has no schedule: nothing is expected of it by a day.
    let scheduled = task.deadline.is_some();
    let expected = if scheduled {
        expected_progress(start, deadline, today)
    } else {
        0.0
    };
    let Some(report) = latest else {
        let owed_from = plan.reports_owed_from(task);
        return unreported(plan, start, owed_from, deadline, expected, today);
    };

    let lag = expected - progress;
    if lag > th.lagging_lag {
        return Status::new(Light::Red, Reason::LaggingBadly { progress, expected });
    }
    if let Some(days_since) = stale_days(plan, report, today) {
        return Status::new(Light::Grey, Reason::Stale { days_since });
    }
    if lag > th.at_risk_lag {
        return Status::new(Light::Yellow, Reason::Behind { progress, expected });
    }
    let mut missed = 0;
    let mut earliest = today;
    for m in task
        .milestones
        .iter()
        .filter(|m| m.done.is_none() && m.due < today)
    {
        missed += 1;
        earliest = earliest.min(m.due);
    }
    if missed > 0 {
        return Status::new(
            Light::Yellow,
            Reason::MilestoneMissed {
                missed,
                days_over: days(earliest, today),
                progress,
            },
        );
    }
    if !scheduled {
        return Status::new(Light::Green, Reason::NoSchedule { progress });
    }
    let days_left = days(today, deadline);
    if (0..=i64::from(th.warning_days)).contains(&days_left) {
        return Status::new(
            Light::Yellow,
            Reason::DueSoon {
                days_left,
                progress,
            },
        );
    }
    Status::new(Light::Green, Reason::OnTrack { progress, expected })
}

/// The day a task running from `start` to `deadline` owes its first report
/// under `plan`'s cadence and grace days, never later than its deadline.
pub fn task_first_report_due(plan: &Plan, start: Date, deadline: Date) -> Date {
    first_report_due(plan.cadence, plan.grace_days, start).min(deadline)
}

/// The light of an open task with no standing report, not past its deadline
/// (rules 3–6 for a task with no standing report), owing reports from
/// `owed_from` ([`Plan::reports_owed_from`]).
fn unreported(
    plan: &Plan,
    start: Date,
    owed_from: Date,
    deadline: Date,
    expected: f64,
    today: Date,
) -> Status {
    if start > today {
        let starts_in_days = days(today, start);
        return Status::new(Light::Grey, Reason::NotStarted { starts_in_days });
    }
    let due = task_first_report_due(plan, owed_from, deadline);
    if today <= due {
        return Status::new(Light::Grey, Reason::NoReport { first_due: due });
    }
    // Against 0% done, the lag is the expected progress itself.
    if expected > plan.thresholds.lagging_lag {
        Status::new(Light::Red, Reason::ReportMissing { due, expected })
    } else {
        Status::new(Light::Grey, Reason::FirstReportLate { due })
    }
}

/// The light a unit claims for its task by the status it reported.
pub fn claimed_light(reported: ReportedStatus) -> Light {
    match reported {
        ReportedStatus::NotStarted => Light::Grey,
        ReportedStatus::OnTrack => Light::Green,
        ReportedStatus::AtRisk => Light::Yellow,
        ReportedStatus::Behind => Light::Red,
        ReportedStatus::Completed => Light::Completed,
    }
}

/// The status a unit gave in its latest standing report (`reported`), when
/// it claims a different light from the one computed (`shown`); `None` when
/// they agree, when there is no report, and when `shown` is grey (with a
/// standing report, grey says only that the report is stale). The light
/// shown stays the computed one: this is what to show beside it.
pub fn claim(shown: Light, reported: Option<ReportedStatus>) -> Option<ReportedStatus> {
    if shown == Light::Grey {
        return None;
    }
    reported.filter(|&r| claimed_light(r) != shown)
}

/// The light of a milestone on `today`, warning `warning_days` days before it
/// is due, of a task completed or not (`task_done`); see the module
/// documentation for the rules.
pub fn milestone_status(
    milestone: &Milestone,
    task_done: bool,
    today: Date,
    warning_days: u32,
) -> Status {
    if let Some(done) = milestone.done {
        return Status::new(Light::Completed, Reason::Done { on: Some(done) });
    }
    if task_done {
        return Status::new(Light::Completed, Reason::Done { on: None });
    }
    let days_left = days(today, milestone.due);
    if days_left < 0 {
        Status::new(
            Light::Red,
            Reason::MilestoneOverdue {
                days_over: -days_left,
            },
        )
    } else if days_left <= i64::from(warning_days) {
        Status::new(Light::Yellow, Reason::MilestoneDue { days_left })
    } else {
        Status::new(Light::Green, Reason::Upcoming { days_left })
    }
}

/// Share of `today`'s calendar year elapsed, in percent: days since 1 January
/// over days in the year.
pub fn year_elapsed(today: Date) -> f64 {
    let days_in_year = if today.leap_year() { 366.0 } else { 365.0 };
    f64::from(today.ordinal0()) / days_in_year * 100.0
}

/// The share of this year's investment a project is expected to have made
/// by `today`: the year elapsed ([`year_elapsed`]), or, for a project
/// planned to start later than 1 January this year or to end before 31
/// December this year, the share of the days from its planned start (else
/// 1 January) to its planned end (else 31 December) elapsed: nothing before
/// it starts, the whole year's investment by its planned end.
fn year_expected(planned_start: Option<Date>, planned_end: Option<Date>, today: Date) -> f64 {
    let this_year = |d: &Date| d.year() == today.year();
    let start = planned_start.filter(|s| this_year(s) && s.ordinal0() > 0);
    let end = planned_end.filter(|e| this_year(e) && start.is_none_or(|s| s <= *e));
    match (planned_start, start, end) {
        (Some(s), ..) if s > today => 0.0,
        (_, None, None) => year_elapsed(today),
        (_, start, end) => expected_progress(
            start.unwrap_or_else(|| today.with_ordinal0(0).unwrap_or(today)),
            end.unwrap_or_else(|| Date::from_ymd_opt(today.year(), 12, 31).unwrap_or(today)),
            today,
        ),
    }
}

/// The light of a key project on `today`; see the module documentation for the rules.
pub fn project_status(plan: &Plan, project: &Project, today: Date) -> Status {
    let latest = plan.latest_report(&Subject::Project(project.id.clone()));
    project_status_given(plan, project, latest, today)
}

/// The latest standing report on every project that has one, found in one
/// pass over the reports (the same choice as [`Plan::latest_report`]).
pub fn latest_project_reports(plan: &Plan) -> HashMap<&Id, &Update> {
    let mut best: HashMap<&Id, &Update> = HashMap::default();
    for u in plan.updates.iter().filter(|u| u.withdrawn.is_none()) {
        let Subject::Project(id) = &u.subject else {
            continue;
        };
        match best.get(id) {
            Some(b) if b.date > u.date => {}
            _ => {
                best.insert(id, u);
            }
        }
    }
    best
}

/// Every project's light on `today`, in plan order, the reports indexed once
/// ([`project_status`] for each, without reading every report per project).
pub fn project_statuses(plan: &Plan, today: Date) -> Vec<Status> {
    let latest = latest_project_reports(plan);
    plan.projects
        .iter()
        .map(|p| project_status_given(plan, p, latest.get(&p.id).copied(), today))
        .collect()
}

/// [`project_status`] with the project's latest standing report already
/// found (callers that look at many projects index the reports once).
pub fn project_status_given(
    plan: &Plan,
    project: &Project,
    latest: Option<&Update>,
    today: Date,
) -> Status {
    if matches!(project.phase, Phase::Completed | Phase::InOperation) {
        return Status::new(
            Light::Completed,
            Reason::Done {
                on: project.actual_end,
            },
        );
    }
    let has_target = project.year_target > 0.0;
    let progress = if has_target {
        project.completed_investment / project.year_target * 100.0
    } else {
        0.0
    };
    if let Some(end) = project.planned_end {
        if today > end {
            let days_over = days(end, today);
            return Status::new(
                Light::Red,
                Reason::Overdue {
                    days_over,
                    progress,
                },
            );
        }
    }
    let not_started = matches!(project.phase, Phase::Planned | Phase::Preparing)
        && project.actual_start.is_none();
    if let Some(start) = project.planned_start.filter(|s| not_started && today > *s) {
        return Status::new(
            Light::Red,
            Reason::StartLate {
                days_late: days(start, today),
            },
        );
    }
    let expected = if has_target {
        year_expected(project.planned_start, project.planned_end, today)
    } else {
        0.0
    };
    let lag = expected - progress;
    let Thresholds {
        at_risk_lag,
        lagging_lag,
        ..
    } = plan.thresholds;
    if has_target && lag > lagging_lag {
        return Status::new(Light::Red, Reason::LaggingBadly { progress, expected });
    }
    if let Some(report) = latest {
        if let Some(days_since) = stale_days(plan, report, today) {
            return Status::new(Light::Grey, Reason::Stale { days_since });
        }
    }
    if has_target && lag > at_risk_lag {
        return Status::new(Light::Yellow, Reason::Behind { progress, expected });
    }
    Status::new(Light::Green, Reason::OnTrack { progress, expected })
}

/// How many items have each light.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LightCounts {
    pub completed: usize,
    pub green: usize,
    pub yellow: usize,
    pub red: usize,
    pub grey: usize,
}

impl LightCounts {
    /// Count one more item with `light`.
    pub fn add(&mut self, light: Light) {
        *self.slot(light) += 1;
    }

    /// How many items have `light`.
    pub fn get(&self, light: Light) -> usize {
        match light {
            Light::Completed => self.completed,
            Light::Green => self.green,
            Light::Yellow => self.yellow,
            Light::Grey => self.grey,
            Light::Red => self.red,
        }
    }

    fn slot(&mut self, light: Light) -> &mut usize {
        match light {
            Light::Completed => &mut self.completed,
            Light::Green => &mut self.green,
            Light::Yellow => &mut self.yellow,
            Light::Grey => &mut self.grey,
            Light::Red => &mut self.red,
        }
    }
}

/// A set of tasks summed up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rollup {
    /// Number of tasks.
    pub tasks: usize,
    /// Progress weighted by task weight; the plain mean when every weight is
    /// zero; `None` for no tasks.
    pub progress: Option<f64>,
    pub counts: LightCounts,
}

/// The latest standing report on each subject, indexed once for a roll-up.
type Latest<'a> = rustc_hash::FxHashMap<&'a Subject, &'a Update>;

/// Sum up `tasks` on `today`.
pub fn rollup<'a>(plan: &Plan, tasks: impl IntoIterator<Item = &'a Task>, today: Date) -> Rollup {
    rollup_given(plan, &plan.latest_reports(), tasks, today)
}

/// [`rollup`] with the latest reports already indexed: the roll-ups by area,
/// goal, unit and tier index the plan's reports once, not once per task.
fn rollup_given<'a>(
    plan: &Plan,
    latest: &Latest<'_>,
    tasks: impl IntoIterator<Item = &'a Task>,
    today: Date,
) -> Rollup {
    let tasks: Vec<&Task> = tasks.into_iter().collect();
    let mut counts = LightCounts::default();
    for t in &tasks {
        let report = latest.get(&Subject::Task(t.id.clone())).copied();
        counts.add(task_status_given(plan, t, report, today).light);
    }
    Rollup {
        tasks: tasks.len(),
        progress: crate::model::weighted_progress_given(tasks.iter().copied(), latest),
        counts,
    }
}

/// Every key area, in plan order, with the roll-up of its tasks.
pub fn by_area(plan: &Plan, today: Date) -> Vec<(Id, Rollup)> {
    let latest = plan.latest_reports();
    plan.areas
        .iter()
        .map(|a| {
            let tasks = plan.tasks_in_area(&a.id);
            (a.id.clone(), rollup_given(plan, &latest, tasks, today))
        })
        .collect()
}

/// Every strategic goal, in plan order, with the roll-up of the tasks whose
/// area is under it.
pub fn by_goal(plan: &Plan, today: Date) -> Vec<(Id, Rollup)> {
    let latest = plan.latest_reports();
    plan.goals
        .iter()
        .map(|g| {
            let under_goal = |t: &&Task| {
                plan.area(&t.area)
                    .is_some_and(|a| a.goal.as_ref() == Some(&g.id))
            };
            let tasks = plan.tasks.iter().filter(under_goal);
            (g.id.clone(), rollup_given(plan, &latest, tasks, today))
        })
        .collect()
}

/// Every unit, in plan order, with the roll-up of the tasks it leads.
pub fn by_unit_lead(plan: &Plan, today: Date) -> Vec<(Id, Rollup)> {
    let latest = plan.latest_reports();
    plan.units
        .iter()
        .map(|u| {
            let tasks = plan.tasks.iter().filter(|t| t.lead == u.id);
            (u.id.clone(), rollup_given(plan, &latest, tasks, today))
        })
        .collect()
}

/// Every unit, in plan order, with the roll-up of the tasks it co-operates on.
pub fn by_unit_co(plan: &Plan, today: Date) -> Vec<(Id, Rollup)> {
    let latest = plan.latest_reports();
    plan.units
        .iter()
        .map(|u| {
            let tasks = plan.tasks.iter().filter(|t| t.co_units.contains(&u.id));
            (u.id.clone(), rollup_given(plan, &latest, tasks, today))
        })
        .collect()
}

/// Every tier, from regular to key breakthrough, with the roll-up of its tasks.
pub fn by_tier(plan: &Plan, today: Date) -> Vec<(Tier, Rollup)> {
    let latest = plan.latest_reports();
    [Tier::Regular, Tier::Key, Tier::KeyBreakthrough]
        .into_iter()
        .map(|tier| {
            let tasks = plan.tasks.iter().filter(|t| t.tier == tier);
            (tier, rollup_given(plan, &latest, tasks, today))
        })
        .collect()
}

/// The roll-up of every task in the plan.
pub fn whole_plan(plan: &Plan, today: Date) -> Rollup {
    rollup(plan, &plan.tasks, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Goal, KeyArea, Unit, UnitKind, Update, Withdrawal};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd_opt(y, m, day).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// A plan from 2023-01-01 to 2023-04-11: exactly 100 days, so on day n
    /// (2023-01-01 + n days) a whole-plan task expects n%. Monthly cadence
    /// (31 days), thresholds 10 / 25 / 15 days.
    fn plan() -> Plan {
        let mut p = Plan::new(Id::new("p"), "Plan", d(2023, 1, 1), d(2023, 4, 11));
        p.cadence = Cadence::Monthly;
        p.thresholds = Thresholds {
            at_risk_lag: 10.0,
            lagging_lag: 25.0,
            warning_days: 15,
        };
        p
    }

    /// A task running the plan's whole period (its deadline the plan's end).
    fn task(id: &str) -> Task {
        Task {
            deadline: Some(plan().end),
            ..Task::new(id, "", id, "a1", "u1")
        }
    }

    fn add_report(
        plan: &mut Plan,
        subject: Subject,
        date: Date,
        progress: f64,
        status: ReportedStatus,
    ) {
        let n = plan.updates.len();
        plan.updates.push(Update {
            status,
            ..Update::new(format!("r{n}"), subject, date, progress)
        });
    }

    fn report(plan: &mut Plan, task: &str, date: Date, progress: f64) {
        add_report(
            plan,
            Subject::Task(Id::new(task)),
            date,
            progress,
            ReportedStatus::OnTrack,
        );
    }

    fn milestone(due: Date, done: Option<Date>) -> Milestone {
        Milestone {
            name: "m".to_string(),
            due,
            done,
        }
    }

    /// Day 50 of the test plan.
    fn feb20() -> Date {
        d(2023, 2, 20)
    }

    #[test]
    fn lights_order_by_severity() {
        assert!(Light::Completed < Light::Green);
        assert!(Light::Green < Light::Yellow);
        assert!(Light::Yellow < Light::Grey);
        assert!(Light::Grey < Light::Red);
        assert_eq!(serde_json::to_string(&Light::Grey).unwrap(), "\"grey\"");
    }

    #[test]
    fn expected_progress_by_elapsed_days() {
        let (s, e) = (d(2023, 1, 1), d(2023, 4, 11));
        // 50 of 100 days elapsed → 50%.
        assert!(close(expected_progress(s, e, feb20()), 50.0));
        // before the start → clamped to 0; after the end → clamped to 100.
        assert!(close(expected_progress(s, e, d(2022, 12, 1)), 0.0));
        assert!(close(expected_progress(s, e, d(2023, 5, 1)), 100.0));
        // zero-length: 0 before its day, 100 on it and after.
        let day = d(2023, 3, 1);
        assert!(close(expected_progress(day, day, d(2023, 2, 28)), 0.0));
        assert!(close(expected_progress(day, day, day), 100.0));
        assert!(close(expected_progress(day, day, d(2023, 3, 2)), 100.0));
    }

    #[test]
    fn no_deadline_has_no_schedule_and_is_overdue_only_after_the_plan() {
        let mut p = plan();
        let mut t = task("t");
        t.deadline = None;
        // Not reported: grey until its first report is due, then grey
        // still (nothing expected, so never red for lagging).
        assert_eq!(task_status(&p, &t, feb20()).light, Light::Grey);
        report(&mut p, "t", d(2023, 2, 15), 5.0);
        // 5% on 02-20, where a task due at the plan's end expects 50: no
        // schedule, so green, and saying so; not "due soon" at the end.
        assert_eq!(
            task_status(&p, &t, feb20()),
            Status::new(Light::Green, Reason::NoSchedule { progress: 5.0 })
        );
        report(&mut p, "t", d(2023, 4, 5), 10.0);
        assert_eq!(task_status(&p, &t, d(2023, 4, 10)).light, Light::Green);
        // A stale report is still grey; after the plan's end, overdue.
        assert_eq!(task_status(&p, &t, d(2023, 4, 11)).light, Light::Green);
        assert!(matches!(
            task_status(&p, &t, d(2023, 4, 12)).reason,
            Reason::Overdue { days_over: 1, .. }
        ));
    }

    #[test]
    fn deadline_today_is_due_soon_not_overdue() {
        let mut p = plan();
        let mut t = task("t");
        t.deadline = Some(feb20());
        report(&mut p, "t", d(2023, 2, 15), 95.0);
        // expected (50/50) = 100; lag 100 − 95 = 5 ≤ 10; days left 0 → due soon.
        assert_eq!(
            task_status(&p, &t, feb20()),
            Status::new(
                Light::Yellow,
                Reason::DueSoon {
                    days_left: 0,
                    progress: 95.0
                }
            )
        );
        // the next day: 1 day over.
        assert_eq!(
            task_status(&p, &t, d(2023, 2, 21)),
            Status::new(
                Light::Red,
                Reason::Overdue {
                    days_over: 1,
                    progress: 95.0
                }
            )
        );
    }

    #[test]
    fn zero_length_task_before_and_on_its_day() {
        let mut p = plan();
        let mut t = task("t");
        let day = d(2023, 3, 1);
        t.start = Some(day);
        t.deadline = Some(day);
        // before its day, no report: starts in 03-01 − 02-28 = 1 day → grey.
        assert_eq!(
            task_status(&p, &t, d(2023, 2, 28)),
            Status::new(Light::Grey, Reason::NotStarted { starts_in_days: 1 })
        );
        // with a report at 0 on 02-25: expected 0, lag 0; 1 day left ≤ 15 → due soon.
        report(&mut p, "t", d(2023, 2, 25), 0.0);
        assert_eq!(
            task_status(&p, &t, d(2023, 2, 28)),
            Status::new(
                Light::Yellow,
                Reason::DueSoon {
                    days_left: 1,
                    progress: 0.0
                }
            )
        );
        // on its day, reported 80: expected 100, lag 20 > 10 (≤ 25) → behind.
        report(&mut p, "t", d(2023, 2, 28), 80.0);
        assert_eq!(
            task_status(&p, &t, day),
            Status::new(
                Light::Yellow,
                Reason::Behind {
                    progress: 80.0,
                    expected: 100.0
                }
            )
        );
    }

    #[test]
    fn full_progress_with_open_milestone_is_not_completed() {
        let mut p = plan();
        let mut t = task("t");
        t.deadline = Some(d(2023, 3, 31));
        t.milestones = vec![milestone(d(2023, 3, 15), None)];
        report(&mut p, "t", d(2023, 2, 18), 100.0);
        // not completed (status on_track, a milestone open). 01-01 → 03-31 is
        // 31 + 28 + 30 = 89 days; 50 elapsed → expected 50/89 × 100 ≈ 56.18;
        // lag < 0; 39 days left > 15 → green.
        let s = task_status(&p, &t, feb20());
        assert_eq!(s.light, Light::Green);
        match s.reason {
            Reason::OnTrack { progress, expected } => {
                assert!(close(progress, 100.0));
                assert!(close(expected, 50.0 / 89.0 * 100.0));
            }
            other => panic!("unexpected {other:?}"),
        }
        // near the deadline (03-20, 11 days left) it is yellow: its
        // milestone, due 03-15, is not done.
        assert_eq!(
            task_status(&p, &t, d(2023, 3, 20)).reason,
            Reason::MilestoneMissed {
                missed: 1,
                days_over: 5,
                progress: 100.0
            }
        );
        // once the milestone is done, 100% completes it, on the report's date.
        t.milestones[0].done = Some(d(2023, 2, 18));
        assert_eq!(
            task_status(&p, &t, feb20()),
            Status::new(
                Light::Completed,
                Reason::Done {
                    on: Some(d(2023, 2, 18))
                }
            )
        );
        // with no milestones at all, 100% completes it too (vacuously all done).
        t.milestones.clear();
        assert_eq!(task_status(&p, &t, feb20()).light, Light::Completed);
    }

    #[test]
    fn a_task_entered_after_the_plan_began_owes_reports_from_that_day() {
        let mut p = plan();
        p.end = d(2023, 12, 31);
        p.grace_days = 15;
        // Entered on 10 May in a plan running since January, no start of
        // its own: May's report (due 15 June) is its first.
        let mut t = task("t");
        t.deadline = Some(p.end);
        t.added = Some(d(2023, 5, 10));
        assert_eq!(p.reports_owed_from(&t), d(2023, 5, 10));
        assert_eq!(
            task_status(&p, &t, d(2023, 5, 20)),
            Status::new(
                Light::Grey,
                Reason::NoReport {
                    first_due: d(2023, 6, 15)
                }
            )
        );
        assert_eq!(task_status(&p, &t, d(2023, 6, 15)).light, Light::Grey);
        // The day after, its report is missing; the schedule still runs from
        // the plan's start (166 of 364 days: 46% expected), so it is red.
        assert!(matches!(
            task_status(&p, &t, d(2023, 6, 16)).reason,
            Reason::ReportMissing { due, .. } if due == d(2023, 6, 15)
        ));
        // Without the day it was entered, January's report was due on 15
        // February: red at once.
        t.added = None;
        assert_eq!(task_status(&p, &t, d(2023, 5, 20)).light, Light::Red);
        // A start later than the day it was entered counts from the start.
        t.added = Some(d(2023, 5, 10));
        t.start = Some(d(2023, 8, 1));
        assert_eq!(p.reports_owed_from(&t), d(2023, 8, 1));
    }

    #[test]
    fn an_item_from_a_meeting_runs_from_the_meetings_date() {
        // Decided at a meeting on day 40 (02-10), due on day 80 (03-22), no
        // start of its own: on day 60 (03-02) half its time is gone, not
        // 60 of 80 days.
        let mut p = plan();
        let mut t = task("t");
        t.source_date = Some(d(2023, 2, 10));
        t.deadline = Some(d(2023, 3, 22));
        assert_eq!(p.task_start(&t), d(2023, 2, 10));
        assert_eq!(p.reports_owed_from(&t), d(2023, 2, 10));
        report(&mut p, "t", d(2023, 3, 1), 50.0);
        assert_eq!(
            task_status(&p, &t, d(2023, 3, 2)),
            Status::new(
                Light::Green,
                Reason::OnTrack {
                    progress: 50.0,
                    expected: 50.0
                }
            )
        );
        // Its own start wins; a source date before the plan, or after its
        // deadline, leaves the plan's start.
        t.start = Some(d(2023, 1, 21));
        assert_eq!(p.task_start(&t), d(2023, 1, 21));
        t.start = None;
        t.source_date = Some(d(2022, 12, 1));
        assert_eq!(p.task_start(&t), p.start);
        t.source_date = Some(d(2023, 3, 23));
        assert_eq!(p.task_start(&t), p.start);
    }

    #[test]
    fn a_milestone_past_due_and_not_done_turns_an_on_track_task_yellow() {
        let mut p = plan();
        let mut t = task("t");
        t.deadline = Some(d(2023, 12, 31));
        t.milestones = vec![
            milestone(d(2023, 3, 31), Some(d(2023, 3, 30))),
            milestone(d(2023, 6, 30), None),
            milestone(d(2023, 9, 30), None),
        ];
        report(&mut p, "t", d(2023, 6, 25), 50.0);
        // On its due day a milestone is not yet missed: green.
        assert_eq!(task_status(&p, &t, d(2023, 6, 30)).light, Light::Green);
        // The day after, yellow; the done one does not count.
        assert_eq!(
            task_status(&p, &t, d(2023, 7, 1)),
            Status::new(
                Light::Yellow,
                Reason::MilestoneMissed {
                    missed: 1,
                    days_over: 1,
                    progress: 50.0
                }
            )
        );
        // Two missed, counted from the earliest.
        report(&mut p, "t", d(2023, 10, 5), 80.0);
        assert_eq!(
            task_status(&p, &t, d(2023, 10, 10)).reason,
            Reason::MilestoneMissed {
                missed: 2,
                days_over: 102,
                progress: 80.0
            }
        );
        // Lagging beats it (red), and so does being behind (yellow, with the
        // figures of the lag).
        report(&mut p, "t", d(2023, 10, 6), 20.0);
        assert_eq!(task_status(&p, &t, d(2023, 10, 10)).light, Light::Red);
        report(&mut p, "t", d(2023, 10, 7), 65.0);
        assert!(matches!(
            task_status(&p, &t, d(2023, 10, 10)).reason,
            Reason::Behind { .. }
        ));
        // Both marked done: green again.
        report(&mut p, "t", d(2023, 10, 8), 80.0);
        t.milestones[1].done = Some(d(2023, 7, 3));
        t.milestones[2].done = Some(d(2023, 10, 2));
        assert_eq!(task_status(&p, &t, d(2023, 10, 10)).light, Light::Green);
    }

    #[test]
    fn full_progress_reported_completed_is_completed() {
        let mut p = plan();
        let mut t = task("t");
        t.deadline = Some(d(2023, 2, 10));
        t.milestones = vec![milestone(d(2023, 3, 15), None)];
        add_report(
            &mut p,
            Subject::Task(Id::new("t")),
            d(2023, 2, 8),
            100.0,
            ReportedStatus::Completed,
        );
        // completed wins over the deadline having passed (02-10 < 02-20).
        assert_eq!(
            task_status(&p, &t, feb20()),
            Status::new(
                Light::Completed,
                Reason::Done {
                    on: Some(d(2023, 2, 8))
                }
            )
        );
        // "completed" with progress below 100 does not complete it.
        add_report(
            &mut p,
            Subject::Task(Id::new("t")),
            d(2023, 2, 9),
            90.0,
            ReportedStatus::Completed,
        );
        assert_eq!(
            task_status(&p, &t, feb20()).reason,
            Reason::Overdue {
                days_over: 10,
                progress: 90.0
            }
        );
    }

    #[test]
    fn future_start_is_not_started() {
        let p = plan();
        let mut t = task("t");
        t.start = Some(d(2023, 3, 1));
        // 02-20 → 03-01: 8 days left in February + 1 = 9.
        assert_eq!(
            task_status(&p, &t, feb20()),
            Status::new(Light::Grey, Reason::NotStarted { starts_in_days: 9 })
        );
    }

    #[test]
    fn no_report_is_grey_until_the_first_report_is_due() {
        let p = plan();
        let t = task("t");
        // Monthly cadence, 15 grace days: the task starts 01-01, so its first
        // report is due by 01-31 + 15 = 02-15.
        let due = d(2023, 2, 15);
        // 01-11 is day 10: grey, first report due 02-15.
        assert_eq!(
            task_status(&p, &t, d(2023, 1, 11)),
            Status::new(Light::Grey, Reason::NoReport { first_due: due })
        );
        // 02-15 is day 45: 45% expected, lag 45 > 25, yet the report is not
        // late on its due day → still grey, not red.
        assert_eq!(
            task_status(&p, &t, due),
            Status::new(Light::Grey, Reason::NoReport { first_due: due })
        );
        // 02-16, one day after: day 46, lag 46 > 25 → red, report missing.
        assert_eq!(
            task_status(&p, &t, d(2023, 2, 16)),
            Status::new(
                Light::Red,
                Reason::ReportMissing {
                    due,
                    expected: 46.0
                }
            )
        );
    }

    #[test]
    fn a_missing_report_turns_red_only_when_the_lag_at_zero_is_serious() {
        let p = plan();
        let mut t = task("t");
        // 01-01 to 12-31: 364 days.
        t.deadline = Some(d(2023, 12, 31));
        let due = d(2023, 2, 15);
        // One day after the first report fell due: 02-16 is day 46,
        // 46 / 364 ≈ 12.6% expected, not > 25 → grey, report missing since 02-15.
        assert_eq!(
            task_status(&p, &t, d(2023, 2, 16)),
            Status::new(Light::Grey, Reason::FirstReportLate { due })
        );
        // 04-02 is day 31 + 28 + 31 + 1 = 91: 91 / 364 = 25% exactly → still grey.
        assert_eq!(
            task_status(&p, &t, d(2023, 4, 2)),
            Status::new(Light::Grey, Reason::FirstReportLate { due })
        );
        // 04-03 is day 92: 92 / 364 ≈ 25.27% > 25 → red, report missing.
        assert_eq!(
            task_status(&p, &t, d(2023, 4, 3)),
            Status::new(
                Light::Red,
                Reason::ReportMissing {
                    due,
                    expected: 92.0 / 364.0 * 100.0
                }
            )
        );
        // A report, even at 0%, ends "missing": 0 against 25.27 expected lags
        // by 25.27 > 25 → lagging badly instead.
        let mut p = plan();
        report(&mut p, "t", d(2023, 4, 3), 0.0);
        assert!(matches!(
            task_status(&p, &t, d(2023, 4, 3)).reason,
            Reason::LaggingBadly { .. }
        ));
    }

    #[test]
    fn first_report_due_follows_cadence_start_and_deadline() {
        let mut p = plan();
        p.cadence = Cadence::Quarterly;
        p.grace_days = 10;
        let mut t = task("t");
        t.deadline = Some(d(2023, 12, 31));
        // Quarterly, 10 grace days, starting in Q1: 03-31 + 10 = 04-10.
        t.start = Some(d(2023, 2, 1));
        assert_eq!(
            task_status(&p, &t, d(2023, 3, 20)),
            Status::new(
                Light::Grey,
                Reason::NoReport {
                    first_due: d(2023, 4, 10)
                }
            )
        );
        // A task ending before its first round: due by its deadline 03-01.
        t.deadline = Some(d(2023, 3, 1));
        assert_eq!(
            task_status(&p, &t, d(2023, 2, 20)).reason,
            Reason::NoReport {
                first_due: d(2023, 3, 1)
            }
        );
        // ... and overdue the day after, unreported or not.
        assert_eq!(
            task_status(&p, &t, d(2023, 3, 2)),
            Status::new(
                Light::Red,
                Reason::Overdue {
                    days_over: 1,
                    progress: 0.0
                }
            )
        );
    }

    #[test]
    fn a_withdrawn_only_report_leaves_the_task_unreported() {
        let mut p = plan();
        let t = task("t");
        report(&mut p, "t", d(2023, 1, 20), 30.0);
        p.updates[0].withdrawn = Some(Withdrawal {
            date: d(2023, 1, 21),
            by: "office".to_string(),
            reason: "wrong task".to_string(),
        });
        assert_eq!(
            task_status(&p, &t, d(2023, 1, 25)),
            Status::new(
                Light::Grey,
                Reason::NoReport {
                    first_due: d(2023, 2, 15)
                }
            )
        );
    }

    #[test]
    fn reported_status_claims_a_light() {
        use ReportedStatus::*;
        let claims: Vec<Light> = [NotStarted, OnTrack, AtRisk, Behind, Completed]
            .into_iter()
            .map(claimed_light)
            .collect();
        assert_eq!(
            claims,
            [
                Light::Grey,
                Light::Green,
                Light::Yellow,
                Light::Red,
                Light::Completed
            ]
        );
        assert_eq!(claim(Light::Red, Some(AtRisk)), Some(AtRisk));
        assert_eq!(claim(Light::Yellow, Some(AtRisk)), None);
        assert_eq!(claim(Light::Green, Some(Behind)), Some(Behind));
        assert_eq!(claim(Light::Red, None), None);
        // Grey (stale) passes no judgement on the unit's word.
        assert_eq!(claim(Light::Grey, Some(OnTrack)), None);
        assert_eq!(claim(Light::Completed, Some(OnTrack)), Some(OnTrack));
    }

    #[test]
    fn a_units_judgement_beside_the_computed_light() {
        let mut p = plan();
        let t = task("t");
        // The unit reports 25% "at risk" on 02-15; on 02-20 50% is expected:
        // lag 25, not > 25 → yellow behind, as the unit says.
        add_report(
            &mut p,
            Subject::Task(Id::new("t")),
            d(2023, 2, 15),
            25.0,
            ReportedStatus::AtRisk,
        );
        let s = task_status(&p, &t, feb20());
        assert_eq!(s.light, Light::Yellow);
        let reported = p
            .latest_report(&Subject::Task(Id::new("t")))
            .map(|u| u.status);
        assert_eq!(claim(s.light, reported), None);
        // On 02-21 (day 51) the lag is 26 > 25 → red; the unit's "at risk" is
        // shown beside it.
        let s = task_status(&p, &t, d(2023, 2, 21));
        assert_eq!(
            s,
            Status::new(
                Light::Red,
                Reason::LaggingBadly {
                    progress: 25.0,
                    expected: 51.0
                }
            )
        );
        assert_eq!(claim(s.light, reported), Some(ReportedStatus::AtRisk));
    }

    #[test]
    fn stale_report_is_grey() {
        let mut p = plan();
        p.grace_days = 0;
        let t = task("t");
        report(&mut p, "t", d(2023, 1, 10), 50.0);
        // 01-10 → 02-20: 41 days, but January's report is the latest due
        // (February's is due at its end): not stale; lag 50 − 50 = 0 → green.
        assert_eq!(task_status(&p, &t, feb20()).light, Light::Green);
        // On 03-01 February's report is due and missing: grey stale.
        let s = task_status(&p, &t, d(2023, 3, 1));
        assert_eq!(s.light, Light::Grey, "{s:?}");
        assert_eq!(s.reason, Reason::Stale { days_since: 50 });
        // With 15 grace days February's report is due on 03-15: on 03-15
        // the January report still stands, on 03-16 it is stale.
        p.grace_days = 15;
        assert_ne!(task_status(&p, &t, d(2023, 3, 15)).light, Light::Grey);
        assert_eq!(task_status(&p, &t, d(2023, 3, 16)).light, Light::Grey);
        // A report written on 02-08 within the grace days answers January
        // when its form said so: it stands until February's is due.
        let mut q = plan();
        q.grace_days = 15;
        report(&mut q, "t", d(2023, 2, 8), 50.0);
        q.updates[0].period = Some(crate::period::Period::Month(2023, 1));
        assert_eq!(task_status(&q, &t, d(2023, 3, 16)).light, Light::Grey);
        q.updates[0].period = Some(crate::period::Period::Month(2023, 2));
        assert_ne!(task_status(&q, &t, d(2023, 3, 16)).light, Light::Grey);
    }

    #[test]
    fn overdue_beats_stale() {
        let mut p = plan();
        let mut t = task("t");
        t.deadline = Some(d(2023, 2, 10));
        report(&mut p, "t", d(2023, 1, 1), 30.0);
        // 50 days since the report (stale), but 02-10 → 02-20 = 10 days over → red.
        assert_eq!(
            task_status(&p, &t, feb20()),
            Status::new(
                Light::Red,
                Reason::Overdue {
                    days_over: 10,
                    progress: 30.0
                }
            )
        );
    }

    #[test]
    fn lag_thresholds() {
        let t = task("t");
        let at = |progress: f64| {
            let mut p = plan();
            report(&mut p, "t", d(2023, 2, 15), progress);
            task_status(&p, &t, feb20())
        };
        // expected 50 on day 50 throughout.
        // lag 50 − 40 = 10, not > 10 → green.
        assert_eq!(
            at(40.0).reason,
            Reason::OnTrack {
                progress: 40.0,
                expected: 50.0
            }
        );
        // lag 50 − 39.5 = 10.5 > 10 → yellow behind.
        assert_eq!(
            at(39.5).reason,
            Reason::Behind {
                progress: 39.5,
                expected: 50.0
            }
        );
        // lag 50 − 25 = 25, not > 25 → still yellow behind.
        assert_eq!(
            at(25.0).reason,
            Reason::Behind {
                progress: 25.0,
                expected: 50.0
            }
        );
        // lag 50 − 24.5 = 25.5 > 25 → red lagging badly.
        assert_eq!(
            at(24.5).reason,
            Reason::LaggingBadly {
                progress: 24.5,
                expected: 50.0
            }
        );
        assert_eq!(at(24.5).light, Light::Red);
    }

    #[test]
    fn lagging_badly_beats_stale() {
        let mut p = plan();
        let t = task("t");
        report(&mut p, "t", d(2023, 1, 10), 20.0);
        // 41 days since (stale) but lag 50 − 20 = 30 > 25 → red.
        assert_eq!(task_status(&p, &t, feb20()).light, Light::Red);
    }

    #[test]
    fn withdrawn_latest_report_is_ignored() {
        let mut p = plan();
        let t = task("t");
        report(&mut p, "t", d(2023, 2, 1), 45.0);
        report(&mut p, "t", d(2023, 2, 15), 10.0);
        p.updates[1].withdrawn = Some(Withdrawal {
            date: d(2023, 2, 16),
            by: "office".to_string(),
            reason: "wrong figure".to_string(),
        });
        // the 02-01 report stands: lag 50 − 45 = 5 → green (the withdrawn 10 would be red).
        assert_eq!(
            task_status(&p, &t, feb20()),
            Status::new(
                Light::Green,
                Reason::OnTrack {
                    progress: 45.0,
                    expected: 50.0
                }
            )
        );
    }

    #[test]
    fn rollup_plain_mean_when_weights_are_zero() {
        let mut p = plan();
        let (mut a, mut b) = (task("a"), task("b"));
        a.weight = 0.0;
        b.weight = 0.0;
        report(&mut p, "a", d(2023, 2, 15), 30.0);
        report(&mut p, "b", d(2023, 2, 15), 60.0);
        let r = rollup(&p, [&a, &b], feb20());
        // (30 + 60) / 2 = 45.
        assert_eq!(r.tasks, 2);
        assert!(close(r.progress.unwrap(), 45.0));
        // a: lag 20 → yellow; b: lag −10 → green.
        assert_eq!(
            r.counts,
            LightCounts {
                yellow: 1,
                green: 1,
                ..LightCounts::default()
            }
        );
    }

    #[test]
    fn rollup_weighted_by_task_weight() {
        let mut p = plan();
        let (a, mut b) = (task("a"), task("b"));
        b.weight = 3.0;
        report(&mut p, "a", d(2023, 2, 15), 20.0);
        report(&mut p, "b", d(2023, 2, 15), 60.0);
        // (20 × 1 + 60 × 3) / (1 + 3) = 200 / 4 = 50.
        let r = rollup(&p, [&a, &b], feb20());
        assert!(close(r.progress.unwrap(), 50.0));
        // a: lag 30 → red; b: green.
        assert_eq!(
            r.counts,
            LightCounts {
                red: 1,
                green: 1,
                ..LightCounts::default()
            }
        );
    }

    #[test]
    fn empty_rollup() {
        let p = plan();
        let r = rollup(&p, [], feb20());
        assert_eq!(
            r,
            Rollup {
                tasks: 0,
                progress: None,
                counts: LightCounts::default()
            }
        );
        assert_eq!(whole_plan(&p, feb20()), r);
    }

    /// Areas a1 (goal g1), a2 (no goal); units u1, u2, u3; four tasks on 02-20:
    /// - t1 a1 lead u1 co [u2], 45% → green
    /// - t2 a1 lead u2, key, 30% → yellow (lag 20)
    /// - t3 a2 lead u1 co [u2], 0% no report → red (lag 50)
    /// - t4 a2 lead u1, key, 100% completed → completed
    fn grouped_plan() -> (Plan, Date) {
        let mut p = plan();
        p.goals = vec![Goal {
            id: Id::new("g1"),
            title: "G".into(),
            description: String::new(),
        }];
        p.areas = vec![
            KeyArea {
                id: Id::new("a1"),
                title: "A1".into(),
                description: String::new(),
                goal: Some(Id::new("g1")),
            },
            KeyArea {
                id: Id::new("a2"),
                title: "A2".into(),
                description: String::new(),
                goal: None,
            },
        ];
        p.units = ["u1", "u2", "u3"]
            .iter()
            .map(|u| Unit {
                id: Id::new(*u),
                name: u.to_string(),
                kind: UnitKind::Department,
                parent: None,
            })
            .collect();
        let mut t1 = task("t1");
        t1.co_units = vec![Id::new("u2")];
        let mut t2 = task("t2");
        t2.lead = Id::new("u2");
        t2.tier = Tier::Key;
        let mut t3 = task("t3");
        t3.area = Id::new("a2");
        t3.co_units = vec![Id::new("u2")];
        let mut t4 = task("t4");
        t4.area = Id::new("a2");
        t4.tier = Tier::Key;
        p.tasks = vec![t1, t2, t3, t4];
        report(&mut p, "t1", d(2023, 2, 15), 45.0);
        report(&mut p, "t2", d(2023, 2, 15), 30.0);
        add_report(
            &mut p,
            Subject::Task(Id::new("t4")),
            d(2023, 2, 15),
            100.0,
            ReportedStatus::Completed,
        );
        (p, feb20())
    }

    #[test]
    fn by_area_and_goal() {
        let (p, today) = grouped_plan();
        let areas = by_area(&p, today);
        assert_eq!(
            areas.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
            ["a1", "a2"]
        );
        // a1: t1 45, t2 30 → (45 + 30) / 2 = 37.5; green 1, yellow 1.
        assert_eq!(areas[0].1.tasks, 2);
        assert!(close(areas[0].1.progress.unwrap(), 37.5));
        assert_eq!(
            areas[0].1.counts,
            LightCounts {
                green: 1,
                yellow: 1,
                ..LightCounts::default()
            }
        );
        // a2: t3 0, t4 100 → 50; red 1, completed 1.
        assert!(close(areas[1].1.progress.unwrap(), 50.0));
        assert_eq!(
            areas[1].1.counts,
            LightCounts {
                red: 1,
                completed: 1,
                ..LightCounts::default()
            }
        );
        // g1 covers a1 only.
        let goals = by_goal(&p, today);
        assert_eq!(goals.len(), 1);
        assert_eq!(goals[0].1, areas[0].1);
        // whole plan: (45 + 30 + 0 + 100) / 4 = 43.75.
        let all = whole_plan(&p, today);
        assert_eq!(all.tasks, 4);
        assert!(close(all.progress.unwrap(), 43.75));
        assert_eq!(
            all.counts,
            LightCounts {
                completed: 1,
                green: 1,
                yellow: 1,
                red: 1,
                grey: 0
            }
        );
    }

    #[test]
    fn by_unit_and_tier() {
        let (p, today) = grouped_plan();
        let lead = by_unit_lead(&p, today);
        assert_eq!(
            lead.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
            ["u1", "u2", "u3"]
        );
        // u1 leads t1 (green), t3 (red), t4 (completed): (45 + 0 + 100) / 3 ≈ 48.33.
        assert_eq!(lead[0].1.tasks, 3);
        assert!(close(lead[0].1.progress.unwrap(), 145.0 / 3.0));
        assert_eq!(
            lead[0].1.counts,
            LightCounts {
                green: 1,
                red: 1,
                completed: 1,
                ..LightCounts::default()
            }
        );
        // u2 leads t2 (yellow).
        assert_eq!(
            lead[1].1.counts,
            LightCounts {
                yellow: 1,
                ..LightCounts::default()
            }
        );
        // u3 leads nothing.
        assert_eq!(lead[2].1, Rollup::default());
        // u2 co-operates on t1 (green) and t3 (red): (45 + 0) / 2 = 22.5.
        let co = by_unit_co(&p, today);
        assert_eq!(co[1].1.tasks, 2);
        assert!(close(co[1].1.progress.unwrap(), 22.5));
        assert_eq!(
            co[1].1.counts,
            LightCounts {
                green: 1,
                red: 1,
                ..LightCounts::default()
            }
        );
        assert_eq!(co[0].1.tasks, 0);
        // tiers: regular t1, t3 → (45 + 0) / 2; key t2, t4 → (30 + 100) / 2 = 65; none breakthrough.
        let tiers = by_tier(&p, today);
        assert_eq!(
            tiers.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
            [Tier::Regular, Tier::Key, Tier::KeyBreakthrough]
        );
        assert!(close(tiers[0].1.progress.unwrap(), 22.5));
        assert!(close(tiers[1].1.progress.unwrap(), 65.0));
        assert_eq!(tiers[2].1.progress, None);
    }

    #[test]
    fn milestone_lights() {
        let today = feb20();
        let done = milestone(d(2023, 2, 1), Some(d(2023, 2, 3)));
        assert_eq!(
            milestone_status(&done, false, today, 15),
            Status::new(
                Light::Completed,
                Reason::Done {
                    on: Some(d(2023, 2, 3))
                }
            )
        );
        // due 02-19, today 02-20 → 1 day over.
        let missed = milestone(d(2023, 2, 19), None);
        assert_eq!(
            milestone_status(&missed, false, today, 15),
            Status::new(Light::Red, Reason::MilestoneOverdue { days_over: 1 })
        );
        // Its task completed: nothing is held against it.
        assert_eq!(
            milestone_status(&missed, true, today, 15),
            Status::new(Light::Completed, Reason::Done { on: None })
        );
        // due today → 0 days left.
        assert_eq!(
            milestone_status(&milestone(today, None), false, today, 15).reason,
            Reason::MilestoneDue { days_left: 0 }
        );
        // due 03-07: 8 + 7 = 15 days left → still due soon.
        assert_eq!(
            milestone_status(&milestone(d(2023, 3, 7), None), false, today, 15).light,
            Light::Yellow
        );
        // due 03-08: 16 days left → green.
        assert_eq!(
            milestone_status(&milestone(d(2023, 3, 8), None), false, today, 15),
            Status::new(Light::Green, Reason::Upcoming { days_left: 16 })
        );
    }

    fn project(target: f64, done: f64) -> Project {
        Project {
            id: Id::new("pr"),
            name: "P".into(),
            area: None,
            lead: Id::new("u1"),
            total_investment: 10_000.0,
            year_target: target,
            completed_investment: done,
            phase: Phase::UnderConstruction,
            planned_start: None,
            planned_end: None,
            actual_start: None,
            actual_end: None,
            batch: String::new(),
        }
    }

    #[test]
    fn project_lights() {
        let p = plan();
        // 2023-05-27: days since 01-01 = 31 + 28 + 31 + 30 + 26 = 146; 146 / 365 = 40%.
        let today = d(2023, 5, 27);
        assert!(close(year_elapsed(today), 40.0));
        // 350 / 1000 = 35%, lag 5 → green.
        let s = project_status(&p, &project(1000.0, 350.0), today);
        assert_eq!(s.light, Light::Green);
        // 250 / 1000 = 25%, lag 15 > 10 → yellow.
        let s = project_status(&p, &project(1000.0, 250.0), today);
        assert_eq!(s.light, Light::Yellow);
        assert!(matches!(s.reason, Reason::Behind { .. }));
        // 100 / 1000 = 10%, lag 30 > 25 → red.
        let s = project_status(&p, &project(1000.0, 100.0), today);
        assert_eq!(s.light, Light::Red);
        assert!(matches!(s.reason, Reason::LaggingBadly { .. }));
        // year target 0 → green, nothing expected.
        assert_eq!(
            project_status(&p, &project(0.0, 0.0), today),
            Status::new(
                Light::Green,
                Reason::OnTrack {
                    progress: 0.0,
                    expected: 0.0
                }
            )
        );
        // planned end 05-20 passed: 7 days over, even with a zero target.
        let mut late = project(0.0, 0.0);
        late.planned_end = Some(d(2023, 5, 20));
        assert_eq!(
            project_status(&p, &late, today),
            Status::new(
                Light::Red,
                Reason::Overdue {
                    days_over: 7,
                    progress: 0.0
                }
            )
        );
        // completed phase wins over a passed end date.
        late.phase = Phase::InOperation;
        late.actual_end = Some(d(2023, 5, 1));
        assert_eq!(
            project_status(&p, &late, today),
            Status::new(
                Light::Completed,
                Reason::Done {
                    on: Some(d(2023, 5, 1))
                }
            )
        );
    }

    #[test]
    fn a_project_planned_to_start_later_this_year_is_not_yet_expected_to_invest() {
        let p = plan();
        // Planned to start on 2023-07-15, nothing invested, on 2023-06-20:
        // nothing is expected before its start (not 47% of the year).
        let mut q = project(1000.0, 0.0);
        q.phase = Phase::Planned;
        q.planned_start = Some(d(2023, 7, 15));
        assert_eq!(
            project_status(&p, &q, d(2023, 6, 20)),
            Status::new(
                Light::Green,
                Reason::OnTrack {
                    progress: 0.0,
                    expected: 0.0
                }
            )
        );
        // From its start, the days from 07-15 to 12-31 (169): on 09-02, 49
        // of them, 29% expected; 25% invested is on track (4 points behind).
        q.phase = Phase::UnderConstruction;
        q.completed_investment = 250.0;
        match project_status(&p, &q, d(2023, 9, 2)).reason {
            Reason::OnTrack { expected, .. } => assert!(close(expected, 49.0 / 169.0 * 100.0)),
            other => panic!("unexpected {other:?}"),
        }
        // Started on 1 January or in an earlier year: the year elapsed.
        q.planned_start = Some(d(2022, 10, 1));
        match project_status(&p, &q, d(2023, 5, 27)).reason {
            Reason::OnTrack { expected, .. } | Reason::Behind { expected, .. } => {
                assert!(close(expected, 40.0))
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_project_planned_to_end_this_year_owes_the_years_investment_by_its_end() {
        let p = plan();
        // Planned to end on 2023-10-15 (287 days after 01-01): on 10-10,
        // 282 of them gone, 98.3% expected, not the year's 77%; 75% is 23
        // points behind: yellow, five days before its end.
        let mut q = project(1000.0, 750.0);
        q.planned_end = Some(d(2023, 10, 15));
        match project_status(&p, &q, d(2023, 10, 10)).reason {
            Reason::Behind { expected, .. } => assert!(close(expected, 282.0 / 287.0 * 100.0)),
            other => panic!("unexpected {other:?}"),
        }
        // Planned from 03-01 to 10-15 (228 days): on 07-02, 123 of them.
        q.planned_start = Some(d(2023, 3, 1));
        q.completed_investment = 540.0;
        match project_status(&p, &q, d(2023, 7, 2)).reason {
            Reason::OnTrack { expected, .. } => assert!(close(expected, 123.0 / 228.0 * 100.0)),
            other => panic!("unexpected {other:?}"),
        }
        // Planned to end in a later year: this year's share of the year.
        q.planned_start = None;
        q.planned_end = Some(d(2024, 6, 30));
        match project_status(&p, &q, d(2023, 5, 27)).reason {
            Reason::OnTrack { expected, .. } => assert!(close(expected, 40.0)),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_project_not_started_after_its_planned_start_is_red() {
        let p = plan();
        let today = d(2023, 5, 27);
        // No year target: nothing else would make it anything but green.
        let mut q = project(0.0, 0.0);
        q.phase = Phase::Preparing;
        q.planned_start = Some(d(2023, 5, 27));
        // On the planned day it is not late.
        assert_eq!(project_status(&p, &q, today).light, Light::Green);
        q.planned_start = Some(d(2023, 3, 1));
        assert_eq!(
            project_status(&p, &q, today),
            Status::new(Light::Red, Reason::StartLate { days_late: 87 })
        );
        q.phase = Phase::Planned;
        assert_eq!(project_status(&p, &q, today).light, Light::Red);
        // Started: an actual start date, or the construction phase.
        q.actual_start = Some(d(2023, 4, 2));
        assert_eq!(project_status(&p, &q, today).light, Light::Green);
        q.actual_start = None;
        q.phase = Phase::UnderConstruction;
        assert_eq!(project_status(&p, &q, today).light, Light::Green);
        // A passed planned end still says overdue first.
        q.phase = Phase::Planned;
        q.planned_end = Some(d(2023, 5, 1));
        assert!(matches!(
            project_status(&p, &q, today).reason,
            Reason::Overdue { days_over: 26, .. }
        ));
    }

    #[test]
    fn project_stale_report() {
        let mut p = plan();
        p.grace_days = 0;
        let today = d(2023, 6, 5);
        add_report(
            &mut p,
            Subject::Project(Id::new("pr")),
            d(2023, 4, 1),
            30.0,
            ReportedStatus::OnTrack,
        );
        // The April report; May's is due and missing on 06-05 (65 days
        // after it) → grey (target 0 still greys).
        assert_eq!(
            project_status(&p, &project(0.0, 0.0), today),
            Status::new(Light::Grey, Reason::Stale { days_since: 65 })
        );
        // lag 32 (10% of 42%) → red beats grey.
        assert_eq!(
            project_status(&p, &project(1000.0, 100.0), today).light,
            Light::Red
        );
        // lag 17 → grey beats yellow.
        assert_eq!(
            project_status(&p, &project(1000.0, 250.0), today).light,
            Light::Grey
        );
        // a May report (05-20) → no longer stale.
        add_report(
            &mut p,
            Subject::Project(Id::new("pr")),
            d(2023, 5, 20),
            35.0,
            ReportedStatus::OnTrack,
        );
        assert_eq!(
            project_status(&p, &project(1000.0, 350.0), today).light,
            Light::Green
        );
    }

    #[test]
    fn sample_plan_shows_every_light() {
        let p = crate::sample::sample_plan(crate::i18n::Lang::En);
        let today = d(2023, 9, 30);
        let counts = whole_plan(&p, today).counts;
        let missing: Vec<Light> = Light::ALL
            .into_iter()
            .filter(|l| counts.get(*l) == 0)
            .collect();
        assert!(
            missing.is_empty(),
            "sample plan on 2023-09-30 lacks {missing:?}: {counts:?}"
        );
    }
}

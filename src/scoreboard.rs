//! The unit scoreboard (考核排名): for every unit, what it leads and
//! co-operates on, how its led tasks stand, and a score by the plan's
//! [`Evaluation`] weights, ranked. A pure function of the plan and a
//! [`TaskIndex`] (which fixes `today`); the circulated report (通报) is made
//! from these figures, so every rule is spelled out here.
//!
//! # Which tasks count
//!
//! Only the tasks a unit **leads** (牵头) are scored: the lead unit answers
//! for a task. The tasks it co-operates on (配合) are counted and shown, but
//! do not enter any figure below. A task names its lead once, so every task
//! is scored for exactly one unit. Every task counts once: task weights are
//! not used here.
//!
//! # Figures, per unit, as of `today`
//!
//! Lights, progress and the latest standing report are those of the
//! [`TaskIndex`] (see [`crate::status`]). A task's *start* is
//! [`Plan::task_start`]; its *deadline* its own, else the plan's end.
//!
//! - **Led**: tasks whose lead is the unit. **Co-operated**: tasks that list
//!   the unit among their co-operating units.
//! - **Completed**: led tasks whose light is completed.
//! - **On time**: completed led tasks whose completing report (the report
//!   that completed them) is dated on or before the deadline.
//! - **Overdue**: led tasks past their deadline and not completed (the red
//!   "overdue" light; the same tasks as the task table's overdue filter).
//! - **Average progress**: the plain mean of the led tasks' progress; none
//!   for a unit that leads no task.
//! - **The period due**: the latest reporting period (报告期) of the plan's
//!   cadence whose report is overdue today: its last day plus the plan's
//!   grace days is before today ([`crate::period::latest_due_period`]; with
//!   monthly reporting and 15 grace days, on 30 September that is August).
//! - **Owing a report**: led tasks that had started by the last day of the
//!   period due, and been entered in the plan by then
//!   ([`crate::model::Plan::reports_owed_from`] ≤ its end), and were not
//!   completed by its report's deadline (its end plus the grace days):
//!   their report for it is due. A task that started later does not owe
//!   one yet; one completed after the deadline still owed it.
//! - **Late** (reports late): tasks owing a report with no standing report
//!   that answers the period due or a later one (its reporting period,
//!   [`Plan::report_period`], ends on or after the period due's end) and is
//!   dated by the period due's deadline: its last day plus the grace days.
//!   Reports count by the period they answer, not the day they were typed:
//!   August's report written on 5 September counts; written on 20 September,
//!   after 15 days of grace, it is late (as the period report leaves it out
//!   of August's figures).
//! - **Periods owed** (the year's record): for each led task, every
//!   reporting period of the cadence from the one holding
//!   [`crate::model::Plan::reports_owed_from`] to the period due, each
//!   owing one report; a completed task owes none for a period whose
//!   deadline (its end plus the grace days) it was completed by (the
//!   completing report or the close-out: the completion tells how it
//!   stands). **Periods in time**: those with a standing report that
//!   answers that period or a later one and is dated by that period's
//!   deadline (the rule for *late* above, period by period). A unit silent
//!   for ten months that reports once in time has 1 of 11 in time, not all.
//!
//! # Components, each 0–100 or not applicable
//!
//! A component with nothing to measure yet is *not applicable* (`None`),
//! never full marks: a unit is never given points for what has not
//! happened.
//!
//! - **On-time completion** = on time / (completed + overdue) × 100; not
//!   applicable while nothing is completed or overdue. A task completed late
//!   counts against the unit like an overdue one. Completed on time: done
//!   by its deadline, or reported done in the report of a reporting period
//!   that ended by the deadline (written within the grace days after it).
//! - **Progress against schedule** = the mean, over the led tasks that are
//!   completed or have progress expected by today
//!   ([`crate::status::expected_progress`] above 0) and owe a report (not
//!   grey for a first report not yet due, nor not started), of each task's mark:
//!   100 for a completed task, else min(100, progress / expected × 100).
//!   Not applicable while no led task counts (nothing is expected yet).
//! - **Reporting discipline** = periods in time / periods owed × 100, over
//!   the led tasks' year's record; not applicable while no period is owed.
//! - **Replies to notices** = replies on time / (on time + late + missing)
//!   × 100, over the supervision notices sent to the unit by today
//!   ([`crate::supervision::counts`]: a reply after its due date is late, no
//!   reply past it is missing; a notice not yet due and unanswered does not
//!   count yet); not applicable while none counts. Its weight is 0 unless
//!   the plan sets one, and a component weighing 0 does not enter the score,
//!   so plans without it score exactly as before.
//!
//! # Score and rank
//!
//! Score = the weighted mean of the components that apply, with the plan's
//! weights renormalised over them: Σ wᵢ × cᵢ / Σ wᵢ, both sums over the
//! applicable components only (with weights 40 / 40 / 20 and on-time
//! completion not applicable, progress counts 40 / 60 and reporting
//! 20 / 60). Rounded half up to one decimal (kept as whole tenths,
//! [`UnitScore::score_tenths`], so equal scores compare equal). A unit
//! whose applicable components all weigh 0, or that has none, has no score
//! yet ([`Unscored`]).
//!
//! Units are ranked by score, highest first; equal scores share a rank and
//! the next rank skips (1, 2, 2, 4); within a rank units keep plan order.
//! Units without a score have no rank and are listed after the ranked
//! units, in plan order. A unit with no task at all, led or co-operated, is
//! not a row but named in [`Scoreboard::without_tasks`].

use crate::model::{Evaluation, Id, Plan};
use crate::period::{latest_due_period, Period};
use crate::query::TaskIndex;
use crate::status::{expected_progress, Light, Reason};

mod html;
pub use html::{one_decimal, rows_html};

/// The four components of a unit's score, each 0–100, or `None` when
/// there is nothing to measure yet (not applicable).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Components {
    /// On-time completion.
    pub on_time: Option<f64>,
    /// Progress against the schedule.
    pub progress: Option<f64>,
    /// Reporting discipline.
    pub reporting: Option<f64>,
    /// Replies to supervision notices on time.
    pub notices: Option<f64>,
}

impl Components {
    /// The weighted mean of the applicable components, the weights
    /// renormalised over them, unrounded; `None` when no applicable
    /// component weighs more than zero.
    pub fn weighted(&self, weights: &Evaluation) -> Option<f64> {
        let parts = [
            (weights.on_time_weight, self.on_time),
            (weights.progress_weight, self.progress),
            (weights.reporting_weight, self.reporting),
            (weights.notices_weight, self.notices),
        ];
        // Only weights above zero count: a mark weighted 0 does not score.
        let marks: Vec<(f64, f64)> = parts
            .into_iter()
            .filter_map(|(w, mark)| mark.filter(|_| w > 0.0).map(|m| (m, w)))
            .collect();
        crate::model::weighted_mean(marks)
    }

    /// The share of the score each component carries after renormalising,
    /// in percent, in the order on time, progress, reporting, notices;
    /// `None` for a component that does not apply. All `None` when nothing
    /// weighs.
    pub fn shares(&self, weights: &Evaluation) -> [Option<f64>; 4] {
        let parts = [
            (weights.on_time_weight, self.on_time.is_some()),
            (weights.progress_weight, self.progress.is_some()),
            (weights.reporting_weight, self.reporting.is_some()),
            (weights.notices_weight, self.notices.is_some()),
        ];
        // Divided by the largest first, so that any finite weights add up.
        let largest = parts.iter().map(|&(w, _)| w).fold(0.0, f64::max);
        let scaled = parts.map(|(w, on)| (if largest > 0.0 { w / largest } else { 0.0 }, on));
        let total: f64 = scaled.iter().filter(|(_, on)| *on).map(|(w, _)| w).sum();
        scaled.map(|(w, on)| (on && total > 0.0).then(|| w / total * 100.0))
    }
}

/// Why a unit listed on the scoreboard has no score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unscored {
    /// It leads no task (it only co-operates).
    LeadsNoTask,
    /// No component applies yet: nothing completed or overdue, no progress
    /// expected, no report due.
    NothingToMeasure,
    /// Only replies to notices can be marked, and the plan weighs them 0
    /// (its default).
    OnlyNotices,
    /// The components that apply all weigh 0 in the plan's weights.
    OnlyZeroWeights,
}

/// One unit's line on the scoreboard.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitScore {
    pub unit: Id,
    /// Tasks it leads.
    pub led: usize,
    /// Tasks it co-operates on.
    pub co_operated: usize,
    /// Led tasks completed.
    pub completed: usize,
    /// Led tasks completed on or before their deadline.
    pub on_time: usize,
    /// Led tasks past their deadline and not completed.
    pub overdue: usize,
    /// Mean progress of its led tasks, in percent; `None` when it leads none.
    pub average_progress: Option<f64>,
    /// Led tasks whose report for the period due is due (not completed by
    /// its end).
    pub owing_report: usize,
    /// Of those, the ones with no standing report for that period or a later one.
    pub late: usize,
    /// Reports its led tasks owed, period by period, up to the period due.
    pub periods_owed: usize,
    /// Of those, the ones that came by their period's deadline.
    pub periods_in_time: usize,
    /// Supervision notices sent to it, and how their replies stand.
    pub notices: crate::supervision::counts::NoticeCounts,
    /// The mean days it took to sign for the items it leads; `None` while
    /// it signed for none ([`crate::supervision::counts`]).
    pub days_to_sign: Option<f64>,
    /// Returns of the items it leads.
    pub returned: usize,
    /// The components; `None` when it leads no task.
    pub components: Option<Components>,
    /// The score in tenths of a point (875 is 87.5); `None` without a score.
    pub score_tenths: Option<u32>,
    /// Why there is no score; `None` when there is one.
    pub unscored: Option<Unscored>,
    /// 1 for the best; shared by equal scores; `None` without a score.
    pub rank: Option<usize>,
}

impl UnitScore {
    /// The score as a number with one decimal.
    pub fn score(&self) -> Option<f64> {
        self.score_tenths.map(|t| f64::from(t) / 10.0)
    }
}

/// Every unit with a task, ranked, and the units with none.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoreboard {
    /// The latest reporting period whose report is overdue today.
    pub due_period: Period,
    /// Ranked units first (best first, plan order within a rank), then the
    /// units that only co-operate, in plan order.
    pub rows: Vec<UnitScore>,
    /// Units that neither lead nor co-operate on any task, in plan order.
    pub without_tasks: Vec<Id>,
    /// The tasks whose report for the period due is late (each counted in
    /// its lead unit's `late`), by place in the plan's tasks, in plan order.
    pub late_tasks: Vec<usize>,
    /// Whether the plan runs the supervision loop (records a step or a
    /// notice, or weighs replies): then the table shows its columns.
    pub supervision: bool,
}

/// Round a 0–100 score half up to whole tenths. The small nudge keeps a
/// figure such as 87.25, computed as 87.249999…, from rounding down.
fn to_tenths(score: f64) -> u32 {
    (score * 10.0 + 1e-6).round().clamp(0.0, 1000.0) as u32
}

/// The running counts of one unit while the tasks are read.
#[derive(Default)]
struct Tally {
    led: usize,
    co_operated: usize,
    completed: usize,
    on_time: usize,
    overdue: usize,
    progress_sum: f64,
    owing_report: usize,
    late: usize,
    periods_owed: usize,
    periods_in_time: usize,
    marks_sum: f64,
    marked: usize,
}

/// The scoreboard of `plan` as of `index.today`; `index` must be built from
/// `plan`. See the module documentation for every rule.
pub fn scoreboard(plan: &Plan, index: &TaskIndex) -> Scoreboard {
    let today = index.today;
    let due = latest_due_period(plan.cadence, plan.grace_days, today);
    // A task's report for the period due came in time: a standing report
    // that answers that period or a later one, dated by the period's
    // deadline (its end plus the grace days; before today, as the period is
    // due). One sent after the deadline is late, as in the period report.
    let grace = chrono::Duration::days(i64::from(plan.grace_days));
    let deadline = due.end() + grace;
    let reported_in_time = |task: usize| {
        index
            .reports
            .of_task(task)
            .iter()
            .any(|r| r.date <= deadline && r.date <= today && r.answers_end >= due.end())
    };
    let mut tallies: Vec<Tally> = plan.units.iter().map(|_| Tally::default()).collect();
    let mut late_tasks = Vec::new();
    // The loop's counts per unit; none to read in a plan without steps or
    // notices (most plans, province-sized ones included).
    let loops = if plan.steps.is_empty() && plan.notices.is_empty() {
        Vec::new()
    } else {
        use crate::supervision::counts::{task_loops, unit_loops};
        unit_loops(plan, &task_loops(plan, today), today)
    };

    for row in &index.rows {
        let Some(task) = plan.tasks.get(row.index) else {
            continue;
        };
        // The index says where each unit stands in plan order (a unit the
        // plan does not hold stands nowhere).
        for &co in &row.co_pos {
            if let Some(tally) = tallies.get_mut(co) {
                tally.co_operated += 1;
            }
        }
        let Some(tally) = tallies.get_mut(row.lead_pos) else {
            continue;
        };
        tally.led += 1;
        tally.progress_sum += row.progress;
        let start = plan.task_start(task);
        let completed = row.status.light == Light::Completed;
        let done_on = match row.status.reason {
            Reason::Done { on } if completed => Some(on.unwrap_or(today)),
            _ => None,
        };
        let (owed, in_time) = period_record(
            index.reports.of_task(row.index),
            Period::containing(due.kind(), plan.reports_owed_from(task)),
            due.end(),
            done_on,
            grace,
        );
        tally.periods_owed += owed;
        tally.periods_in_time += in_time;
        if completed {
            tally.completed += 1;
            // On time: done by the deadline, or reported done in the report
            // of a period that ended by the deadline (the March report that
            // says done, written on 8 April within the grace days, for a
            // task due on 31 March): it tells how things stood at its end.
            // The completing report is the first saying done that gives the
            // day the status gives; closed out by the office, the task's
            // last report.
            let on_time = match row.status.reason {
                Reason::Done { on: Some(on) } => {
                    on <= row.deadline
                        || index
                            .reports
                            .completing(plan, row.index, on)
                            .or(index.reports.of_task(row.index).last())
                            .is_some_and(|r| r.answers_end <= row.deadline)
                }
                _ => false,
            };
            if on_time {
                tally.on_time += 1;
            }
            tally.marks_sum += 100.0;
            tally.marked += 1;
        } else {
            if matches!(row.status.reason, Reason::Overdue { .. }) {
                tally.overdue += 1;
            }
            // A task with no deadline of its own has no schedule to meet.
            let expected = match task.deadline {
                Some(_) => expected_progress(start, row.deadline, today),
                None => 0.0,
            };
            // A task not reported whose first report is not due yet (or
            // that has not started) is not marked: nothing is held against
            // its unit before it owes a word.
            let owes = !matches!(
                row.status.reason,
                Reason::NoReport { .. } | Reason::NotStarted { .. }
            );
            if expected > 0.0 && owes {
                tally.marks_sum += (row.progress / expected * 100.0).min(100.0);
                tally.marked += 1;
            }
        }
        // The period due's report is owed by the rule of the year's record:
        // a task completed after that report's deadline still owed it.
        let owes_due =
            plan.reports_owed_from(task) <= due.end() && done_on.is_none_or(|d| deadline < d);
        if owes_due {
            tally.owing_report += 1;
            if !reported_in_time(row.index) {
                tally.late += 1;
                late_tasks.push(row.index);
            }
        }
    }

    let mut rows = Vec::new();
    let mut without_tasks = Vec::new();
    for (i, (unit, t)) in plan.units.iter().zip(tallies).enumerate() {
        let l = loops.get(i);
        let n = l.map(|l| l.notices).unwrap_or_default();
        if t.led == 0 && t.co_operated == 0 {
            without_tasks.push(unit.id.clone());
            continue;
        }
        let components = (t.led > 0).then(|| Components {
            on_time: share(t.on_time, t.completed + t.overdue),
            progress: (t.marked > 0).then(|| t.marks_sum / t.marked as f64),
            reporting: share(t.periods_in_time, t.periods_owed),
            notices: share(n.on_time, n.on_time + n.late + n.missing),
        });
        let score_tenths = components
            .and_then(|c| c.weighted(&plan.evaluation))
            .map(to_tenths);
        let unscored = match components {
            None => Some(Unscored::LeadsNoTask),
            Some(_) if score_tenths.is_some() => None,
            Some(c)
                if c.on_time.is_none()
                    && c.progress.is_none()
                    && c.reporting.is_none()
                    && c.notices.is_none() =>
            {
                Some(Unscored::NothingToMeasure)
            }
            Some(c) if c.on_time.is_none() && c.progress.is_none() && c.reporting.is_none() => {
                Some(Unscored::OnlyNotices)
            }
            Some(_) => Some(Unscored::OnlyZeroWeights),
        };
        rows.push(UnitScore {
            unit: unit.id.clone(),
            led: t.led,
            co_operated: t.co_operated,
            completed: t.completed,
            on_time: t.on_time,
            overdue: t.overdue,
            average_progress: (t.led > 0).then(|| t.progress_sum / t.led as f64),
            owing_report: t.owing_report,
            late: t.late,
            periods_owed: t.periods_owed,
            periods_in_time: t.periods_in_time,
            notices: n,
            days_to_sign: l.and_then(|l| l.mean_days_to_sign()),
            returned: l.map_or(0, |l| l.returned),
            components,
            score_tenths,
            unscored,
            rank: None,
        });
    }
    // Best first; a stable sort keeps plan order among equals and puts the
    // unscored last.
    crate::order::sort_by_key(&mut rows, |r| {
        std::cmp::Reverse(r.score_tenths.map(|s| s + 1).unwrap_or(0))
    });
    let mut previous: Option<(u32, usize)> = None;
    for (place, row) in rows.iter_mut().enumerate() {
        let Some(score) = row.score_tenths else {
            break;
        };
        let rank = match previous {
            Some((s, r)) if s == score => r,
            _ => place + 1,
        };
        row.rank = Some(rank);
        previous = Some((score, rank));
    }
    // In plan order, as the index's rows are.
    Scoreboard {
        due_period: due,
        rows,
        without_tasks,
        late_tasks,
        supervision: !plan.steps.is_empty()
            || !plan.notices.is_empty()
            || plan.evaluation.notices_weight > 0.0,
    }
}

/// A task's year's record of reports: from `period` to the one ending on
/// `due_end`, and only periods whose deadline passed before `done_on` (the
/// day it was completed) when it was, how many reports it owed and how many came by
/// their period's deadline (its end plus `grace`): a report counts for a
/// period when it answers that period or a later one and is dated by that
/// deadline. `reports` are the task's standing reports, oldest first.
fn period_record(
    reports: &[crate::query::ReportRef],
    mut period: Period,
    due_end: crate::model::Date,
    done_on: Option<crate::model::Date>,
    grace: chrono::Duration,
) -> (usize, usize) {
    let (mut owed, mut in_time, mut read) = (0, 0, 0);
    // The latest period end answered by a report read so far: the reports
    // dated by one period's deadline are those of the one before and more.
    let mut answered = None;
    while period.end() <= due_end {
        let deadline = period.end() + grace;
        if done_on.is_some_and(|d| d <= deadline) {
            break;
        }
        while let Some(r) = reports.get(read).filter(|r| r.date <= deadline) {
            answered = answered.max(Some(r.answers_end));
            read += 1;
        }
        owed += 1;
        if answered.is_some_and(|a| a >= period.end()) {
            in_time += 1;
        }
        period = period.next();
    }
    (owed, in_time)
}

/// `part / whole × 100`, or `None` (not applicable) when `whole` is 0.
fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64 * 100.0)
}

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
//! [`TaskIndex`] (see [`crate::status`]). A task's *start* is its own start,
//! else the plan's; its *deadline* its own, else the plan's end.
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
//! - **Owing a report**: led tasks that have started (start ≤ today) and are
//!   not completed.
//! - **Stale**: tasks owing a report whose latest standing report is more
//!   than the cadence's days old ([`crate::model::Cadence::days`], strictly
//!   more, as in the lights) — or, with no standing report at all, whose
//!   start is more than that many days ago. A task that started within the
//!   cadence is not yet late with its first report.
//!
//! # Components, each 0–100
//!
//! - **On-time completion** = on time / (completed + overdue) × 100; 100 when
//!   nothing is completed or overdue (nothing has fallen due yet). A task
//!   completed late counts against the unit like an overdue one.
//! - **Progress against schedule** = the mean, over the led tasks that are
//!   completed or have progress expected by today
//!   ([`crate::status::expected_progress`] above 0), of each task's mark:
//!   100 for a completed task, else min(100, progress / expected × 100).
//!   100 when no led task counts (nothing is expected yet).
//! - **Reporting discipline** = (owing a report − stale) / owing a report ×
//!   100; 100 when no task owes a report.
//!
//! # Score and rank
//!
//! Score = (w₁ × on-time + w₂ × progress + w₃ × reporting) / (w₁ + w₂ + w₃)
//! with the plan's weights, rounded half up to one decimal (kept as whole
//! tenths, [`UnitScore::score_tenths`], so equal scores compare equal).
//! Units are ranked by score, highest first; equal scores share a rank and
//! the next rank skips (1, 2, 2, 4); within a rank units keep plan order.
//! A unit that leads no task has no score and no rank and is listed after
//! the ranked units, in plan order. A unit with no task at all, led or
//! co-operated, is not listed in the table but named in
//! [`Scoreboard::without_tasks`].

use crate::model::{Evaluation, Id, Plan};
use crate::query::TaskIndex;
use crate::status::{expected_progress, Light, Reason};

/// The three components of a unit's score, each 0–100.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Components {
    /// On-time completion.
    pub on_time: f64,
    /// Progress against the schedule.
    pub progress: f64,
    /// Reporting discipline.
    pub reporting: f64,
}

impl Components {
    /// The weighted mean of the components, unrounded; `None` when the
    /// weights do not add up to more than zero.
    pub fn weighted(&self, weights: &Evaluation) -> Option<f64> {
        let total = weights.total_weight();
        (total > 0.0 && total.is_finite()).then(|| {
            (weights.on_time_weight * self.on_time
                + weights.progress_weight * self.progress
                + weights.reporting_weight * self.reporting)
                / total
        })
    }
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
    /// Led tasks that have started and are not completed.
    pub owing_report: usize,
    /// Of those, the ones with no standing report within the cadence.
    pub stale: usize,
    /// The components; `None` when it leads no task.
    pub components: Option<Components>,
    /// The score in tenths of a point (875 is 87.5); `None` when it leads no task.
    pub score_tenths: Option<u32>,
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
    /// Ranked units first (best first, plan order within a rank), then the
    /// units that only co-operate, in plan order.
    pub rows: Vec<UnitScore>,
    /// Units that neither lead nor co-operate on any task, in plan order.
    pub without_tasks: Vec<Id>,
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
    stale: usize,
    marks_sum: f64,
    marked: usize,
}

/// The scoreboard of `plan` as of `index.today`; `index` must be built from
/// `plan`. See the module documentation for every rule.
pub fn scoreboard(plan: &Plan, index: &TaskIndex) -> Scoreboard {
    let today = index.today;
    let cadence_days = plan.cadence.days();
    let position = |id: &Id| plan.units.iter().position(|u| &u.id == id);
    let mut tallies: Vec<Tally> = plan.units.iter().map(|_| Tally::default()).collect();

    for row in &index.rows {
        let Some(task) = plan.tasks.get(row.index) else {
            continue;
        };
        for co in &task.co_units {
            if let Some(i) = position(co) {
                tallies[i].co_operated += 1;
            }
        }
        let Some(i) = position(&task.lead) else {
            continue;
        };
        let tally = &mut tallies[i];
        tally.led += 1;
        tally.progress_sum += row.progress;
        let start = task.start.unwrap_or(plan.start);
        let completed = row.status.light == Light::Completed;
        if completed {
            tally.completed += 1;
            if matches!(row.status.reason, Reason::Done { on: Some(on) } if on <= row.deadline) {
                tally.on_time += 1;
            }
            tally.marks_sum += 100.0;
            tally.marked += 1;
        } else {
            if matches!(row.status.reason, Reason::Overdue { .. }) {
                tally.overdue += 1;
            }
            let expected = expected_progress(start, row.deadline, today);
            if expected > 0.0 {
                tally.marks_sum += (row.progress / expected * 100.0).min(100.0);
                tally.marked += 1;
            }
            if start <= today {
                tally.owing_report += 1;
                let since = row.last_report.unwrap_or(start);
                if (today - since).num_days() > cadence_days {
                    tally.stale += 1;
                }
            }
        }
    }

    let mut rows = Vec::new();
    let mut without_tasks = Vec::new();
    for (unit, t) in plan.units.iter().zip(tallies) {
        if t.led == 0 && t.co_operated == 0 {
            without_tasks.push(unit.id.clone());
            continue;
        }
        let components = (t.led > 0).then(|| Components {
            on_time: share(t.on_time, t.completed + t.overdue),
            progress: if t.marked == 0 {
                100.0
            } else {
                t.marks_sum / t.marked as f64
            },
            reporting: share(t.owing_report - t.stale, t.owing_report),
        });
        let score_tenths = components
            .and_then(|c| c.weighted(&plan.evaluation))
            .map(to_tenths);
        rows.push(UnitScore {
            unit: unit.id.clone(),
            led: t.led,
            co_operated: t.co_operated,
            completed: t.completed,
            on_time: t.on_time,
            overdue: t.overdue,
            average_progress: (t.led > 0).then(|| t.progress_sum / t.led as f64),
            owing_report: t.owing_report,
            stale: t.stale,
            components,
            score_tenths,
            rank: None,
        });
    }
    // Best first; a stable sort keeps plan order among equals and puts the
    // unscored last.
    rows.sort_by_key(|r| std::cmp::Reverse(r.score_tenths.map(|s| s + 1).unwrap_or(0)));
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
    Scoreboard {
        rows,
        without_tasks,
    }
}

/// `part / whole × 100`, or 100 when `whole` is 0.
fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 / whole as f64 * 100.0
    }
}

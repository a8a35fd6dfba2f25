//! The bulletin (情况通报) an office circulates for a period, and the
//! supervision loop's figures the other views show: the dashboard's counts
//! and the notices by unit of the period report. Pure functions of the plan,
//! its [`TaskIndex`] and the period.
//!
//! # The bulletin
//!
//! Made from the plan as of the period's end, or today while the period
//! runs ([`crate::period_report::as_of`]), like the period report:
//!
//! - **Overall progress**: every task's light and the weighted progress,
//!   as the period report's overview states them.
//! - **Items closed out**: the *closed out* steps dated in the period (by
//!   the as-of day), and all of them by that day; in a plan that does not
//!   verify completion, the tasks completed too, each item once, in the
//!   period their completing report answers (a report written within the
//!   grace days after a period answers that period), so that consecutive
//!   bulletins add up: this period's items and the total by the last
//!   period's end make the total by this one's.
//! - **Items overdue or lagging, by unit**: the tasks whose light is red
//!   (their deadline passed, or they lag too far behind their schedule, or
//!   their reports are missing), each with its reason, under their lead
//!   unit (units in plan order, tasks in plan order; a task whose lead is
//!   not in the plan is left out). They are the red count of the overall
//!   progress, so the two never disagree.
//! - **Reports owed, by unit**: the tasks whose report for the period due
//!   was not sent by its deadline (the scoreboard's late reports,
//!   [`crate::scoreboard`]), red or not, each with the day of its latest
//!   report (or none), under their lead unit as above. The period due is
//!   the bulletin's own last reporting period once its reports' deadline
//!   (its end plus the grace days) has passed by today (a July bulletin
//!   made on 20 August: July's, due by 15 August; the plan as it stood the
//!   day after that deadline), else the one due on the as-of day.
//! - **Notices by unit**: [`notices_by_unit`].
//! - **Units commended**: the units ranked 1 to [`COMMENDED_RANKS`] on the
//!   scoreboard as of the as-of day (ties share a rank, so there may be more
//!   than three) with at least the pass mark [`COMMENDED_MIN_TENTHS`] and
//!   no item of its own in the list of items overdue or lagging: a unit
//!   that fails either is never commended, whatever its rank.
//!
//! # Notices by unit
//!
//! A notice counts in a period when it was issued in it, by the as-of day.
//! Its reply is read as of that day ([`crate::supervision::reply_state`]):
//! on time, late, missing (no reply, past its due date) or not yet due.
//! Units with no notice in the period are not listed.

use crate::dashboard::Figure;
use crate::model::{Date, Id, Plan, StepKind};
use crate::period::Period;
use crate::period_report::{as_of, build_indexed, plan_as_of, AsOfBasis};
use crate::query::{TaskFilter, TaskIndex, TaskQuery};
use crate::scoreboard::scoreboard;
use crate::status::{Reason, Rollup};
use crate::supervision::counts::NoticeCounts;
use crate::supervision::{LoopStage, ReplyState};

mod html;
pub use html::{bulletin_html, document, file_name, loop_html, notices_table_html, ITEMS_SHOWN};

/// Units ranked this high or higher are commended.
pub const COMMENDED_RANKS: usize = 3;
/// The pass mark (60 points, in tenths) a commended unit reaches.
pub const COMMENDED_MIN_TENTHS: u32 = 600;

/// The supervision loop at a glance, as of the index's day (the
/// dashboard's counts): each a number of items with the task-table query
/// that lists exactly them, so a count and its table always agree.
#[derive(Clone, Debug, PartialEq)]
pub struct LoopSummary {
    /// Items with a notice awaiting its reply.
    pub open: Figure,
    /// Items with a notice unanswered past its due date.
    pub missing: Figure,
    /// Items with a notice replied late.
    pub late: Figure,
    /// The plan's days to sign and the items not signed for within them,
    /// when it sets them.
    pub not_signed_in_time: Option<(u32, Figure)>,
    /// Items whose completion was reported and that are not closed out
    /// yet (reported, or accepted and waiting to be closed out).
    pub awaiting_verification: Figure,
    /// Items closed out by the day.
    pub closed_out: Figure,
}

impl LoopSummary {
    /// Every figure, for checking them all at once.
    pub fn figures(&self) -> Vec<&Figure> {
        let mut out = vec![&self.open, &self.missing, &self.late];
        out.extend(self.not_signed_in_time.as_ref().map(|(_, f)| f));
        out.extend([&self.awaiting_verification, &self.closed_out]);
        out
    }
}

/// The loop's counts as of `index`'s day, each through the task filter;
/// `None` when the plan records no step and no notice (there is nothing to
/// show).
pub fn loop_summary(plan: &Plan, index: &TaskIndex) -> Option<LoopSummary> {
    if plan.steps.is_empty() && plan.notices.is_empty() {
        return None;
    }
    let figure = |filter: TaskFilter| Figure {
        count: filter.apply(plan, index).len(),
        query: TaskQuery { filter, sort: None },
    };
    Some(LoopSummary {
        open: figure(TaskFilter {
            notices: vec![None],
            ..TaskFilter::default()
        }),
        missing: figure(TaskFilter {
            replies: vec![ReplyState::Missing],
            ..TaskFilter::default()
        }),
        late: figure(TaskFilter {
            replies: vec![ReplyState::Late],
            ..TaskFilter::default()
        }),
        not_signed_in_time: plan.supervision.sign_within_days.map(|days| {
            (
                days,
                figure(TaskFilter {
                    not_signed_in_time: true,
                    ..TaskFilter::default()
                }),
            )
        }),
        awaiting_verification: figure(TaskFilter {
            stages: vec![LoopStage::CompletionReported, LoopStage::Accepted],
            ..TaskFilter::default()
        }),
        closed_out: figure(TaskFilter {
            stages: vec![LoopStage::ClosedOut],
            ..TaskFilter::default()
        }),
    })
}

/// One unit's notices in a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitNotices {
    pub unit: Id,
    pub name: String,
    /// Issued in the period; replies as of the as-of day.
    pub notices: NoticeCounts,
}

/// Every unit sent a notice in `period`, in plan order, with the notices
/// issued in it by `day` and their replies as of `day`.
pub fn notices_by_unit(plan: &Plan, period: Period, day: Date) -> Vec<UnitNotices> {
    let mut counts = vec![NoticeCounts::default(); plan.units.len()];
    let at: rustc_hash::FxHashMap<&Id, usize> = plan
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (&u.id, i))
        .collect();
    for n in &plan.notices {
        if n.issued > day || !period.contains(n.issued) {
            continue;
        }
        if let Some(&i) = at.get(&n.unit) {
            let c = &mut counts[i];
            c.received += 1;
            match crate::supervision::reply_state(n, day) {
                crate::supervision::ReplyState::OnTime => c.on_time += 1,
                crate::supervision::ReplyState::Late => c.late += 1,
                crate::supervision::ReplyState::Missing => c.missing += 1,
                crate::supervision::ReplyState::Pending => c.pending += 1,
            }
        }
    }
    plan.units
        .iter()
        .zip(counts)
        .filter(|(_, c)| c.received > 0)
        .map(|(u, notices)| UnitNotices {
            unit: u.id.clone(),
            name: u.name.clone(),
            notices,
        })
        .collect()
}

/// A task named in the bulletin.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub code: String,
    pub title: String,
    /// Items overdue or lagging: why the item is red; closed items: none.
    pub reason: Option<Reason>,
    /// Closed items: the day closed.
    pub closed_on: Option<Date>,
    /// Closed items: closed as completed on its unit's report, the plan not
    /// asking the office to verify (else closed out by a step, 销号).
    pub reported_done: bool,
    /// Reports owed: the day of the task's latest report (none: it has
    /// never reported).
    pub last_report: Option<Date>,
}

/// The items a unit leads that are overdue or lagging (red), or whose
/// report is owed and missing.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRed {
    pub name: String,
    pub items: Vec<Item>,
}

/// A unit commended: its rank and score on the scoreboard.
#[derive(Clone, Debug, PartialEq)]
pub struct Commended {
    pub name: String,
    pub rank: usize,
    /// Whether another unit shares the rank (并列).
    pub tied: bool,
    pub score_tenths: u32,
}

/// The bulletin for a period.
#[derive(Clone, Debug, PartialEq)]
pub struct Bulletin {
    pub period: Period,
    pub as_of: Date,
    pub basis: AsOfBasis,
    pub plan_title: String,
    pub issuer: String,
    /// Every task, as of the day.
    pub tasks: Rollup,
    /// Items closed out in the period, in the order they were closed.
    pub closed_in_period: Vec<Item>,
    /// Items closed out by the day.
    pub closed_total: usize,
    /// Units leading items overdue or lagging, in plan order.
    pub red_by_unit: Vec<UnitRed>,
    /// The reporting period whose reports the bulletin calls owed (see the
    /// module documentation), and its deadline (its last day and the grace
    /// days).
    pub due_period: Period,
    pub due_by: Date,
    /// How many tasks owed that report.
    pub owing: usize,
    /// Units leading tasks whose report for that period was not sent by
    /// its deadline, in plan order.
    pub unreported_by_unit: Vec<UnitRed>,
    pub notices: Vec<UnitNotices>,
    /// The units ranked 1 to [`COMMENDED_RANKS`] with the pass mark and no
    /// item overdue or lagging, best first.
    pub commended: Vec<Commended>,
}

/// `items` (each a task's id and what is said of it, in plan order) under
/// their tasks' lead units, units in plan order; a task whose lead is not
/// in the plan is left out.
fn by_lead<'a>(plan: &Plan, items: impl IntoIterator<Item = (&'a Id, Item)>) -> Vec<UnitRed> {
    let mut by_unit: Vec<Vec<Item>> = vec![Vec::new(); plan.units.len()];
    let lead_at: rustc_hash::FxHashMap<&Id, usize> = plan
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (&u.id, i))
        .collect();
    let leads: rustc_hash::FxHashMap<&Id, &Id> =
        plan.tasks.iter().map(|t| (&t.id, &t.lead)).collect();
    for (task, item) in items {
        let Some(&u) = leads.get(task).and_then(|l| lead_at.get(l)) else {
            continue;
        };
        by_unit[u].push(item);
    }
    plan.units
        .iter()
        .zip(by_unit)
        .filter(|(_, items)| !items.is_empty())
        .map(|(u, items)| UnitRed {
            name: u.name.clone(),
            items,
        })
        .collect()
}

/// The bulletin on `plan` for `period`, from its index (built from `plan`;
/// its day is today). See the module documentation for what it holds.
pub fn build(plan: &Plan, index: &TaskIndex, period: Period) -> Bulletin {
    let today = index.today;
    let (day, basis) = as_of(period, today);
    let report = build_indexed(plan, index, period, 0);

    let title_of = |id: &Id| plan.tasks.iter().find(|t| &t.id == id);
    let mut closed_in_period = Vec::new();
    let mut closed_total = 0;
    // `counts_on`: the day that places it in a period (the close-out's, or
    // the end of the period its completing report answers).
    let mut closed = |code: &str, title: &str, on: Date, counts_on: Date, reported_done: bool| {
        closed_total += 1;
        if period.contains(counts_on) {
            closed_in_period.push(Item {
                code: code.to_string(),
                title: title.to_string(),
                reason: None,
                closed_on: Some(on),
                last_report: None,
                reported_done,
            });
        }
    };
    let mut stepped: rustc_hash::FxHashSet<&Id> = Default::default();
    for s in &plan.steps {
        if s.kind == StepKind::ClosedOut && s.date <= day {
            if let Some(t) = title_of(&s.task) {
                stepped.insert(&t.id);
                closed(&t.code, &t.title, s.date, s.date, false);
            }
        }
    }
    // With no verification, an item is closed out when it is completed
    // (unless closed out by a step already), in the period its completing
    // report answers: July's report written on 5 August within the grace
    // days closes the item in July's bulletin (which counts it completed),
    // not again in August's.
    if !plan.supervision.verification_required {
        let at = crate::query::task_positions(plan);
        for c in &report.completed {
            if let Reason::Done { on: Some(on) } = c.status.reason {
                if !stepped.contains(&c.id) {
                    let answers_end = at
                        .get(&c.id)
                        .and_then(|&i| index.reports.completing(plan, i, on))
                        .map_or(on, |r| r.answers_end);
                    closed(&c.code, &c.title, on, answers_end, true);
                }
            }
        }
    }
    crate::order::sort_by_key(&mut closed_in_period, |i| i.closed_on);

    // The red list holds the red tasks in plan order, each under its lead
    // unit.
    let red_by_unit = by_lead(
        plan,
        report.red_list.iter().map(|t| {
            let item = Item {
                code: t.code.clone(),
                title: t.title.clone(),
                reason: Some(t.status.reason),
                closed_on: None,
                last_report: None,
                reported_done: false,
            };
            (&t.id, item)
        }),
    );
    let red: rustc_hash::FxHashSet<&Id> = report.red_list.iter().map(|t| &t.id).collect();
    let leads_red: rustc_hash::FxHashSet<&Id> = plan
        .tasks
        .iter()
        .filter(|t| red.contains(&t.id))
        .map(|t| &t.lead)
        .collect();

    // The scoreboard as the plan stood on the day, and its late reports:
    // each task (of the plan then: one entered since is not in it) and its
    // latest report.
    let late_of = |p: &Plan, ix: &TaskIndex| {
        let board = scoreboard(p, ix);
        let late: Vec<(Id, Item)> = board
            .late_tasks
            .iter()
            .filter_map(|&i| {
                let t = p.tasks.get(i)?;
                let item = Item {
                    code: t.code.clone(),
                    title: t.title.clone(),
                    reason: None,
                    closed_on: None,
                    last_report: ix.reports.of_task(i).iter().map(|r| r.date).max(),
                    reported_done: false,
                };
                Some((t.id.clone(), item))
            })
            .collect();
        (board, late)
    };
    let at = |d: Date| {
        if d == today {
            late_of(plan, index)
        } else {
            let then = plan_as_of(plan, d, today);
            let then_index = TaskIndex::build(&then, d);
            late_of(&then, &then_index)
        }
    };
    let (board, late) = at(day);
    // The reports owed: once the period's own reports were due (its end
    // plus the grace days) by today, those; else the period before's. A
    // July bulletin made on 20 August lists who missed 15 August.
    let grace = chrono::Duration::days(i64::from(plan.grace_days));
    let owed_day = today.min(period.end() + grace + chrono::Duration::days(1));
    let later = (owed_day > day).then(|| at(owed_day));
    let (owed_board, late) = later.as_ref().map_or((&board, &late), |(b, l)| (b, l));
    // The reports owed, under their lead units likewise.
    let unreported_by_unit = by_lead(plan, late.iter().map(|(id, item)| (id, item.clone())));
    let due_by = owed_board.due_period.end() + grace;
    let commended = board
        .rows
        .iter()
        .filter_map(|r| {
            let rank = r.rank.filter(|&k| k <= COMMENDED_RANKS)?;
            if leads_red.contains(&r.unit) {
                return None;
            }
            let score_tenths = r.score_tenths.filter(|&s| s >= COMMENDED_MIN_TENTHS)?;
            Some(Commended {
                name: plan.unit(&r.unit).map(|u| u.name.clone())?,
                rank,
                tied: board.rows.iter().filter(|x| x.rank == Some(rank)).count() > 1,
                score_tenths,
            })
        })
        .collect();

    Bulletin {
        period,
        as_of: day,
        basis,
        plan_title: plan.title.clone(),
        issuer: plan.issuer.clone(),
        tasks: report.overview.tasks,
        closed_in_period,
        closed_total,
        red_by_unit,
        due_period: owed_board.due_period,
        due_by,
        owing: owed_board.rows.iter().map(|r| r.owing_report).sum(),
        unreported_by_unit,
        notices: notices_by_unit(plan, period, day),
        commended,
    }
}

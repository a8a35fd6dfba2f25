//! The supervision loop's rules (督办闭环), as pure functions: where an item
//! stands in its lifecycle, which step may come next, the dates steps and
//! replies keep, how a notice's reply counts (on time, late, missing), the
//! level a new notice proposes and the number it takes. The counts the
//! views show (days to sign, returns, replies on time …) are in [`counts`].
//!
//! # The lifecycle
//!
//! An item (a task) moves through dated steps ([`StepKind`]), each recorded
//! once in the plan's `steps` list:
//!
//! ```text
//! assigned → signed for → completion reported → accepted → closed out
//!                         ↑                   ↘ returned ↩
//! ```
//!
//! - With no step yet, only *assigned* may come.
//! - *Signed for* follows *assigned*; the item is then in progress.
//! - *Completion reported* (with its evidence) follows *signed for* or
//!   *returned*.
//! - *Accepted* or *returned* (with its reasons) follows *completion
//!   reported*; a return puts the item back in progress.
//! - *Closed out* follows *accepted*, and ends the loop: nothing follows.
//!
//! A step's date is never before the date of the item's step before it.
//! Only an item's latest step can be taken back (undo): the steps after a
//! step rest on it.
//!
//! # Notices
//!
//! A notice ([`Notice`]) asks a unit for a written reply by `reply_due`
//! (not before it was issued). A reply is never dated before the notice was
//! issued. As of a day, a reply dated on or before it counts: on or before
//! the due date it is *on time*, after it *late*; a notice without one is
//! *missing* its reply once the due date has passed, else *pending*. A new
//! notice on an item proposes the level after the item's latest notice still
//! unanswered (a reminder is followed by a chase, a chase by supervision by
//! name, which stays), else a reminder.

pub mod counts;
pub mod html;

use crate::model::{Date, Id, Notice, NoticeLevel, Plan, Step, StepKind};
use crate::validate::ProblemKind;

/// Where an item stands in the lifecycle: after its latest step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// No step yet.
    NotAssigned,
    /// Assigned, not yet signed for.
    Assigned,
    /// Signed for (or returned): the unit is working on it.
    InProgress,
    /// The unit reported it complete; the office has to verify.
    CompletionReported,
    /// Verified and accepted; waiting to be closed out.
    Accepted,
    /// Closed out: the loop is over.
    ClosedOut,
}

/// The stage an item is at after its latest step `last`.
pub fn stage(last: Option<StepKind>) -> Stage {
    match last {
        None => Stage::NotAssigned,
        Some(StepKind::Assigned) => Stage::Assigned,
        Some(StepKind::SignedFor | StepKind::Returned) => Stage::InProgress,
        Some(StepKind::CompletionReported) => Stage::CompletionReported,
        Some(StepKind::Accepted) => Stage::Accepted,
        Some(StepKind::ClosedOut) => Stage::ClosedOut,
    }
}

/// The kinds of step that may follow an item's latest step `last`, in the
/// order a page offers them.
pub fn allowed_next(last: Option<StepKind>) -> &'static [StepKind] {
    match stage(last) {
        Stage::NotAssigned => &[StepKind::Assigned],
        Stage::Assigned => &[StepKind::SignedFor],
        Stage::InProgress => &[StepKind::CompletionReported],
        Stage::CompletionReported => &[StepKind::Accepted, StepKind::Returned],
        Stage::Accepted => &[StepKind::ClosedOut],
        Stage::ClosedOut => &[],
    }
}

/// What is wrong with recording `step` after the item's latest step `prev`
/// (`None`: the item has none), as (field, problem): a kind that may not
/// follow, a date before the previous step's, a completion report without
/// its evidence, a return without its reasons. Empty when it may be recorded.
pub fn check_next(prev: Option<&Step>, step: &Step) -> Vec<(&'static str, ProblemKind)> {
    let mut out = Vec::new();
    let last = prev.map(|p| p.kind);
    if !allowed_next(last).contains(&step.kind) {
        out.push(("kind", ProblemKind::StepNotAllowed { after: last }));
    }
    if let Some(p) = prev {
        if step.date < p.date {
            out.push(("date", ProblemKind::DateBefore(p.date)));
        }
    }
    match step.kind {
        StepKind::CompletionReported if step.note.trim().is_empty() => {
            out.push(("note", ProblemKind::Empty))
        }
        StepKind::Returned if step.reasons.trim().is_empty() => {
            out.push(("reasons", ProblemKind::Empty))
        }
        _ => {}
    }
    out
}

/// An item's steps, in the order they were recorded.
pub fn steps_of<'a>(plan: &'a Plan, task: &'a Id) -> impl Iterator<Item = &'a Step> + 'a {
    plan.steps.iter().filter(move |s| &s.task == task)
}

/// An item's latest step.
pub fn latest_step<'a>(plan: &'a Plan, task: &Id) -> Option<&'a Step> {
    plan.steps.iter().rev().find(|s| &s.task == task)
}

/// The stage of `task` in `plan`.
pub fn task_stage(plan: &Plan, task: &Id) -> Stage {
    stage(latest_step(plan, task).map(|s| s.kind))
}

/// An item's steps in the order recorded, each with the days since the
/// step before it (`None` for the first): the stepper's rows.
pub fn step_rows<'a>(plan: &'a Plan, task: &'a Id) -> Vec<(&'a Step, Option<i64>)> {
    let mut prev: Option<Date> = None;
    steps_of(plan, task)
        .map(|s| {
            let days = prev.map(|p| (s.date - p).num_days());
            prev = Some(s.date);
            (s, days)
        })
        .collect()
}

/// The day `task` was closed out, if it was by `today`.
pub fn closed_out_on(plan: &Plan, task: &Id, today: Date) -> Option<Date> {
    plan.steps
        .iter()
        .find(|s| &s.task == task && s.kind == StepKind::ClosedOut && s.date <= today)
        .map(|s| s.date)
}

/// Every closed-out item's close-out day, up to `today`: one pass over the
/// steps, for views that read many items.
pub fn closed_out_days(plan: &Plan, today: Date) -> rustc_hash::FxHashMap<&Id, Date> {
    plan.steps
        .iter()
        .filter(|s| s.kind == StepKind::ClosedOut && s.date <= today)
        .map(|s| (&s.task, s.date))
        .collect()
}

/// How a notice's reply stands as of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReplyState {
    /// No reply yet, and not yet due.
    Pending,
    /// Replied on or before the due date.
    OnTime,
    /// Replied after the due date.
    Late,
    /// No reply, and the due date has passed.
    Missing,
}

/// How `notice`'s reply stands on `today` (a reply dated later is not yet
/// counted).
pub fn reply_state(notice: &Notice, today: Date) -> ReplyState {
    match &notice.reply {
        Some(r) if r.date <= today => {
            if r.date <= notice.reply_due {
                ReplyState::OnTime
            } else {
                ReplyState::Late
            }
        }
        _ if today > notice.reply_due => ReplyState::Missing,
        _ => ReplyState::Pending,
    }
}

/// How many days a reply was late (replied after the due date), or is
/// missing (past the due date with no reply), on `today`; 0 otherwise.
pub fn days_past_due(notice: &Notice, today: Date) -> i64 {
    match reply_state(notice, today) {
        ReplyState::Late => notice
            .reply
            .as_ref()
            .map_or(0, |r| (r.date - notice.reply_due).num_days()),
        ReplyState::Missing => (today - notice.reply_due).num_days(),
        ReplyState::Pending | ReplyState::OnTime => 0,
    }
}

/// Whether `notice` has no reply on `today` (pending or missing).
pub fn unanswered(notice: &Notice, today: Date) -> bool {
    matches!(
        reply_state(notice, today),
        ReplyState::Pending | ReplyState::Missing
    )
}

/// The level after `level`; supervision by name stays.
pub fn level_after(level: NoticeLevel) -> NoticeLevel {
    match level {
        NoticeLevel::Reminder => NoticeLevel::Chase,
        NoticeLevel::Chase | NoticeLevel::ByName => NoticeLevel::ByName,
    }
}

/// The level a notice unanswered past its due date suggests for the next
/// one; `None` while it is answered or not yet due.
pub fn escalation(notice: &Notice, today: Date) -> Option<NoticeLevel> {
    (reply_state(notice, today) == ReplyState::Missing).then(|| level_after(notice.level))
}

/// The level a new notice on `task` proposes on `today`: the level after
/// that of the item's latest notice (issued by `today`) still unanswered,
/// else a reminder.
pub fn proposed_level(plan: &Plan, task: &Id, today: Date) -> NoticeLevel {
    plan.notices
        .iter()
        .rev()
        .find(|n| &n.task == task && n.issued <= today && unanswered(n, today))
        .map_or(NoticeLevel::Reminder, |n| level_after(n.level))
}

/// The serial number in a notice number: the digits after its year, written
/// `〔2026〕3号` or `[2026] No. 3`, if it names `year`.
pub fn serial_in(number: &str, year: i32) -> Option<u32> {
    let year = year.to_string();
    let rest = ["〔", "[", "［"].iter().find_map(|open| {
        let at = number.find(&format!("{open}{year}"))?;
        Some(&number[at + open.len() + year.len()..])
    })?;
    let rest = rest.trim_start_matches(['〕', ']', '］']);
    let digits: String = rest
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The next serial number of the notices of `year` in `plan`: one more
/// than the largest already used that year, 1 for the first.
pub fn next_serial(plan: &Plan, year: i32) -> u32 {
    plan.notices
        .iter()
        .filter_map(|n| serial_in(&n.number, year))
        .max()
        .map_or(1, |n| n.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_numbers_are_read_in_either_writing() {
        assert_eq!(serial_in("督办〔2026〕3号", 2026), Some(3));
        assert_eq!(serial_in("督办〔2026〕12号", 2026), Some(12));
        assert_eq!(serial_in("Supervision [2026] No. 7", 2026), Some(7));
        assert_eq!(serial_in("督办〔2025〕3号", 2026), None);
        assert_eq!(serial_in("督办单", 2026), None);
    }
}

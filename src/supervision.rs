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
//!
//! A notice issued on many items at once ([`bulk_targets`],
//! [`bulk_command`]) goes to each item's lead unit, numbered on from the
//! year's next serial, as one batch; an item that already has an open
//! notice (issued by the issue day, unanswered on it) at the same or a
//! higher level is skipped, and named.

pub mod counts;
pub mod html;

use crate::command::Command;
use crate::model::{Date, Id, Notice, NoticeLevel, Plan, Step, StepKind};
use crate::validate::{Entity, ProblemKind};
use chrono::Datelike;

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

/// A notice issued on many items at once (from the red list or a filtered
/// table): one to each item's lead unit, all with the same level, request,
/// dates.
#[derive(Clone, Debug, PartialEq)]
pub struct BulkNotice {
    pub level: NoticeLevel,
    pub issued: Date,
    pub asked: String,
    pub reply_due: Date,
}

/// An item a bulk notice leaves out: it already has an open notice (issued
/// by the issue day, unanswered on it) at the same or a higher level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub task: Id,
    /// The open notice's number and level (the highest one open).
    pub number: String,
    pub level: NoticeLevel,
}

/// Which of `tasks` a bulk notice at `level` issued on `issued` reaches, in
/// the order given (each once; ids the plan does not hold are left out),
/// and which it skips, with the open notice that makes it skip.
pub fn bulk_targets(
    plan: &Plan,
    tasks: &[Id],
    level: NoticeLevel,
    issued: Date,
) -> (Vec<Id>, Vec<Skipped>) {
    // The highest open notice of each item: one pass over the notices.
    let mut open: rustc_hash::FxHashMap<&Id, &Notice> = Default::default();
    for n in plan
        .notices
        .iter()
        .filter(|n| n.issued <= issued && unanswered(n, issued))
    {
        let slot = open.entry(&n.task).or_insert(n);
        if n.level > slot.level {
            *slot = n;
        }
    }
    let known: rustc_hash::FxHashSet<&Id> = plan.tasks.iter().map(|t| &t.id).collect();
    let mut seen = rustc_hash::FxHashSet::default();
    let (mut to, mut skipped) = (Vec::new(), Vec::new());
    for id in tasks {
        if !known.contains(id) || !seen.insert(id) {
            continue;
        }
        match open.get(id).filter(|n| n.level >= level) {
            Some(n) => skipped.push(Skipped {
                task: id.clone(),
                number: n.number.clone(),
                level: n.level,
            }),
            None => to.push(id.clone()),
        }
    }
    (to, skipped)
}

/// The one command issuing `notice` on each of `tasks` (as [`bulk_targets`]
/// gives them) to its lead unit: numbered on from the year's next serial
/// (`number` writes year and serial), each with an id from `new_id`. A
/// batch, so one undo takes every notice back.
pub fn bulk_command(
    plan: &Plan,
    tasks: &[Id],
    notice: &BulkNotice,
    number: impl Fn(i32, u32) -> String,
    mut new_id: impl FnMut() -> Id,
) -> Command {
    let year = notice.issued.year();
    let first = next_serial(plan, year);
    let cmds = tasks
        .iter()
        .filter_map(|id| plan.task(id))
        .zip(first..)
        .map(|(task, serial)| Command::Put {
            entity: Entity::Notice(Notice {
                level: notice.level,
                ..Notice::new(
                    new_id(),
                    number(year, serial),
                    task.id.clone(),
                    task.lead.clone(),
                    notice.issued,
                    notice.asked.trim(),
                    notice.reply_due,
                )
            }),
            at: None,
        })
        .collect();
    Command::Batch(cmds)
}

/// Where an item stands as the task filter offers it: its latest step, a
/// return told apart from a sign-for (both leave it in progress).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoopStage {
    NotAssigned,
    /// Assigned, not signed for.
    Assigned,
    /// Signed for: in progress.
    SignedFor,
    CompletionReported,
    Accepted,
    /// Returned: in progress again.
    Returned,
    ClosedOut,
}

impl LoopStage {
    /// Every stage, in the loop's order.
    pub const ALL: [LoopStage; 7] = [
        LoopStage::NotAssigned,
        LoopStage::Assigned,
        LoopStage::SignedFor,
        LoopStage::CompletionReported,
        LoopStage::Accepted,
        LoopStage::Returned,
        LoopStage::ClosedOut,
    ];

    /// The stage after an item's latest step `last`.
    pub fn of(last: Option<StepKind>) -> LoopStage {
        match last {
            None => LoopStage::NotAssigned,
            Some(StepKind::Assigned) => LoopStage::Assigned,
            Some(StepKind::SignedFor) => LoopStage::SignedFor,
            Some(StepKind::CompletionReported) => LoopStage::CompletionReported,
            Some(StepKind::Accepted) => LoopStage::Accepted,
            Some(StepKind::Returned) => LoopStage::Returned,
            Some(StepKind::ClosedOut) => LoopStage::ClosedOut,
        }
    }

    /// Its key in a URL.
    pub fn key(self) -> &'static str {
        match self {
            LoopStage::NotAssigned => "not_assigned",
            LoopStage::Assigned => "assigned",
            LoopStage::SignedFor => "signed_for",
            LoopStage::CompletionReported => "completion_reported",
            LoopStage::Accepted => "accepted",
            LoopStage::Returned => "returned",
            LoopStage::ClosedOut => "closed_out",
        }
    }

    pub fn from_key(key: &str) -> Option<LoopStage> {
        LoopStage::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A notice filter's value: an open notice (issued, no reply yet) at any
/// level (`None`) or at one level.
pub type OpenNotice = Option<NoticeLevel>;

/// The key of an open-notice value in a URL: `any`, or the level's key.
pub fn open_notice_key(v: OpenNotice) -> &'static str {
    match v {
        None => "any",
        Some(NoticeLevel::Reminder) => "reminder",
        Some(NoticeLevel::Chase) => "chase",
        Some(NoticeLevel::ByName) => "by_name",
    }
}

/// Every open-notice value: any level, then each level.
pub const OPEN_NOTICES: [OpenNotice; 4] = [
    None,
    Some(NoticeLevel::Reminder),
    Some(NoticeLevel::Chase),
    Some(NoticeLevel::ByName),
];

/// The replies a filter picks items by: an item with a notice replied late,
/// or unanswered past its due date.
pub const REPLY_FLAGS: [ReplyState; 2] = [ReplyState::Late, ReplyState::Missing];

/// What the task filter reads of an item's loop as of a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoopMarks {
    /// The latest step by the day.
    pub last: Option<StepKind>,
    /// Not signed for within the plan's days ([`counts::TaskLoop`]).
    pub not_signed_in_time: bool,
    /// The levels of its open notices, one bit each (reminder 1, chase 2,
    /// by name 4).
    pub open: u8,
    /// A notice replied late (bit 1), one unanswered past its due date (bit 2).
    pub replies: u8,
}

impl LoopMarks {
    pub fn stage(&self) -> LoopStage {
        LoopStage::of(self.last)
    }

    /// Whether it has an open notice of `v` (any level for `None`).
    pub fn has_open(&self, v: OpenNotice) -> bool {
        match v {
            None => self.open != 0,
            Some(l) => self.open & level_bit(l) != 0,
        }
    }

    /// Whether it has a notice whose reply stands at `r` (late or missing).
    pub fn has_reply(&self, r: ReplyState) -> bool {
        self.replies & reply_bit(r) != 0
    }
}

fn level_bit(l: NoticeLevel) -> u8 {
    match l {
        NoticeLevel::Reminder => 1,
        NoticeLevel::Chase => 2,
        NoticeLevel::ByName => 4,
    }
}

fn reply_bit(r: ReplyState) -> u8 {
    match r {
        ReplyState::Late => 1,
        ReplyState::Missing => 2,
        ReplyState::Pending | ReplyState::OnTime => 0,
    }
}

/// Every item's marks as of `today`, in the plan's task order; all default
/// when the plan records no step and no notice. From [`counts::task_loops`]
/// and one pass over the notices.
pub fn loop_marks(plan: &Plan, today: Date) -> Vec<LoopMarks> {
    let mut out = vec![LoopMarks::default(); plan.tasks.len()];
    if plan.steps.is_empty() && plan.notices.is_empty() {
        return out;
    }
    for (m, l) in out.iter_mut().zip(counts::task_loops(plan, today)) {
        m.last = l.last;
        m.not_signed_in_time = l.not_signed_in_time;
    }
    let at: rustc_hash::FxHashMap<&Id, usize> = plan
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| (&t.id, i))
        .collect();
    for n in plan.notices.iter().filter(|n| n.issued <= today) {
        let Some(m) = at.get(&n.task).map(|&i| &mut out[i]) else {
            continue;
        };
        let state = reply_state(n, today);
        if matches!(state, ReplyState::Pending | ReplyState::Missing) {
            m.open |= level_bit(n.level);
        }
        m.replies |= reply_bit(state);
    }
    out
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

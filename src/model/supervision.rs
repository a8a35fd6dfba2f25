//! The supervision loop's records (督办闭环): where an item comes from, the
//! dated steps of its lifecycle, the office's supervision notices and the
//! units' replies, and the plan's settings for them. The rules they keep
//! (which step may follow which, which notice level comes next) are in
//! [`crate::supervision`]; the counts in [`crate::supervision::counts`].

use super::{Date, Id};
use serde::{Deserialize, Serialize};

/// Where an item the office supervises comes from (来源).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A task of the plan itself.
    #[default]
    Plan,
    /// An item agreed at a meeting (会议议定事项).
    Meeting,
    /// A leader's written instruction (领导批示).
    Instruction,
    /// A document (文件).
    Document,
    Other,
}

impl SourceKind {
    /// Whether this is the default, which files leave out.
    pub fn is_plan(&self) -> bool {
        *self == SourceKind::Plan
    }
}

/// The kind of a step in an item's lifecycle. "In progress" is not a step:
/// it is where an item stands after it is signed for, or returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Sent to the lead unit by the office (交办).
    Assigned,
    /// Signed for by the lead unit (签收).
    SignedFor,
    /// The unit reports the item complete, with its evidence (办结申请).
    CompletionReported,
    /// The office verified the completion and accepts it (核查通过).
    Accepted,
    /// The office verified the completion and returns it, with reasons
    /// (退回): the item is in progress again.
    Returned,
    /// Closed out (销号): the end of the loop.
    ClosedOut,
}

/// One dated step of an item's lifecycle. Steps are kept in the plan's
/// `steps` list in the order they were recorded; an item's steps are its
/// entries there, and each must be allowed after the one before it
/// ([`crate::supervision::check_next`]). Recorded once, never edited; only
/// the latest step of an item can be taken back (undo).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: Id,
    /// The task (item) the step is on.
    pub task: Id,
    pub kind: StepKind,
    #[serde(deserialize_with = "super::dates::deserialize_date")]
    pub date: Date,
    /// Who took the step: a person, a unit.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// What was done; for a completion report, its evidence.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Why the item is returned (a return must say).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reasons: String,
}

/// How hard a notice presses (督办等级), mildest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeLevel {
    /// A reminder (提醒).
    Reminder,
    /// A chase (催办).
    Chase,
    /// Supervised by name (挂牌督办).
    ByName,
}

/// A unit's written reply to a notice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    #[serde(deserialize_with = "super::dates::deserialize_date")]
    pub date: Date,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
}

/// A supervision notice (督办单) the office issues to a unit on an item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub id: Id,
    /// Its number, e.g. "督办〔2026〕3号"; unique in the plan.
    pub number: String,
    pub task: Id,
    /// The unit it is sent to (the item's lead unit, unless chosen).
    pub unit: Id,
    pub level: NoticeLevel,
    #[serde(deserialize_with = "super::dates::deserialize_date")]
    pub issued: Date,
    /// What is asked of the unit.
    pub asked: String,
    /// The day a written reply is due.
    #[serde(deserialize_with = "super::dates::deserialize_date")]
    pub reply_due: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
}

/// The plan's supervision settings. The default is today's behaviour:
/// nothing verified, no sign-for deadline.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supervision {
    /// When set, an item is completed only once it is closed out.
    #[serde(default)]
    pub verification_required: bool,
    /// Days after assignment within which an item must be signed for;
    /// items not signed within them are flagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_within_days: Option<u32>,
}

impl Supervision {
    pub fn is_default(&self) -> bool {
        *self == Supervision::default()
    }
}

/// The largest number of days a plan may give to sign for an item.
pub const MAX_SIGN_DAYS: u32 = 365;

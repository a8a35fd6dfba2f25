//! The change history kept with a plan: who changed what, and when.

use super::{Id, Kind};
use serde::{Deserialize, Serialize};

/// What a change did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The plan's own fields (title, period, thresholds …) were set.
    EditPlan,
    Add,
    Edit,
    Delete,
    Move,
    /// A progress report was recorded.
    Report,
    /// A progress report was withdrawn.
    Withdraw,
    /// A withdrawn report was reinstated.
    Reinstate,
    /// Several changes made as one (e.g. reports on all of a unit's tasks).
    Batch,
    /// An earlier change was undone.
    Undo,
    /// An undone change was made again.
    Redo,
    /// The plan was created, imported or copied.
    Create,
    /// An item was assigned to its lead unit (交办).
    Assign,
    /// The lead unit signed for an item (签收).
    SignFor,
    /// The unit reported an item complete (办结申请).
    ReportCompletion,
    /// The office verified and accepted a completion (核查通过).
    Accept,
    /// The office returned an item with reasons (退回).
    Return,
    /// An item was closed out (销号).
    CloseOut,
    /// A supervision notice was issued (督办单).
    IssueNotice,
    /// A unit's reply to a notice was recorded.
    Reply,
}

/// One entry of the change history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// When, as an ISO 8601 timestamp in UTC.
    pub at: String,
    /// The user's name and unit, as they set them in the app.
    #[serde(default)]
    pub by: String,
    #[serde(default)]
    pub unit: String,
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Id>,
    /// The entity's title or name at the time, so the entry reads without it.
    #[serde(default)]
    pub label: String,
    /// How many entities a batch touched; 1 otherwise.
    #[serde(default = "one")]
    pub count: usize,
    /// Set when the change touched only one milestone of the task named by
    /// `target` and `label`; absent in entries written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<MilestoneNote>,
    /// The files a merge took in (unit report files or plan files), as they
    /// were chosen, in the order they were read; empty for any other change
    /// (and in entries written before it existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<String>,
    /// The CSV file whose rows the change read; empty for any other change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub read_from: Vec<String>,
}

/// The files a change's items came in, for its history entry.
#[derive(Clone, Debug, PartialEq)]
pub enum FilesIn {
    /// Merged from unit report files or plan files.
    Merged(Vec<String>),
    /// Rows read from a CSV file.
    Read(String),
}

impl Change {
    /// This entry, naming the files its change came in.
    pub fn came_in(self, files: Option<FilesIn>) -> Change {
        match files {
            None => self,
            Some(FilesIn::Merged(merged_from)) => Change {
                merged_from,
                ..self
            },
            Some(FilesIn::Read(file)) => Change {
                read_from: vec![file],
                ..self
            },
        }
    }
}

fn one() -> usize {
    1
}

/// What happened to one milestone (节点) of a task, when that is all a
/// change did; the entry's `label` is still the task's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MilestoneNote {
    /// The milestone's name (its new name when it was renamed).
    pub name: String,
    pub change: MilestoneChange,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneChange {
    Added,
    Removed,
    /// Marked done.
    Done,
    /// A done milestone marked not done again.
    Reopened,
    /// Its name or dates changed.
    Edited,
    /// Moved to another place in the task's list.
    Moved,
}

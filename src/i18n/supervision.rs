//! Texts of the supervision loop (督办闭环): an item's source, its
//! lifecycle steps and stages, notices and their replies, in both
//! languages.

use crate::model::{NoticeLevel, SourceKind, StepKind};
use crate::supervision::{ReplyState, Stage};

/// Texts of the supervision loop.
pub struct SupervisionText {
    /// The word for an item's source (来源), as a label.
    pub source_label: &'static str,
    /// An item's source (来源).
    pub source_name: fn(SourceKind) -> &'static str,
    /// A lifecycle step, as done ("Signed for").
    pub step_name: fn(StepKind) -> &'static str,
    /// Where an item stands.
    pub stage_name: fn(Stage) -> &'static str,
    /// A notice's level.
    pub level_name: fn(NoticeLevel) -> &'static str,
    /// How a reply stands.
    pub reply_state: fn(ReplyState) -> &'static str,
    /// A notice's number: year and serial ("督办〔2026〕3号").
    pub notice_number: fn(i32, u32) -> String,
    /// The refusal to change or move a recorded step.
    pub step_recorded: &'static str,
    /// A step that may not follow the item's latest (`None`: no step yet).
    pub step_not_allowed: fn(Option<StepKind>) -> String,
    /// Merging: a step on an item not in the plan (step, date, item id).
    pub unmatched_step: fn(&str, &str, &str) -> String,
    /// Merging: a reply to a notice not in the plan (notice id, date).
    pub unmatched_reply: fn(&str, &str) -> String,
    /// Merging: two replies to one notice (number, item).
    pub conflict_reply: fn(&str, &str) -> String,
    pub row_reply_date: &'static str,
    pub row_reply_text: &'static str,
    pub row_reply_by: &'static str,
}

pub static EN: SupervisionText = SupervisionText {
    source_label: "Source",
    source_name: |s| match s {
        SourceKind::Plan => "Plan",
        SourceKind::Meeting => "Meeting",
        SourceKind::Instruction => "Leader's instruction",
        SourceKind::Document => "Document",
        SourceKind::Other => "Other",
    },
    step_name: en_step,
    stage_name: |s| match s {
        Stage::NotAssigned => "Not assigned",
        Stage::Assigned => "Assigned, not signed for",
        Stage::InProgress => "In progress",
        Stage::CompletionReported => "Completion reported, awaiting verification",
        Stage::Accepted => "Accepted, awaiting close-out",
        Stage::ClosedOut => "Closed out",
    },
    level_name: |l| match l {
        NoticeLevel::Reminder => "Reminder",
        NoticeLevel::Chase => "Chase",
        NoticeLevel::ByName => "Supervised by name",
    },
    reply_state: |r| match r {
        ReplyState::Pending => "reply not yet due",
        ReplyState::OnTime => "replied on time",
        ReplyState::Late => "replied late",
        ReplyState::Missing => "reply overdue",
    },
    notice_number: |year, n| format!("Supervision [{year}] No. {n}"),
    step_recorded: "A recorded step cannot be changed or moved; undo it if it was wrong.",
    step_not_allowed: |after| match after {
        None => "an item must be assigned first".into(),
        Some(StepKind::ClosedOut) => "the item is closed out: nothing follows".into(),
        Some(k) => format!("this step cannot follow “{}”", en_step(k)),
    },
    unmatched_step: |step, date, id| format!("Step “{step}” of {date} on item {id}"),
    unmatched_reply: |id, date| format!("Reply of {date} to notice {id}"),
    conflict_reply: |number, task| format!("Reply to notice {number} on “{task}”"),
    row_reply_date: "Replied on",
    row_reply_text: "Reply",
    row_reply_by: "Replied by",
};

fn en_step(k: StepKind) -> &'static str {
    match k {
        StepKind::Assigned => "Assigned",
        StepKind::SignedFor => "Signed for",
        StepKind::CompletionReported => "Completion reported",
        StepKind::Accepted => "Verified and accepted",
        StepKind::Returned => "Returned",
        StepKind::ClosedOut => "Closed out",
    }
}

pub static ZH: SupervisionText = SupervisionText {
    source_label: "来源",
    source_name: |s| match s {
        SourceKind::Plan => "规划任务",
        SourceKind::Meeting => "会议议定事项",
        SourceKind::Instruction => "领导批示",
        SourceKind::Document => "文件",
        SourceKind::Other => "其他",
    },
    step_name: zh_step,
    stage_name: |s| match s {
        Stage::NotAssigned => "未交办",
        Stage::Assigned => "已交办，待签收",
        Stage::InProgress => "办理中",
        Stage::CompletionReported => "已申请办结，待核查",
        Stage::Accepted => "核查通过，待销号",
        Stage::ClosedOut => "已销号",
    },
    level_name: |l| match l {
        NoticeLevel::Reminder => "提醒",
        NoticeLevel::Chase => "催办",
        NoticeLevel::ByName => "挂牌督办",
    },
    reply_state: |r| match r {
        ReplyState::Pending => "未到回复期限",
        ReplyState::OnTime => "按时回复",
        ReplyState::Late => "逾期回复",
        ReplyState::Missing => "逾期未回复",
    },
    notice_number: |year, n| format!("督办〔{year}〕{n}号"),
    step_recorded: "已记录的办理环节不能修改或调整顺序；如有误，请撤销。",
    step_not_allowed: |after| match after {
        None => "事项须先交办".into(),
        Some(StepKind::ClosedOut) => "事项已销号，不能再办理".into(),
        Some(k) => format!("此环节不能接在“{}”之后", zh_step(k)),
    },
    unmatched_step: |step, date, id| format!("事项 {id} 的“{step}”环节（{date}）"),
    unmatched_reply: |id, date| format!("督办单 {id} 的回复（{date}）"),
    conflict_reply: |number, task| format!("“{task}”督办单 {number} 的回复"),
    row_reply_date: "回复日期",
    row_reply_text: "回复内容",
    row_reply_by: "回复人",
};

fn zh_step(k: StepKind) -> &'static str {
    match k {
        StepKind::Assigned => "交办",
        StepKind::SignedFor => "签收",
        StepKind::CompletionReported => "办结申请",
        StepKind::Accepted => "核查通过",
        StepKind::Returned => "退回",
        StepKind::ClosedOut => "销号",
    }
}

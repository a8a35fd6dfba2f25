//! Texts of the supervision loop (督办闭环): an item's source, its
//! lifecycle steps and stages, notices and their replies, in both
//! languages.

use super::Num;
use crate::model::{Date, NoticeLevel, SourceKind, StepKind};
use crate::supervision::{LoopStage, ReplyState, Stage};

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
    /// Merging: the count of steps and replies to record.
    pub count_new_loop: &'static str,
    /// Merging: the count of steps and replies refused.
    pub count_refused: &'static str,
    pub refused_title: &'static str,
    pub refused_intro: &'static str,
    /// A refused step (step, date, item) or reply (notice number, date).
    pub refused_step: fn(&str, &str, &str) -> String,
    /// A progress report a unit's file would add or withdraw on an item
    /// another unit leads: (item, date); why: (the lead unit).
    pub refused_report: fn(&str, &str) -> String,
    pub not_lead: fn(&str) -> String,
    pub refused_reply: fn(&str, &str) -> String,

    // The task form: an item's source.
    pub field_source_ref: &'static str,
    pub field_source_date: &'static str,
    pub source_ref_hint: &'static str,
    /// The entry to a new item from a source ("New item from a meeting").
    pub new_from: fn(SourceKind) -> &'static str,
    /// The facts line of an item's source: name, reference, date.
    pub source_fact: fn(&str, &str, Option<Date>) -> String,

    // The task page: the lifecycle.
    pub lifecycle_title: &'static str,
    /// "Now: in progress".
    pub stage_now: fn(&str) -> String,
    /// The words marking the current step.
    pub current_step: &'static str,
    /// Days between a step and the one before it.
    pub days_after: fn(i64) -> String,
    pub no_steps: &'static str,
    /// The button recording a step ("Sign for").
    pub step_action: fn(StepKind) -> &'static str,
    /// What is said once a step is recorded.
    pub step_recorded_ok: fn(StepKind) -> &'static str,
    pub next_steps: &'static str,
    pub loop_over: &'static str,
    pub field_date: &'static str,
    pub field_by: &'static str,
    pub field_note: &'static str,
    pub field_evidence: &'static str,
    pub field_reasons: &'static str,
    pub by_label: &'static str,
    pub evidence_label: &'static str,
    pub reasons_label: &'static str,
    pub note_label: &'static str,
    pub not_signed_in_time: fn(u32) -> String,
    /// A label and its value on one line ("By: Li Hua", "经办人：李华").
    pub pair: fn(&str, &str) -> String,

    // The task page: notices.
    pub notices_title: &'static str,
    pub no_notices: &'static str,
    pub issue_notice: &'static str,
    pub field_number: &'static str,
    pub field_level: &'static str,
    pub field_unit: &'static str,
    pub field_issued: &'static str,
    pub field_asked: &'static str,
    pub field_reply_due: &'static str,
    /// Why the form proposes a level: the unanswered notice before it.
    pub level_hint: fn(&str, &str) -> String,
    pub notice_issued: &'static str,
    pub record_reply: &'static str,
    pub reply_recorded: &'static str,
    pub reply_title: fn(&str) -> String,
    /// How a reply stands, in words: late by so many days, missing …
    pub reply_status: fn(crate::supervision::ReplyState, i64) -> String,
    pub print_notice: &'static str,
    pub notice_list_label: &'static str,

    // The task table's filters on the loop.
    pub group_stage: &'static str,
    pub loop_stage_name: fn(LoopStage) -> &'static str,
    pub filter_not_signed: &'static str,
    pub group_notice: &'static str,
    /// An open notice at any level.
    pub any_level: &'static str,
    pub group_reply: &'static str,
    /// A reply flag: late, or missing past the due date.
    pub reply_flag: fn(ReplyState) -> &'static str,

    // Notices to many items at once (the red list, a filtered table).
    /// The button opening the form, with the items it would reach.
    pub bulk_open: fn(usize) -> String,
    pub bulk_title: &'static str,
    pub bulk_intro: &'static str,
    /// How many items get a notice and how many are skipped.
    pub bulk_reach: fn(usize, usize) -> String,
    /// A skipped item: its title, its open notice's number and level.
    pub bulk_skipped: fn(&str, &str, &str) -> String,
    /// The fold that holds the items skipped: (how many).
    pub bulk_skipped_title: fn(usize) -> String,
    pub bulk_issue: fn(usize) -> String,
    pub bulk_issued: fn(usize) -> String,

    // The printed notice (督办单).
    pub print_title: &'static str,
    pub print_to: &'static str,
    pub print_item: &'static str,
    pub print_level: &'static str,
    pub print_asked: &'static str,
    pub print_due: &'static str,
    /// "Please reply in writing by …".
    pub print_reply_by: fn(Date) -> String,
    pub print_office: &'static str,
    pub print_issued: &'static str,
    pub print_reply: &'static str,
    pub print_button: &'static str,
    /// The tooltip of "Save as HTML" on a notice's page.
    pub save_notice_hint: &'static str,
    /// Said once the notice is saved as HTML, with the file's name.
    pub notice_saved: fn(&str) -> String,
    pub back_to_item: &'static str,
    pub notice_missing: &'static str,
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
    count_new_loop: "Steps and replies to record",
    count_refused: "Not merged",
    refused_title: "Not merged",
    refused_intro: "These steps, replies and reports do not fit the item or notice as this plan records it, so they are left out; why is said beside each.",
    refused_step: |step, date, item| format!("“{step}” of {date} on “{item}”"),
    refused_report: |item, date| format!("Progress report of {date} on “{item}”"),
    not_lead: |lead| format!("led by {lead}: only the lead unit's file adds or withdraws its reports"),
    refused_reply: |number, date| format!("Reply of {date} to notice {number}"),
    field_source_ref: "Meeting or document",
    field_source_date: "Date of the source",
    source_ref_hint: "The meeting's name, or the instruction's or document's number.",
    new_from: |s| match s {
        SourceKind::Meeting => "New item from a meeting",
        SourceKind::Instruction => "New item from a leader's instruction",
        SourceKind::Document => "New item from a document",
        SourceKind::Plan | SourceKind::Other => "New item",
    },
    source_fact: |name, reference, date| {
        let mut out = name.to_string();
        if !reference.trim().is_empty() {
            out.push_str(&format!(": {}", reference.trim()));
        }
        if let Some(d) = date {
            out.push_str(&format!(" ({d})"));
        }
        out
    },
    lifecycle_title: "Supervision steps",
    stage_now: |s| format!("Now: {s}"),
    current_step: "(current step)",
    days_after: |n| match n {
        0 => "the same day as the step before".into(),
        1 => "1 day after the step before".into(),
        n => format!("{n} days after the step before"),
    },
    no_steps: "Not assigned to its lead unit yet.",
    step_action: |k| match k {
        StepKind::Assigned => "Assign",
        StepKind::SignedFor => "Sign for",
        StepKind::CompletionReported => "Report completion",
        StepKind::Accepted => "Accept",
        StepKind::Returned => "Return",
        StepKind::ClosedOut => "Close out",
    },
    step_recorded_ok: |k| match k {
        StepKind::Assigned => "Assigned to its lead unit.",
        StepKind::SignedFor => "Signed for.",
        StepKind::CompletionReported => "Completion reported.",
        StepKind::Accepted => "Verified and accepted.",
        StepKind::Returned => "Returned, back in progress.",
        StepKind::ClosedOut => "Closed out.",
    },
    next_steps: "Next",
    loop_over: "The loop is over: the item is closed out.",
    field_date: "Date",
    field_by: "By",
    field_note: "Note",
    field_evidence: "Evidence",
    field_reasons: "Reasons for return",
    by_label: "By",
    evidence_label: "Evidence",
    reasons_label: "Reasons",
    note_label: "Note",
    not_signed_in_time: |n| format!("Not signed for within {n} days"),
    pair: |label, value| format!("{label}: {value}"),
    notices_title: "Supervision notices",
    no_notices: "No notice issued on this item.",
    issue_notice: "Issue a notice",
    field_number: "Number",
    field_level: "Level",
    field_unit: "To unit",
    field_issued: "Issued on",
    field_asked: "What is asked",
    field_reply_due: "Reply due",
    level_hint: |level, number| format!("Proposed: {level}, as notice {number} is unanswered."),
    notice_issued: "Notice issued.",
    record_reply: "Record the reply",
    reply_recorded: "Reply recorded.",
    reply_title: |number| format!("Reply to notice {number}"),
    reply_status: |state, days| match state {
        crate::supervision::ReplyState::Pending => "reply not yet due".into(),
        crate::supervision::ReplyState::OnTime => "replied on time".into(),
        crate::supervision::ReplyState::Late => match days {
            1 => "replied late, 1 day after the due date".into(),
            n => format!("replied late, {n} days after the due date"),
        },
        crate::supervision::ReplyState::Missing => match days {
            1 => "no reply, 1 day past the due date".into(),
            n => format!("no reply, {n} days past the due date"),
        },
    },
    print_notice: "Print",
    notice_list_label: "Notices on this item",
    group_stage: "Stage in the loop",
    loop_stage_name: |s| match s {
        LoopStage::NotAssigned => "Not assigned",
        LoopStage::Assigned => "Assigned, not signed for",
        LoopStage::SignedFor => "Signed for, in progress",
        LoopStage::CompletionReported => "Completion reported",
        LoopStage::Accepted => "Accepted, awaiting close-out",
        LoopStage::Returned => "Returned, in progress again",
        LoopStage::ClosedOut => "Closed out",
    },
    filter_not_signed: "Not signed for in time",
    group_notice: "Open notice",
    any_level: "Any level",
    group_reply: "Replies",
    reply_flag: |r| match r {
        ReplyState::Late => "Replied late",
        ReplyState::Missing => "No reply, past the due date",
        ReplyState::Pending => "Reply not yet due",
        ReplyState::OnTime => "Replied on time",
    },
    bulk_open: |n| match n {
        1 => "Issue a notice to this item".into(),
        n => format!("Issue notices to these {n} items", n = Num(n)),
    },
    bulk_title: "Notices to many items at once",
    bulk_intro: "One notice to each item's lead unit, with the same level, request and dates, numbered in turn. One undo takes them all back.",
    bulk_reach: |n, m| {
        let to = match n {
            0 => "No item will get a notice".to_string(),
            1 => "1 item will get a notice".to_string(),
            n => format!("{n} items will get a notice", n = Num(n)),
        };
        match m {
            0 => format!("{to}."),
            1 => format!("{to}; 1 is skipped: it already has an open notice at this level or higher."),
            m => format!("{to}; {m} are skipped: they already have an open notice at this level or higher.", m = Num(m)),
        }
    },
    bulk_skipped: |title, number, level| format!("“{title}”: notice {number} ({level}) is still open"),
    bulk_skipped_title: |n| match n {
        1 => "The item skipped".into(),
        n => format!("The {n} items skipped", n = Num(n)),
    },
    bulk_issue: |n| match n {
        1 => "Issue 1 notice".into(),
        n => format!("Issue {n} notices", n = Num(n)),
    },
    bulk_issued: |n| match n {
        1 => "1 notice issued.".into(),
        n => format!("{n} notices issued.", n = Num(n)),
    },
    print_title: "Supervision notice",
    print_to: "To",
    print_item: "Item",
    print_level: "Level",
    print_asked: "What is asked",
    print_due: "Reply due",
    print_reply_by: |d| format!("Please reply in writing by {d}."),
    print_office: "Issued by",
    print_issued: "Date",
    print_reply: "Reply",
    print_button: "Print",
    save_notice_hint: "Download the notice as a single web page that opens without this app",
    notice_saved: |f| format!("Notice saved as {f}."),
    back_to_item: "Back to the item",
    notice_missing: "This notice is not in the plan.",
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
    count_new_loop: "待登记的办理环节和回复",
    count_refused: "未予汇总",
    refused_title: "未予汇总",
    refused_intro:
        "以下办理环节、回复或进展报告与本规划记录的事项或督办单不相符，未予汇总；原因列于各项之后。",
    refused_step: |step, date, item| format!("“{item}”的“{step}”环节（{date}）"),
    refused_report: |item, date| format!("“{item}”的进展报告（{date}）"),
    not_lead: |lead| format!("牵头单位为{lead}，只有牵头单位的报送文件可以新增或撤回其进展报告"),
    refused_reply: |number, date| format!("督办单 {number} 的回复（{date}）"),
    field_source_ref: "会议名称或文号",
    field_source_date: "来源日期",
    source_ref_hint: "填写会议名称，或批示、文件的文号。",
    new_from: |s| match s {
        SourceKind::Meeting => "新建会议议定事项",
        SourceKind::Instruction => "新建领导批示事项",
        SourceKind::Document => "新建文件交办事项",
        SourceKind::Plan | SourceKind::Other => "新建事项",
    },
    source_fact: |name, reference, date| {
        let mut out = name.to_string();
        if !reference.trim().is_empty() {
            out.push_str(&format!("：{}", reference.trim()));
        }
        if let Some(d) = date {
            out.push_str(&format!("（{d}）"));
        }
        out
    },
    lifecycle_title: "督办流程",
    stage_now: |s| format!("当前：{s}"),
    current_step: "（当前环节）",
    days_after: |n| match n {
        0 => "与上一环节同日".into(),
        n => format!("距上一环节 {n} 天"),
    },
    no_steps: "尚未交办牵头单位。",
    step_action: |k| match k {
        StepKind::Assigned => "交办",
        StepKind::SignedFor => "签收",
        StepKind::CompletionReported => "申请办结",
        StepKind::Accepted => "核查通过",
        StepKind::Returned => "退回",
        StepKind::ClosedOut => "销号",
    },
    step_recorded_ok: |k| match k {
        StepKind::Assigned => "已交办牵头单位。",
        StepKind::SignedFor => "已签收。",
        StepKind::CompletionReported => "已登记办结申请。",
        StepKind::Accepted => "核查通过。",
        StepKind::Returned => "已退回，重新办理。",
        StepKind::ClosedOut => "已销号。",
    },
    next_steps: "下一步",
    loop_over: "督办闭环已完成：事项已销号。",
    field_date: "日期",
    field_by: "经办人",
    field_note: "说明",
    field_evidence: "佐证材料",
    field_reasons: "退回理由",
    by_label: "经办人",
    evidence_label: "佐证材料",
    reasons_label: "退回理由",
    note_label: "说明",
    not_signed_in_time: |n| format!("未在 {n} 天内签收"),
    pair: |label, value| format!("{label}：{value}"),
    notices_title: "督办单",
    no_notices: "本事项暂无督办单。",
    issue_notice: "下发督办单",
    field_number: "编号",
    field_level: "督办等级",
    field_unit: "督办单位",
    field_issued: "下发日期",
    field_asked: "督办要求",
    field_reply_due: "回复期限",
    level_hint: |level, number| format!("建议等级：{level}（督办单 {number} 尚未回复）。"),
    notice_issued: "督办单已下发。",
    record_reply: "登记回复",
    reply_recorded: "回复已登记。",
    reply_title: |number| format!("督办单 {number} 的回复"),
    reply_status: |state, days| match state {
        crate::supervision::ReplyState::Pending => "未到回复期限".into(),
        crate::supervision::ReplyState::OnTime => "按时回复".into(),
        crate::supervision::ReplyState::Late => format!("逾期回复，超过期限 {days} 天"),
        crate::supervision::ReplyState::Missing => format!("逾期未回复，已超过期限 {days} 天"),
    },
    print_notice: "打印",
    notice_list_label: "本事项的督办单",
    group_stage: "督办环节",
    loop_stage_name: |s| match s {
        LoopStage::NotAssigned => "未交办",
        LoopStage::Assigned => "已交办、未签收",
        LoopStage::SignedFor => "已签收、办理中",
        LoopStage::CompletionReported => "已申请办结",
        LoopStage::Accepted => "核查通过、待销号",
        LoopStage::Returned => "已退回、重新办理",
        LoopStage::ClosedOut => "已销号",
    },
    filter_not_signed: "超期未签收",
    group_notice: "待回复督办单",
    any_level: "任一等级",
    group_reply: "回复情况",
    reply_flag: |r| match r {
        ReplyState::Late => "逾期回复",
        ReplyState::Missing => "逾期未回复",
        ReplyState::Pending => "未到回复期限",
        ReplyState::OnTime => "按时回复",
    },
    bulk_open: |n| format!("向这 {n} 项事项下发督办单", n = Num(n)),
    bulk_title: "批量下发督办单",
    bulk_intro: "向每项事项的牵头单位各下发一份督办单，等级、督办要求和日期相同，依次编号；撤销一次即全部撤回。",
    bulk_reach: |n, m| match m {
        0 => format!("将向 {n} 项事项下发督办单。", n = Num(n)),
        m => format!("将向 {n} 项事项下发督办单；跳过 {m} 项：已有同级或更高等级的督办单尚未回复。", n = Num(n), m = Num(m)),
    },
    bulk_skipped: |title, number, level| format!("“{title}”：督办单 {number}（{level}）尚未回复"),
    bulk_skipped_title: |n| format!("跳过的 {n} 项", n = Num(n)),
    bulk_issue: |n| format!("下发 {n} 份督办单", n = Num(n)),
    bulk_issued: |n| format!("已下发 {n} 份督办单。", n = Num(n)),
    print_title: "督办单",
    print_to: "督办单位",
    print_item: "督办事项",
    print_level: "督办等级",
    print_asked: "督办要求",
    print_due: "回复期限",
    print_reply_by: |d| format!("请于 {d} 前书面回复办理情况。"),
    print_office: "督办机关",
    print_issued: "日期",
    print_reply: "回复情况",
    print_button: "打印",
    save_notice_hint: "将本督办单下载为单个网页文件，无需本应用即可打开",
    notice_saved: |f| format!("督办单已保存为 {f}。"),
    back_to_item: "返回事项",
    notice_missing: "本规划中没有这份督办单。",
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

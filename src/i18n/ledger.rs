//! Texts of the task and project pages and the progress ledger, in both languages.

use super::Catalog;
use super::Num;
use crate::model::ReportedStatus;
use crate::step_back::StepBack;

impl Catalog {
    /// The label of a task's free-text field (a row of
    /// `model::task_texts::TASK_TEXTS`), found by the row's key: its name on
    /// the task form, on the task page and as its CSV header. A key without
    /// a label here is its own label (a test keeps every row labelled).
    pub fn task_text_label(&'static self, key: &'static str) -> &'static str {
        let l = self.ledger;
        match key {
            "code" => self.field_code,
            "leader" => l.field_leader,
            "funding_source" => l.field_funding_source,
            "requirement" => l.field_requirement,
            "description" => l.field_description,
            _ => key,
        }
    }
}

/// Texts of the task and project pages and the progress ledger.
pub struct LedgerText {
    // The progress ledger
    pub report_progress: &'static str,
    pub ledger_title: &'static str,
    pub no_reports: &'static str,
    pub new_report: &'static str,
    pub field_report_date: &'static str,
    /// The reporting period (报告期) a report answers.
    pub field_reporting_period: &'static str,
    /// Under the period select: the grace days the default follows.
    pub reporting_period_hint: fn(u32) -> String,
    /// Beside a report in the ledger: the period it answers, in words.
    pub report_answers: fn(&str) -> String,
    pub field_progress: &'static str,
    pub field_status: &'static str,
    pub field_narrative: &'static str,
    pub field_problems: &'static str,
    pub field_next_steps: &'static str,
    pub field_reporter: &'static str,
    pub field_evidence: &'static str,
    /// The day the work was completed, asked of a report saying completed.
    pub field_completed_on: &'static str,
    pub completed_on_hint: &'static str,
    /// Under a new report that steps back from the report before it.
    pub step_back: fn(StepBack) -> String,
    /// Beside a report that gives the day the work was completed.
    pub completed_on_note: fn(&str) -> String,
    pub reported_status: fn(ReportedStatus) -> &'static str,
    pub report_saved: &'static str,
    /// The heading of one report: its date.
    pub report_title: fn(&str) -> String,
    /// Words that tell one report's buttons from another's: "the report of <date>".
    pub report_of: fn(&str) -> String,
    pub withdraw: &'static str,
    pub withdraw_reason: &'static str,
    pub confirm_withdraw: &'static str,
    pub reinstate: &'static str,
    pub withdrawn: &'static str,
    /// When, by whom (none when no name was set) and why a report was withdrawn.
    pub withdrawn_note: fn(&str, Option<&str>, &str) -> String,
    pub report_withdrawn: &'static str,
    pub report_reinstated: &'static str,
    /// The default reporter from the user's name and unit (either may be empty).
    pub reporter_default: fn(&str, &str) -> String,
    // The task page
    pub task_missing: &'static str,
    pub details: &'static str,
    pub task_actions: &'static str,
    pub edit_task: &'static str,
    pub task_saved: &'static str,
    pub delete_task: &'static str,
    /// title, number of progress reports that go with it
    pub delete_task_confirm: fn(&str, usize) -> String,
    pub task_deleted: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    /// Said after a move: up (true) or down, and the task passed.
    pub task_moved: fn(bool, &str) -> String,
    /// What "Move up" (true) or "Move down" would do: the task it would
    /// pass, or why it cannot move (first or last in the list).
    pub move_hint: fn(bool, Option<&str>) -> String,
    pub field_description: &'static str,
    pub field_co_units: &'static str,
    pub no_other_units: &'static str,
    pub field_leader: &'static str,
    pub field_funding_source: &'static str,
    pub field_requirement: &'static str,
    pub field_indicator: &'static str,
    pub field_weight: &'static str,
    pub field_tags: &'static str,
    /// The tags field in the editor, which says how to separate them.
    pub field_tags_edit: &'static str,
    pub none: &'static str,
    /// Between the items of a list written out: ", " or "、".
    pub list_sep: &'static str,
    pub not_set: &'static str,
    pub milestones: &'static str,
    pub add_milestone: &'static str,
    pub new_milestone: &'static str,
    pub edit_milestone: &'static str,
    pub field_milestone_name: &'static str,
    pub field_due: &'static str,
    pub field_done: &'static str,
    /// A milestone done after its due date: how many days late.
    pub done_late: fn(i64) -> String,
    pub not_done: &'static str,
    pub edit: &'static str,
    pub mark_done_today: &'static str,
    pub remove: &'static str,
    pub remove_milestone_confirm: fn(&str) -> String,
    pub no_milestones: &'static str,
    pub milestone_saved: &'static str,
    pub milestone_done: &'static str,
    pub milestone_removed: &'static str,
    pub milestone_moved: &'static str,
}

pub static EN: LedgerText = LedgerText {
    report_progress: "Report progress",
    ledger_title: "Progress ledger",
    no_reports: "No progress has been reported yet.",
    new_report: "New progress report",
    field_report_date: "Report date",
    field_reporting_period: "Reporting period",
    reporting_period_hint: |grace| {
        match grace {
        0 => "The period the report covers. By default, the period of the report date.".to_string(),
        1 => "The period the report covers. By default, the period just ended when the report is written within 1 day after it ends; else the current one.".to_string(),
        n => format!(
            "The period the report covers. By default, the period just ended when the report is written within {n} days after it ends; else the current one."
        ),
    }
    },
    report_answers: |period| format!("for {period}"),
    field_progress: "Progress (%)",
    field_status: "Reported status",
    field_narrative: "Progress made",
    field_problems: "Problems met",
    field_next_steps: "Next steps",
    field_reporter: "Reporter",
    field_evidence: "Evidence (link or description)",
    field_completed_on: "Day completed",
    step_back: |s| match s {
        StepBack::Lower { from, on } => format!(
            "Lower than the {from}% reported on {on}. Save if the work has gone back or that figure was wrong."
        ),
        StepBack::Reopened { on } => {
            format!("Reported completed on {on}. Saved, this report reopens it.")
        }
    },
    completed_on_hint: "Blank: the report date. For work finished before it (a plan set up mid-year), the day it was finished: completion on time is judged by it.",
    completed_on_note: |d| format!("completed on {d}"),
    reported_status: |s| match s {
        ReportedStatus::NotStarted => "Not started",
        ReportedStatus::OnTrack => "On track",
        ReportedStatus::AtRisk => "At risk",
        ReportedStatus::Behind => "Behind schedule",
        ReportedStatus::Completed => "Completed",
    },
    report_saved: "Progress report recorded.",
    report_title: |date| format!("Report of {date}"),
    report_of: |date| format!("the report of {date}"),
    withdraw: "Withdraw",
    withdraw_reason: "Reason for withdrawal",
    confirm_withdraw: "Withdraw report",
    reinstate: "Reinstate",
    withdrawn: "Withdrawn",
    withdrawn_note: |date, by, reason| match by {
        Some(by) => format!("Withdrawn on {date} by {by}. Reason: {reason}"),
        None => format!("Withdrawn on {date}. Reason: {reason}"),
    },
    report_withdrawn: "Report withdrawn. It stays in the ledger, marked as withdrawn.",
    report_reinstated: "Report reinstated.",
    reporter_default: |name, unit| match (name.trim(), unit.trim()) {
        ("", u) => u.to_string(),
        (n, "") => n.to_string(),
        (n, u) => format!("{n} ({u})"),
    },
    task_missing: "Task not found",
    details: "Task details",
    task_actions: "Task actions",
    edit_task: "Edit task",
    task_saved: "Task saved.",
    delete_task: "Delete task",
    delete_task_confirm: |title, n| match n {
        0 => format!("Delete the task “{title}”? You can undo this."),
        1 => format!("Delete the task “{title}” and its 1 progress report? You can undo this."),
        n => format!(
            "Delete the task “{title}” and its {n} progress reports? You can undo this.",
            n = Num(n)
        ),
    },
    task_deleted: "Task deleted. Use Undo to bring it back.",
    move_up: "Move up",
    move_down: "Move down",
    task_moved: |up, other| {
        if up {
            format!("Task moved above “{other}” in the task list.")
        } else {
            format!("Task moved below “{other}” in the task list.")
        }
    },
    move_hint: |up, other| match (up, other) {
        (true, Some(o)) => format!("Moves it above “{o}” in the task list; its key area stays."),
        (false, Some(o)) => format!("Moves it below “{o}” in the task list; its key area stays."),
        (true, None) => "It is already first in the task list.".into(),
        (false, None) => "It is already last in the task list.".into(),
    },
    field_description: "Description",
    field_co_units: "Co-operating units",
    no_other_units: "There are no other units in this plan.",
    field_leader: "Leader in charge",
    field_funding_source: "Funding source",
    field_requirement: "Requirement",
    field_indicator: "Linked indicator",
    field_weight: "Weight",
    field_tags: "Tags",
    field_tags_edit: "Tags (separated by commas)",
    none: "None",
    list_sep: ", ",
    not_set: "Not set",
    milestones: "Milestones",
    add_milestone: "Add milestone",
    new_milestone: "New milestone",
    edit_milestone: "Edit milestone",
    field_milestone_name: "Milestone",
    field_due: "Due date",
    field_done: "Done on",
    done_late: |n| match n {
        1 => "(1 day late)".into(),
        _ => format!("({n} days late)"),
    },
    not_done: "Not done yet",
    edit: "Edit",
    mark_done_today: "Mark done today",
    remove: "Remove",
    remove_milestone_confirm: |name| format!("Remove the milestone “{name}”? You can undo this."),
    no_milestones: "No milestones yet.",
    milestone_saved: "Milestone saved.",
    milestone_done: "Milestone marked done.",
    milestone_removed: "Milestone removed.",
    milestone_moved: "Milestone moved.",
};

pub static ZH: LedgerText = LedgerText {
    report_progress: "填报进展",
    ledger_title: "进展台账",
    no_reports: "尚未填报进展情况。",
    new_report: "填报进展情况",
    field_report_date: "填报日期",
    field_reporting_period: "报告期",
    reporting_period_hint: |grace| {
        match grace {
        0 => "本报告所反映的时段，默认为填报日期所在的报告期。".to_string(),
        n => format!("本报告所反映的时段。报告期结束后 {n} 天内填报的，默认计入刚结束的报告期，否则计入当前报告期。"),
    }
    },
    report_answers: |period| format!("报告期：{period}"),
    field_progress: "完成进度（%）",
    field_status: "进展状态",
    field_narrative: "工作进展",
    field_problems: "存在问题",
    field_next_steps: "下一步计划",
    field_reporter: "填报人",
    field_evidence: "佐证材料（链接或说明）",
    field_completed_on: "完成日期",
    step_back: |s| match s {
        StepBack::Lower { from, on } => {
            format!("低于 {on} 报送的 {from}%。如进度确有回落或原数字有误，可照常保存。")
        }
        StepBack::Reopened { on } => format!("{on} 报送为已完成；保存本条，即报为未完成。"),
    },
    completed_on_hint:
        "留空即为填报日期。此前已完成的（如年中建账时补录），填实际完成日期，按期完成按此认定。",
    completed_on_note: |d| format!("完成日期：{d}"),
    reported_status: |s| match s {
        ReportedStatus::NotStarted => "尚未启动",
        ReportedStatus::OnTrack => "正常推进",
        ReportedStatus::AtRisk => "存在风险",
        ReportedStatus::Behind => "进度滞后",
        ReportedStatus::Completed => "已完成",
    },
    report_saved: "进展情况已填报。",
    report_title: |date| format!("{date} 进展报告"),
    report_of: |date| format!("{date} 的进展报告"),
    withdraw: "撤回",
    withdraw_reason: "撤回原因",
    confirm_withdraw: "确认撤回",
    reinstate: "恢复",
    withdrawn: "已撤回",
    withdrawn_note: |date, by, reason| match by {
        Some(by) => format!("{by}于 {date} 撤回。原因：{reason}"),
        None => format!("已于 {date} 撤回。原因：{reason}"),
    },
    report_withdrawn: "报告已撤回，仍保留在台账中并标注为已撤回。",
    report_reinstated: "报告已恢复。",
    reporter_default: |name, unit| match (name.trim(), unit.trim()) {
        ("", u) => u.to_string(),
        (n, "") => n.to_string(),
        (n, u) => format!("{u} {n}"),
    },
    task_missing: "未找到该任务",
    details: "任务详情",
    task_actions: "任务操作",
    edit_task: "编辑任务",
    task_saved: "任务已保存。",
    delete_task: "删除任务",
    delete_task_confirm: |title, n| match n {
        0 => format!("确定删除任务“{title}”？删除后可撤销。"),
        n => format!(
            "确定删除任务“{title}”及其 {n} 条进展报告？删除后可撤销。",
            n = Num(n)
        ),
    },
    task_deleted: "任务已删除，可点击“撤销”恢复。",
    move_up: "上移",
    move_down: "下移",
    task_moved: |up, other| {
        if up {
            format!("任务已移到任务清单中“{other}”之前。")
        } else {
            format!("任务已移到任务清单中“{other}”之后。")
        }
    },
    move_hint: |up, other| match (up, other) {
        (true, Some(o)) => format!("移到任务清单中“{o}”之前，所属重点领域不变。"),
        (false, Some(o)) => format!("移到任务清单中“{o}”之后，所属重点领域不变。"),
        (true, None) => "已是任务清单中的第一项。".into(),
        (false, None) => "已是任务清单中的最后一项。".into(),
    },
    field_description: "任务描述",
    field_co_units: "配合单位",
    no_other_units: "本规划中没有其他单位。",
    field_leader: "分管领导",
    field_funding_source: "资金来源",
    field_requirement: "目标要求",
    field_indicator: "关联指标",
    field_weight: "权重",
    field_tags: "标签",
    field_tags_edit: "标签（用逗号分隔）",
    none: "无",
    list_sep: "、",
    not_set: "未设置",
    milestones: "节点",
    add_milestone: "新增节点",
    new_milestone: "新增节点",
    edit_milestone: "编辑节点",
    field_milestone_name: "节点名称",
    field_due: "计划完成日期",
    field_done: "实际完成日期",
    done_late: |n| format!("（逾期 {n} 天完成）"),
    not_done: "尚未完成",
    edit: "编辑",
    mark_done_today: "标记今日完成",
    remove: "删除",
    remove_milestone_confirm: |name| format!("确定删除节点“{name}”？删除后可撤销。"),
    no_milestones: "暂无节点。",
    milestone_saved: "节点已保存。",
    milestone_done: "节点已标记完成。",
    milestone_removed: "节点已删除。",
    milestone_moved: "节点顺序已调整。",
};

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::model::task_texts::TASK_TEXTS;

    #[test]
    fn every_task_text_has_a_label_in_both_languages() {
        for lang in [Lang::Zh, Lang::En] {
            let t = lang.catalog();
            for f in TASK_TEXTS {
                let label = t.task_text_label(f.key);
                assert!(!label.is_empty() && label != f.key, "{} in {lang:?}", f.key);
            }
        }
        let zh = Lang::Zh.catalog().task_text_label("funding_source");
        assert_eq!(zh, "资金来源");
    }
}

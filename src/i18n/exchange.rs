//! Texts of the report exchange, in both languages: a unit downloads "my
//! report" for a period (on the "Report by unit" view), and the plan office
//! merges many unit report files into the plan (the merge step).

use super::{plural, Num};
use crate::merge::MergeTally;
use crate::model::Subject;

/// Texts of exporting a unit report and merging unit reports.
pub struct ExchangeText {
    // Export ("Download my report")
    pub export_title: &'static str,
    pub export_intro: &'static str,
    pub period_kind: &'static str,
    pub period: &'static str,
    /// What the file holds: (progress reports, indicator values).
    /// What a unit's file holds: (reports, values, its own supervision
    /// steps and replies).
    pub holds: fn(usize, usize, usize) -> String,
    /// The chosen period holds nothing of the unit's: (that period's name,
    /// the name of the period of its latest report, if it has one).
    pub holds_nothing: fn(&str, Option<&str>) -> String,
    /// After `holds`, when the unit withdrew reports of the period: (how many).
    pub holds_withdrawn: fn(usize) -> String,
    /// The button that chooses the period of the unit's latest report: (its name).
    pub take_period: fn(&str) -> String,
    pub download: &'static str,
    /// After saving: (file name).
    pub downloaded: fn(&str) -> String,
    pub download_failed: &'static str,
    // Merge step
    /// The step's heading: (number of files).
    pub title: fn(usize) -> String,
    pub intro: &'static str,
    pub files_title: &'static str,
    pub col_include: &'static str,
    pub col_file: &'static str,
    pub col_unit: &'static str,
    pub col_period: &'static str,
    pub col_plan: &'static str,
    pub col_contents: &'static str,
    /// A file's contents: (progress reports, indicator values).
    pub contents: fn(usize, usize) -> String,
    /// The include box's accessible name: (file name).
    pub include_file: fn(&str) -> String,
    /// A report for another plan: (its plan's title, its plan's id).
    pub other_plan: fn(&str, &str) -> String,
    pub other_plan_left_out: &'static str,
    pub other_plan_included: &'static str,
    pub this_plan: &'static str,
    pub preview_title: &'static str,
    pub count_new_reports: &'static str,
    pub count_new_values: &'static str,
    pub count_duplicates: &'static str,
    /// Reports a file brings withdrawn that stand in the plan: the count's
    /// label and the heading of their list.
    pub count_withdrawn: &'static str,
    pub withdrawn_intro: &'static str,
    /// Reports a merged file withdraws, as a sentence: (how many).
    pub withdrawn_count: fn(usize) -> String,
    pub count_conflicts: &'static str,
    pub count_unmatched: &'static str,
    pub new_title: &'static str,
    pub new_reports_title: &'static str,
    pub new_values_title: &'static str,
    /// New reports on one task or project: (how many).
    pub reports_on: fn(usize) -> String,
    pub list_sep: &'static str,
    pub nothing_new: &'static str,
    /// Said when the files hold no report, value, step or reply at all.
    pub nothing_in_files: &'static str,
    pub duplicates_title: &'static str,
    /// (reports, values) already in the plan.
    /// Reports, values, and the loop's steps and replies already here.
    pub duplicates_note: fn(usize, usize, usize) -> String,
    pub unmatched_title: &'static str,
    pub unmatched_intro: &'static str,
    /// A report on something the plan lacks: (what it is on, its date, progress).
    pub unmatched_report: fn(&Subject, &str, &str) -> String,
    /// A value of an indicator the plan lacks: (indicator id, period, value).
    pub unmatched_value: fn(&str, &str, &str) -> String,
    /// Where an item came from: (file name).
    pub from_file: fn(&str) -> String,
    pub conflicts_title: &'static str,
    pub conflicts_intro: &'static str,
    pub use_incoming_all: &'static str,
    pub keep_current_all: &'static str,
    /// A conflicting report: (what it is on, its id).
    pub conflict_report: fn(&str, &str) -> String,
    /// A conflicting value: (indicator, period).
    pub conflict_value: fn(&str, &str) -> String,
    pub col_item: &'static str,
    pub current_version: &'static str,
    /// The current item came from an earlier file: (file name).
    pub current_from_file: fn(&str) -> String,
    pub incoming_version: &'static str,
    /// The files an incoming item came in: (file names).
    pub sent_in: fn(&str) -> String,
    pub row_date: &'static str,
    pub row_progress: &'static str,
    pub row_status: &'static str,
    pub row_narrative: &'static str,
    pub row_problems: &'static str,
    pub row_next_steps: &'static str,
    pub row_reporter: &'static str,
    pub row_value: &'static str,
    pub row_note: &'static str,
    /// Marks a cell whose two versions differ (beside its emphasis).
    pub differs: &'static str,
    pub choice: &'static str,
    pub keep_current: &'static str,
    pub keep_both: &'static str,
    pub take_incoming: &'static str,
    pub merge: &'static str,
    pub none_included: &'static str,
    /// The result of a merge.
    pub merged: fn(&MergeTally) -> String,
    /// A merge that changed nothing: (items already here).
    pub nothing_merged: fn(usize) -> String,
}

fn en_withdrawn(n: usize) -> String {
    format!("{} withdrawn", plural(n, "report", "reports"))
}

fn zh_withdrawn(n: usize) -> String {
    format!("撤回进展报告 {n} 条", n = Num(n))
}

pub static EN: ExchangeText = ExchangeText {
    export_title: "Send my report to the plan office",
    export_intro: "Save this unit's progress reports and the indicator values of a period as one file, \
        and send it to the plan office, which merges it into the plan. Nothing leaves this page by itself.",
    period_kind: "Period type",
    period: "Period",
    holds: |r, v, s| {
        let (r, v) = (
            plural(r, "progress report", "progress reports"),
            plural(v, "indicator value", "indicator values"),
        );
        match s {
            0 => format!("The file holds {r} and {v}."),
            s => format!(
                "The file holds {r}, {v}, and {}.",
                plural(
                    s,
                    "supervision step or reply",
                    "supervision steps and replies"
                )
            ),
        }
    },
    holds_nothing: |period, latest| match latest {
        Some(latest) => format!(
            "Nothing to send for {period}: this unit has no progress report, indicator value or reply in it. \
             Its latest reports are for {latest}."
        ),
        None => format!("Nothing to send for {period}: this unit has no progress report, indicator value or reply in it."),
    },
    holds_withdrawn: |n| match n {
        1 => "It also carries 1 report this unit withdrew: merged, the plan office's copy is withdrawn too.".into(),
        n => format!("It also carries {n} reports this unit withdrew: merged, the plan office's copies are withdrawn too.", n = Num(n)),
    },
    take_period: |p| format!("Choose {p}"),
    download: "Download my report",
    downloaded: |f| format!("Saved {f}. Send it to the plan office."),
    download_failed: "The report could not be saved.",
    title: |n| {
        if n == 1 {
            "Merge a unit report".into()
        } else {
            format!("Merge {n} unit reports", n = Num(n))
        }
    },
    intro: "Check what these files bring before anything changes. Reports already in the plan are \
        counted once; a conflict waits for your choice. The merge is one change, and Undo takes it back.",
    files_title: "Files",
    col_include: "Merge",
    col_file: "File",
    col_unit: "Unit",
    col_period: "Period",
    col_plan: "Plan",
    col_contents: "Contents",
    contents: |r, v| {
        format!(
            "{}, {}",
            plural(r, "report", "reports"),
            plural(v, "value", "values")
        )
    },
    include_file: |f| format!("Merge {f}"),
    other_plan: |title, id| format!("Another plan: “{title}” ({id})"),
    other_plan_left_out: "Left out unless you tick it.",
    other_plan_included: "Included at your word.",
    this_plan: "This plan",
    preview_title: "What the merge will do",
    count_new_reports: "New progress reports",
    count_new_values: "New indicator values",
    count_duplicates: "Already here, counted once",
    count_withdrawn: "Withdrawn by their units",
    withdrawn_intro: "Their units withdrew these reports after sending them. Merging withdraws them in this plan too: each stays in the ledger, marked withdrawn, and no longer counts.",
    withdrawn_count: |n| format!("{}, as the file says.", en_withdrawn(n)),
    count_conflicts: "Conflicts to resolve",
    count_unmatched: "Not in this plan, not merged",
    new_title: "New",
    new_reports_title: "Progress reports, by task and project",
    new_values_title: "Indicator values",
    reports_on: |n| plural(n, "report", "reports"),
    list_sep: ", ",
    nothing_new: "Nothing new: every report and value in these files is already in the plan.",
    nothing_in_files: "Nothing to merge: these files hold no progress report, indicator value or reply. \
        Was each unit's file saved for the period it reported in?",
    duplicates_title: "Already here",
    duplicates_note: |r, v, l| {
        let parts: Vec<String> = [
            (r, "report", "reports"),
            (v, "value", "values"),
            (l, "supervision step or reply", "supervision steps and replies"),
        ]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| plural(n, one, many))
        .collect();
        let what = match parts.as_slice() {
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            [] => String::new(),
        };
        let verb = if r + v + l == 1 { "is" } else { "are" };
        format!("{what} {verb} already in the plan; each is counted once and not added again.")
    },
    unmatched_title: "Not in this plan",
    unmatched_intro: "These items are on tasks, projects or indicators this plan does not have. \
        They are listed here and not merged.",
    unmatched_report: |s, date, progress| match s {
        Subject::Task(id) => format!("Report of {date} ({progress}) on task {id}"),
        Subject::Project(id) => format!("Report of {date} ({progress}) on project {id}"),
    },
    unmatched_value: |id, period, value| format!("Value {value} for {period} of indicator {id}"),
    from_file: |f| format!("from {f}"),
    conflicts_title: "Conflicts",
    conflicts_intro: "The same report or value arrived with different content. Choose for each one; \
        nothing is overwritten without your choice. Reports are never edited: keeping both adds \
        the incoming one as a new report.",
    use_incoming_all: "Use incoming for all (reports: keep both)",
    keep_current_all: "Keep current for all",
    conflict_report: |on, date| format!("Report of {date} on {on}"),
    conflict_value: |name, period| format!("{name}, {period}"),
    col_item: "Item",
    current_version: "In this plan",
    current_from_file: |f| format!("From {f} (earlier file)"),
    incoming_version: "Incoming",
    sent_in: |f| format!("Sent in {f}"),
    row_date: "Date",
    row_progress: "Progress",
    row_status: "Status",
    row_narrative: "Progress made",
    row_problems: "Problems",
    row_next_steps: "Next steps",
    row_reporter: "Reporter",
    row_value: "Value",
    row_note: "Note",
    differs: "(differs)",
    choice: "Your choice",
    keep_current: "Keep current",
    keep_both: "Keep both",
    take_incoming: "Take incoming",
    merge: "Merge",
    none_included: "No file is included: tick a file above to merge it.",
    merged: |t| {
        let mut parts = vec![format!(
            "{} added",
            plural(t.reports_added, "report", "reports")
        )];
        if t.values_added > 0 {
            parts.push(format!(
                "{} added",
                plural(t.values_added, "value", "values")
            ));
        }
        if t.values_replaced > 0 {
            parts.push(format!(
                "{} replaced",
                plural(t.values_replaced, "value", "values")
            ));
        }
        if t.reports_withdrawn > 0 {
            parts.push(en_withdrawn(t.reports_withdrawn));
        }
        parts.push(format!("{} already here", Num(t.already_here)));
        parts.push(format!(
            "{} resolved",
            plural(t.conflicts_resolved, "conflict", "conflicts")
        ));
        if t.steps_added > 0 {
            parts.push(format!(
                "{} recorded",
                plural(t.steps_added, "lifecycle step", "lifecycle steps")
            ));
        }
        if t.replies_added + t.replies_replaced > 0 {
            parts.push(format!(
                "{} recorded",
                plural(
                    t.replies_added + t.replies_replaced,
                    "reply to a notice",
                    "replies to notices"
                )
            ));
        }
        if t.refused > 0 {
            parts.push(format!("{} could not follow and were not merged", Num(t.refused)));
        }
        if t.unmatched > 0 {
            parts.push(format!("{} not in this plan, not merged", Num(t.unmatched)));
        }
        format!("Merged: {}.", parts.join(", "))
    },
    nothing_merged: |n| {
        format!("Nothing to add: {n} already here. The plan is unchanged.", n = Num(n))
    },
};

pub static ZH: ExchangeText = ExchangeText {
    export_title: "向规划办公室报送",
    export_intro: "将本单位某一报告期的进展报告和指标数值保存为一个文件，报送规划办公室汇总。本页面不会自行发送任何数据。",
    period_kind: "周期类型",
    period: "报告期",
    holds: |r, v, s| match s {
        0 => format!("文件含进展报告 {r} 条、指标数值 {v} 项。", r = Num(r), v = Num(v)),
        s => format!("文件含进展报告 {r} 条、指标数值 {v} 项、督办环节和回复 {s} 项。", r = Num(r), v = Num(v), s = Num(s)),
    },
    holds_nothing: |period, latest| match latest {
        Some(latest) => format!("{period}没有可报送的内容：本单位在该期没有进展报告、指标数值或督办回复。本单位最近的报告属于{latest}。"),
        None => format!("{period}没有可报送的内容：本单位在该期没有进展报告、指标数值或督办回复。"),
    },
    holds_withdrawn: |n| format!("另含本单位已撤回的报告 {n} 条，汇总后规划办公室的相应报告也将撤回。", n = Num(n)),
    take_period: |p| format!("改选{p}"),
    download: "下载本单位报送文件",
    downloaded: |f| format!("已保存“{f}”，请报送规划办公室。"),
    download_failed: "报送文件未能保存。",
    title: |n| format!("汇总单位报送（{n} 个文件）", n = Num(n)),
    intro: "汇总前请先核对各文件内容。规划中已有的报告只计一次；存在冲突的，须逐项选择处理方式。汇总作为一次修改记录，可以撤销。",
    files_title: "报送文件",
    col_include: "纳入汇总",
    col_file: "文件",
    col_unit: "报送单位",
    col_period: "报告期",
    col_plan: "所属规划",
    col_contents: "内容",
    contents: |r, v| format!("报告 {r} 条，数值 {v} 项", r = Num(r), v = Num(v)),
    include_file: |f| format!("汇总“{f}”"),
    other_plan: |title, id| format!("属于其他规划：“{title}”（{id}）"),
    other_plan_left_out: "默认不汇总，勾选后方可纳入。",
    other_plan_included: "已按您的选择纳入。",
    this_plan: "本规划",
    preview_title: "汇总预览",
    count_new_reports: "新增进展报告",
    count_new_values: "新增指标数值",
    count_duplicates: "已有内容（只计一次）",
    count_withdrawn: "报送单位已撤回",
    withdrawn_intro: "以下报告由报送单位在报送后撤回。汇总后本规划中的这些报告也将撤回：仍保留在台账中并标注为已撤回，不再计入进度。",
    withdrawn_count: |n| format!("按文件所载{}。", zh_withdrawn(n)),
    count_conflicts: "待处理冲突",
    count_unmatched: "本规划中没有（不汇总）",
    new_title: "新增内容",
    new_reports_title: "进展报告（按任务、项目）",
    new_values_title: "指标数值",
    reports_on: |n| format!("{n} 条报告", n = Num(n)),
    list_sep: "、",
    nothing_new: "无新增内容：这些文件中的报告和数值均已在本规划中。",
    nothing_in_files: "无可汇总内容：这些文件中没有任何进展报告、指标数值或督办回复。请核对各单位是否按其填报的报告期保存了报送文件。",
    duplicates_title: "已有内容",
    duplicates_note: |r, v, l| {
        let parts: Vec<String> = [(r, "进展报告", "条"), (v, "指标数值", "项"), (l, "督办环节及回复", "项")]
            .into_iter()
            .filter(|(n, _, _)| *n > 0)
            .map(|(n, what, unit)| format!("{what} {n} {unit}"))
            .collect();
        format!("{}已在本规划中，只计一次，不重复添加。", parts.join("、"))
    },
    unmatched_title: "本规划中没有的内容",
    unmatched_intro: "以下内容涉及的任务、项目或指标本规划中没有，仅列出，不予汇总。",
    unmatched_report: |s, date, progress| match s {
        Subject::Task(id) => format!("任务 {id} 的 {date} 进展报告（{progress}）"),
        Subject::Project(id) => format!("项目 {id} 的 {date} 进展报告（{progress}）"),
    },
    unmatched_value: |id, period, value| format!("指标 {id} 的 {period} 数值 {value}"),
    from_file: |f| format!("来自“{f}”"),
    conflicts_title: "冲突",
    conflicts_intro: "同一报告或数值报送了不同内容，请逐项选择；未经选择不会覆盖任何内容。进展报告一经记录不可修改，“两者都保留”将报送版本另存为一条新报告。",
    use_incoming_all: "全部采用报送版本（进展报告两者都保留）",
    keep_current_all: "全部保留现有版本",
    conflict_report: |on, date| format!("{on}：{date} 的进展报告"),
    conflict_value: |name, period| format!("{name}，{period}"),
    col_item: "项目",
    current_version: "本规划现有",
    current_from_file: |f| format!("先导入的“{f}”"),
    incoming_version: "报送版本",
    sent_in: |f| format!("报送文件：{f}"),
    row_date: "日期",
    row_progress: "进度",
    row_status: "状态",
    row_narrative: "进展情况",
    row_problems: "存在问题",
    row_next_steps: "下步打算",
    row_reporter: "报告人",
    row_value: "数值",
    row_note: "备注",
    differs: "（不同）",
    choice: "处理方式",
    keep_current: "保留现有",
    keep_both: "两者都保留",
    take_incoming: "采用报送版本",
    merge: "确认汇总",
    none_included: "未纳入任何文件：请在上方勾选要汇总的文件。",
    merged: |t| {
        let mut parts = vec![format!("新增进展报告 {} 条", Num(t.reports_added))];
        if t.values_added > 0 {
            parts.push(format!("新增指标数值 {} 项", Num(t.values_added)));
        }
        if t.values_replaced > 0 {
            parts.push(format!("更新指标数值 {} 项", Num(t.values_replaced)));
        }
        if t.reports_withdrawn > 0 {
            parts.push(zh_withdrawn(t.reports_withdrawn));
        }
        parts.push(format!("已有 {} 项（只计一次）", Num(t.already_here)));
        parts.push(format!("处理冲突 {} 处", Num(t.conflicts_resolved)));
        if t.steps_added > 0 {
            parts.push(format!("登记办理环节 {} 个", Num(t.steps_added)));
        }
        if t.replies_added + t.replies_replaced > 0 {
            parts.push(format!(
                "登记督办回复 {} 份",
                Num(t.replies_added + t.replies_replaced)
            ));
        }
        if t.refused > 0 {
            parts.push(format!("{} 项不能接续、未汇总", Num(t.refused)));
        }
        if t.unmatched > 0 {
            parts.push(format!("{} 项本规划中没有、未汇总", Num(t.unmatched)));
        }
        format!("汇总完成：{}。", parts.join("，"))
    },
    nothing_merged: |n| format!("无可新增内容：{n} 项均已在本规划中，规划未作改动。", n = Num(n)),
};

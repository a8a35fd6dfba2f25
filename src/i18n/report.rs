//! Texts of the period report (`?view=period-report`), in both languages.

use super::Num;
use crate::indicator_progress::ProgressClass;
use crate::model::Date;
use crate::period::{Period, PeriodKind};
use crate::period_report::AsOfBasis;
use chrono::Datelike;

/// Texts of the period report.
pub struct ReportText {
    // The picker and the buttons
    /// The label of the group of controls above the report.
    pub controls: &'static str,
    pub kind_label: &'static str,
    pub kind_name: fn(PeriodKind) -> &'static str,
    pub period_label: &'static str,
    /// The link to the period before: (its name).
    pub previous: fn(&str) -> String,
    /// The link to the period after: (its name).
    pub next: fn(&str) -> String,
    pub previous_short: &'static str,
    pub next_short: &'static str,
    pub print: &'static str,
    pub print_hint: &'static str,
    pub save_html: &'static str,
    pub save_html_hint: &'static str,
    /// (the file's name).
    pub saved: fn(&str) -> String,
    pub save_failed: &'static str,
    // The title block
    /// A period in words: "2023年第三季度", "Q3 2023".
    pub period_name: fn(Period) -> String,
    /// The report's title: (the period in words).
    pub title: fn(&str) -> String,
    pub period_label_block: &'static str,
    pub as_of_label: &'static str,
    /// Why the report is as of its date: (the date in words, the basis).
    pub as_of_note: fn(&str, AsOfBasis) -> String,
    /// A date in words: "2023年9月30日", "30 September 2023".
    pub date: fn(Date) -> String,
    // Overview
    pub overview: &'static str,
    pub lights_heading: &'static str,
    pub reports_received: &'static str,
    /// (subjects reported on).
    pub reports_about: fn(usize) -> String,
    // Roll-up tables
    pub by_area: &'static str,
    pub by_unit: &'static str,
    pub col_area: &'static str,
    pub col_unit: &'static str,
    pub col_completed: &'static str,
    pub col_lights: &'static str,
    pub no_areas: &'static str,
    pub no_units: &'static str,
    // The red list
    pub red_list: &'static str,
    pub red_intro: fn(usize) -> String,
    pub red_none: &'static str,
    pub col_reason: &'static str,
    // Indicators
    pub indicators: &'static str,
    pub col_class: &'static str,
    pub indicators_note: &'static str,
    pub no_indicators: &'static str,
    /// The class a mid-term review gives an indicator.
    pub class_name: fn(ProgressClass) -> &'static str,
    // Projects
    pub projects: &'static str,
    pub projects_note: &'static str,
    pub no_projects: &'static str,
    pub total: &'static str,
    pub not_applicable: &'static str,
    // Progress reports
    pub reports: &'static str,
    /// (the period, as-of day), both in words.
    pub reports_intro: fn(&str, &str) -> String,
    pub no_reports: &'static str,
    /// What the report says without the period's reports listed: (how
    /// many).
    pub annex_left_out: fn(usize) -> String,
    pub task_label: &'static str,
    pub project_label: &'static str,
    pub col_date: &'static str,
    /// The reporting period a report answers.
    pub col_answers: &'static str,
    pub col_reporter: &'static str,
    pub col_progress: &'static str,
    pub col_status: &'static str,
    pub col_narrative: &'static str,
    pub problems: &'static str,
    pub no_reporter: &'static str,
    /// The number of reports on one subject.
    pub report_count: fn(usize) -> String,
    /// Below a long list on screen: (shown, total); print and save take all.
    pub shown_of: fn(usize, usize) -> String,
    /// The button that shows the whole list on screen.
    pub show_all: fn(usize) -> String,
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn en_month(m: u32) -> &'static str {
    EN_MONTHS[(m.clamp(1, 12) - 1) as usize]
}

pub static EN: ReportText = ReportText {
    controls: "Report period",
    kind_label: "Period type",
    kind_name: |k| match k {
        PeriodKind::Month => "Month",
        PeriodKind::Quarter => "Quarter",
        PeriodKind::Half => "Half-year",
        PeriodKind::Year => "Year",
    },
    period_label: "Period",
    previous: |p| format!("Previous period: {p}"),
    next: |p| format!("Next period: {p}"),
    previous_short: "Previous",
    next_short: "Next",
    print: "Print",
    print_hint: "Print the report, or save it as PDF from the print dialog",
    save_html: "Save as HTML",
    save_html_hint: "Download the report as a single web page that opens without this app",
    saved: |f| format!("Report saved as {f}."),
    save_failed: "The report could not be saved.",
    period_name: |p| match p {
        Period::Year(y) => format!("{y}"),
        Period::Half(y, 1) => format!("First half of {y}"),
        Period::Half(y, _) => format!("Second half of {y}"),
        Period::Quarter(y, q) => format!("Q{q} {y}"),
        Period::Month(y, m) => format!("{} {y}", en_month(u32::from(m))),
    },
    title: |p| format!("Progress report: {p}"),
    period_label_block: "Period",
    as_of_label: "As of",
    as_of_note: |d, basis| match basis {
        AsOfBasis::PeriodEnd => format!("{d}, the last day of the period"),
        AsOfBasis::Today => format!("{d}, today (the period is still running)"),
        AsOfBasis::NotBegun => format!("{d}, today (the period has not begun)"),
    },
    date: |d| format!("{} {} {}", d.day(), en_month(d.month()), d.year()),
    overview: "Overview",
    lights_heading: "Tasks by light",
    reports_received: "Progress reports received in the period",
    reports_about: |n| match n {
        1 => "on 1 task or project".to_string(),
        n => format!("on {n} tasks and projects", n = Num(n)),
    },
    by_area: "By key area",
    by_unit: "By lead unit",
    col_area: "Key area",
    col_unit: "Lead unit",
    col_completed: "Completed",
    col_lights: "Lights",
    no_areas: "The plan has no key areas.",
    no_units: "No unit leads a task.",
    red_list: "Red list",
    red_intro: |n| match n {
        1 => "1 task is overdue or lagging badly.".to_string(),
        n => format!("{n} tasks are overdue or lagging badly.", n = Num(n)),
    },
    red_none: "No task is red.",
    col_reason: "Reason",
    indicators: "Indicators",
    col_class: "Assessment",
    indicators_note: "Latest value: the latest recorded for a period ended by the as-of date. Assessment: against a straight path from the baseline to the target.",
    no_indicators: "The plan has no indicators.",
    class_name: |c| match c {
        ProgressClass::Achieved => "Achieved",
        ProgressClass::AchievedEarly => "Achieved early",
        ProgressClass::OnTrack => "On track",
        ProgressClass::Lagging => "Lagging",
        ProgressClass::NoData => "Not enough data",
        ProgressClass::NotQuantified => "Target in words",
        ProgressClass::NoTarget => "No target",
    },
    projects: "Key projects",
    projects_note:
        "Investment in 10k yuan, as currently recorded; completion is against this year's target.",
    no_projects: "The plan has no key projects.",
    total: "Total",
    not_applicable: "—",
    reports: "Progress reports in the period",
    reports_intro: |period, to| {
        format!(
            "Every standing report that answers {period} (its reporting period), as of {to} with those written in the grace days \
             after the period, by task and project; one sent after them is not counted."
        )
    },
    no_reports: "No progress report was received in the period.",
    annex_left_out: |n| format!(
        "{} in the period, not listed in this report.",
        crate::i18n::plural(n, "progress report", "progress reports")
    ),
    task_label: "Task",
    project_label: "Project",
    col_date: "Date",
    col_answers: "Reporting period",
    col_reporter: "Reported by",
    col_progress: "Progress",
    col_status: "Status",
    col_narrative: "Progress made",
    problems: "Problems:",
    no_reporter: "(not given)",
    report_count: |n| match n {
        1 => "1 report".to_string(),
        n => format!("{n} reports", n = Num(n)),
    },
    shown_of: |shown, total| {
        format!("The first {shown} of {total} are shown here; printing and saving as HTML take all of them.", shown = Num(shown), total = Num(total))
    },
    show_all: |n| format!("Show all {n}", n = Num(n)),
};

const ZH_NUMERALS: [&str; 4] = ["一", "二", "三", "四"];

pub static ZH: ReportText = ReportText {
    controls: "报告期",
    kind_label: "期间类型",
    kind_name: |k| match k {
        PeriodKind::Month => "月度",
        PeriodKind::Quarter => "季度",
        PeriodKind::Half => "半年",
        PeriodKind::Year => "年度",
    },
    period_label: "报告期",
    previous: |p| format!("上一期：{p}"),
    next: |p| format!("下一期：{p}"),
    previous_short: "上一期",
    next_short: "下一期",
    print: "打印",
    print_hint: "打印本报告，或在打印对话框中另存为 PDF",
    save_html: "另存为网页",
    save_html_hint: "将本报告下载为单个网页文件，无需本应用即可打开",
    saved: |f| format!("报告已保存为 {f}。"),
    save_failed: "报告未能保存。",
    period_name: |p| match p {
        Period::Year(y) => format!("{y}年"),
        Period::Half(y, 1) => format!("{y}年上半年"),
        Period::Half(y, _) => format!("{y}年下半年"),
        Period::Quarter(y, q) => {
            format!("{y}年第{}季度", ZH_NUMERALS[usize::from(q.clamp(1, 4)) - 1])
        }
        Period::Month(y, m) => format!("{y}年{m}月"),
    },
    title: |p| format!("{p}规划实施进展情况通报"),
    period_label_block: "报告期",
    as_of_label: "数据截至",
    as_of_note: |d, basis| match basis {
        AsOfBasis::PeriodEnd => format!("{d}（本期末）"),
        AsOfBasis::Today => format!("{d}（今日，本期尚未结束）"),
        AsOfBasis::NotBegun => format!("{d}（今日，本期尚未开始）"),
    },
    date: |d| format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    overview: "总体情况",
    lights_heading: "任务亮灯情况",
    reports_received: "本期收到进展报告",
    reports_about: |n| format!("涉及 {n} 项任务和项目", n = Num(n)),
    by_area: "分领域推进情况",
    by_unit: "分牵头单位推进情况",
    col_area: "重点领域",
    col_unit: "牵头单位",
    col_completed: "已完成",
    col_lights: "亮灯情况",
    no_areas: "本规划尚未设置重点领域。",
    no_units: "尚无单位牵头任务。",
    red_list: "亮红灯任务",
    red_intro: |n| format!("共 {n} 项任务逾期或严重滞后。", n = Num(n)),
    red_none: "本期无亮红灯任务。",
    col_reason: "原因",
    indicators: "主要指标",
    col_class: "评价",
    indicators_note: "最新实际值：截至数据日期已结束的统计期中最近一期的登记值；评价：与基期值至目标值的均衡进度比较。",
    no_indicators: "本规划尚未设置指标。",
    class_name: |c| match c {
        ProgressClass::Achieved => "已实现",
        ProgressClass::AchievedEarly => "提前实现",
        ProgressClass::OnTrack => "符合进度",
        ProgressClass::Lagging => "进度滞后",
        ProgressClass::NoData => "数据不足",
        ProgressClass::NotQuantified => "定性目标",
        ProgressClass::NoTarget => "未设目标",
    },
    projects: "重点项目",
    projects_note: "投资额单位为万元，为当前登记数；完成率按本年度投资目标计算。",
    no_projects: "本规划尚无重点项目。",
    total: "合计",
    not_applicable: "—",
    reports: "本期进展报告",
    reports_intro: |period, to| {
        format!(
            "报告期为{period}的全部未撤回进展报告（数据截至{to}，含报告期结束后宽限期内报送的），按任务和项目分列；\
             宽限期后补报的不计入。"
        )
    },
    no_reports: "本期未收到进展报告。",
    annex_left_out: |n| format!("本期共有进展报告 {n} 条，本报告未逐条列出。", n = Num(n)),
    task_label: "任务",
    project_label: "项目",
    col_date: "报送日期",
    col_answers: "报告期",
    col_reporter: "填报人",
    col_progress: "进度",
    col_status: "自评状态",
    col_narrative: "进展情况",
    problems: "存在问题：",
    no_reporter: "（未填写）",
    report_count: |n| format!("{n} 份报告", n = Num(n)),
    shown_of: |shown, total| format!("共 {total} 项，此处列出前 {shown} 项；打印和另存为 HTML 时包含全部。", shown = Num(shown), total = Num(total)),
    show_all: |n| format!("显示全部 {n} 项", n = Num(n)),
};

//! Texts of the dashboard view, in both languages.

use super::{plural, Num};

/// A plan's settings that the light rules read, worded for the help text
/// beside the light counts ("How lights are set").
pub struct LightRules<'a> {
    /// The reporting cadence's name ("Monthly").
    pub cadence: &'a str,
    /// Days a report stands before the task counts as stale.
    pub cadence_days: i64,
    /// Grace days after a reporting period's end.
    pub grace_days: u32,
    /// Percentage points behind for yellow, and for red.
    pub at_risk_lag: f64,
    pub lagging_lag: f64,
    /// Days before a deadline a task is "due soon".
    pub warning_days: u32,
    /// The plan's start, and the day a task starting then owes its first report.
    pub plan_start: &'a str,
    pub first_due: &'a str,
}

/// Texts of the dashboard view.
pub struct DashboardText {
    /// The plan's description, folded away under this summary.
    pub about_plan: &'static str,
    /// How the overall progress is reckoned, as of a day.
    pub overall_note: fn(&str) -> String,
    /// The link to every task of the plan.
    pub all_tasks: fn(usize) -> String,
    pub no_tasks: &'static str,
    // The red list
    pub red_title: &'static str,
    pub red_count: fn(usize) -> String,
    pub red_none: &'static str,
    pub units_behind: &'static str,
    /// A unit's red tasks.
    pub unit_red: fn(usize) -> String,
    // Due soon
    pub due_title: fn(u64) -> String,
    pub due_count: fn(usize) -> String,
    pub due_none: fn(u64) -> String,
    /// Days until a deadline: 0 is today.
    pub due_in: fn(i64) -> String,
    /// The heading of the milestones due soon or missed, with their count.
    pub milestones_title: fn(usize) -> String,
    /// Said after a missed milestone's due date.
    pub milestone_missed: &'static str,
    /// Said before a milestone's name.
    pub milestone_word: &'static str,
    // Key breakthrough tasks
    pub breakthrough_title: &'static str,
    pub breakthrough_count: fn(usize) -> String,
    pub breakthrough_none: &'static str,
    // Goals and areas
    pub goals_title: &'static str,
    pub goals_none: &'static str,
    pub areas_title: &'static str,
    pub areas_none: &'static str,
    /// The light counts of a goal or area, for screen readers: (its title).
    pub lights_of: fn(&str) -> String,
    // Not reported (the grey tasks)
    pub not_reported_title: &'static str,
    pub not_reported_count: fn(usize) -> String,
    /// (the cadence's name, the grace days).
    pub not_reported_note: fn(&str, u32) -> String,
    pub not_reported_none: &'static str,
    // How lights are set
    pub lights_help_title: &'static str,
    /// One paragraph per rule, in the order the rules apply.
    pub lights_help: fn(&LightRules) -> Vec<String>,
    /// Where the settings are changed: the text before the link, the link.
    pub lights_help_settings: &'static str,
    // Parts of a task line
    pub lead_is: fn(&str) -> String,
    /// Below a long list: how many of its tasks are listed (shown, total).
    pub list_shown: fn(usize, usize) -> String,
    /// The button that lists `n` more tasks of a long list.
    pub list_more: fn(usize) -> String,
}

pub static EN: DashboardText = DashboardText {
    about_plan: "About this plan",
    overall_note: |d| format!("Weighted by task weight, as of {d}."),
    all_tasks: |n| format!("All {}", plural(n, "task", "tasks")),
    no_tasks: "The plan has no tasks yet.",
    red_title: "Red list",
    red_count: |n| plural(n, "red task", "red tasks"),
    red_none: "Nothing is red.",
    units_behind: "Lead units with red tasks",
    unit_red: |n| format!("{n} red", n = Num(n)),
    due_title: |days| format!("Due in the next {days} days"),
    due_count: |n| plural(n, "task due", "tasks due"),
    due_none: |days| format!("No open task falls due in the next {days} days."),
    due_in: |d| match d {
        0 => "due today".to_string(),
        1 => "in 1 day".to_string(),
        _ => format!("in {d} days"),
    },
    milestones_title: |n| match n {
        1 => "1 milestone due or missed".to_string(),
        _ => format!("{n} milestones due or missed", n = Num(n)),
    },
    milestone_missed: "missed",
    milestone_word: "Milestone: ",
    breakthrough_title: "Key breakthrough tasks",
    breakthrough_count: |n| plural(n, "key breakthrough task", "key breakthrough tasks"),
    breakthrough_none: "The plan has no key breakthrough tasks.",
    goals_title: "Progress by strategic goal",
    goals_none: "No strategic goals are set.",
    areas_title: "Progress by key area",
    areas_none: "No key areas are set.",
    lights_of: |what| format!("{what}: tasks by status"),
    not_reported_title: "Not reported",
    not_reported_count: |n| plural(n, "task not reported", "tasks not reported"),
    not_reported_note: |cadence, grace| {
        format!("The tasks shown grey: not started, first report not due yet or missing, or the report of a later reporting period due and not in (reporting cadence: {cadence}; {grace} grace days).")
    },
    not_reported_none: "No task is grey.",
    lights_help_title: "How lights are set",
    lights_help: |r| {
        vec![
            format!("Reporting cadence: {}, with {} grace days after each reporting period. A task's first report is due at the end of the first reporting period it runs in (or, for a task added once the plan was under way, the period it was added in) plus the grace days, and never after its deadline: for a task starting on {}, by {}.", r.cadence, r.grace_days, r.plan_start, r.first_due),
            format!("Grey, not reported: a task not started yet, or with no report before its first report is due — never red for that. Once that day has passed it stays grey (“report missing”) while 0% done is no more than {} points behind schedule. A reported task turns grey once the report of a later reporting period is due (its end plus the grace days) and has not come; under a weekly cadence, when its latest report is more than {} days old.", r.lagging_lag, r.cadence_days),
            format!("Red, overdue or lagging: past its deadline; or more than {} percentage points behind the progress expected by now (the share of its time gone, from its start date, else the date of the meeting or document it came from, else the plan's start), a missing due report counting as 0%.", r.lagging_lag),
            format!("Yellow, at risk: more than {} points behind, a milestone past its due date and not done, or its deadline within {} days.", r.at_risk_lag, r.warning_days),
            format!("Green, on track: reported, and no more than {} points behind. A task with no deadline of its own (ongoing or recurring) has no schedule to be behind: reported, and not stale, it is green; it is overdue only after the plan's end.", r.at_risk_lag),
            "Completed: reported at 100% and marked completed, or with every milestone done; from the first such report, or from the day completed it gives.".to_string(),
            "Where the status a unit reported (on track, at risk, behind …) claims another light, both are shown, with the reason for the light.".to_string(),
        ]
    },
    lights_help_settings: "Cadence, grace days and thresholds are set in the plan settings:",
    lead_is: |u| format!("Lead: {u}"),
    list_shown: |shown, total| {
        format!(
            "The first {shown} of {total} are listed.",
            shown = Num(shown),
            total = Num(total)
        )
    },
    list_more: |n| format!("List {n} more", n = Num(n)),
};

pub static ZH: DashboardText = DashboardText {
    about_plan: "规划说明",
    overall_note: |d| format!("按任务权重加权计算，截至 {d}。"),
    all_tasks: |n| format!("全部 {n} 项任务", n = Num(n)),
    no_tasks: "本规划尚无任务。",
    red_title: "红灯任务",
    red_count: |n| format!("{n} 项亮红灯", n = Num(n)),
    red_none: "目前没有亮红灯的任务。",
    units_behind: "有红灯任务的牵头单位",
    unit_red: |n| format!("{n} 项红灯", n = Num(n)),
    due_title: |days| format!("{days} 天内到期"),
    due_count: |n| format!("{n} 项即将到期", n = Num(n)),
    due_none: |days| format!("{days} 天内没有到期的未完成任务。"),
    due_in: |d| match d {
        0 => "今天到期".to_string(),
        _ => format!("{d} 天后到期"),
    },
    milestones_title: |n| format!("节点提醒（到期或逾期 {n} 个）", n = Num(n)),
    milestone_missed: "逾期未完成",
    milestone_word: "节点：",
    breakthrough_title: "重点突破任务",
    breakthrough_count: |n| format!("{n} 项重点突破任务", n = Num(n)),
    breakthrough_none: "本规划未设重点突破任务。",
    goals_title: "各战略目标推进情况",
    goals_none: "尚未设置战略目标。",
    areas_title: "各重点领域推进情况",
    areas_none: "尚未设置重点领域。",
    lights_of: |what| format!("{what}：任务状态分布"),
    not_reported_title: "未报进展",
    not_reported_count: |n| format!("{n} 项未报进展", n = Num(n)),
    not_reported_note: |cadence, grace| {
        format!("亮灰灯的任务：尚未开始、首次报送未到期或缺报，或此后报告期的报告已到截止日仍未报送（报送周期：{cadence}；宽限 {grace} 天）。")
    },
    not_reported_none: "没有亮灰灯的任务。",
    lights_help_title: "亮灯规则说明",
    lights_help: |r| {
        vec![
            format!("报送周期为{}，每个报告期结束后宽限 {} 天。任务的首次报送截止日为其开始后（规划实施中途新增的任务，为其添加时）第一个报告期的末日加宽限天数，且不晚于完成时限：{} 开始的任务，应于 {} 前首次报送。", r.cadence, r.grace_days, r.plan_start, r.first_due),
            format!("灰灯（未报进展）：任务尚未开始，或首次报送截止日前尚无报告——不因此亮红灯。截止日过后仍未报送的，只要按 0% 计算滞后不超过 {} 个百分点，仍亮灰灯（缺报）。已报送的任务，此后一个报告期的报送截止日（报告期末日加宽限天数）已过、仍无该期报告的，亮灰灯；按周报送的，最近一次报告超过 {} 天亮灰灯。", r.lagging_lag, r.cadence_days),
            format!("红灯（逾期或滞后）：超过完成时限；或比按时序应达进度（已过时间占比，自开始日期起算，未填的自来源会议、文件日期起算，均未填的自规划起始日起算）落后超过 {} 个百分点，应报未报的按 0% 计。", r.lagging_lag),
            format!("黄灯（存在风险）：落后超过 {} 个百分点，有节点逾期未完成，或距完成时限 {} 天以内。", r.at_risk_lag, r.warning_days),
            format!("绿灯（正常推进）：已报送，且落后不超过 {} 个百分点。未设完成时限的长期或定期任务不计时序进度：已报送且未过期的亮绿灯，规划期结束后才算逾期。", r.at_risk_lag),
            "已完成：报送进度 100% 且标注已完成，或全部节点已完成；完成日为首次如此报送之日，报告填有完成日期的，以该日期为准。".to_string(),
            "单位报送的状态（正常推进、存在风险、进度滞后等）与系统亮灯不一致时，两者同时显示，并说明亮灯理由。".to_string(),
        ]
    },
    lights_help_settings: "报送周期、宽限天数和亮灯阈值在规划设置中修改：",
    lead_is: |u| format!("牵头单位：{u}"),
    list_shown: |shown, total| {
        format!(
            "共 {total} 项，列出前 {shown} 项。",
            shown = Num(shown),
            total = Num(total)
        )
    },
    list_more: |n| format!("再列出 {n} 项", n = Num(n)),
};

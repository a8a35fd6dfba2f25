//! Texts of the timeline view, in both languages.

use super::{plural, Num};

/// Texts of the timeline view.
pub struct TimelineText {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The label of the grouping switch.
    pub group_by: &'static str,
    pub by_area: &'static str,
    pub by_unit: &'static str,
    /// The accessible name of the scrolling chart.
    pub chart: &'static str,
    /// The label column's heading above the rows.
    pub items: &'static str,
    /// The today line's label, with the date.
    pub today: fn(&str) -> String,
    /// Said when today falls outside the chart.
    pub today_outside: fn(&str) -> String,
    pub legend: &'static str,
    pub legend_task: &'static str,
    pub legend_milestone_done: &'static str,
    pub legend_milestone_open: &'static str,
    pub legend_milestone_late: &'static str,
    pub legend_planned: &'static str,
    pub legend_actual: &'static str,
    pub legend_cut: &'static str,
    pub legend_open: &'static str,
    /// The heading of a group of key projects, with its area or unit.
    pub projects_in: fn(&str) -> String,
    /// Projects that belong to no key area.
    pub no_area: &'static str,
    /// How many tasks and projects match: tasks, projects.
    pub count: fn(usize, usize) -> String,
    /// The number of rows under a heading: tasks (or projects), is a project group.
    pub group_count: fn(usize, bool) -> String,
    /// A task row's dates and progress, after its title: from, to, progress.
    pub task_summary: fn(&str, &str, f64) -> String,
    /// Between a task's summary and its milestones, and between milestones,
    /// as screen readers read them.
    pub milestone_sep: &'static str,
    /// After a start date that is the plan's, the task having none.
    pub plan_start: &'static str,
    /// After a deadline that is the plan's end, the task having none.
    pub plan_end: &'static str,
    /// A milestone: name, due date, done, late (open past its due date).
    pub milestone: fn(&str, &str, bool, bool) -> String,
    /// A project's planned period, after its name: from, to.
    pub project_planned: fn(&str, &str) -> String,
    /// A project's actual start, and its actual end if finished.
    pub project_actual: fn(&str, Option<&str>) -> String,
    pub project_not_started: &'static str,
    /// Rows not yet on screen: shown, of how many.
    pub showing: fn(usize, usize) -> String,
    /// "Show 200 more".
    pub show_more: fn(usize) -> String,
    /// The button that shows every row not shown yet, with their number.
    pub show_rest: fn(usize) -> String,
    pub empty: &'static str,
    pub show_all: &'static str,
    /// Why no project is shown under a task-only filter.
    pub projects_hidden: &'static str,
    /// A month tick: the month, 1–12 (the year goes above it).
    pub month: fn(u32) -> String,
    /// A quarter tick: the quarter, 1–4 (the year goes above it).
    pub quarter: fn(u32) -> String,
    /// A year, above a tick or as a tick.
    pub year: fn(i32) -> String,
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub static EN: TimelineText = TimelineText {
    heading: "Timeline",
    intro: "Each task runs from its start to its deadline, filled to the progress last reported; \
            milestones sit on their task's row. Key projects show their planned period, with the \
            actual one beneath it. The filters are the task table's.",
    group_by: "Group rows",
    by_area: "By key area",
    by_unit: "By lead unit",
    chart: "Timeline chart",
    items: "Task or project",
    today: |d| format!("Today {d}"),
    today_outside: |d| format!("Today ({d}) is outside the period shown."),
    legend: "Legend",
    legend_task: "Task: start to deadline, filled to its progress",
    legend_milestone_done: "Milestone done",
    legend_milestone_open: "Milestone open",
    legend_milestone_late: "Milestone past due",
    legend_planned: "Project: planned period",
    legend_actual: "Project: actual period",
    legend_cut: "Continues beyond the chart",
    legend_open: "No deadline or planned end: drawn to the plan's end",
    projects_in: |what| format!("Key projects · {what}"),
    no_area: "No key area",
    count: |tasks, projects| {
        format!(
            "{} and {}",
            plural(tasks, "task", "tasks"),
            plural(projects, "key project", "key projects")
        )
    },
    group_count: |n, projects| {
        if projects {
            plural(n, "project", "projects")
        } else {
            plural(n, "task", "tasks")
        }
    },
    task_summary: |from, to, p| format!(": {from} to {to}, {p:.0}%, "),
    milestone_sep: "; ",
    plan_start: " (plan start)",
    plan_end: " (plan end)",
    milestone: |name, due, done, late| {
        let state = match (done, late) {
            (true, _) => "done",
            (false, true) => "open, past due",
            (false, false) => "open",
        };
        format!("milestone \u{201c}{name}\u{201d} due {due}, {state}")
    },
    project_planned: |from, to| format!(": planned {from} to {to}; "),
    project_actual: |start, end| match end {
        Some(end) => format!("started {start}, finished {end}; "),
        None => format!("started {start}, under way; "),
    },
    project_not_started: "not started yet; ",
    showing: |shown, all| {
        format!(
            "Showing {shown} of {all} rows.",
            shown = Num(shown),
            all = Num(all)
        )
    },
    show_more: |n| format!("Show {n} more", n = Num(n)),
    show_rest: |n| format!("Show the remaining {n}", n = Num(n)),
    empty: "No task or key project matches these filters.",
    show_all: "Show everything",
    projects_hidden: "Key projects are not shown: a filter on tier, co-operating unit, tag, \
                      progress or report date applies to tasks only.",
    month: |m| EN_MONTHS[(m.clamp(1, 12) - 1) as usize].to_string(),
    quarter: |q| format!("Q{q}"),
    year: |y| y.to_string(),
};

const ZH_QUARTERS: [&str; 4] = ["一季度", "二季度", "三季度", "四季度"];

pub static ZH: TimelineText = TimelineText {
    heading: "时间轴",
    intro: "每项任务自开始时间至完成时限显示为一条横条，按最近一次报送的进度填充；节点标在所属任务一行。\
            重点项目显示计划工期，下方细条为实际工期。筛选条件与任务台账通用。",
    group_by: "分组方式",
    by_area: "按重点领域",
    by_unit: "按牵头单位",
    chart: "时间轴图",
    items: "任务与项目",
    today: |d| format!("今天 {d}"),
    today_outside: |d| format!("今天（{d}）不在所示时间范围内。"),
    legend: "图例",
    legend_task: "任务：开始至完成时限，按进度填充",
    legend_milestone_done: "已完成节点",
    legend_milestone_open: "未完成节点",
    legend_milestone_late: "逾期未完成节点",
    legend_planned: "项目：计划工期",
    legend_actual: "项目：实际工期",
    legend_cut: "超出图示范围",
    legend_open: "未定完成时限或计划完工日期：画至规划期末",
    projects_in: |what| format!("重点项目 · {what}"),
    no_area: "未归入重点领域",
    count: |tasks, projects| format!("{tasks} 项任务、{projects} 个重点项目", tasks = Num(tasks), projects = Num(projects)),
    group_count: |n, projects| {
        if projects {
            format!("{n} 个项目", n = Num(n))
        } else {
            format!("{n} 项任务", n = Num(n))
        }
    },
    task_summary: |from, to, p| format!("：{from} 至 {to}，进度 {p:.0}%，"),
    milestone_sep: "；",
    plan_start: "（计划起始日）",
    plan_end: "（计划截止日）",
    milestone: |name, due, done, late| {
        let state = match (done, late) {
            (true, _) => "已完成",
            (false, true) => "未完成，已逾期",
            (false, false) => "未完成",
        };
        format!("节点“{name}”，时限 {due}，{state}")
    },
    project_planned: |from, to| format!("：计划工期 {from} 至 {to}；"),
    project_actual: |start, end| match end {
        Some(end) => format!("{start} 开工，{end} 竣工；"),
        None => format!("{start} 开工，在建；"),
    },
    project_not_started: "尚未开工；",
    showing: |shown, all| format!("已显示 {shown} 行，共 {all} 行。", shown = Num(shown), all = Num(all)),
    show_more: |n| format!("再显示 {n} 行", n = Num(n)),
    show_rest: |n| format!("显示其余全部 {n} 行", n = Num(n)),
    empty: "没有符合筛选条件的任务或重点项目。",
    show_all: "显示全部",
    projects_hidden: "已按任务层级、配合单位、标签、进度或报送日期筛选，这些条件只适用于任务，故不显示重点项目。",
    month: |m| format!("{m}月"),
    quarter: |q| ZH_QUARTERS[(q.clamp(1, 4) - 1) as usize].to_string(),
    year: |y| format!("{y}年"),
};

//! Texts of the projects list, indicators and bulk reporting, in both languages.

use super::Num;
use crate::indicator_progress::{ClassCounts, ProgressClass, Way};
use crate::investment::DateVsPlan;
use crate::model::{Direction, Nature, Phase, ReportedStatus, Tally, UnitKind};

/// Texts of the projects list, indicators and bulk reporting.
pub struct FiguresText {
    // Shared
    pub not_a_number: &'static str,
    /// An amount of money (in 万元) that could not be read.
    pub not_an_amount: &'static str,
    pub not_a_percent: &'static str,
    pub not_a_date: &'static str,
    /// A date whose year is outside 1950–2099 (`crate::input::YEARS`).
    pub date_year: &'static str,
    pub not_a_year: &'static str,
    pub none_option: &'static str,
    pub not_set: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub remove: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub actions: &'static str,
    /// "Edit", "Delete" … of a named item, for screen readers: (action, item).
    pub action_on: fn(&str, &str) -> String,
    // Projects list
    pub projects_title: &'static str,
    pub projects_intro: &'static str,
    pub no_projects: &'static str,
    pub add_project: &'static str,
    pub new_project: &'static str,
    pub edit_project: &'static str,
    pub col_project: &'static str,
    pub col_area: &'static str,
    pub col_lead: &'static str,
    pub col_batch: &'static str,
    pub col_phase: &'static str,
    pub col_total: &'static str,
    pub col_year_target: &'static str,
    pub col_completed: &'static str,
    pub col_share: &'static str,
    pub phase_name: fn(Phase) -> &'static str,
    // Project form
    pub field_project_name: &'static str,
    pub field_area: &'static str,
    pub field_lead: &'static str,
    pub field_total: &'static str,
    pub field_year_target: &'static str,
    pub field_completed: &'static str,
    pub field_phase: &'static str,
    pub field_planned_start: &'static str,
    pub field_planned_end: &'static str,
    pub field_actual_start: &'static str,
    pub field_actual_end: &'static str,
    pub field_batch: &'static str,
    pub batch_hint: fn(i32) -> String,
    pub project_added: &'static str,
    pub project_saved: &'static str,
    pub project_deleted: &'static str,
    pub delete_project_confirm: fn(&str) -> String,
    // Project page
    pub project_missing: &'static str,
    pub back_to_projects: &'static str,
    pub project_facts: &'static str,
    pub planned_period: &'static str,
    pub actual_period: &'static str,
    pub date_range: fn(&str, &str) -> String,
    pub date_since: fn(&str) -> String,
    pub moved: &'static str,
    // Indicators
    pub indicators_title: &'static str,
    pub indicators_intro: &'static str,
    pub no_indicators: &'static str,
    pub add_indicator: &'static str,
    pub new_indicator: &'static str,
    pub edit_indicator: fn(&str) -> String,
    pub col_indicator: &'static str,
    pub col_measure: &'static str,
    pub col_category: &'static str,
    pub col_nature: &'static str,
    pub col_direction: &'static str,
    pub col_baseline: &'static str,
    pub col_target: &'static str,
    pub col_latest: &'static str,
    pub nature_name: fn(Nature) -> &'static str,
    pub direction_name: fn(Direction) -> &'static str,
    /// How an indicator's values are counted ([`Tally`]).
    pub tally_name: fn(Tally) -> &'static str,
    /// Beside a running total's name on its card.
    pub running_total_tag: &'static str,
    /// A value in a year: (year, value).
    pub year_value: fn(i32, &str) -> String,
    /// A value and its period: (value, period).
    pub value_in: fn(&str, &str) -> String,
    pub aim_at_least: fn(&str) -> String,
    pub aim_at_most: fn(&str) -> String,
    pub no_value: &'static str,
    pub field_indicator_name: &'static str,
    pub field_measure: &'static str,
    pub field_category: &'static str,
    pub field_nature: &'static str,
    pub field_direction: &'static str,
    pub field_tally: &'static str,
    pub field_baseline_year: &'static str,
    pub field_baseline_value: &'static str,
    pub field_target_year: &'static str,
    pub field_aim_kind: &'static str,
    pub field_aim_value: &'static str,
    pub field_aim_text: &'static str,
    pub field_weight: &'static str,
    pub aim_none: &'static str,
    pub aim_value: &'static str,
    pub aim_least: &'static str,
    pub aim_most: &'static str,
    pub aim_words: &'static str,
    pub baseline_both: &'static str,
    pub indicator_added: &'static str,
    pub indicator_saved: &'static str,
    pub indicator_deleted: &'static str,
    pub delete_indicator_confirm: fn(&str) -> String,
    /// (indicator, number of tasks that use it)
    pub unlink_and_delete_confirm: fn(&str, usize) -> String,
    pub unlinked_and_deleted: fn(usize) -> String,
    // Indicator values
    pub values: &'static str,
    pub values_of: fn(&str) -> String,
    pub no_values: &'static str,
    pub add_value: &'static str,
    pub col_period: &'static str,
    pub col_value: &'static str,
    pub col_note: &'static str,
    pub field_period: &'static str,
    pub field_value: &'static str,
    pub field_note: &'static str,
    pub period_hint: &'static str,
    pub bad_period: fn(&str) -> String,
    /// (period, old value, new value)
    pub replace_value_confirm: fn(&str, &str, &str) -> String,
    pub remove_value_confirm: fn(&str) -> String,
    pub value_recorded: &'static str,
    pub value_replaced: &'static str,
    pub value_removed: &'static str,
    pub close: &'static str,
    // Report by unit
    pub bulk_title: &'static str,
    pub bulk_intro: &'static str,
    pub choose_unit: &'static str,
    /// The heading of a kind's units in the unit picker.
    pub unit_group: fn(UnitKind) -> &'static str,
    /// A unit in the picker: (name, tasks it leads, tasks it co-operates on).
    pub unit_choice: fn(&str, usize, usize) -> String,
    pub pick_unit_first: &'static str,
    pub report_date: &'static str,
    pub reporter: &'static str,
    pub led_section: &'static str,
    pub co_section: &'static str,
    pub none_led: &'static str,
    pub none_co: &'static str,
    /// Above the tasks a unit co-operates on: who reports their progress.
    pub co_reported_by_lead: &'static str,
    pub col_code: &'static str,
    pub col_task: &'static str,
    pub col_current: &'static str,
    pub col_new_progress: &'static str,
    pub col_status: &'static str,
    pub col_narrative: &'static str,
    pub reported_status: fn(ReportedStatus) -> &'static str,
    pub new_progress_for: fn(&str) -> String,
    pub status_for: fn(&str) -> String,
    pub narrative_for: fn(&str) -> String,
    /// The day-completed field of a sheet's row, shown when its status is
    /// completed: its accessible name, and a problem with it.
    pub done_on_for: fn(&str) -> String,
    pub done_on_problem: fn(&str) -> String,
    pub progress_needed: &'static str,
    pub save_all: &'static str,
    pub nothing_to_save: &'static str,
    pub reports_recorded: fn(usize) -> String,
    /// Rows of a unit's sheet that the plan holds already, typed again.
    pub already_recorded: fn(usize) -> String,
    // Indicators against their targets (crate::indicator_progress)
    pub progress_title: &'static str,
    pub progress_intro: &'static str,
    pub values_section_title: &'static str,
    /// The mid-term review line: "Of 12 indicators: 5 on track, …" (classes with none are left out).
    pub indicator_summary: fn(&ClassCounts) -> String,
    /// A class's word, shown on its badge.
    pub progress_class: fn(ProgressClass) -> &'static str,
    pub label_progress: &'static str,
    pub label_expected: &'static str,
    /// A running total's expected value, at its latest value's period end.
    pub label_expected_at: fn(&str) -> String,
    /// Progress along the way from baseline to target.
    pub share_of_way: fn(Way) -> String,
    /// Expected by now: (percent of the way, value).
    pub expected_by_now: fn(&str, &str) -> String,
    pub not_computable: &'static str,
    /// A chart's accessible name: (indicator, the figures in words).
    pub chart_name: fn(&str, &[String]) -> String,
    /// (year, value)
    pub chart_baseline: fn(i32, &str) -> String,
    /// (value, period)
    pub chart_latest: fn(&str, &str) -> String,
    /// (target in words, e.g. "at most 2", year)
    pub chart_target: fn(&str, i32) -> String,
    /// Progress along the way, in a chart's accessible name.
    pub chart_progress: fn(Way) -> String,
    /// (percent of the way, value)
    pub chart_expected: fn(&str, &str) -> String,
    /// A running total's expected share at its latest value's period end:
    /// (day, percent, value).
    pub chart_expected_at: fn(&str, &str, &str) -> String,
    pub chart_no_figures: &'static str,
    pub legend_title: &'static str,
    pub legend_values: &'static str,
    pub legend_path: &'static str,
    pub legend_target: &'static str,
    pub legend_bound: &'static str,
    pub legend_today: &'static str,
    // Investment and schedule of key projects (crate::investment)
    pub investment_title: &'static str,
    /// The whole plan's line: (projects, completed, target, share with its % sign or none).
    pub plan_investment: fn(usize, &str, &str, Option<&str>) -> String,
    pub by_area_caption: &'static str,
    pub by_batch_caption: &'static str,
    pub phases_caption: &'static str,
    pub col_projects_count: &'static str,
    /// The share column of the compact investment tables.
    pub col_share_short: &'static str,
    pub no_area: &'static str,
    pub no_batch: &'static str,
    pub all_projects: &'static str,
    /// (phase, number of projects)
    pub phase_count: fn(&str, usize) -> String,
    pub project_list_title: &'static str,
    pub col_phase_schedule: &'static str,
    pub start_vs_plan: fn(&DateVsPlan) -> String,
    pub completion_vs_plan: fn(&DateVsPlan) -> String,
}

pub static EN: FiguresText = FiguresText {
    not_a_number: "This is not a number; write digits, e.g. 1250.5.",
    not_an_amount: "This is not an amount; write it in 10k yuan (e.g. 1250.5), or with its unit: 3000万, 1.5亿.",
    not_a_percent: "This is not a number; write a percentage from 0 to 100, e.g. 75.",
    not_a_date: "This is not a date (incomplete, or a day such as 30 February); write it as YYYY-MM-DD.",
    date_year: "The year of this date is not right; check it (a date is between 1950 and 2099).",
    not_a_year: "This is not a year; write four digits, e.g. 2023.",
    none_option: "(none)",
    not_set: "not set",
    edit: "Edit",
    delete: "Delete",
    remove: "Remove",
    move_up: "Move up",
    move_down: "Move down",
    actions: "Actions",
    action_on: |action, item| format!("{action}: {item}"),
    projects_title: "Key projects",
    projects_intro: "Money in 10k yuan (万元). The share is this year's completed investment against this year's target.",
    no_projects: "This plan has no key projects yet.",
    add_project: "Add project",
    new_project: "New project",
    edit_project: "Edit project",
    col_project: "Project",
    col_area: "Key area",
    col_lead: "Lead unit",
    col_batch: "Batch",
    col_phase: "Phase",
    col_total: "Total investment (10k yuan)",
    col_year_target: "Target this year (10k yuan)",
    col_completed: "Completed this year (10k yuan)",
    col_share: "Share of this year's target",
    phase_name: |p| match p {
        Phase::Planned => "Planned",
        Phase::Preparing => "Preparing",
        Phase::UnderConstruction => "Under construction",
        Phase::Completed => "Completed",
        Phase::InOperation => "In operation",
    },
    field_project_name: "Project name",
    field_area: "Key area",
    field_lead: "Lead unit",
    field_total: "Total investment (10k yuan)",
    field_year_target: "Target this year (10k yuan)",
    field_completed: "Completed this year (10k yuan)",
    field_phase: "Phase",
    field_planned_start: "Planned start",
    field_planned_end: "Planned completion",
    field_actual_start: "Actual start",
    field_actual_end: "Actual completion",
    field_batch: "Batch",
    batch_hint: |year| format!("e.g. {year} first batch"),
    project_added: "Project added.",
    project_saved: "Project saved.",
    project_deleted: "Project deleted. Undo brings it back with its reports.",
    delete_project_confirm: |name| format!("Delete the project “{name}” and its progress reports? You can undo this."),
    project_missing: "This project is not in the plan (it may have been deleted).",
    back_to_projects: "Back to key projects",
    project_facts: "Facts",
    planned_period: "Planned",
    actual_period: "Actual",
    date_range: |a, b| format!("{a} to {b}"),
    date_since: |a| format!("since {a}"),
    moved: "Moved.",
    indicators_title: "Indicators",
    indicators_intro: "The evaluation index system: each indicator's baseline, target and the values recorded so far.",
    no_indicators: "This plan has no indicators yet.",
    add_indicator: "Add indicator",
    new_indicator: "New indicator",
    edit_indicator: |name| format!("Edit indicator: {name}"),
    col_indicator: "Indicator",
    col_measure: "Unit of measure",
    col_category: "Category",
    col_nature: "Binding or anticipatory",
    col_direction: "Direction",
    col_baseline: "Baseline",
    col_target: "Target",
    col_latest: "Latest value",
    nature_name: |n| match n {
        Nature::Binding => "Binding",
        Nature::Anticipatory => "Anticipatory",
    },
    direction_name: |d| match d {
        Direction::HigherIsBetter => "Higher is better",
        Direction::LowerIsBetter => "Lower is better",
    },
    tally_name: |d| match d {
        Tally::Level => "Each value stands alone (a level, a rate, a year's figure)",
        Tally::RunningTotal => "Running total, from zero each January (e.g. new jobs)",
    },
    running_total_tag: "running total",
    year_value: |y, v| format!("{y}: {v}"),
    value_in: |v, p| format!("{v} ({p})"),
    aim_at_least: |v| format!("at least {v}"),
    aim_at_most: |v| format!("at most {v}"),
    no_value: "no value yet",
    field_indicator_name: "Indicator name",
    field_measure: "Unit of measure",
    field_category: "Category",
    field_nature: "Binding or anticipatory",
    field_direction: "Direction",
    field_tally: "How values are counted",
    field_baseline_year: "Baseline year",
    field_baseline_value: "Baseline value",
    field_target_year: "Target year",
    field_aim_kind: "Kind of target",
    field_aim_value: "Target value",
    field_aim_text: "Target in words",
    field_weight: "Weight",
    aim_none: "No target",
    aim_value: "A value",
    aim_least: "At least",
    aim_most: "At most",
    aim_words: "In words",
    baseline_both: "Give both the baseline year and its value, or neither.",
    indicator_added: "Indicator added.",
    indicator_saved: "Indicator saved.",
    indicator_deleted: "Indicator deleted.",
    delete_indicator_confirm: |name| format!("Delete the indicator “{name}” and its values? You can undo this."),
    unlink_and_delete_confirm: |name, n| {
        let tasks = if n == 1 { "1 task uses".to_string() } else { format!("{n} tasks use", n = Num(n)) };
        format!("{tasks} “{name}” as the indicator of its requirement. Unlink them and delete the indicator? One undo restores both.")
    },
    unlinked_and_deleted: |n| {
        if n == 1 {
            "Indicator deleted; 1 task unlinked from it.".to_string()
        } else {
            format!("Indicator deleted; {n} tasks unlinked from it.", n = Num(n))
        }
    },
    values: "Values",
    values_of: |name| format!("Values of {name}"),
    no_values: "No values recorded yet.",
    add_value: "Add value",
    col_period: "Period",
    col_value: "Value",
    col_note: "Note",
    field_period: "Period",
    field_value: "Value",
    field_note: "Note (optional)",
    period_hint: "2023, 2023-Q2, 2023-H1 or 2023-06",
    bad_period: |p| format!("“{p}” is not a period: write a year (2023), a quarter (2023-Q2), a half-year (2023-H1) or a month (2023-06)."),
    replace_value_confirm: |p, old, new| format!("{p} already has the value {old}. Replace it with {new}?"),
    remove_value_confirm: |p| format!("Remove the value for {p}? You can undo this."),
    value_recorded: "Value recorded.",
    value_replaced: "Value replaced.",
    value_removed: "Value removed.",
    close: "Close",
    bulk_title: "Report by unit",
    bulk_intro: "Report on every task of one unit in one sitting. Rows left blank are skipped; one undo removes the whole sitting.",
    choose_unit: "Unit",
    unit_group: |k| match k {
        UnitKind::City => "Cities",
        UnitKind::Department => "Departments",
        UnitKind::District => "Districts and counties",
        UnitKind::Town => "Towns and townships",
        UnitKind::Other => "Other units",
    },
    unit_choice: |name, leads, co| match (leads, co) {
        (0, 0) => format!("{name} — no tasks"),
        (_, 0) => format!("{name} — leads {}", Num(leads)),
        (0, _) => format!("{name} — co-operates on {}", Num(co)),
        _ => format!("{name} — leads {}, co-operates on {}", Num(leads), Num(co)),
    },
    pick_unit_first: "Choose a unit to list the tasks it leads and co-operates on.",
    report_date: "Report date",
    reporter: "Reporter",
    led_section: "Tasks this unit leads",
    co_section: "Tasks this unit co-operates on",
    none_led: "This unit leads no tasks.",
    none_co: "This unit co-operates on no tasks.",
    co_reported_by_lead: "A task's progress is reported by its lead unit, which gathers the co-operating units' parts: these tasks are listed here to follow, not to report on.",
    col_code: "No.",
    col_task: "Task",
    col_current: "Current progress",
    col_new_progress: "New progress (%)",
    col_status: "Status",
    col_narrative: "What was done",
    reported_status: |s| match s {
        ReportedStatus::NotStarted => "Not started",
        ReportedStatus::OnTrack => "On track",
        ReportedStatus::AtRisk => "At risk",
        ReportedStatus::Behind => "Behind schedule",
        ReportedStatus::Completed => "Completed",
    },
    new_progress_for: |task| format!("New progress (%) for {task}"),
    status_for: |task| format!("Status of {task}"),
    narrative_for: |task| format!("What was done on {task}"),
    done_on_for: |task| format!("Day completed of {task}"),
    done_on_problem: |what| format!("Day completed: {what}"),
    progress_needed: "Enter the progress in percent, or clear this row.",
    save_all: "Save all",
    nothing_to_save: "Nothing to save: every row is blank.",
    reports_recorded: |n| {
        if n == 1 {
            "1 report recorded.".to_string()
        } else {
            format!("{n} reports recorded.", n = Num(n))
        }
    },
    already_recorded: |n| {
        if n == 1 {
            "1 row was already recorded with the same date, period and figures: not saved again.".to_string()
        } else {
            format!("{n} rows were already recorded with the same date, period and figures: not saved again.", n = Num(n))
        }
    },
    progress_title: "Progress against targets",
    progress_intro: "On the “As of” day at the top of the page, each indicator's latest value is set against a straight path from its baseline to its target: on track when at or ahead of the path, lagging when behind it. A bound (at least, at most) is met when the value satisfies it; a part-year figure that meets a target is on track until the year's figure settles it. A running total (new jobs, investment made) counts from zero each January: its path runs from zero to the year's target, and a value is set against it at the end of its own period. A target only in words is not quantified.",
    values_section_title: "Indicators and their values",
    indicator_summary: en_summary,
    progress_class: |c| match c {
        ProgressClass::Achieved => "Achieved",
        ProgressClass::AchievedEarly => "Achieved early",
        ProgressClass::OnTrack => "On track",
        ProgressClass::Lagging => "Lagging",
        ProgressClass::NoData => "Not enough data",
        ProgressClass::NotQuantified => "Not quantified",
        ProgressClass::NoTarget => "No target",
    },
    label_progress: "Progress",
    label_expected: "Expected by now",
    label_expected_at: |d| format!("Expected by {d}"),
    share_of_way: |w| match w {
        Way::Away(p) => format!("moved away from the target ({}% of the way back)", one_decimal(p)),
        Way::Part(p) => format!("{}% of the way", one_decimal(p)),
        Way::Beyond(x) => format!("target exceeded: {}× the way", one_decimal(x)),
    },
    expected_by_now: |p, v| format!("{p}% of the way ({v})"),
    not_computable: "cannot be computed",
    chart_name: |name, parts| format!("{name}: {}.", parts.join("; ")),
    chart_baseline: |y, v| format!("baseline {v} in {y}"),
    chart_latest: |v, p| format!("latest value {v} ({p})"),
    chart_target: |aim, y| format!("target {aim} by {y}"),
    chart_progress: |w| match w {
        Way::Away(p) => format!("moved away from the target, {}% of the way back from the baseline", one_decimal(p)),
        Way::Part(p) => format!("{}% of the way from baseline to target", one_decimal(p)),
        Way::Beyond(x) => format!("target exceeded: {}× the way from baseline to target", one_decimal(x)),
    },
    chart_expected: |p, v| format!("{p}% expected by today ({v})"),
    chart_expected_at: |d, p, v| format!("{p}% expected by {d} ({v})"),
    chart_no_figures: "No figures to chart yet.",
    legend_title: "How to read the charts",
    legend_values: "Recorded values",
    legend_path: "Straight path from baseline to target",
    legend_target: "Target",
    legend_bound: "Bound (at least or at most)",
    legend_today: "Today",
    investment_title: "Investment this year",
    plan_investment: |n, done, target, share| {
        let projects = if n == 1 { "The 1 project".to_string() } else { format!("All {n} projects", n = Num(n)) };
        match share {
            Some(s) => format!("{projects}: {done} of this year's target of {target} (10k yuan) completed, {s}."),
            None => format!("{projects}: {done} (10k yuan) completed this year; no target set for this year."),
        }
    },
    by_area_caption: "By key area",
    by_batch_caption: "By batch",
    phases_caption: "Projects by phase",
    col_projects_count: "Projects",
    col_share_short: "Share of target",
    no_area: "No key area",
    no_batch: "No batch",
    all_projects: "All projects",
    phase_count: |phase, n| format!("{phase}: {n}", n = Num(n)),
    project_list_title: "Project list",
    col_phase_schedule: "Phase and schedule",
    start_vs_plan: |v| en_schedule(v, EN_START),
    completion_vs_plan: |v| en_schedule(v, EN_END),
};

pub static ZH: FiguresText = FiguresText {
    not_a_number: "不是有效数字，请填写数字，如 1250.5。",
    not_an_amount: "不是有效金额，请填写万元数（如 1250.5），或带单位填写，如 3000万、1.5亿。",
    not_a_percent: "不是有效数字，请填写 0 至 100 之间的百分比，如 75。",
    not_a_date: "不是有效日期（日期不完整，或该月没有这一天，如 2 月 30 日），请按“年-月-日”（YYYY-MM-DD）填写。",
    date_year: "日期的年份不对，请检查（应在 1950 年至 2099 年之间）。",
    not_a_year: "不是有效年份，请填写四位数字，如 2023。",
    none_option: "（无）",
    not_set: "未填写",
    edit: "编辑",
    delete: "删除",
    remove: "移除",
    move_up: "上移",
    move_down: "下移",
    actions: "操作",
    action_on: |action, item| format!("{action}：{item}"),
    projects_title: "重点项目",
    projects_intro: "金额单位为万元。完成比例为本年度已完成投资占本年度投资计划的比例。",
    no_projects: "本规划尚无重点项目。",
    add_project: "新增项目",
    new_project: "新增重点项目",
    edit_project: "编辑项目",
    col_project: "项目名称",
    col_area: "重点领域",
    col_lead: "牵头单位",
    col_batch: "批次",
    col_phase: "建设阶段",
    col_total: "总投资（万元）",
    col_year_target: "年度计划投资（万元）",
    col_completed: "年度完成投资（万元）",
    col_share: "年度投资完成比例",
    phase_name: |p| match p {
        Phase::Planned => "谋划储备",
        Phase::Preparing => "前期推进",
        Phase::UnderConstruction => "在建",
        Phase::Completed => "竣工",
        Phase::InOperation => "投产运营",
    },
    field_project_name: "项目名称",
    field_area: "重点领域",
    field_lead: "牵头单位",
    field_total: "总投资（万元）",
    field_year_target: "年度计划投资（万元）",
    field_completed: "年度完成投资（万元）",
    field_phase: "建设阶段",
    field_planned_start: "计划开工",
    field_planned_end: "计划竣工",
    field_actual_start: "实际开工",
    field_actual_end: "实际竣工",
    field_batch: "批次",
    batch_hint: |year| format!("如：{year}年第一批"),
    project_added: "项目已新增。",
    project_saved: "项目已保存。",
    project_deleted: "项目已删除。撤销可连同其进展记录一并恢复。",
    delete_project_confirm: |name| format!("确定删除项目“{name}”及其进展记录吗？删除后可撤销。"),
    project_missing: "规划中没有此项目（可能已被删除）。",
    back_to_projects: "返回重点项目",
    project_facts: "基本情况",
    planned_period: "计划工期",
    actual_period: "实际工期",
    date_range: |a, b| format!("{a} 至 {b}"),
    date_since: |a| format!("{a} 起"),
    moved: "已调整顺序。",
    indicators_title: "指标",
    indicators_intro: "考核评价指标体系：各项指标的基期值、目标值及已填报的实际值。",
    no_indicators: "本规划尚无指标。",
    add_indicator: "新增指标",
    new_indicator: "新增指标",
    edit_indicator: |name| format!("编辑指标：{name}"),
    col_indicator: "指标名称",
    col_measure: "计量单位",
    col_category: "类别",
    col_nature: "指标属性",
    col_direction: "指标方向",
    col_baseline: "基期值",
    col_target: "目标值",
    col_latest: "最新实际值",
    nature_name: |n| match n {
        Nature::Binding => "约束性",
        Nature::Anticipatory => "预期性",
    },
    direction_name: |d| match d {
        Direction::HigherIsBetter => "越高越好（正向）",
        Direction::LowerIsBetter => "越低越好（逆向）",
    },
    tally_name: |d| match d {
        Tally::Level => "当期值或水平值（如比率、增速、年度数）",
        Tally::RunningTotal => "年内累计数（每年从零起算，如新增就业）",
    },
    running_total_tag: "年内累计",
    year_value: |y, v| format!("{y}年：{v}"),
    value_in: |v, p| format!("{v}（{p}）"),
    aim_at_least: |v| format!("不低于 {v}"),
    aim_at_most: |v| format!("不高于 {v}"),
    no_value: "尚无数据",
    field_indicator_name: "指标名称",
    field_measure: "计量单位",
    field_category: "类别",
    field_nature: "指标属性",
    field_direction: "指标方向",
    field_tally: "数值口径",
    field_baseline_year: "基期年份",
    field_baseline_value: "基期值",
    field_target_year: "目标年份",
    field_aim_kind: "目标类型",
    field_aim_value: "目标值",
    field_aim_text: "目标表述",
    field_weight: "权重",
    aim_none: "无目标",
    aim_value: "具体数值",
    aim_least: "不低于",
    aim_most: "不高于",
    aim_words: "文字表述",
    baseline_both: "基期年份和基期值须同时填写或同时不填。",
    indicator_added: "指标已新增。",
    indicator_saved: "指标已保存。",
    indicator_deleted: "指标已删除。",
    delete_indicator_confirm: |name| format!("确定删除指标“{name}”及其实际值吗？删除后可撤销。"),
    unlink_and_delete_confirm: |name, n| {
        format!("有 {n} 项任务以“{name}”作为考核要求的指标。是否解除关联并删除该指标？撤销一次即可全部恢复。", n = Num(n))
    },
    unlinked_and_deleted: |n| format!("指标已删除，已解除 {n} 项任务的关联。", n = Num(n)),
    values: "实际值",
    values_of: |name| format!("{name}：实际值"),
    no_values: "尚未填报实际值。",
    add_value: "填报实际值",
    col_period: "时期",
    col_value: "数值",
    col_note: "备注",
    field_period: "时期",
    field_value: "数值",
    field_note: "备注（选填）",
    period_hint: "如 2023年6月、2023年二季度、2023年上半年、2023年",
    bad_period: |p| {
        format!("“{p}”不是有效时期：请填写年度（2023年）、季度（2023年二季度）、半年（2023年上半年）或月份（2023年6月）。")
    },
    replace_value_confirm: |p, old, new| format!("{p} 已有数值 {old}，是否替换为 {new}？"),
    remove_value_confirm: |p| format!("确定移除 {p} 的数值吗？移除后可撤销。"),
    value_recorded: "实际值已填报。",
    value_replaced: "实际值已替换。",
    value_removed: "实际值已移除。",
    close: "关闭",
    bulk_title: "按单位填报",
    bulk_intro: "一次填报某单位的全部任务进展。未填写的行将跳过；撤销一次即可撤回本次全部填报。",
    choose_unit: "单位",
    unit_group: |k| match k {
        UnitKind::City => "市",
        UnitKind::Department => "部门",
        UnitKind::District => "县（市、区）",
        UnitKind::Town => "乡镇（街道）",
        UnitKind::Other => "其他单位",
    },
    unit_choice: |name, leads, co| match (leads, co) {
        (0, 0) => format!("{name}（无任务）"),
        (_, 0) => format!("{name}（牵头 {} 项）", Num(leads)),
        (0, _) => format!("{name}（配合 {} 项）", Num(co)),
        _ => format!("{name}（牵头 {} 项，配合 {} 项）", Num(leads), Num(co)),
    },
    pick_unit_first: "请选择单位，列出其牵头和配合的任务。",
    report_date: "填报日期",
    reporter: "填报人",
    led_section: "本单位牵头的任务",
    co_section: "本单位配合的任务",
    none_led: "本单位没有牵头的任务。",
    none_co: "本单位没有配合的任务。",
    co_reported_by_lead: "任务进展由牵头单位汇总配合单位情况后填报，以下任务仅供本单位跟踪查看，无需在此填报。",
    col_code: "序号",
    col_task: "任务",
    col_current: "当前进度",
    col_new_progress: "最新进度（%）",
    col_status: "推进状态",
    col_narrative: "进展情况",
    reported_status: |s| match s {
        ReportedStatus::NotStarted => "尚未启动",
        ReportedStatus::OnTrack => "正常推进",
        ReportedStatus::AtRisk => "存在风险",
        ReportedStatus::Behind => "进度滞后",
        ReportedStatus::Completed => "已完成",
    },
    new_progress_for: |task| format!("{task}：最新进度（%）"),
    status_for: |task| format!("{task}：推进状态"),
    narrative_for: |task| format!("{task}：进展情况"),
    done_on_for: |task| format!("{task}：完成日期"),
    done_on_problem: |what| format!("完成日期{what}"),
    progress_needed: "请填写进度百分比，或清空本行。",
    save_all: "全部保存",
    nothing_to_save: "没有可保存的内容：各行均未填写。",
    reports_recorded: |n| format!("已记录 {n} 条进展报告。", n = Num(n)),
    already_recorded: |n| format!("{n} 行与已记录的报告（日期、报告期、进度和内容均相同）一致，未重复保存。", n = Num(n)),
    progress_title: "指标完成进度",
    progress_intro: "截至页面顶部“截至”所示日期，将各项指标的最新实际值与从基期值到目标值的匀速路径（序时进度）比较：达到或快于序时进度为符合序时进度，慢于则为滞后。“不低于”“不高于”类目标以实际值满足界限为实现；年内阶段数据达到目标的，在全年数据出来前按符合序时进度计。年内累计数（如新增就业、完成投资）每年从零起算：序时进度从零到全年目标，按该数据所属期末计算。仅有文字表述的目标为定性目标，不作量化判断。",
    values_section_title: "指标及实际值",
    indicator_summary: zh_summary,
    progress_class: |c| match c {
        ProgressClass::Achieved => "已实现",
        ProgressClass::AchievedEarly => "提前实现",
        ProgressClass::OnTrack => "符合序时进度",
        ProgressClass::Lagging => "滞后于序时进度",
        ProgressClass::NoData => "数据不足",
        ProgressClass::NotQuantified => "定性目标",
        ProgressClass::NoTarget => "未设目标值",
    },
    label_progress: "完成进度",
    label_expected: "序时进度",
    label_expected_at: |d| format!("序时进度（截至 {d}）"),
    share_of_way: |w| match w {
        Way::Away(p) => format!("背离目标方向（倒退{}%）", one_decimal(p)),
        Way::Part(p) => format!("{}%", one_decimal(p)),
        Way::Beyond(x) => format!("超过目标（为目标进程的{}倍）", one_decimal(x)),
    },
    expected_by_now: |p, v| format!("{p}%（{v}）"),
    not_computable: "无法测算",
    chart_name: |name, parts| format!("{name}：{}。", parts.join("；")),
    chart_baseline: |y, v| format!("{y}年基期值{v}"),
    chart_latest: |v, p| format!("最新实际值{v}（{p}）"),
    chart_target: |aim, y| format!("{y}年目标值{aim}"),
    chart_progress: |w| match w {
        Way::Away(p) => format!("背离目标方向，较基期倒退目标进程的{}%", one_decimal(p)),
        Way::Part(p) => format!("已完成基期至目标进程的{}%", one_decimal(p)),
        Way::Beyond(x) => format!("超过目标，为基期至目标进程的{}倍", one_decimal(x)),
    },
    chart_expected: |p, v| format!("按序时进度应完成{p}%（{v}）"),
    chart_expected_at: |d, p, v| format!("截至{d}按序时进度应完成{p}%（{v}）"),
    chart_no_figures: "暂无可绘图的数据。",
    legend_title: "图例",
    legend_values: "实际值",
    legend_path: "基期至目标的匀速路径",
    legend_target: "目标值",
    legend_bound: "界限值（不低于或不高于）",
    legend_today: "今日",
    investment_title: "年度投资完成情况",
    plan_investment: |n, done, target, share| match share {
        Some(s) => format!("全部{n}个项目：年度计划投资{target}万元，已完成{done}万元，完成{s}。", n = Num(n)),
        None => format!("全部{n}个项目：本年度已完成投资{done}万元，未设年度计划投资。", n = Num(n)),
    },
    by_area_caption: "按重点领域",
    by_batch_caption: "按批次",
    phases_caption: "按建设阶段",
    col_projects_count: "项目数",
    col_share_short: "完成比例",
    no_area: "未归入重点领域",
    no_batch: "未分批次",
    all_projects: "合计",
    phase_count: |phase, n| format!("{phase}：{n}个", n = Num(n)),
    project_list_title: "项目清单",
    col_phase_schedule: "建设阶段与工期",
    start_vs_plan: |v| zh_schedule(v, ZH_START),
    completion_vs_plan: |v| zh_schedule(v, ZH_END),
};

/// The English word for a count of days.
fn en_days(n: i64) -> String {
    if n.abs() == 1 {
        "1 day".to_string()
    } else {
        format!("{} days", n.abs())
    }
}

fn en_summary(c: &ClassCounts) -> String {
    if c.total == 0 {
        return "No indicators.".to_string();
    }
    let of = if c.total == 1 {
        "1 indicator".to_string()
    } else {
        format!("{} indicators", c.total)
    };
    let parts: Vec<String> = c
        .nonzero()
        .into_iter()
        .map(|(class, n)| {
            let words = match class {
                ProgressClass::Achieved => "achieved",
                ProgressClass::AchievedEarly => "achieved early",
                ProgressClass::OnTrack => "on track",
                ProgressClass::Lagging => "lagging",
                ProgressClass::NoData => "without enough data",
                ProgressClass::NotQuantified => "not quantified",
                ProgressClass::NoTarget => "without a target",
            };
            format!("{n} {words}")
        })
        .collect();
    format!("Of {of}: {}.", parts.join(", "))
}

fn zh_summary(c: &ClassCounts) -> String {
    if c.total == 0 {
        return "暂无指标。".to_string();
    }
    let parts: Vec<String> = c
        .nonzero()
        .into_iter()
        .map(|(class, n)| {
            let words = match class {
                ProgressClass::Achieved => "已实现",
                ProgressClass::AchievedEarly => "提前实现",
                ProgressClass::OnTrack => "符合序时进度",
                ProgressClass::Lagging => "滞后于序时进度",
                ProgressClass::NoData => "数据不足",
                ProgressClass::NotQuantified => "定性目标",
                ProgressClass::NoTarget => "未设目标值",
            };
            format!("{words}{n}项")
        })
        .collect();
    format!("{}项指标中：{}。", c.total, parts.join("，"))
}

/// The words of one schedule event (start or completion) in one language.
struct ScheduleWords {
    /// (days late)
    late: fn(&str) -> String,
    /// (days early)
    early: fn(&str) -> String,
    on_time: &'static str,
    unplanned: fn(&str) -> String,
    undated: &'static str,
    /// (planned date, days over)
    overdue: fn(&str, &str) -> String,
    /// (planned date, days left)
    due: fn(&str, &str) -> String,
    due_today: fn(&str) -> String,
    unscheduled: &'static str,
}

const EN_START: ScheduleWords = ScheduleWords {
    late: |n| format!("Started {n} late"),
    early: |n| format!("Started {n} early"),
    on_time: "Started on schedule",
    unplanned: |on| format!("Started {on}"),
    undated: "Started (date not recorded)",
    overdue: |p, n| format!("Not started; planned {p}, {n} overdue"),
    due: |p, n| format!("Start planned {p} (in {n})"),
    due_today: |p| format!("Start planned today ({p})"),
    unscheduled: "No start date planned",
};

const EN_END: ScheduleWords = ScheduleWords {
    late: |n| format!("Completed {n} late"),
    early: |n| format!("Completed {n} early"),
    on_time: "Completed on schedule",
    unplanned: |on| format!("Completed {on}"),
    undated: "Completed (date not recorded)",
    overdue: |p, n| format!("Not completed; due {p}, {n} overdue"),
    due: |p, n| format!("Completion due {p} (in {n})"),
    due_today: |p| format!("Completion due today ({p})"),
    unscheduled: "No completion date planned",
};

const ZH_START: ScheduleWords = ScheduleWords {
    late: |n| format!("晚于计划{n}天开工"),
    early: |n| format!("提前{n}天开工"),
    on_time: "按计划开工",
    unplanned: |on| format!("{on}开工"),
    undated: "已开工（未记录日期）",
    overdue: |p, n| format!("未开工，计划{p}开工，已逾期{n}天"),
    due: |p, n| format!("计划{p}开工（还有{n}天）"),
    due_today: |p| format!("计划今日开工（{p}）"),
    unscheduled: "未定计划开工日期",
};

const ZH_END: ScheduleWords = ScheduleWords {
    late: |n| format!("晚于计划{n}天竣工"),
    early: |n| format!("提前{n}天竣工"),
    on_time: "按期竣工",
    unplanned: |on| format!("{on}竣工"),
    undated: "已竣工（未记录日期）",
    overdue: |p, n| format!("未竣工，计划{p}竣工，已逾期{n}天"),
    due: |p, n| format!("计划{p}竣工（还有{n}天）"),
    due_today: |p| format!("计划今日竣工（{p}）"),
    unscheduled: "未定计划竣工日期",
};

/// A schedule event in words; `days` writes a count of days.
fn schedule(v: &DateVsPlan, w: &ScheduleWords, days: fn(i64) -> String) -> String {
    match *v {
        DateVsPlan::Done { on, days_late, .. } => {
            let on = on.to_string();
            match days_late {
                Some(n) if n > 0 => (w.late)(&days(n)),
                Some(n) if n < 0 => (w.early)(&days(-n)),
                Some(_) => w.on_time.to_string(),
                None => (w.unplanned)(&on),
            }
        }
        DateVsPlan::DoneUndated { .. } => w.undated.to_string(),
        DateVsPlan::Overdue { planned, days_over } => {
            (w.overdue)(&planned.to_string(), &days(days_over))
        }
        DateVsPlan::Due {
            planned,
            days_left: 0,
        } => (w.due_today)(&planned.to_string()),
        DateVsPlan::Due { planned, days_left } => (w.due)(&planned.to_string(), &days(days_left)),
        DateVsPlan::Unscheduled => w.unscheduled.to_string(),
    }
}

fn en_schedule(v: &DateVsPlan, w: ScheduleWords) -> String {
    schedule(v, &w, en_days)
}

fn zh_schedule(v: &DateVsPlan, w: ScheduleWords) -> String {
    schedule(v, &w, |n| n.abs().to_string())
}

/// A share rounded to one decimal, without a trailing ".0" (`281.3`, `2.8`, `40`).
fn one_decimal(x: f64) -> String {
    let s = format!("{:.1}", (x * 10.0).round() / 10.0);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

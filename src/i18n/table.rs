//! Texts of the task table and its filter panel, in both languages.

use super::{plural, Num};

/// Texts of the task table and its filter panel.
pub struct TableText {
    pub heading: &'static str,
    pub intro: &'static str,
    /// "12 of 44 tasks": shown, all.
    pub count: fn(usize, usize) -> String,
    /// The table's caption: how it is sorted (column and descending), if at all.
    pub caption: fn(Option<(&str, bool)>) -> String,
    pub col_area: &'static str,
    pub col_co_units: &'static str,
    pub col_last_report: &'static str,
    pub never_reported: &'static str,
    /// In a cell that has nothing (no co-operating unit).
    pub nothing: &'static str,
    /// A column and a direction, for the sort menu on narrow screens.
    pub sort_option: fn(&str, bool) -> String,
    pub sort_by: &'static str,
    pub plan_order: &'static str,
    pub empty: &'static str,
    pub no_tasks: &'static str,
    // The filter panel
    pub filters: &'static str,
    /// The narrow-screen button: "Filters (3)".
    pub filters_button: fn(usize) -> String,
    pub search: &'static str,
    pub search_hint: &'static str,
    pub group_area: &'static str,
    pub group_goal: &'static str,
    pub group_tier: &'static str,
    pub group_lead: &'static str,
    pub group_co: &'static str,
    pub group_light: &'static str,
    pub group_tag: &'static str,
    /// Where the items come from (plan, meeting, instruction …).
    pub group_source: &'static str,
    pub group_progress: &'static str,
    pub group_deadline: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub progress_from: &'static str,
    pub progress_to: &'static str,
    pub overdue_only: &'static str,
    pub no_report_since: &'static str,
    /// The count behind a filter value, after its name: " (7)".
    pub in_parens: fn(usize) -> String,
    /// How many values of a group are ticked: "2 chosen".
    pub chosen: fn(usize) -> String,
    pub not_a_date: &'static str,
    pub not_a_percent: &'static str,
    pub range_reversed: &'static str,
    pub clear_filters: &'static str,
    pub active_filters: &'static str,
    /// A chip: group and value.
    pub chip: fn(&str, &str) -> String,
    /// The accessible name of a chip's button.
    pub remove_filter: fn(&str) -> String,
    pub chip_search: fn(&str) -> String,
    /// A range: from, to (either may be missing).
    pub range: fn(Option<&str>, Option<&str>) -> String,
    pub percent: fn(u8) -> String,
    // The task form (adding and editing)
    /// The start of the button that unfolds the less used fields; their labels follow.
    pub form_more: &'static str,
    pub form_save_and_add: &'static str,
    /// After "save and add another": the task saved, and what to do next.
    pub form_added_next: fn(&str) -> String,
    /// Under the co-operating units' legend.
    pub form_co_hint: &'static str,
    /// Said above a new task's form while the plan has no key area, or no
    /// unit, to choose: where to add them, then the link there.
    pub form_no_areas: &'static str,
    pub form_go_areas: &'static str,
    pub form_no_units: &'static str,
    pub form_go_units: &'static str,
    /// A milestone row's name field: "Milestone 2".
    pub form_ms_name: fn(usize) -> String,
    /// A milestone row's due date field.
    pub form_ms_due: fn(usize) -> String,
    /// The button that removes a milestone row.
    pub form_ms_remove: fn(usize) -> String,
    pub form_ms_add: &'static str,
    /// The button that opens the change of every matching task.
    pub bulk_open: fn(usize) -> String,
    pub bulk_title: &'static str,
    pub bulk_intro: &'static str,
    /// The first option of the deadline's and lead unit's selects.
    pub bulk_keep: &'static str,
    pub bulk_co: &'static str,
    pub bulk_tag: &'static str,
    /// Tasks that will change, already as asked, left out.
    pub bulk_reach: fn(usize, usize, usize) -> String,
    /// A task left out ("code title") and the rule the change would break.
    pub bulk_refused: fn(&str, &str) -> String,
    pub bulk_apply: fn(usize) -> String,
    pub bulk_done: fn(usize) -> String,
}

pub static EN: TableText = TableText {
    heading: "Task list",
    intro: "Every key task of the plan. Search, filter and sort; the address keeps your choices, so a filtered list can be bookmarked or sent on.",
    count: |shown, all| {
        if shown == all {
            format!("All {all} tasks", all = Num(all))
        } else {
            format!("{shown} of {all} tasks", shown = Num(shown), all = Num(all))
        }
    },
    caption: |sort| match sort {
        None => "Tasks, in plan order".to_string(),
        Some((col, false)) => format!("Tasks, sorted by {col}, ascending"),
        Some((col, true)) => format!("Tasks, sorted by {col}, descending"),
    },
    col_area: "Key area",
    col_co_units: "Co-operating units",
    col_last_report: "Last report",
    never_reported: "None yet",
    nothing: "—",
    sort_option: |col, desc| {
        if desc {
            format!("{col} (descending)")
        } else {
            format!("{col} (ascending)")
        }
    },
    sort_by: "Sort by",
    plan_order: "Plan order",
    empty: "No task matches these filters.",
    no_tasks: "This plan has no tasks yet.",
    filters: "Filters",
    filters_button: |n| {
        if n == 0 {
            "Filters".to_string()
        } else {
            format!("Filters ({n})")
        }
    },
    search: "Search tasks",
    search_hint: "Number, title, description or unit; several words must all match. Enter goes to the first task found.",
    group_area: "Key area",
    group_goal: "Strategic goal",
    group_tier: "Tier",
    group_lead: "Lead unit",
    group_co: "Co-operating unit",
    group_light: "Status",
    group_tag: "Tag",
    group_source: "Source",
    group_progress: "Progress (%)",
    group_deadline: "Deadline",
    from: "From",
    to: "To",
    progress_from: "At least",
    progress_to: "At most",
    overdue_only: "Overdue only",
    no_report_since: "No report since",
    in_parens: |n| format!(" ({n})", n = Num(n)),
    chosen: |n| format!("{n} chosen", n = Num(n)),
    not_a_date: "Not a complete date (YYYY-MM-DD); the filter was not changed.",
    not_a_percent: "Enter a whole number from 0 to 100; the filter was not changed.",
    range_reversed: "The start of the range is after its end, so no task can match.",
    clear_filters: "Clear filters",
    active_filters: "Filters in use",
    chip: |group, value| format!("{group}: {value}"),
    remove_filter: |chip| format!("Remove filter {chip}"),
    chip_search: |words| format!("Search: “{words}”"),
    range: |from, to| match (from, to) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("from {a}"),
        (None, Some(b)) => format!("up to {b}"),
        (None, None) => String::new(),
    },
    percent: |p| format!("{p}%"),
    form_more: "More details: ",
    form_save_and_add: "Save and add another",
    form_added_next: |title| format!("Task “{title}” added. Enter the next task; key area, lead unit, tier and deadline are kept."),
    form_co_hint: "Tick every unit that works with the lead unit.",
    form_no_areas: "The plan has no key area yet, and a task belongs to one. ",
    form_go_areas: "Add key areas in Goals & areas",
    form_no_units: "The plan has no unit yet, and a task needs a lead unit. ",
    form_go_units: "Add units in Units",
    form_ms_name: |n| format!("Milestone {n}"),
    form_ms_due: |n| format!("Due date of milestone {n}"),
    form_ms_remove: |n| format!("Remove milestone {n}"),
    form_ms_add: "Add a milestone",
    bulk_open: |n| format!("Change {} at once", plural(n, "task", "tasks")),
    bulk_title: "Change many tasks at once",
    bulk_intro: "For every task the filter matches. Blank fields stay as each task has them; a co-operating unit and a tag are added. One undo takes it all back.",
    bulk_keep: "As it is",
    bulk_co: "Add a co-operating unit",
    bulk_tag: "Add a tag",
    bulk_reach: |n, same, out| {
        let mut s = format!("{} will change", plural(n, "task", "tasks"));
        if same > 0 {
            s.push_str(&format!("; already so: {}", Num(same)));
        }
        if out > 0 {
            s.push_str(&format!("; left out, as the change would break a rule: {} (listed below)", Num(out)));
        }
        s.push('.');
        s
    },
    bulk_refused: |task, rule| format!("{task}: {rule}"),
    bulk_apply: |n| format!("Change {}", plural(n, "task", "tasks")),
    bulk_done: |n| format!("{} changed.", plural(n, "task", "tasks")),
};

pub static ZH: TableText = TableText {
    heading: "任务清单",
    intro: "本规划的全部重点任务，可搜索、筛选和排序；筛选条件保存在网址中，可收藏或转发。",
    count: |shown, all| {
        if shown == all {
            format!("共 {all} 项任务", all = Num(all))
        } else {
            format!(
                "显示 {shown} 项，共 {all} 项任务",
                shown = Num(shown),
                all = Num(all)
            )
        }
    },
    caption: |sort| match sort {
        None => "任务清单（按规划顺序）".to_string(),
        Some((col, false)) => format!("任务清单（按{col}升序）"),
        Some((col, true)) => format!("任务清单（按{col}降序）"),
    },
    col_area: "重点领域",
    col_co_units: "配合单位",
    col_last_report: "最近报告",
    never_reported: "尚未报告",
    nothing: "—",
    sort_option: |col, desc| {
        if desc {
            format!("{col}（降序）")
        } else {
            format!("{col}（升序）")
        }
    },
    sort_by: "排序方式",
    plan_order: "规划顺序",
    empty: "没有符合筛选条件的任务。",
    no_tasks: "本规划尚无任务。",
    filters: "筛选条件",
    filters_button: |n| {
        if n == 0 {
            "筛选".to_string()
        } else {
            format!("筛选（{n}）")
        }
    },
    search: "搜索任务",
    search_hint:
        "可按编号、名称、内容或单位搜索；多个词用空格分隔，须同时符合。按回车键跳到第一项结果。",
    group_area: "重点领域",
    group_goal: "战略目标",
    group_tier: "任务类别",
    group_lead: "牵头单位",
    group_co: "配合单位",
    group_light: "亮灯状态",
    group_tag: "标签",
    group_source: "来源",
    group_progress: "进度（%）",
    group_deadline: "完成时限",
    from: "自",
    to: "至",
    progress_from: "不低于",
    progress_to: "不高于",
    overdue_only: "只看已逾期",
    no_report_since: "自此日起未报进展",
    in_parens: |n| format!("（{n}）", n = Num(n)),
    chosen: |n| format!("已选 {n} 项", n = Num(n)),
    not_a_date: "日期不完整（格式为 年-月-日），筛选条件未改变。",
    not_a_percent: "请输入 0 到 100 之间的整数，筛选条件未改变。",
    range_reversed: "起始值晚于（大于）结束值，没有任务能符合。",
    clear_filters: "清除筛选条件",
    active_filters: "已选条件",
    chip: |group, value| format!("{group}：{value}"),
    remove_filter: |chip| format!("移除筛选条件 {chip}"),
    chip_search: |words| format!("搜索：“{words}”"),
    range: |from, to| match (from, to) {
        (Some(a), Some(b)) => format!("{a} 至 {b}"),
        (Some(a), None) => format!("{a} 起"),
        (None, Some(b)) => format!("至 {b}"),
        (None, None) => String::new(),
    },
    percent: |p| format!("{p}%"),
    form_more: "更多信息：",
    form_save_and_add: "保存并继续添加",
    form_added_next: |title| {
        format!(
            "任务“{title}”已添加。请填写下一项任务；重点领域、牵头单位、任务类别和完成时限已保留。"
        )
    },
    form_co_hint: "勾选与牵头单位共同推进的全部单位。",
    form_no_areas: "本规划还没有重点领域，每项任务须归入一个领域。",
    form_go_areas: "到“目标与领域”添加重点领域",
    form_no_units: "本规划还没有单位，每项任务须有牵头单位。",
    form_go_units: "到“单位”添加单位",
    form_ms_name: |n| format!("节点{n}"),
    form_ms_due: |n| format!("节点{n}计划完成日期"),
    form_ms_remove: |n| format!("删除节点{n}"),
    form_ms_add: "添加节点",
    bulk_open: |n| format!("批量修改这 {n} 项任务", n = Num(n)),
    bulk_title: "批量修改任务",
    bulk_intro: "应用于筛选出的每一项任务。留空的内容保持各任务原样；配合单位和标签为增加。撤销一次即可全部撤回。",
    bulk_keep: "保持不变",
    bulk_co: "增加配合单位",
    bulk_tag: "增加标签",
    bulk_reach: |n, same, out| {
        let mut s = format!("将修改 {n} 项任务", n = Num(n));
        if same > 0 {
            s.push_str(&format!("；{m} 项已是如此", m = Num(same)));
        }
        if out > 0 {
            s.push_str(&format!("；{m} 项修改后将违反规则，不予修改（见下）", m = Num(out)));
        }
        s.push('。');
        s
    },
    bulk_refused: |task, rule| format!("{task}：{rule}"),
    bulk_apply: |n| format!("修改 {n} 项任务", n = Num(n)),
    bulk_done: |n| format!("已修改 {n} 项任务。", n = Num(n)),
};

//! Texts of the dashboard view, in both languages.

/// Texts of the dashboard view.
pub struct DashboardText {
    /// The plan's description, folded away under this summary.
    pub about_plan: &'static str,
    /// How the overall progress is reckoned, as of a day.
    pub overall_note: fn(&str) -> String,
    /// The link to every task of the plan.
    pub all_tasks: fn(usize) -> String,
    pub no_tasks: &'static str,
    /// A light's share of the plan's tasks, for its link's title: (light, count, percent).
    pub share_title: fn(&str, usize, f64) -> String,
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
    // Stale
    pub stale_title: &'static str,
    pub stale_count: fn(usize) -> String,
    /// (the day a report must be on or after, the cadence's name, its days).
    pub stale_note: fn(&str, &str, i64) -> String,
    pub stale_none: &'static str,
    /// (date of the latest report, days since).
    pub last_report: fn(&str, i64) -> String,
    pub never_reported: &'static str,
    // Parts of a task line
    pub lead_is: fn(&str) -> String,
    pub deadline_on: fn(&str) -> String,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub static EN: DashboardText = DashboardText {
    about_plan: "About this plan",
    overall_note: |d| format!("Weighted by task weight, as of {d}."),
    all_tasks: |n| format!("All {}", plural(n, "task", "tasks")),
    no_tasks: "The plan has no tasks yet.",
    share_title: |light, n, p| format!("{light}: {} ({p:.0}%)", plural(n, "task", "tasks")),
    red_title: "Red list",
    red_count: |n| plural(n, "red task", "red tasks"),
    red_none: "Nothing is red.",
    units_behind: "Lead units with red tasks",
    unit_red: |n| format!("{n} red"),
    due_title: |days| format!("Due in the next {days} days"),
    due_count: |n| plural(n, "task due", "tasks due"),
    due_none: |days| format!("No open task falls due in the next {days} days."),
    due_in: |d| match d {
        0 => "due today".to_string(),
        1 => "in 1 day".to_string(),
        _ => format!("in {d} days"),
    },
    breakthrough_title: "Key breakthrough tasks",
    breakthrough_count: |n| plural(n, "key breakthrough task", "key breakthrough tasks"),
    breakthrough_none: "The plan has no key breakthrough tasks.",
    goals_title: "Progress by strategic goal",
    goals_none: "No strategic goals are set.",
    areas_title: "Progress by key area",
    areas_none: "No key areas are set.",
    lights_of: |what| format!("{what}: tasks by status"),
    stale_title: "Not reported within the cadence",
    stale_count: |n| plural(n, "task not reported", "tasks not reported"),
    stale_note: |since, cadence, days| {
        format!("Open tasks with no progress report since {since} (reporting cadence: {cadence}, {days} days).")
    },
    stale_none: "Every open task has reported within the cadence.",
    last_report: |date, days| {
        if days == 1 {
            format!("last report {date}, 1 day ago")
        } else {
            format!("last report {date}, {days} days ago")
        }
    },
    never_reported: "never reported",
    lead_is: |u| format!("Lead: {u}"),
    deadline_on: |d| format!("deadline {d}"),
};

pub static ZH: DashboardText = DashboardText {
    about_plan: "规划说明",
    overall_note: |d| format!("按任务权重加权计算，截至 {d}。"),
    all_tasks: |n| format!("全部 {n} 项任务"),
    no_tasks: "本规划尚无任务。",
    share_title: |light, n, p| format!("{light}：{n} 项，占 {p:.0}%"),
    red_title: "红灯任务",
    red_count: |n| format!("{n} 项亮红灯"),
    red_none: "目前没有亮红灯的任务。",
    units_behind: "有红灯任务的牵头单位",
    unit_red: |n| format!("{n} 项红灯"),
    due_title: |days| format!("{days} 天内到期"),
    due_count: |n| format!("{n} 项即将到期"),
    due_none: |days| format!("{days} 天内没有到期的未完成任务。"),
    due_in: |d| match d {
        0 => "今天到期".to_string(),
        _ => format!("{d} 天后到期"),
    },
    breakthrough_title: "重点突破任务",
    breakthrough_count: |n| format!("{n} 项重点突破任务"),
    breakthrough_none: "本规划未设重点突破任务。",
    goals_title: "各战略目标推进情况",
    goals_none: "尚未设置战略目标。",
    areas_title: "各重点领域推进情况",
    areas_none: "尚未设置重点领域。",
    lights_of: |what| format!("{what}：任务状态分布"),
    stale_title: "超期未报送进展",
    stale_count: |n| format!("{n} 项未按期报送"),
    stale_note: |since, cadence, days| {
        format!("{since} 以来未报送进展的未完成任务（报送周期：{cadence}，{days} 天）。")
    },
    stale_none: "所有未完成任务均已按期报送进展。",
    last_report: |date, days| format!("最近报送 {date}（{days} 天前）"),
    never_reported: "从未报送",
    lead_is: |u| format!("牵头单位：{u}"),
    deadline_on: |d| format!("完成时限 {d}"),
};

//! Texts of the unit scoreboard (考核排名) on the Units tab, in both languages.

use super::{plural, Num};
use crate::scoreboard::Unscored;

/// Texts of the scoreboard view.
pub struct ScoreboardText {
    /// The section heading.
    pub title: &'static str,
    /// What the table is, as of a day (the day as written).
    pub intro: fn(&str) -> String,
    /// The table's caption, for screen readers.
    pub caption: &'static str,
    pub col_rank: &'static str,
    pub col_unit: &'static str,
    pub col_led: &'static str,
    pub col_co: &'static str,
    pub col_completed: &'static str,
    pub col_on_time: &'static str,
    pub col_overdue: &'static str,
    pub col_progress: &'static str,
    pub col_stale: &'static str,
    pub col_score: &'static str,
    /// Shown for a unit with no score or no rank.
    pub no_score: &'static str,
    /// Spoken for "—" in the rank and score cells.
    pub not_scored: &'static str,
    /// A rank shared with others ("=2").
    pub tied_rank: fn(usize) -> String,
    /// Names of the three marks shown under a score.
    pub mark_on_time: &'static str,
    pub mark_progress: &'static str,
    pub mark_reporting: &'static str,
    /// After the reporting mark: reports in time of those owed.
    pub reporting_periods: fn(usize, usize) -> String,
    /// Link names: the unit's tasks, its led, co-operated and overdue tasks.
    pub tasks_of: fn(&str) -> String,
    pub led_by: fn(&str, usize) -> String,
    pub co_by: fn(&str, usize) -> String,
    pub overdue_of: fn(&str, usize) -> String,
    pub progress_of: fn(&str) -> String,
    /// A mark with nothing to measure yet (shown after the mark's name).
    pub mark_not_applicable: &'static str,
    /// Why a listed unit has no score.
    pub unscored_reason: fn(crate::scoreboard::Unscored) -> &'static str,
    /// Shown across the row of a unit that neither leads nor co-operates on any task.
    pub no_tasks_yet: &'static str,
    pub no_units: &'static str,
    /// The rules, in words.
    pub rules_title: &'static str,
    /// The formula, with each weight's share of the total as written ("40%").
    pub formula: fn(&str, &str, &str) -> String,
    pub rule_on_time: fn(&str) -> String,
    pub rule_progress: fn(&str) -> String,
    /// Reporting discipline: the weight's share, the cadence's name, the
    /// grace days and the period whose report is due, in words.
    pub rule_reporting: fn(&str, &str, u32, &str) -> String,
    /// Marks with nothing to measure: not applicable, weights renormalised.
    pub rule_not_applicable: &'static str,
    pub rule_scope: &'static str,
    pub rule_ranking: &'static str,
    pub edit_weights: &'static str,
    /// Below a long table of units: how many are listed (shown, total).
    pub rows_shown: fn(usize, usize) -> String,
    /// The button that lists every unit.
    pub rows_all: fn(usize) -> String,
}

pub static EN: ScoreboardText = ScoreboardText {
    title: "Unit scoreboard",
    intro: |day| {
        format!(
            "How each unit's tasks stand as of {day}, ranked by score. A unit's name and its counts of tasks led, co-operated on and overdue are links to those tasks."
        )
    },
    caption: "Units ranked by score",
    col_rank: "Rank",
    col_unit: "Unit",
    col_led: "Leads",
    col_co: "Co-operates on",
    col_completed: "Completed",
    col_on_time: "On time",
    col_overdue: "Overdue",
    col_progress: "Average progress",
    col_stale: "Reports late",
    col_score: "Score",
    no_score: "—",
    not_scored: "not scored",
    tied_rank: |rank| format!("={rank}"),
    mark_on_time: "on time",
    mark_progress: "progress",
    mark_reporting: "reporting",
    reporting_periods: |in_time, owed| format!(" ({}/{})", Num(in_time), Num(owed)),
    tasks_of: |unit| format!("Tasks led by {unit}"),
    led_by: |unit, n| format!("{} led by {unit}", plural(n, "task", "tasks")),
    co_by: |unit, n| format!("{} {unit} co-operates on", plural(n, "task", "tasks")),
    overdue_of: |unit, n| format!("{} led by {unit}", plural(n, "overdue task", "overdue tasks")),
    progress_of: |unit| format!("Average progress of the tasks led by {unit}"),
    mark_not_applicable: "n/a",
    unscored_reason: |why| match why {
        Unscored::LeadsNoTask => "leads no task",
        Unscored::NothingToMeasure => "nothing to measure yet",
        Unscored::OnlyNotices => "only replies to notices can be marked yet, and they weigh 0",
        Unscored::OnlyZeroWeights => "every mark that applies weighs 0",
    },
    no_tasks_yet: "No tasks yet",
    no_units: "No units yet. Add the units that lead and co-operate on tasks below.",
    rules_title: "How the score is computed",
    formula: |on_time, progress, reporting| {
        format!(
            "Score = on-time completion × {on_time} + progress against schedule × {progress} + reporting discipline × {reporting}, each mark out of 100, rounded to one decimal."
        )
    },
    rule_on_time: |share| {
        format!(
            "On-time completion ({share}): the tasks completed by their deadline (the completing report, or the day completed it gives, dated by it, or the report answering a reporting period that ended by it), as a share of the tasks completed or overdue. Not applicable while none is."
        )
    },
    rule_progress: |share| {
        format!(
            "Progress against schedule ({share}): each task's progress as a share of the progress expected by today (time elapsed from start to deadline), at most 100; a completed task scores 100. The mean over the tasks of which progress is expected and a report is due. Not applicable while none is."
        )
    },
    rule_reporting: |share, cadence, grace, due| {
        format!(
            "Reporting discipline ({share}): reports count by the reporting period they answer (reporting cadence: {cadence}); a period's report is due {grace} days after it ends, and one sent later is late. A led task owes a report for each period from the one it started in (or was entered in) to the latest period due ({due}), but none whose report was not yet due when it was completed. The mark is the share of those reports that came in time (a report for a later period sent by then counts), with the reports in time and owed after it (9/18). Reports late counts the tasks whose report for {due} has not come in time. Not applicable while no report is owed."
        )
    },
    rule_not_applicable: "A mark with nothing to measure yet is not applicable (n/a), never full marks: the score is the weighted mean of the marks that apply, their weights scaled up to make 100%. A unit is never given points for what has not happened: with nothing completed or overdue, on-time completion does not count. A unit with no mark that applies has no score yet (—).",
    rule_scope: "Only the tasks a unit leads are scored, each counting once; the tasks it co-operates on are counted but not scored. A unit that leads no task has no score (—) and is listed after the ranked units; a unit with no task at all is listed last, as having no tasks yet.",
    rule_ranking: "Units are ranked by score; equal scores share a rank (=2), and the next rank skips.",
    edit_weights: "Change the weights in the plan settings",
    rows_shown: |shown, total| format!("The first {shown} of {total} units are listed.", shown = Num(shown), total = Num(total)),
    rows_all: |n| format!("List all {n}", n = Num(n)),
};

pub static ZH: ScoreboardText = ScoreboardText {
    title: "单位考核排名",
    intro: |day| format!("截至 {day} 各单位任务推进情况，按得分排名。单位名称及其牵头、配合、逾期任务数可点击查看对应任务。"),
    caption: "各单位按得分排名",
    col_rank: "名次",
    col_unit: "单位",
    col_led: "牵头任务",
    col_co: "配合任务",
    col_completed: "已完成",
    col_on_time: "按期完成",
    col_overdue: "逾期",
    col_progress: "平均进度",
    col_stale: "超期未报",
    col_score: "得分",
    no_score: "—",
    not_scored: "不计分",
    tied_rank: |rank| format!("并列{rank}"),
    mark_on_time: "按期",
    mark_progress: "进度",
    mark_reporting: "报送",
    reporting_periods: |in_time, owed| format!("（{}/{}）", Num(in_time), Num(owed)),
    tasks_of: |unit| format!("{unit}牵头的任务"),
    led_by: |unit, n| format!("{unit}牵头的 {n} 项任务", n = Num(n)),
    co_by: |unit, n| format!("{unit}配合的 {n} 项任务", n = Num(n)),
    overdue_of: |unit, n| format!("{unit}牵头的 {n} 项逾期任务", n = Num(n)),
    progress_of: |unit| format!("{unit}牵头任务的平均进度"),
    mark_not_applicable: "不适用",
    unscored_reason: |why| match why {
        Unscored::LeadsNoTask => "未牵头任务",
        Unscored::NothingToMeasure => "暂无可考核事项",
        Unscored::OnlyNotices => "目前仅督办回复可考核，其权重为0",
        Unscored::OnlyZeroWeights => "可考核项的权重均为0",
    },
    no_tasks_yet: "暂无任务",
    no_units: "尚无单位。请在下方添加牵头和配合单位。",
    rules_title: "评分规则",
    formula: |on_time, progress, reporting| {
        format!(
            "得分 = 按期完成率 × {on_time} + 进度达标率 × {progress} + 报送及时率 × {reporting}，各项均为百分制，结果保留一位小数。"
        )
    },
    rule_on_time: |share| {
        format!(
            "按期完成率（{share}）：在完成时限内完成的任务（完成报告日期或其所填完成日期不晚于时限，或报告期在时限前结束、于宽限期内报送的完成报告），占已完成和已逾期任务之和的比例；尚无完成或逾期任务的，此项不适用。"
        )
    },
    rule_progress: |share| {
        format!(
            "进度达标率（{share}）：每项任务的实际进度与截至当日应达进度（按开始日期至完成时限的时间进度计算）之比，最高计 100，已完成任务计 100；对已有应达进度且已到首次报送时间的任务取平均值（新添加或尚未开始的任务不计）；尚无此类任务的，此项不适用。"
        )
    },
    rule_reporting: |share, cadence, grace, due| {
        format!(
            "报送及时率（{share}）：进度报告按其所属报告期计算（本规划报送周期：{cadence}），报告期结束后 {grace} 天内应报送，逾期报送的计为迟报。牵头任务自开始（或录入）所在的报告期起，至最近一个已过报送期限的报告期（{due}）止，每期应报一次；办结时尚未到报送期限的报告期不再应报。此项为按期报送的期次（期限内报送了其后报告期进度的也算）占应报期次的比例，其后括号内为按期/应报期次（如9/18）。“超期未报”为{due}进展未按期报送的任务数。没有应报期次的，此项不适用。"
        )
    },
    rule_not_applicable: "尚无可考核内容的单项记为“不适用”，不记满分：得分为适用各项的加权平均，其权重按比例折算为100%。单位不会因尚未发生的事项得分：没有已完成或逾期任务时，按期完成率不计入。没有任何适用项的单位暂不计分（—）。",
    rule_scope: "只对单位牵头的任务计分，每项任务同等计算；配合任务只计数、不计分。未牵头任务的单位不计分（显示“—”），列于排名单位之后；尚无任何任务的单位列于最后，注明“暂无任务”。",
    rule_ranking: "按得分从高到低排名；得分相同的名次并列（如“并列2”），其后名次顺延。",
    edit_weights: "在规划设置中调整权重",
    rows_shown: |shown, total| format!("共 {total} 个单位，列出前 {shown} 个。", shown = Num(shown), total = Num(total)),
    rows_all: |n| format!("列出全部 {n} 个", n = Num(n)),
};

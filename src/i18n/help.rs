//! Texts of the help page, the keyboard shortcuts' panel and the first
//! visit's guide, in both languages. The help's sentences about the rules
//! take the plan's own settings as arguments (`crate::help` passes them),
//! so they say what the code does with this plan.

use crate::shortcuts::Action;

/// Texts of the help page, the shortcuts and the first visit's guide.
pub struct HelpText {
    /// The help page's name in the navigation and its heading.
    pub nav: &'static str,
    /// What the page explains.
    pub intro: &'static str,
    // The lights
    pub lights_title: &'static str,
    /// Whether a task needs closing out (销号) to be completed (rule 0).
    pub verification: fn(bool) -> &'static str,
    // The scoreboard
    pub score_title: &'static str,
    /// Which tasks are scored, and the formula.
    pub score_formula: &'static str,
    /// A component's weight as its share of the score: (name, percent).
    pub weight_share: fn(&str, &str) -> String,
    /// A component weighing 0: (name).
    pub not_scored: fn(&str) -> String,
    /// What each component measures, in the order on time, progress,
    /// reporting, replies to notices.
    pub component_what: [&'static str; 4],
    /// The shares when the first component has nothing to measure:
    /// (its name, the others' "name share%" joined).
    pub renormalised: fn(&str, &str) -> String,
    /// Between the items of a list in a sentence.
    pub list_sep: &'static str,
    /// Rounding and ranks.
    pub ranks: &'static str,
    /// Where the weights and thresholds are changed.
    pub settings_at: &'static str,
    // The supervision loop
    pub loop_title: &'static str,
    /// Within how many days an item must be signed for, if at all.
    pub sign_days: fn(Option<u32>) -> String,
    // Dates
    pub dates_title: &'static str,
    /// What a date field takes, with examples of deadlines pasted as a
    /// plan's documents write them, each naming 30 June of the plan's
    /// first year (checked against the reader, `crate::help`'s tests).
    pub dates_paste: fn(i32) -> String,
    // The shortcuts
    pub keys_title: &'static str,
    /// That letters never act while typing in a field.
    pub keys_intro: &'static str,
    pub col_action: &'static str,
    pub col_keys: &'static str,
    pub action: fn(Action) -> &'static str,
    /// Between the keys of a sequence ("g then t").
    pub then: &'static str,
    /// Between two ways of pressing one shortcut.
    pub or: &'static str,
    /// The button that opens the shortcuts' panel.
    pub shortcuts_button: &'static str,
    pub close: &'static str,
    // The first visit's guide
    pub guide_title: &'static str,
    pub guide_sample: &'static str,
    pub guide_cycle: &'static str,
    pub guide_steps: [&'static str; 4],
    pub guide_files: &'static str,
    /// The guide's link to the help page (before it, the link).
    pub guide_more: &'static str,
    pub guide_dismiss: &'static str,
    /// The help page's button that shows the guide again.
    pub guide_show: &'static str,
}

pub static EN: HelpText = HelpText {
    nav: "Help",
    intro: "How the lights and the unit scores are worked out, worded from this plan's own settings: change a setting and this page changes with it.",
    lights_title: "Traffic lights",
    verification: |on| {
        if on {
            "This plan requires verification: a task is completed only once it is closed out, from the day it was closed out. A task at 100% that is not closed out yet keeps the light the rules below give it."
        } else {
            "This plan does not require verification: a task is completed by its reports, as below."
        }
    },
    score_title: "Unit scoreboard",
    score_formula: "Only the tasks a unit leads are scored. Each mark is out of 100; a mark with nothing to measure yet does not apply (it never counts as full marks). The score is the weighted mean of the marks that apply: Σ weight × mark / Σ weight, both sums over those marks only. With this plan's weights:",
    weight_share: |name, pct| format!("{name}: {pct}% of the score."),
    not_scored: |name| format!("{name}: weight 0, not scored."),
    component_what: [
        "on time ÷ (completed + overdue) × 100. On time: completed by the deadline, or so reported for a period that ended by it, within the grace days; a task completed later counts like an overdue one.",
        "the mean over the tasks completed or expected to have progress by now of progress ÷ expected progress × 100, at most 100 (100 for a completed task).",
        "reports in time ÷ reports owed × 100, one owed for each reporting period a led task ran in, up to the period due, until it was completed.",
        "replies on time ÷ (on time + late + missing) × 100, over the supervision notices sent to the unit.",
    ],
    renormalised: |name, rest| format!("While {name} has nothing to measure for a unit, the other weights are scaled up to make 100%: {rest}."),
    list_sep: ", ",
    ranks: "Scores are rounded to one decimal. Units are ranked by score, highest first; equal scores share a rank (1, 2, 2, 4). A unit with no mark that applies has no score and no rank.",
    settings_at: "Thresholds, weights and the supervision settings are changed in the plan settings:",
    loop_title: "Supervision loop",
    sign_days: |days| match days {
        Some(n) => format!("Items must be signed for within {n} days of being assigned; items not signed for by then are counted on the dashboard and in the bulletin."),
        None => "The plan sets no time limit for signing for an item.".to_string(),
    },
    dates_title: "Dates",
    dates_paste: |year| format!("A date field takes a day from its calendar, or a deadline pasted into it as the plan's documents write it: “{year}年6月底前”, “6月底”, “{year}/6/30”, “上半年” are each read as {year}-06-30. A date written without its year is in {year}, the year this plan starts; pasted text that names no day leaves the field as it was. A spreadsheet's dates are read the same way when its tasks are imported (Import CSV)."),
    keys_title: "Keyboard shortcuts",
    keys_intro: "Letters and signs do nothing while you type in a field; there, Ctrl+Z undoes your typing.",
    col_action: "Action",
    col_keys: "Keys",
    action: |a| match a {
        Action::Dashboard => "Go to the dashboard",
        Action::Tasks => "Go to the tasks",
        Action::Search => "Search the tasks",
        Action::Report => "Report progress on the task open",
        Action::Undo => "Undo",
        Action::Redo => "Redo",
        Action::Help => "Show the keyboard shortcuts",
    },
    then: "then",
    or: "or",
    shortcuts_button: "Keyboard shortcuts",
    close: "Close",
    guide_title: "Welcome",
    guide_sample: "What you see is a sample plan, the Shanxi 2023 plan built from public reports, so that every view has something to show. Changes stay in this browser.",
    guide_cycle: "The supervision cycle in four steps",
    guide_steps: [
        "Find what needs attention: the red list here, or the task table's filters.",
        "Report progress on a task's page, or on all of a unit's tasks under “Report by unit”.",
        "Chase what lags: record the steps of a supervised item and send notices from its page.",
        "Verify and close out, then circulate the bulletin and the period report.",
    ],
    guide_files: "New plan, import, export and the language are under “Files & settings” in the header (on a phone, in the menu).",
    guide_more: "The rules behind the lights and scores, and the keyboard shortcuts:",
    guide_dismiss: "Got it",
    guide_show: "Show the first-visit guide again",
};

pub static ZH: HelpText = HelpText {
    nav: "帮助",
    intro: "亮灯和单位考核得分如何计算。以下文字按本规划自己的设置生成：设置一改，本页随之改变。",
    lights_title: "亮灯规则",
    verification: |on| {
        if on {
            "本规划要求核验：任务须销号后才算完成，完成日为销号日。进度已达 100% 但尚未销号的任务，按下列规则亮灯。"
        } else {
            "本规划不要求核验：任务按报送的进展认定完成，规则如下。"
        }
    },
    score_title: "单位考核排名",
    score_formula: "只对单位牵头的任务计分。每项得分满分 100；尚无可计量内容的项目不适用（绝不按满分计）。总分为适用各项的加权平均：Σ 权重 × 得分 ÷ Σ 权重，两个求和都只计适用的项目。按本规划的权重：",
    weight_share: |name, pct| format!("{name}：占总分 {pct}%。"),
    not_scored: |name| format!("{name}：权重为 0，不计分。"),
    component_what: [
        "按期完成数 ÷（已完成数 + 逾期数）× 100。按期完成：完成日不晚于完成时限，或完成报告所答报告期在时限前结束、于宽限期内报送；其余逾期后才完成的任务与逾期任务同样计。",
        "对已完成或到期应有进度的任务，取 实际进度 ÷ 应有进度 × 100（不超过 100，已完成计 100）的平均值。",
        "按期报送期次 ÷ 应报期次 × 100；牵头任务自开始起至最近已到期的报告期，每期应报一次，办结后不再应报。",
        "按时回复数 ÷（按时 + 逾期回复 + 未回复）× 100，计发给该单位的督办单。",
    ],
    renormalised: |name, rest| format!("某单位的{name}尚无可计量内容时，其余权重按比例放大到 100%：{rest}。"),
    list_sep: "，",
    ranks: "得分保留一位小数。按得分从高到低排名，得分相同者名次相同（1、2、2、4）。没有适用项目的单位不计分、不排名。",
    settings_at: "阈值、权重和督办设置在规划设置中修改：",
    loop_title: "督办闭环",
    sign_days: |days| match days {
        Some(n) => format!("事项交办后须在 {n} 天内签收；逾期未签收的事项在总览和情况通报中列出。"),
        None => "本规划未设签收时限。".to_string(),
    },
    dates_title: "日期填写",
    dates_paste: |year| format!("日期框可从日历中选择日期，也可粘贴规划文件中写法的完成时限：“{year}年6月底前”“6月底”“{year}/6/30”“上半年”都读作 {year}-06-30。未写年份的，按本规划起始年份 {year} 年计；粘贴的文字不是日期的，日期框保持原值。从表格导入任务（导入 CSV）时，表中日期按同样规则读取。"),
    keys_title: "键盘快捷键",
    keys_intro: "在输入框中打字时，字母和符号不会触发快捷键；此时 Ctrl+Z 撤销的是输入的文字。",
    col_action: "操作",
    col_keys: "按键",
    action: |a| match a {
        Action::Dashboard => "转到总览",
        Action::Tasks => "转到任务清单",
        Action::Search => "搜索任务",
        Action::Report => "为当前任务填报进展",
        Action::Undo => "撤销",
        Action::Redo => "重做",
        Action::Help => "显示键盘快捷键",
    },
    then: "再按",
    or: "或",
    shortcuts_button: "键盘快捷键",
    close: "关闭",
    guide_title: "欢迎使用",
    guide_sample: "您看到的是示例规划：根据公开报道整理的山西省 2023 年规划，让每个视图都有内容可看。所做修改只保存在本浏览器中。",
    guide_cycle: "督查工作四步走",
    guide_steps: [
        "找出需要关注的任务：看本页的红灯任务，或在任务清单中筛选。",
        "在任务页填报进展，或在“按单位填报”中一次填报一个单位的全部任务。",
        "督促滞后任务：在事项页记录交办、签收等环节，发出督办单。",
        "核验销号，然后印发情况通报和阶段报告。",
    ],
    guide_files: "新建规划、导入、导出和语言在页头的“文件与设置”中（手机上在菜单里）。",
    guide_more: "亮灯和考核规则、键盘快捷键见：",
    guide_dismiss: "知道了",
    guide_show: "再次显示首次使用指引",
};

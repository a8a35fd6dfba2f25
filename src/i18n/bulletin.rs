//! Texts of the supervision loop in the overview views, in both languages:
//! the plan's supervision settings, the dashboard's counts, the
//! scoreboard's columns, the period report's notices by unit, and the
//! bulletin (情况通报).

use super::Num;

/// Texts of the supervision loop's overview views and the bulletin.
pub struct BulletinText {
    // Settings
    pub settings_legend: &'static str,
    pub settings_hint: &'static str,
    pub field_verification: &'static str,
    pub field_sign_days: &'static str,
    pub field_notices_weight: &'static str,
    // Dashboard
    pub loop_title: &'static str,
    /// Notices awaiting a reply.
    pub loop_open: &'static str,
    /// Of those, past their reply date.
    pub loop_missing: &'static str,
    pub loop_late: &'static str,
    /// Items not signed for within the plan's days (the days).
    pub loop_not_signed: fn(u32) -> String,
    pub loop_awaiting: &'static str,
    pub loop_closed: &'static str,
    /// A count of notices or items, in words ("3 notices").
    pub items_n: fn(usize) -> String,
    pub see_bulletin: &'static str,
    // Scoreboard
    pub col_notices: &'static str,
    pub col_days_to_sign: &'static str,
    pub col_returned: &'static str,
    pub mark_replies: &'static str,
    /// The formula with the fourth weight (shares as written).
    pub formula: fn(&str, &str, &str, &str) -> String,
    pub rule_replies: fn(&str) -> String,
    /// How a unit's replies stand: on time, late, missing.
    pub replies_line: fn(usize, usize, usize) -> String,
    // Period report and bulletin: notices by unit
    pub notices_heading: &'static str,
    pub col_unit: &'static str,
    pub col_issued: &'static str,
    pub col_on_time: &'static str,
    pub col_replied_late: &'static str,
    pub col_missing: &'static str,
    pub col_pending: &'static str,
    pub notices_none: &'static str,
    /// The bulletin's section on notices.
    pub notices_section: &'static str,
    // The bulletin
    pub nav: &'static str,
    /// The bulletin's title for a period (the period in words).
    pub title: fn(&str) -> String,
    pub controls: &'static str,
    pub overall_heading: &'static str,
    /// Tasks, progress as written, and the counts by light: completed,
    /// green, yellow, red, grey.
    pub overall_text: fn(usize, &str, [usize; 5]) -> String,
    pub no_progress: &'static str,
    pub closed_heading: &'static str,
    /// Closed out in the period, and in all by the as-of day.
    pub closed_text: fn(usize, usize) -> String,
    pub closed_on: fn(&str) -> String,
    /// An item closed as completed on its unit's report (no verification).
    pub reported_done_on: fn(&str) -> String,
    pub overdue_heading: &'static str,
    pub overdue_none: &'static str,
    pub col_count: &'static str,
    pub col_items: &'static str,
    pub days_over: fn(i64) -> String,
    /// Why an item is red, other than its deadline passed, as a note.
    pub note: fn(&str) -> String,
    pub owed_heading: &'static str,
    /// How many tasks owed the report of the period due (named, with its
    /// deadline), and how many of them did not send it by then.
    pub owed_text: fn(usize, usize, &str, &str) -> String,
    pub col_owed: &'static str,
    /// A report owed: the day of the task's latest report, or none ever.
    pub last_report: fn(Option<&str>) -> String,
    pub commended_heading: &'static str,
    pub commended_text: &'static str,
    pub commended_none: &'static str,
    /// A commended unit's rank and score as written.
    pub rank_score: fn(usize, &str) -> String,
    /// The same, for a rank another unit shares (并列).
    pub rank_tied: fn(usize, &str) -> String,
    /// The saved file's name: plan title and period.
    pub file_stem: &'static str,
    /// Said once the bulletin is saved as HTML, with the file's name.
    pub saved: fn(&str) -> String,
}

pub static EN: BulletinText = BulletinText {
    settings_legend: "Supervision",
    settings_hint: "How items are verified and signed for, and how much replies to supervision notices weigh in the scoreboard (0 leaves every score as it is).",
    field_verification: "Verification required: an item counts as completed only once it is closed out",
    field_sign_days: "Days to sign for an item (blank: no limit)",
    field_notices_weight: "Replies to notices on time",
    loop_title: "Supervision",
    loop_open: "Items awaiting a reply to a notice",
    loop_missing: "of them past the reply date",
    loop_late: "Items with a reply received late",
    loop_not_signed: |n| format!("Items not signed for within {n} days"),
    loop_awaiting: "Items reported complete, awaiting verification or close-out",
    loop_closed: "Items closed out",
    items_n: |n| match n {
        1 => "1 item".into(),
        _ => format!("{n} items", n = Num(n)),
    },
    see_bulletin: "Bulletin for this period",
    col_notices: "Notices",
    col_days_to_sign: "Days to sign (mean)",
    col_returned: "Returned",
    mark_replies: "replies",
    formula: |on_time, progress, reporting, replies| {
        format!(
            "Score = on-time completion × {on_time} + progress against schedule × {progress} + reporting discipline × {reporting} + replies to notices on time × {replies}, each mark out of 100, rounded to one decimal."
        )
    },
    rule_replies: |share| {
        format!(
            "Replies to notices on time ({share}): of the supervision notices sent to the unit whose reply is in or due, the share replied to by the due date. Not applicable while none is; with weight 0 it does not count."
        )
    },
    replies_line: |on_time, late, missing| {
        format!("{on_time} on time · {late} late · {missing} missing", on_time = Num(on_time), late = Num(late), missing = Num(missing))
    },
    notices_heading: "Supervision notices by unit",
    col_unit: "Unit",
    col_issued: "Notices issued",
    col_on_time: "Replied on time",
    col_replied_late: "Replied late",
    col_missing: "No reply, past due",
    col_pending: "Reply not yet due",
    notices_none: "No supervision notice was issued in the period.",
    notices_section: "5. Supervision notices and replies by unit",
    nav: "Bulletin",
    title: |period| format!("Bulletin on the plan's progress, {period}"),
    controls: "Bulletin period and output",
    overall_heading: "1. Overall progress",
    overall_text: |n, progress, [done, green, yellow, red, grey]| {
        format!(
            "The plan has {n} tasks; overall progress is {progress}. {done} completed, {green} on track, {yellow} at risk, {red} overdue or lagging, {grey} not reported."
        , n = Num(n), done = Num(done), green = Num(green), yellow = Num(yellow), red = Num(red), grey = Num(grey))
    },
    no_progress: "not yet measured",
    closed_heading: "2. Items closed out",
    closed_text: |n, total| match n {
        1 => format!("1 item was closed out in the period; {total} in all by the bulletin's date.", total = Num(total)),
        _ => format!("{n} items were closed out in the period; {total} in all by the bulletin's date.", n = Num(n), total = Num(total)),
    },
    closed_on: |d| format!("(closed out {d})"),
    reported_done_on: |d| format!("(completed {d}, as reported; not verified)"),
    overdue_heading: "3. Items overdue or lagging, by unit",
    overdue_none: "No item is overdue or lagging.",
    col_count: "Items",
    col_items: "Items overdue or lagging",
    days_over: |n| match n {
        1 => "(1 day overdue)".into(),
        _ => format!("({n} days overdue)"),
    },
    note: |why| format!("({why})"),
    owed_heading: "4. Reports owed, by unit",
    owed_text: |owing, owed, period, due_by| match (owing, owed) {
        (0, _) => "No task owes a report yet.".into(),
        (_, 0) => format!("Every task that owed its report for {period} sent it by {due_by}."),
        (_, 1) => format!("1 of the {owing} tasks that owed a report for {period} did not send it by {due_by}:", owing = Num(owing)),
        _ => format!(
            "{owed} of the {owing} tasks that owed a report for {period} did not send it by {due_by}:",
            owing = Num(owing),
            owed = Num(owed)
        ),
    },
    col_owed: "Reports past due",
    last_report: |last| match last {
        Some(day) => format!("last report {day}"),
        None => "none by the date of the bulletin".into(),
    },
    commended_heading: "6. Units commended",
    commended_text: "The following units lead the unit scoreboard, with no item of theirs overdue or lagging, and are commended:",
    commended_none: "No unit at the top of the scoreboard both reaches the pass mark of 60 and has no item overdue or lagging; none is commended.",
    rank_score: |rank, score| format!("(rank {rank}, score {score})"),
    rank_tied: |rank, score| format!("(joint rank {rank}, score {score})"),
    file_stem: "Bulletin",
    saved: |f| format!("Bulletin saved as {f}."),
};

pub static ZH: BulletinText = BulletinText {
    settings_legend: "督办设置",
    settings_hint:
        "事项的核查销号与签收时限，以及督办单回复在考核中的权重（为 0 时各单位得分不变）。",
    field_verification: "须核查销号：事项销号后方计为已完成",
    field_sign_days: "签收时限（天，留空不限）",
    field_notices_weight: "督办单按时回复",
    loop_title: "督办情况",
    loop_open: "督办单待回复事项",
    loop_missing: "其中已过回复期限",
    loop_late: "督办单逾期回复事项",
    loop_not_signed: |n| format!("超过 {n} 天未签收事项"),
    loop_awaiting: "已申请办结、待核查销号事项",
    loop_closed: "已销号事项",
    items_n: |n| format!("{n} 项", n = Num(n)),
    see_bulletin: "生成本期情况通报",
    col_notices: "督办单",
    col_days_to_sign: "平均签收天数",
    col_returned: "退回",
    mark_replies: "回复",
    formula: |on_time, progress, reporting, replies| {
        format!(
            "得分 = 按期完成率 × {on_time} + 进度达标率 × {progress} + 报送及时率 × {reporting} + 督办单按时回复率 × {replies}，各项均为百分制，结果保留一位小数。"
        )
    },
    rule_replies: |share| {
        format!(
            "督办单按时回复率（{share}）：发给该单位、已回复或已到回复期限的督办单中，在期限内回复的比例；没有此类督办单的，此项不适用；权重为 0 时不计入。"
        )
    },
    replies_line: |on_time, late, missing| {
        format!(
            "按时 {on_time} · 逾期 {late} · 未复 {missing}",
            on_time = Num(on_time),
            late = Num(late),
            missing = Num(missing)
        )
    },
    notices_heading: "督办单情况（按单位）",
    col_unit: "单位",
    col_issued: "发出督办单",
    col_on_time: "按时回复",
    col_replied_late: "逾期回复",
    col_missing: "逾期未回复",
    col_pending: "未到回复期限",
    notices_none: "本期未发出督办单。",
    notices_section: "五、督办及回复情况（按单位）",
    nav: "情况通报",
    title: |period| format!("关于{period}规划实施情况的通报"),
    controls: "通报期间与输出",
    overall_heading: "一、总体进展",
    overall_text: |n, progress, [done, green, yellow, red, grey]| {
        format!(
            "规划共有任务 {n} 项，总体进度 {progress}。其中已完成 {done} 项，正常推进 {green} 项，存在风险 {yellow} 项，逾期或滞后 {red} 项，未报进展 {grey} 项。"
        , n = Num(n), done = Num(done), green = Num(green), yellow = Num(yellow), red = Num(red), grey = Num(grey))
    },
    no_progress: "暂无法计算",
    closed_heading: "二、办结销号情况",
    closed_text: |n, total| {
        format!(
            "本期销号事项 {n} 项，截至通报日累计销号 {total} 项。",
            n = Num(n),
            total = Num(total)
        )
    },
    closed_on: |d| format!("（{d}销号）"),
    reported_done_on: |d| format!("（据报告于{d}办结，未经核查）"),
    overdue_heading: "三、逾期或滞后事项（按单位）",
    overdue_none: "无逾期或滞后事项。",
    col_count: "项数",
    col_items: "逾期或滞后事项",
    days_over: |n| format!("（逾期 {n} 天）"),
    note: |why| format!("（{why}）"),
    owed_heading: "四、应报未报事项（按单位）",
    owed_text: |owing, owed, period, due_by| match (owing, owed) {
        (0, _) => "尚无任务到报送期限。".into(),
        (_, 0) => format!(
            "应报送{period}进展的 {owing} 项任务均已在{due_by}前报送。",
            owing = Num(owing)
        ),
        _ => format!(
            "应报送{period}进展的 {owing} 项任务中，{owed} 项未在报送期限（{due_by}）前报送：",
            owing = Num(owing),
            owed = Num(owed)
        ),
    },
    col_owed: "应报未报事项",
    last_report: |last| match last {
        Some(day) => format!("最近一次报送：{day}"),
        None => "截至通报日未报送".into(),
    },
    commended_heading: "六、通报表扬",
    commended_text: "以下单位考核排名靠前，且无逾期或滞后事项，予以通报表扬：",
    commended_none: "暂无考核排名靠前、达到及格分（60 分）且无逾期或滞后事项的单位，本期不作表扬。",
    rank_score: |rank, score| format!("（第 {rank} 名，{score} 分）"),
    rank_tied: |rank, score| format!("（并列第 {rank} 名，{score} 分）"),
    file_stem: "情况通报",
    saved: |f| format!("通报已保存为 {f}。"),
};

//! The bulletin (情况通报) and the supervision figures of the overview
//! views on a hand-made plan: the dashboard's counts, the notices by unit
//! of a period, the bulletin's figures, its HTML escaped in both languages
//! and saved with no script, and the scoreboard's loop columns.

use plan_tracker::bulletin::{
    build, bulletin_html, document, file_name, loop_html, loop_summary, notices_by_unit, Bulletin,
    ITEMS_SHOWN,
};
use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::period::Period;
use plan_tracker::period_report::build as period_report;
use plan_tracker::query::TaskIndex;
use plan_tracker::saved_sheets::minify;
use plan_tracker::scoreboard::{rows_html, scoreboard};
use plan_tracker::status::Reason;
use plan_tracker::supervision::counts::NoticeCounts;

/// The bulletin's sheet as the app reads it from the site and writes it.
fn sheet() -> String {
    minify(include_str!("../style/bulletin.css"))
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

/// Three units; t1 (u1) runs its whole loop and is closed out on 10 July;
/// t2 (u2) was assigned on 1 June, never signed for, and is overdue since
/// 30 June; t3 (u3) is reported complete on 1 August. Notices: n3 to u1 in
/// June; in July n5 to u1 (replied on 2 August, after its due date), n1 to
/// u2 (replied late), n2 to u2 (no reply), n4 to u3 (not yet due on 31 July).
fn plan() -> Plan {
    let mut p = Plan::new(
        Id::new("p"),
        "<script>alert(1)</script> 督查",
        d(2026, 1, 1),
        d(2026, 12, 31),
    );
    p.issuer = "市政府督查室".into();
    p.supervision = Supervision {
        verification_required: true,
        sign_within_days: Some(5),
    };
    p.areas.push(KeyArea::new("a1", "领域"));
    p.units.push(Unit::new("u1", "发改委"));
    p.units.push(Unit::new("u2", "住建局"));
    p.units.push(Unit::new("u3", "教育局<b>&"));
    for (id, lead, deadline) in [
        ("t1", "u1", d(2026, 9, 30)),
        ("t2", "u2", d(2026, 6, 30)),
        ("t3", "u3", d(2026, 12, 31)),
    ] {
        p.tasks.push(Task {
            code: format!("{id}-code"),
            start: Some(d(2026, 1, 1)),
            deadline: Some(deadline),
            ..Task::new(id, id, format!("事项{id}"), "a1", lead)
        });
    }
    p.tasks[1].title = "旧城改造<i>".into();
    for (i, (task, date, progress)) in [
        ("t1", d(2026, 5, 31), 80.0),
        ("t2", d(2026, 5, 31), 30.0),
        ("t3", d(2026, 7, 31), 60.0),
    ]
    .into_iter()
    .enumerate()
    {
        p.updates.push(Update::new(
            format!("r{i}"),
            Subject::Task(Id::new(task)),
            date,
            progress,
        ));
    }
    use StepKind::*;
    let mut steps = vec![
        Step::new("s1", "t1", Assigned, d(2026, 6, 1)),
        Step::new("s2", "t1", SignedFor, d(2026, 6, 3)),
        Step::new("s3", "t1", CompletionReported, d(2026, 7, 1)),
        Step::new("s4", "t1", Accepted, d(2026, 7, 5)),
        Step::new("s5", "t1", ClosedOut, d(2026, 7, 10)),
        Step::new("s6", "t2", Assigned, d(2026, 6, 1)),
        Step::new("s7", "t3", Assigned, d(2026, 6, 1)),
        Step::new("s8", "t3", SignedFor, d(2026, 6, 2)),
        Step::new("s9", "t3", CompletionReported, d(2026, 8, 1)),
    ];
    for s in &mut steps {
        if s.kind == CompletionReported {
            s.note = "验收材料".into();
        }
    }
    p.steps = steps;
    let reply = |date| {
        Some(Reply {
            date,
            text: "已办理".into(),
            by: String::new(),
        })
    };
    let notice = |id: &str, task: &str, unit: &str, issued, due| {
        Notice::new(
            id,
            format!("督办〔2026〕{id}号"),
            task,
            unit,
            issued,
            "请加快",
            due,
        )
    };
    p.notices = vec![
        Notice {
            reply: reply(d(2026, 6, 12)),
            ..notice("n3", "t1", "u1", d(2026, 6, 10), d(2026, 6, 15))
        },
        Notice {
            reply: reply(d(2026, 8, 2)),
            ..notice("n5", "t1", "u1", d(2026, 7, 2), d(2026, 7, 10))
        },
        Notice {
            reply: reply(d(2026, 7, 15)),
            ..notice("n1", "t2", "u2", d(2026, 7, 5), d(2026, 7, 12))
        },
        notice("n2", "t2", "u2", d(2026, 7, 20), d(2026, 7, 25)),
        notice("n4", "t3", "u3", d(2026, 7, 28), d(2026, 8, 5)),
    ];
    assert!(
        plan_tracker::validate::validate(&p).is_empty(),
        "{:?}",
        plan_tracker::validate::validate(&p)
    );
    p
}

fn july() -> Period {
    Period::parse("2026-07").unwrap()
}

fn bulletin(p: &Plan, today: Date) -> Bulletin {
    build(p, &TaskIndex::build(p, today), july())
}

fn counts(
    received: usize,
    on_time: usize,
    late: usize,
    missing: usize,
    pending: usize,
) -> NoticeCounts {
    NoticeCounts {
        received,
        on_time,
        late,
        missing,
        pending,
    }
}

#[test]
fn the_dashboard_counts_the_loop_as_of_its_day() {
    let p = plan();
    // 15 August: n5 and n1 replied late, n3 on time, n2 missing, n4 missing
    // (due 5 August); t2 assigned 1 June and never signed (5 days given);
    // t3 reported complete, awaiting verification; t1 closed out.
    let index = TaskIndex::build(&p, d(2026, 8, 15));
    let s = loop_summary(&p, &index).unwrap();
    let n = |f: &plan_tracker::dashboard::Figure| f.count;
    // Items, not notices: t2 and t3 have an open notice, both past due;
    // t1 (n5) and t2 (n1) a reply received late.
    assert_eq!((n(&s.open), n(&s.missing), n(&s.late)), (2, 2, 2));
    assert_eq!(
        s.not_signed_in_time
            .as_ref()
            .map(|(days, f)| (*days, f.count)),
        Some((5, 1))
    );
    assert_eq!((n(&s.awaiting_verification), n(&s.closed_out)), (1, 1));
    // Each count is the number of rows its query gives the task table.
    for f in s.figures() {
        assert_eq!(
            f.count,
            f.query.filter.apply(&p, &index).len(),
            "{:?}",
            f.query
        );
    }
    let rows = |f: &plan_tracker::dashboard::Figure| -> Vec<String> {
        f.query
            .filter
            .apply(&p, &index)
            .into_iter()
            .map(|i| index.rows[i].id.to_string())
            .collect()
    };
    assert_eq!(rows(&s.late), ["t1", "t2"]);
    assert_eq!(rows(&s.open), ["t2", "t3"]);
    assert_eq!(rows(&s.awaiting_verification), ["t3"]);
    // On 4 June t2 is still within its 5 days; nothing is reported yet.
    let early = loop_summary(&p, &TaskIndex::build(&p, d(2026, 6, 4))).unwrap();
    assert_eq!(early.not_signed_in_time.unwrap().1.count, 0);
    assert_eq!(early.awaiting_verification.count, 0);
    assert_eq!(early.open.count + early.late.count + early.missing.count, 0);
    // Without days to sign, no such count.
    let mut no_days = p.clone();
    no_days.supervision.sign_within_days = None;
    assert!(loop_summary(&no_days, &index)
        .unwrap()
        .not_signed_in_time
        .is_none());
    // A plan with no step and no notice has nothing to show.
    let mut bare = p.clone();
    bare.steps.clear();
    bare.notices.clear();
    assert_eq!(
        loop_summary(&bare, &TaskIndex::build(&bare, d(2026, 8, 15))),
        None
    );

    let mut out = String::new();
    loop_html(&mut out, Lang::En.catalog(), &s, "?lang=en");
    assert!(out.contains("Items not signed for within 5 days"), "{out}");
    assert!(
        out.contains("view=tasks&amp;notice=any&amp;lang=en\">2 items</a></dd>"),
        "{out}"
    );
    assert!(
        out.contains("unsigned=1&amp;lang=en\">1 item</a></dd>"),
        "{out}"
    );
    assert!(out.contains("view=bulletin"), "{out}");
    assert!(out.contains("lang=en"), "{out}");
}

#[test]
fn notices_by_unit_count_those_issued_in_the_period_with_replies_as_of_its_end() {
    let p = plan();
    let rows = notices_by_unit(&p, july(), d(2026, 7, 31));
    let got: Vec<(&str, NoticeCounts)> =
        rows.iter().map(|r| (r.unit.as_str(), r.notices)).collect();
    assert_eq!(
        got,
        vec![
            // n5's reply came on 2 August: on 31 July it is missing.
            ("u1", counts(1, 0, 0, 1, 0)),
            ("u2", counts(2, 0, 1, 1, 0)),
            ("u3", counts(1, 0, 0, 0, 1)),
        ]
    );
    // June: only n3, replied on time.
    let june = notices_by_unit(&p, Period::parse("2026-06").unwrap(), d(2026, 6, 30));
    assert_eq!(june.len(), 1);
    assert_eq!(june[0].notices, counts(1, 1, 0, 0, 0));
    // A period running today stops at today.
    let running = notices_by_unit(&p, july(), d(2026, 7, 10));
    assert_eq!(running.len(), 2);
    // The period report holds the same rows; a plan without notices none.
    let report = period_report(&p, july(), d(2026, 8, 15));
    assert_eq!(report.notices.as_deref(), Some(&rows[..]));
    let mut bare = p.clone();
    bare.notices.clear();
    assert_eq!(period_report(&bare, july(), d(2026, 8, 15)).notices, None);
}

#[test]
fn the_bulletin_states_the_plan_as_of_the_periods_end() {
    let p = plan();
    let b = bulletin(&p, d(2026, 8, 15));
    assert_eq!(b.as_of, d(2026, 7, 31));
    assert_eq!(b.tasks.tasks, 3);
    // t1 closed out (verification required: completed), t2 overdue.
    assert_eq!(b.tasks.counts.completed, 1);
    assert_eq!(b.tasks.counts.red, 1);
    let closed: Vec<&str> = b
        .closed_in_period
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(closed, ["事项t1"]);
    assert_eq!(b.closed_in_period[0].closed_on, Some(d(2026, 7, 10)));
    assert_eq!(b.closed_total, 1);
    assert_eq!(b.red_by_unit.len(), 1);
    assert_eq!(b.red_by_unit[0].name, "住建局");
    assert_eq!(b.red_by_unit[0].items[0].title, "旧城改造<i>");
    assert!(matches!(
        b.red_by_unit[0].items[0].reason,
        Some(Reason::Overdue { days_over: 31, .. })
    ));
    assert_eq!(b.notices.len(), 3);
    // u1 completed its only task on time: the top of the scoreboard. It
    // owed the reports of January to May (June's was not due yet when it
    // was closed out on 10 July, within June's grace days), and only May's
    // (31 May) came: (40 × 100 + 40 × 100 + 20 × 20) / 100 = 84.
    assert_eq!(b.commended[0].name, "发改委");
    assert_eq!(b.commended[0].rank, 1);
    assert_eq!(b.commended[0].score_tenths, 840);
    // u3 follows (66.7: its only report, on 31 July, answers July, and
    // June's, due by 15 July, never came); u2 (12.0) is not commended.
    let names: Vec<(&str, usize)> = b
        .commended
        .iter()
        .map(|c| (c.name.as_str(), c.rank))
        .collect();
    assert_eq!(names, [("发改委", 1), ("教育局<b>&", 2)]);

    // June: nothing closed yet, and the scoreboard of 30 June.
    let june = build(
        &p,
        &TaskIndex::build(&p, d(2026, 8, 15)),
        Period::parse("2026-06").unwrap(),
    );
    assert!(june.closed_in_period.is_empty());
    assert_eq!(june.closed_total, 0);
    // Nothing overdue on 30 June, but t2 (u2) is due that day at 30%, and
    // t3 (u3), started in January, has never reported: both red, and
    // listed with their reasons.
    let june_red: Vec<(&str, Option<Reason>)> = june
        .red_by_unit
        .iter()
        .flat_map(|u| u.items.iter().map(|i| (u.name.as_str(), i.reason)))
        .collect();
    assert!(
        matches!(
            june_red[..],
            [
                ("住建局", Some(Reason::LaggingBadly { .. })),
                ("教育局<b>&", Some(Reason::ReportMissing { .. }))
            ]
        ),
        "{june_red:?}"
    );
    // On 30 June u2 scores 53.3 and u3 0: below the pass mark, not
    // commended though ranked 2 and 3.
    let names: Vec<(&str, usize)> = june
        .commended
        .iter()
        .map(|c| (c.name.as_str(), c.rank))
        .collect();
    assert_eq!(names, [("发改委", 1)]);
    // Seen during July (today 12 July), it stops at today.
    let running = bulletin(&p, d(2026, 7, 12));
    assert_eq!(running.as_of, d(2026, 7, 12));
    assert_eq!(running.notices.len(), 2);
}

#[test]
fn a_unit_lagging_behind_is_listed_with_its_reason_and_not_commended() {
    let mut p = plan();
    // t3 (u3, due at the year's end) reports 5% on 31 July, when about 58%
    // is due: red for lagging, not for its deadline.
    let r = p
        .updates
        .iter_mut()
        .find(|u| u.subject == Subject::Task(Id::new("t3")))
        .unwrap();
    r.progress = 5.0;
    let b = bulletin(&p, d(2026, 8, 15));
    assert_eq!(b.tasks.counts.red, 2);
    // Every red task of the overall progress is listed, under its lead.
    let listed: usize = b.red_by_unit.iter().map(|u| u.items.len()).sum();
    assert_eq!(listed, b.tasks.counts.red);
    let names: Vec<&str> = b.red_by_unit.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["住建局", "教育局<b>&"]);
    assert!(matches!(
        b.red_by_unit[1].items[0].reason,
        Some(Reason::LaggingBadly { .. })
    ));
    // u3 still ranks among the first three, but leads a red item.
    let board = scoreboard(&p, &TaskIndex::build(&p, d(2026, 7, 31)));
    let u3 = board.rows.iter().find(|r| r.unit == Id::new("u3")).unwrap();
    assert!(u3.rank.is_some_and(|k| k <= 3), "{u3:?}");
    let commended: Vec<&str> = b.commended.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(commended, ["发改委"]);
    for (lang, heading, note) in [
        (
            Lang::Zh,
            "三、逾期或滞后事项（按单位）",
            "（进度滞后：已完成 5%",
        ),
        (
            Lang::En,
            "3. Items overdue or lagging, by unit",
            "(lagging: 5% done",
        ),
    ] {
        let mut out = String::new();
        bulletin_html(&mut out, lang.catalog(), &b, false);
        assert!(
            out.contains(&plan_tracker::period_report::escape_html(heading)),
            "{out}"
        );
        assert!(out.contains(note), "{lang:?}: {out}");
    }
}

#[test]
fn the_bulletin_is_escaped_in_both_languages_and_saved_without_script() {
    let p = plan();
    let b = bulletin(&p, d(2026, 8, 15));
    for (lang, title, days, tag) in [
        (
            Lang::Zh,
            "关于2026年7月规划实施情况的通报",
            "逾期 31 天",
            "zh-CN",
        ),
        (
            Lang::En,
            "Bulletin on the plan's progress, July 2026",
            "31 days overdue",
            "en",
        ),
    ] {
        let t = lang.catalog();
        let mut out = String::new();
        bulletin_html(&mut out, t, &b, false);
        assert!(
            out.contains(&plan_tracker::period_report::escape_html(title)),
            "{lang:?}: {out}"
        );
        assert!(out.contains(days), "{lang:?}: {out}");
        assert!(out.contains("旧城改造&lt;i&gt;"), "{out}");
        assert!(out.contains("教育局&lt;b&gt;&amp;"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(!out.contains("<i>") && !out.contains("<b>"), "{out}");
        assert!(!out.contains("<a "), "no link in a bulletin: {out}");
        let doc = document(t, tag, &b, &sheet());
        assert!(!doc.to_lowercase().contains("<script"), "{doc}");
        assert!(doc.contains(&format!("<html lang=\"{tag}\">")));
        assert!(doc.contains("@media print"));
        assert!(doc.contains(&out));
    }
    let zh = Lang::Zh.catalog();
    let mut out = String::new();
    bulletin_html(&mut out, zh, &b, false);
    for words in [
        "一、总体进展",
        "二、办结销号情况",
        "本期销号事项 1 项",
        "六、通报表扬",
        "（第 1 名，84 分）",
        "（第 2 名，66.7 分）",
    ] {
        assert!(out.contains(words), "{words}: {out}");
    }
    assert_eq!(
        file_name(zh, "规划/2026", july()),
        "情况通报 规划_2026 2026-07.html"
    );
}

#[test]
fn a_long_bulletin_is_drawn_in_part_on_screen_and_whole_when_printed_or_saved() {
    let p = plan();
    let mut b = bulletin(&p, d(2026, 8, 15));
    // A province's quarter: hundreds of items closed and overdue. Three
    // units overdue, 60 items each (180 in all); 130 items closed.
    let unit = b.red_by_unit[0].clone();
    let mut item = unit.items[0].clone();
    b.red_by_unit.clear();
    for u in 0..3 {
        let mut unit = unit.clone();
        unit.name = format!("单位{u}");
        unit.items = (0..60)
            .map(|i| {
                item.title = format!("逾期{u}-{i}");
                item.clone()
            })
            .collect();
        b.red_by_unit.push(unit);
    }
    let closed = b.closed_in_period[0].clone();
    b.closed_in_period = (0..130)
        .map(|i| {
            let mut c = closed.clone();
            c.title = format!("销号{i}");
            c
        })
        .collect();
    let en = Lang::En.catalog();

    let mut part = String::new();
    bulletin_html(&mut part, en, &b, false);
    assert_eq!(ITEMS_SHOWN, 100);
    // Every list item but the units commended and the reports owed (two,
    // t2's and t3's for June).
    let commended = b.commended.len();
    let owed: usize = b.unreported_by_unit.iter().map(|u| u.items.len()).sum();
    assert_eq!(owed, 2);
    assert_eq!(
        part.matches("<li>").count(),
        2 * ITEMS_SHOWN + commended + owed,
        "{part}"
    );
    assert!(
        part.contains("销号99 <") && !part.contains("销号100 <"),
        "{part}"
    );
    // Unit by unit: the first whole, the second up to the 100th item, the
    // third not at all; each unit's count is its whole count.
    assert!(
        part.contains("逾期1-39 <") && !part.contains("逾期1-40 <"),
        "{part}"
    );
    assert!(!part.contains("单位2"), "{part}");
    assert_eq!(
        part.matches("<td class=\"num\">60</td>").count(),
        2,
        "{part}"
    );
    for words in [
        "The first 100 of 130 are shown here",
        "Show all 130",
        "The first 100 of 180 are shown here",
        "Show all 180",
    ] {
        assert!(part.contains(words), "{words}: {part}");
    }
    assert_eq!(part.matches("data-more").count(), 2);

    let mut whole = String::new();
    bulletin_html(&mut whole, en, &b, true);
    assert_eq!(
        whole.matches("<li>").count(),
        130 + 180 + commended + owed,
        "{whole}"
    );
    assert!(
        !whole.contains("data-more") && whole.contains("逾期2-59 <"),
        "{whole}"
    );
    // The saved file is the bulletin drawn whole.
    assert!(document(en, "en", &b, &sheet()).contains(&whole));
}

#[test]
fn the_scoreboard_shows_the_loop_only_where_the_plan_runs_it() {
    let p = plan();
    let index = TaskIndex::build(&p, d(2026, 8, 15));
    let board = scoreboard(&p, &index);
    assert!(board.supervision);
    let u1 = board.rows.iter().find(|r| r.unit.as_str() == "u1").unwrap();
    assert_eq!(u1.days_to_sign, Some(2.0));
    assert_eq!(u1.returned, 0);
    assert_eq!(u1.notices, counts(2, 1, 1, 0, 0));
    let u2 = board.rows.iter().find(|r| r.unit.as_str() == "u2").unwrap();
    assert_eq!(u2.days_to_sign, None);
    let mut out = String::new();
    rows_html(&mut out, Lang::En.catalog(), &p, &board, 10, "");
    assert!(out.contains("1 on time · 1 late · 0 missing"), "{out}");
    assert!(out.contains("replies "), "the fourth mark: {out}");

    let mut bare = p.clone();
    bare.steps.clear();
    bare.notices.clear();
    let bare_board = scoreboard(&bare, &TaskIndex::build(&bare, d(2026, 8, 15)));
    assert!(!bare_board.supervision);
    let mut out = String::new();
    rows_html(&mut out, Lang::En.catalog(), &bare, &bare_board, 10, "");
    assert!(
        !out.contains("missing") && !out.contains("replies "),
        "{out}"
    );
}

/// The plan the end-to-end test opens (tests/fixtures/bulletin.plan.json):
/// this file's plan with plain names, t3 from a meeting, and the
/// supervision settings and weights left at their defaults for the test to
/// set through the form.
fn e2e_plan() -> Plan {
    let mut p = plan();
    p.id = Id::new("bulletin-fixture");
    p.title = "市政府重点事项督查台账".into();
    p.units[2].name = "教育局".into();
    p.tasks[1].title = "事项t2".into();
    p.tasks[2].source = SourceKind::Meeting;
    p.tasks[2].source_ref = "市政府第12次常务会议".into();
    p.tasks[2].source_date = Some(d(2026, 5, 20));
    p.supervision = Supervision::default();
    p
}

/// The fixture is the exported `e2e_plan`; `UPDATE_FIXTURES=1` writes it.
#[test]
fn the_end_to_end_fixture_is_this_plan() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/bulletin.plan.json"
    );
    let text = plan_tracker::format::export_plan(&e2e_plan());
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let stored = std::fs::read_to_string(path).expect("the fixture exists");
    assert_eq!(
        plan_tracker::format::import_plan(&stored).unwrap(),
        e2e_plan()
    );
    assert_eq!(stored, text);
}

#[test]
fn reports_owed_are_listed_by_unit_red_or_not_and_those_not_due_yet_are_not() {
    let mut p = plan();
    // On 20 September August's report is due (by 15 September). t4 (u1)
    // started on 1 July and never reported. t5 (u3) starts on 1 September:
    // it owes nothing yet. t3 (u3) last reported on 31 July, for July. t2
    // (u2), red (overdue), last reported on 31 May: a red task's report is
    // owed too. t1 is closed out.
    for (id, lead, start) in [("t4", "u1", d(2026, 7, 1)), ("t5", "u3", d(2026, 9, 1))] {
        p.tasks.push(Task {
            code: format!("{id}-code"),
            start: Some(start),
            deadline: Some(d(2027, 6, 30)),
            ..Task::new(id, id, format!("事项{id}"), "a1", lead)
        });
    }
    p.end = d(2027, 6, 30);
    let b = build(
        &p,
        &TaskIndex::build(&p, d(2026, 9, 20)),
        Period::parse("2026-09").unwrap(),
    );
    assert_eq!(b.due_period, Period::parse("2026-08").unwrap());
    assert_eq!(b.due_by, d(2026, 9, 15));
    assert_eq!(b.owing, 3);
    // Each unit's name, and its tasks' numbers and latest reports.
    type ByUnit = Vec<(String, Vec<(String, Option<Date>)>)>;
    let owed = |b: &Bulletin| -> ByUnit {
        b.unreported_by_unit
            .iter()
            .map(|u| {
                let items = u
                    .items
                    .iter()
                    .map(|i| (i.code.clone(), i.last_report))
                    .collect();
                (u.name.clone(), items)
            })
            .collect()
    };
    let item = |code: &str, last| (code.to_string(), last);
    let want: ByUnit = vec![
        ("发改委".into(), vec![item("t4-code", None)]),
        ("住建局".into(), vec![item("t2-code", Some(d(2026, 5, 31)))]),
        (
            "教育局<b>&".into(),
            vec![item("t3-code", Some(d(2026, 7, 31)))],
        ),
    ];
    assert_eq!(owed(&b), want);
    for (lang, words) in [
        (
            Lang::Zh,
            [
                "四、应报未报事项（按单位）",
                "应报送2026年8月进展的 3 项任务中，3 项未在报送期限（2026年9月15日）前报送：",
                "截至通报日未报送",
                "最近一次报送：2026年5月31日",
            ],
        ),
        (
            Lang::En,
            [
                "4. Reports owed, by unit",
                "3 of the 3 tasks that owed a report for August 2026 did not send it by 15 September 2026:",
                "none by the date of the bulletin",
                "last report 31 May 2026",
            ],
        ),
    ] {
        let mut out = String::new();
        bulletin_html(&mut out, lang.catalog(), &b, false);
        for w in words {
            assert!(out.contains(w), "{lang:?} {w}: {out}");
        }
        let table = &out[out.find("aria-labelledby=\"bl-owed\"").unwrap()..];
        let table = &table[..table.find("</table>").unwrap()];
        for owed in ["事项t4", "事项t3", "旧城改造&lt;i&gt;"] {
            assert!(table.contains(owed), "{owed}: {table}");
        }
        assert!(!table.contains("事项t5"), "{table}");
    }

    // On 10 August June's report is due (by 15 July): t4, which started in
    // July, owes nothing yet; t3's July report came after that deadline
    // and answers July, not June in time; t2 never reported for June.
    let b = build(
        &p,
        &TaskIndex::build(&p, d(2026, 8, 10)),
        Period::parse("2026-08").unwrap(),
    );
    assert_eq!(b.owing, 2);
    let codes: Vec<String> = owed(&b)
        .into_iter()
        .flat_map(|(_, items)| items.into_iter().map(|(c, _)| c))
        .collect();
    assert_eq!(codes, ["t2-code", "t3-code"]);

    // Every task reported in time: said, and no table.
    let mut reported = p.clone();
    for (i, task) in ["t2", "t3", "t4"].into_iter().enumerate() {
        reported.updates.push(Update {
            period: Period::parse("2026-08"),
            ..Update::new(
                format!("aug{i}"),
                Subject::Task(Id::new(task)),
                d(2026, 9, 10),
                50.0,
            )
        });
    }
    let b = build(
        &reported,
        &TaskIndex::build(&reported, d(2026, 9, 20)),
        Period::parse("2026-09").unwrap(),
    );
    assert!(b.unreported_by_unit.is_empty());
    let mut out = String::new();
    bulletin_html(&mut out, Lang::Zh.catalog(), &b, false);
    assert!(
        out.contains("应报送2026年8月进展的 3 项任务均已在2026年9月15日前报送。"),
        "{out}"
    );
    assert!(
        !out.contains("<th scope=\"col\">应报未报事项</th>"),
        "{out}"
    );
}

/// A plan that does not verify completion closes an item out when it is
/// completed: the bulletin lists the tasks completed in the period, on
/// their completing report's day (or closed out by a step), not "0 closed
/// out" under "2 completed".
#[test]
fn without_verification_the_items_completed_in_the_period_are_the_ones_closed_out() {
    let mut p = plan();
    p.supervision.verification_required = false;
    for (id, task, date) in [
        ("done1", "t1", d(2026, 7, 8)),
        ("done3", "t3", d(2026, 8, 1)),
    ] {
        p.updates.push(Update {
            status: ReportedStatus::Completed,
            ..Update::new(id, Subject::Task(Id::new(task)), date, 100.0)
        });
    }
    let b = build(&p, &TaskIndex::build(&p, d(2026, 9, 20)), july());
    let closed: Vec<(&str, Option<Date>)> = b
        .closed_in_period
        .iter()
        .map(|i| (i.code.as_str(), i.closed_on))
        .collect();
    // t1 was closed out by its step on 07-10 (completed on 07-08): once,
    // on the step's day.
    assert_eq!(closed, [("t1-code", Some(d(2026, 7, 10)))]);
    assert_eq!((b.tasks.counts.completed, b.closed_total), (1, 1));
    let august = Period::parse("2026-08").unwrap();
    let b = build(&p, &TaskIndex::build(&p, d(2026, 9, 20)), august);
    assert_eq!(b.closed_in_period.len(), 1);
    assert_eq!(b.closed_in_period[0].code, "t3-code");
    assert_eq!((b.tasks.counts.completed, b.closed_total), (2, 2));
    let mut out = String::new();
    bulletin_html(&mut out, Lang::Zh.catalog(), &b, false);
    assert!(
        out.contains("本期销号事项 1 项，截至通报日累计销号 2 项。"),
        "{out}"
    );
}

/// Consecutive bulletins add up: an item reported done in July's report,
/// written on 5 August within the grace days, is closed in July's
/// bulletin (which counts it completed), not again in August's. And a task
/// entered in the plan on 3 August is not in July's bulletin or report,
/// however late they are made.
#[test]
fn consecutive_bulletins_add_up_and_a_task_entered_later_is_not_in_an_earlier_one() {
    let mut p = plan();
    p.supervision.verification_required = false;
    p.updates.push(Update {
        status: ReportedStatus::Completed,
        period: Period::parse("2026-07"),
        ..Update::new("done3", Subject::Task(Id::new("t3")), d(2026, 8, 5), 100.0)
    });
    let august = Period::parse("2026-08").unwrap();
    let (jul, aug) = (
        build(&p, &TaskIndex::build(&p, d(2026, 9, 20)), july()),
        build(&p, &TaskIndex::build(&p, d(2026, 9, 20)), august),
    );
    let codes = |b: &Bulletin| -> Vec<String> {
        b.closed_in_period.iter().map(|i| i.code.clone()).collect()
    };
    // July: t1 (closed out by its step on 07-10) and t3, done in July's report.
    assert_eq!(codes(&jul), ["t1-code", "t3-code"]);
    // (t1's close-out step counts as closed; with verification off, its
    // light follows its reports, as in the test above.)
    assert_eq!((jul.tasks.counts.completed, jul.closed_total), (1, 2));
    // August: nothing more, and the total is July's.
    assert!(codes(&aug).is_empty());
    assert_eq!(
        aug.closed_total,
        jul.closed_total + aug.closed_in_period.len()
    );
    // Made as late as it is, July's bulletin does not count a task entered
    // on 3 August, nor its report; August's does.
    let before = jul.tasks.tasks;
    p.tasks.push(Task {
        added: Some(d(2026, 8, 3)),
        source_date: Some(d(2026, 8, 1)),
        deadline: Some(d(2026, 9, 30)),
        ..Task::new("t6", "t6-code", "会议议定事项", "a1", "u2")
    });
    p.updates.push(Update::new(
        "m1",
        Subject::Task(Id::new("t6")),
        d(2026, 9, 2),
        50.0,
    ));
    let index = TaskIndex::build(&p, d(2026, 9, 20));
    let jul = build(&p, &index, july());
    assert_eq!(jul.tasks.tasks, before);
    assert_eq!(
        period_report(&p, july(), d(2026, 9, 20))
            .overview
            .tasks
            .tasks,
        before
    );
    let aug = build(&p, &index, august);
    assert_eq!(aug.tasks.tasks, before + 1);
    // Decided at the meeting of 1 August and due on 30 September, it was
    // half-way on 31 August: its 50% of 2 September (August's report) is
    // on schedule, not lagging.
    assert!(aug
        .red_by_unit
        .iter()
        .all(|u| u.items.iter().all(|i| i.code != "t6-code")));
}

#[test]
fn without_verification_a_completion_reported_is_not_called_closed_out() {
    // Verification off: t3, reported completed on 31 July (after its 60%
    // of the same day), counts among the
    // items closed in July, said as reported, not as closed out (销号) by
    // the office; t1, closed out by a step, still is.
    let mut p = plan();
    p.supervision.verification_required = false;
    p.updates.push(Update {
        status: ReportedStatus::Completed,
        ..Update::new("done3", Subject::Task(Id::new("t3")), d(2026, 7, 31), 100.0)
    });
    let b = bulletin(&p, d(2026, 8, 15));
    let closed: Vec<(&str, bool)> = b
        .closed_in_period
        .iter()
        .map(|i| (i.title.as_str(), i.reported_done))
        .collect();
    assert_eq!(closed, [("事项t1", false), ("事项t3", true)]);
    let mut out = String::new();
    bulletin_html(&mut out, Lang::Zh.catalog(), &b, false);
    assert!(out.contains("（2026年7月10日销号）"), "{out}");
    assert!(
        out.contains("（据报告于2026年7月31日办结，未经核查）"),
        "{out}"
    );
}

/// A bulletin made after its own period's reports fell due lists who
/// missed them: July's bulletin made on 20 August names the reports due by
/// 15 August (July's), not June's; made on 10 August, June's.
#[test]
fn a_bulletin_made_after_its_periods_deadline_lists_that_periods_reports_owed() {
    let p = plan();
    let b = bulletin(&p, d(2026, 8, 20));
    assert_eq!(b.as_of, d(2026, 7, 31));
    assert_eq!((b.due_period, b.due_by), (july(), d(2026, 8, 15)));
    // t1 was closed out on 10 July, before July's report fell due; t3's
    // report of 31 July answers July; t2 sent none.
    assert_eq!(b.owing, 2);
    let owed: Vec<&str> = b
        .unreported_by_unit
        .iter()
        .flat_map(|u| u.items.iter().map(|i| i.code.as_str()))
        .collect();
    assert_eq!(owed, ["t2-code"]);
    let b = bulletin(&p, d(2026, 8, 10));
    assert_eq!(b.due_period, Period::parse("2026-06").unwrap());
}

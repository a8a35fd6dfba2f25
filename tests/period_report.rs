//! The report for a period: which reports fall in it, the as-of rule, the
//! counts and roll-ups, on a small hand-built plan and on the sample plan.

use plan_tracker::i18n::Lang;
use plan_tracker::indicator_progress::ProgressClass;
use plan_tracker::model::{
    Actual, Aim, Baseline, Cadence, Date, Id, Indicator, KeyArea, Phase, Plan, Project, Subject,
    Target, Task, Unit, UnitKind, Update, Withdrawal,
};
use plan_tracker::period::{reporting_period, Period, PeriodKind};
use plan_tracker::period_report::{
    as_of, build, escape_html, file_name, html_document, picker_periods, plan_as_of, reports_in,
    AsOfBasis, ReportSubject,
};
use plan_tracker::sample::sample_plan;
use plan_tracker::status::{by_area, by_unit_lead, whole_plan, Light, LightCounts, Reason, Rollup};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

const Q3: Period = Period::Quarter(2023, 3);

/// A task of the whole year (due on the plan's last day).
fn task(id: &str, area: &str, lead: &str) -> Task {
    Task {
        deadline: Some(d(2023, 12, 31)),
        ..Task::new(
            id,
            id.trim_start_matches('t'),
            format!("Task {id}"),
            area,
            lead,
        )
    }
}

fn project(id: &str, target: f64, done: f64, phase: Phase) -> Project {
    Project {
        id: Id::new(id),
        name: format!("Project {id}"),
        area: None,
        lead: Id::new("u2"),
        total_investment: 10_000.0,
        year_target: target,
        completed_investment: done,
        phase,
        planned_start: None,
        planned_end: None,
        actual_start: None,
        actual_end: None,
        batch: String::new(),
    }
}

fn report(plan: &mut Plan, subject: Subject, date: Date, progress: f64) {
    let n = plan.updates.len();
    plan.updates.push(Update {
        narrative: format!("narrative {n}"),
        reporter: format!("reporter {n}"),
        ..Update::new(Id::new(format!("r{n}")), subject, date, progress)
    });
}

fn on_task(id: &str) -> Subject {
    Subject::Task(Id::new(id))
}

/// A plan for 2023 (364 days from 01-01 to 12-31), monthly cadence, default
/// thresholds (10 / 25). On 2023-09-30, 272 days have passed, so a whole-year
/// task expects 272 / 364 = 74.73%.
///
/// - t1 (a1, lead u1): 06-30 40%, 07-01 50% (the quarter's first day).
/// - t2 (a1, lead u2, weight 3): 09-30 60% (the last day), 10-01 90% (after).
/// - t3 (a2, lead u1, deadline 09-15): 08-10 55%, 08-15 70% withdrawn.
/// - pr1 (target 1000, done 500, under construction): 09-15 report.
/// - pr2 (completed, no target).
/// - i1: baseline 0 (2022), at least 40 by 2023; Q2 10, Q3 20, September 25, October 30.
fn small_plan() -> Plan {
    let mut p = Plan::new(Id::new("p"), "Small plan", d(2023, 1, 1), d(2023, 12, 31));
    p.issuer = "Office".into();
    p.areas = ["a1", "a2"]
        .iter()
        .map(|a| KeyArea {
            id: Id::new(*a),
            title: a.to_uppercase(),
            description: String::new(),
            goal: None,
        })
        .collect();
    p.units = ["u1", "u2", "u3"]
        .iter()
        .map(|u| Unit {
            id: Id::new(*u),
            name: u.to_uppercase(),
            kind: UnitKind::Department,
            parent: None,
        })
        .collect();
    let t1 = task("t1", "a1", "u1");
    let mut t2 = task("t2", "a1", "u2");
    t2.weight = 3.0;
    let mut t3 = task("t3", "a2", "u1");
    t3.deadline = Some(d(2023, 9, 15));
    p.tasks = vec![t1, t2, t3];
    p.projects = vec![
        project("pr1", 1000.0, 500.0, Phase::UnderConstruction),
        project("pr2", 0.0, 0.0, Phase::Completed),
    ];
    p.indicators = vec![Indicator {
        id: Id::new("i1"),
        name: "Indicator".into(),
        measure: "%".into(),
        category: String::new(),
        direction: Default::default(),
        nature: Default::default(),
        tally: Default::default(),
        baseline: Some(Baseline {
            year: 2022,
            value: 0.0,
        }),
        target: Some(Target {
            year: 2023,
            aim: Aim::AtLeast { value: 40.0 },
        }),
        actuals: [
            ("2023-Q2", 10.0),
            ("2023-Q3", 20.0),
            ("2023-09", 25.0),
            ("2023-10", 30.0),
        ]
        .iter()
        .map(|(period, value)| Actual {
            period: period.parse().unwrap(),
            value: *value,
            note: String::new(),
        })
        .collect(),
        weight: 1.0,
        area: None,
    }];
    report(&mut p, on_task("t1"), d(2023, 6, 30), 40.0);
    report(&mut p, on_task("t1"), d(2023, 7, 1), 50.0);
    report(&mut p, on_task("t2"), d(2023, 9, 30), 60.0);
    report(&mut p, on_task("t2"), d(2023, 10, 1), 90.0);
    report(&mut p, on_task("t3"), d(2023, 8, 10), 55.0);
    report(&mut p, on_task("t3"), d(2023, 8, 15), 70.0);
    p.updates[5].withdrawn = Some(Withdrawal {
        date: d(2023, 8, 16),
        by: "office".into(),
        reason: "wrong figure".into(),
    });
    report(
        &mut p,
        Subject::Project(Id::new("pr1")),
        d(2023, 9, 15),
        50.0,
    );
    p
}

#[test]
fn as_of_is_the_period_end_or_today_whichever_is_earlier() {
    // The period is over (today after its end, or on its last day).
    assert_eq!(
        as_of(Q3, d(2023, 11, 15)),
        (d(2023, 9, 30), AsOfBasis::PeriodEnd)
    );
    assert_eq!(
        as_of(Q3, d(2023, 9, 30)),
        (d(2023, 9, 30), AsOfBasis::PeriodEnd)
    );
    // Running: from its first day to the day before its last.
    assert_eq!(as_of(Q3, d(2023, 7, 1)), (d(2023, 7, 1), AsOfBasis::Today));
    assert_eq!(
        as_of(Q3, d(2023, 9, 29)),
        (d(2023, 9, 29), AsOfBasis::Today)
    );
    // Not begun.
    assert_eq!(
        as_of(Q3, d(2023, 6, 30)),
        (d(2023, 6, 30), AsOfBasis::NotBegun)
    );
    // Other kinds: February 2024 ends on the 29th.
    assert_eq!(
        as_of(Period::Month(2024, 2), d(2024, 3, 5)),
        (d(2024, 2, 29), AsOfBasis::PeriodEnd)
    );
}

#[test]
fn reports_on_the_first_and_last_day_are_in_the_period() {
    let p = small_plan();
    let groups = reports_in(&p, Q3, Q3.end());
    // t1 07-01 (first day), t2 09-30 (last day), t3 08-10, pr1 09-15; not
    // t1 06-30 (before), t2 10-01 (after), t3 08-15 (withdrawn).
    let ids: Vec<Vec<&str>> = groups
        .iter()
        .map(|g| g.entries.iter().map(|e| e.id.as_str()).collect())
        .collect();
    assert_eq!(ids, [vec!["r1"], vec!["r2"], vec!["r4"], vec!["r6"]]);
    // Tasks in plan order, then projects.
    assert!(matches!(&groups[0].subject, ReportSubject::Task { id, .. } if id.as_str() == "t1"));
    assert!(
        matches!(&groups[3].subject, ReportSubject::Project { id, name } if id.as_str() == "pr1" && name == "Project pr1")
    );
    let e = &groups[1].entries[0];
    assert_eq!(
        (
            e.date,
            e.progress,
            e.reporter.as_str(),
            e.narrative.as_str()
        ),
        (d(2023, 9, 30), 60.0, "reporter 2", "narrative 2")
    );
    // Seen a day earlier, the 09-30 report is not yet in; July holds only
    // the 07-01 report and June the 06-30 one.
    let inner = reports_in(&p, Q3, d(2023, 9, 29));
    assert_eq!(inner.len(), 3);
    let ids = |groups: Vec<plan_tracker::period_report::ReportGroup>| -> Vec<String> {
        groups
            .iter()
            .flat_map(|g| g.entries.iter().map(|e| e.id.to_string()))
            .collect()
    };
    assert_eq!(
        ids(reports_in(&p, Period::Month(2023, 7), Q3.end())),
        ["r1"]
    );
    assert_eq!(
        ids(reports_in(&p, Period::Month(2023, 6), Q3.end())),
        ["r0"]
    );
}

#[test]
fn reports_in_a_group_are_oldest_first() {
    let mut p = small_plan();
    report(&mut p, on_task("t1"), d(2023, 7, 20), 52.0);
    report(&mut p, on_task("t1"), d(2023, 7, 5), 51.0);
    let groups = reports_in(&p, Q3, Q3.end());
    let dates: Vec<Date> = groups[0].entries.iter().map(|e| e.date).collect();
    assert_eq!(dates, [d(2023, 7, 1), d(2023, 7, 5), d(2023, 7, 20)]);
}

#[test]
fn a_finished_quarter_is_reported_as_of_its_last_day() {
    let p = small_plan();
    let r = build(&p, Q3, d(2023, 11, 15));
    assert_eq!((r.as_of, r.basis), (d(2023, 9, 30), AsOfBasis::PeriodEnd));
    assert_eq!(
        (r.plan_title.as_str(), r.issuer.as_str()),
        ("Small plan", "Office")
    );

    let o = &r.overview;
    assert_eq!((o.projects, o.indicators), (2, 1));
    assert_eq!((o.reports_in_period, o.subjects_reported), (4, 4));
    // Progress as of 09-30: t1 50, t2 60 (its 10-01 report is not yet in), t3 55.
    // Weighted: (50 + 60 × 3 + 55) / 5 = 285 / 5 = 57.
    assert_eq!(o.tasks.tasks, 3);
    assert!(close(o.tasks.progress.unwrap(), 57.0));
    // t1: lag 74.73 − 50 = 24.73 (not red), last report 91 days old → grey.
    // t2: lag 14.73 > 10 → yellow. t3: deadline 09-15 passed 15 days → red.
    assert_eq!(
        o.tasks.counts,
        LightCounts {
            grey: 1,
            yellow: 1,
            red: 1,
            ..LightCounts::default()
        }
    );

    // Areas: a1 = t1, t2 → (50 + 180) / 4 = 57.5; a2 = t3 → 55.
    assert_eq!(r.areas.len(), 2);
    assert_eq!(r.areas[0].name, "A1");
    assert!(close(r.areas[0].rollup.progress.unwrap(), 57.5));
    assert_eq!(r.areas[1].rollup.counts.red, 1);
    // Lead units: u1 leads t1, t3 → (50 + 55) / 2 = 52.5; u2 leads t2; u3 nothing (left out).
    let units: Vec<(&str, usize)> = r
        .lead_units
        .iter()
        .map(|u| (u.name.as_str(), u.rollup.tasks))
        .collect();
    assert_eq!(units, [("U1", 2), ("U2", 1)]);
    assert!(close(r.lead_units[0].rollup.progress.unwrap(), 52.5));

    // The red list: t3, overdue by 15 days at 55%.
    assert_eq!(r.red_list.len(), 1);
    let red = &r.red_list[0];
    assert_eq!((red.code.as_str(), red.lead.as_deref()), ("3", Some("U1")));
    assert_eq!(
        red.status.reason,
        Reason::Overdue {
            days_over: 15,
            progress: 55.0
        }
    );

    // Projects: pr1 500 / 1000 = 50%; expected 272 / 365 = 74.52, lag 24.52:
    // not red, no stale report → yellow. pr2 completed, no share.
    assert!(close(r.projects[0].share.unwrap(), 50.0));
    assert_eq!(r.projects[0].status.light, Light::Yellow);
    assert_eq!(r.projects[0].lead.as_deref(), Some("U2"));
    assert_eq!(r.projects[1].share, None);
    assert_eq!(r.projects[1].status.light, Light::Completed);
    assert_eq!(r.investment.projects, 2);
    assert!(close(r.investment.year_target, 1000.0));
    assert!(close(r.investment.completed, 500.0));
    assert!(close(r.investment.share().unwrap(), 50.0));

    // Indicator: Q3 and September both end 09-30, the quarter wins; October
    // has not begun. The path from 0 (2022-12-31) to 40 (2023-12-31) expects
    // 40 × 273 / 365 = 29.9 on 09-30: 20 is lagging.
    let i = &r.indicators[0];
    let latest = i.latest.unwrap();
    assert_eq!((latest.period, latest.value), (Q3, 20.0));
    assert_eq!(i.class, ProgressClass::Lagging);
}

#[test]
fn indicators_are_assessed_as_of_the_period_end() {
    let p = small_plan();
    // Q2 as of 06-30: Q3 had not begun, so Q2's 10 is the latest.
    let r = build(&p, Period::Quarter(2023, 2), d(2023, 11, 15));
    let latest = r.indicators[0].latest.unwrap();
    assert_eq!(
        (latest.period, latest.value),
        (Period::Quarter(2023, 2), 10.0)
    );
    // July as of 07-31, made in November: the third quarter had begun but
    // not ended, so its 20 (known only in October) is not July's; Q2's 10 is.
    let r = build(&p, Period::Month(2023, 7), d(2023, 11, 15));
    let latest = r.indicators[0].latest.unwrap();
    assert_eq!(
        (latest.period, latest.value),
        (Period::Quarter(2023, 2), 10.0)
    );
    // The whole year as of 12-31: October's 30 is the latest, still short of 40.
    let r = build(&p, Period::Year(2023), d(2024, 2, 1));
    assert_eq!(r.indicators[0].latest.unwrap().value, 30.0);
    assert_eq!(r.indicators[0].class, ProgressClass::Lagging);
}

#[test]
fn a_running_quarter_is_reported_as_of_today() {
    let p = small_plan();
    let r = build(&p, Q3, d(2023, 8, 12));
    assert_eq!((r.as_of, r.basis), (d(2023, 8, 12), AsOfBasis::Today));
    // Only t1 07-01 and t3 08-10 are in by 08-12.
    assert_eq!(r.overview.reports_in_period, 2);
    // t2 has no report by then: progress 0. (50 + 0 + 55) / 5 = 21.
    assert!(close(r.overview.tasks.progress.unwrap(), 21.0));
}

#[test]
fn a_period_not_begun_has_no_reports() {
    let p = small_plan();
    let r = build(&p, Period::Quarter(2023, 4), d(2023, 9, 30));
    assert_eq!(r.basis, AsOfBasis::NotBegun);
    assert_eq!(r.as_of, d(2023, 9, 30));
    assert_eq!(r.overview.reports_in_period, 0);
    assert!(r.reports.is_empty());
}

#[test]
fn sample_q3_matches_the_status_rollups() {
    let p = sample_plan(Lang::En);
    let today = d(2023, 9, 30);
    let r = build(&p, Q3, today);
    assert_eq!((r.as_of, r.basis), (today, AsOfBasis::PeriodEnd));
    // No sample report is dated after 09-30, so the report's figures are the
    // plan's on that day.
    assert_eq!(r.overview.tasks, whole_plan(&p, today));
    let areas: Vec<Rollup> = by_area(&p, today).into_iter().map(|(_, r)| r).collect();
    assert_eq!(r.areas.iter().map(|a| a.rollup).collect::<Vec<_>>(), areas);
    let leads: Vec<Rollup> = by_unit_lead(&p, today)
        .into_iter()
        .map(|(_, r)| r)
        .filter(|r| r.tasks > 0)
        .collect();
    assert_eq!(
        r.lead_units.iter().map(|u| u.rollup).collect::<Vec<_>>(),
        leads
    );
    // Counted by hand from the sample's reports: 61 dated July–September,
    // one of them (08-28) withdrawn.
    assert_eq!(r.overview.reports_in_period, 60);
    assert_eq!(r.overview.tasks.counts.red, r.red_list.len());
    assert_eq!(r.overview.tasks.counts.red, 6);
    // Task 5.3 (foreign trade) is red: lagging badly at 25%.
    let trade = r.red_list.iter().find(|t| t.code == "5.3").unwrap();
    assert!(matches!(
        trade.status.reason,
        Reason::LaggingBadly { progress, .. } if progress == 25.0
    ));
    assert_eq!(r.overview.projects, p.projects.len());
    assert_eq!(r.overview.indicators, p.indicators.len());
}

#[test]
fn sample_q2_is_the_plan_as_it_stood_on_june_30() {
    let p = sample_plan(Lang::Zh);
    let end = d(2023, 6, 30);
    let r = build(&p, Period::Quarter(2023, 2), d(2023, 9, 30));
    assert_eq!((r.as_of, r.basis), (end, AsOfBasis::PeriodEnd));
    let then = plan_as_of(&p, end, d(2023, 9, 30));
    assert!(then.updates.iter().all(|u| u.date <= end));
    assert_eq!(r.overview.tasks, whole_plan(&then, end));
    // Progress on June 30 is lower than on September 30.
    let q3 = build(&p, Q3, d(2023, 9, 30));
    assert!(r.overview.tasks.progress.unwrap() < q3.overview.tasks.progress.unwrap());
    // Every report counted is dated April–June and stands.
    for g in &r.reports {
        for e in &g.entries {
            assert!(Period::Quarter(2023, 2).contains(e.date));
            let u = p.update(&e.id).unwrap();
            assert!(u.withdrawn.is_none());
        }
    }
}

#[test]
fn the_picker_offers_the_plan_s_periods_and_the_current_one() {
    let p = small_plan();
    assert_eq!(
        picker_periods(&p, PeriodKind::Quarter, Q3),
        (1..=4)
            .map(|q| Period::Quarter(2023, q))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        picker_periods(&p, PeriodKind::Month, Period::Month(2023, 9)).len(),
        12
    );
    assert_eq!(
        picker_periods(&p, PeriodKind::Half, Period::Half(2023, 1)),
        [Period::Half(2023, 1), Period::Half(2023, 2)]
    );
    // A period outside the plan is added in its place in time.
    assert_eq!(
        picker_periods(&p, PeriodKind::Year, Period::Year(2025)),
        [Period::Year(2023), Period::Year(2025)]
    );
    assert_eq!(
        picker_periods(&p, PeriodKind::Quarter, Period::Quarter(2022, 4))[0],
        Period::Quarter(2022, 4)
    );
    // A plan of 30 years offers at most 240 months, around the current one.
    let mut long = small_plan();
    long.start = d(2000, 1, 1);
    long.end = d(2029, 12, 31);
    let months = picker_periods(&long, PeriodKind::Month, Period::Month(2015, 6));
    assert_eq!(months.len(), 240);
    assert!(months.contains(&Period::Month(2015, 6)));
    assert!(months.windows(2).all(|w| w[0].next() == w[1]));
}

#[test]
fn the_saved_page_is_self_contained_and_escapes_its_title() {
    assert_eq!(
        escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
    );
    let page = html_document(
        "zh-CN",
        "Plan <script>alert(1)</script>",
        ".a { color: red } </style>",
        "<article><h1>Report</h1></article>",
    );
    assert!(page.starts_with("<!doctype html>\n<html lang=\"zh-CN\">"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("<title>Plan &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert!(
        page.contains("<body class=\"report-file\">\n<article><h1>Report</h1></article>\n</body>")
    );
    assert!(!page.to_lowercase().contains("<script"));
    assert!(!page.contains("</style><"));
    assert_eq!(page.matches("</style>").count(), 1);
}

#[test]
fn the_file_name_comes_from_the_plan_and_the_period() {
    assert_eq!(file_name("Shanxi plan", Q3), "Shanxi plan 2023-Q3.html");
    assert_eq!(
        file_name("a/b: c?", Period::Month(2023, 9)),
        "a_b_ c_ 2023-09.html"
    );
    assert_eq!(file_name("  ", Period::Year(2023)), "report-2023.html");
    assert_eq!(
        file_name(&"长".repeat(100), Q3).chars().count(),
        80 + " 2023-Q3.html".len()
    );
}

#[test]
fn sample_report_counts_for_other_periods() {
    let p = sample_plan(Lang::En);
    let today = d(2023, 9, 30);
    // Counted by hand from the sample's report dates: September has 34
    // (09-10, 2 × 09-15, 4 × 09-20, 2 × 09-22, 6 × 09-25, 6 × 09-26,
    // 3 × 09-27, 7 × 09-28, 2 × 09-29, 09-30), none withdrawn.
    let sept = build(&p, Period::Month(2023, 9), today);
    assert_eq!(sept.overview.reports_in_period, 34);
    // Q2: 8 in April, 7 in May, 18 in June (11 of them on 06-30).
    let q2 = build(&p, Period::Quarter(2023, 2), today);
    assert_eq!(q2.overview.reports_in_period, 8 + 7 + 18);
    // The first half holds Q1's 3 (03-28, 2 × 03-31) and Q2's 33.
    let h1 = build(&p, Period::Half(2023, 1), today);
    assert_eq!(h1.overview.reports_in_period, 36);
    // The whole year, as of today: every report but the one withdrawn.
    let year = build(&p, Period::Year(2023), today);
    assert_eq!((year.as_of, year.basis), (today, AsOfBasis::Today));
    assert_eq!(year.overview.reports_in_period, p.updates.len() - 1);
}

/// A county plan for 2024 reporting quarterly with 15 grace days: t1 and t2
/// run the whole year (366 days). The Q1 round is written on 8–12 April.
fn quarterly_plan() -> Plan {
    let mut p = Plan::new(Id::new("q"), "County plan", d(2024, 1, 1), d(2024, 12, 31));
    p.cadence = Cadence::Quarterly;
    p.grace_days = 15;
    p.areas = vec![KeyArea {
        id: Id::new("a1"),
        title: "A1".into(),
        description: String::new(),
        goal: None,
    }];
    p.units = vec![Unit {
        id: Id::new("u1"),
        name: "U1".into(),
        kind: UnitKind::Department,
        parent: None,
    }];
    p.tasks = vec![task("t1", "a1", "u1"), task("t2", "a1", "u1")];
    p
}

/// A report as the report form records it: filed to the reporting period
/// its date falls in under the plan's cadence and grace days.
fn file_report(plan: &mut Plan, task: &str, date: Date, progress: f64) {
    report(plan, on_task(task), date, progress);
    let period = reporting_period(plan.cadence, plan.grace_days, date);
    plan.updates.last_mut().unwrap().period = Some(period);
}

#[test]
fn the_q1_round_reported_in_april_is_in_the_q1_report() {
    let mut p = quarterly_plan();
    file_report(&mut p, "t1", d(2024, 4, 8), 30.0);
    file_report(&mut p, "t2", d(2024, 4, 12), 20.0);
    // Filed by hand-computed rule: 8 and 12 April are within 15 days of 31 March.
    assert!(p
        .updates
        .iter()
        .all(|u| u.period == Some(Period::Quarter(2024, 1))));

    let r = build(&p, Period::Quarter(2024, 1), d(2024, 4, 20));
    assert_eq!((r.as_of, r.basis), (d(2024, 3, 31), AsOfBasis::PeriodEnd));
    assert_eq!(
        (r.overview.reports_in_period, r.overview.subjects_reported),
        (2, 2)
    );
    let answers: Vec<(Date, Period)> = r
        .reports
        .iter()
        .flat_map(|g| g.entries.iter().map(|e| (e.date, e.answers)))
        .collect();
    assert_eq!(
        answers,
        [
            (d(2024, 4, 8), Period::Quarter(2024, 1)),
            (d(2024, 4, 12), Period::Quarter(2024, 1))
        ]
    );
    // The quarter's figures include the round: (30 + 20) / 2.
    assert!(close(r.overview.tasks.progress.unwrap(), 25.0));
    // The round is not counted again in the second quarter, nor in April.
    let q2 = build(&p, Period::Quarter(2024, 2), d(2024, 6, 30));
    assert_eq!(q2.overview.reports_in_period, 0);
    assert!(q2.reports.is_empty());
    assert_eq!(
        build(&p, Period::Month(2024, 4), d(2024, 4, 30))
            .overview
            .reports_in_period,
        0
    );
    // It counts in the half-year, the year, and the quarter's last month.
    for period in [
        Period::Half(2024, 1),
        Period::Year(2024),
        Period::Month(2024, 3),
    ] {
        assert_eq!(
            build(&p, period, d(2024, 12, 31))
                .overview
                .reports_in_period,
            2,
            "{period}"
        );
    }
    // Seen on 10 April, only the report written by then is in.
    assert_eq!(
        build(&p, Period::Quarter(2024, 1), d(2024, 4, 10))
            .overview
            .reports_in_period,
        1
    );
    // Written on 16 April, a report answers the second quarter.
    file_report(&mut p, "t1", d(2024, 4, 16), 35.0);
    assert_eq!(
        p.updates.last().unwrap().period,
        Some(Period::Quarter(2024, 2))
    );
    let q2 = build(&p, Period::Quarter(2024, 2), d(2024, 6, 30));
    assert_eq!(q2.overview.reports_in_period, 1);
    let q1 = build(&p, Period::Quarter(2024, 1), d(2024, 6, 30));
    assert_eq!(q1.overview.reports_in_period, 2);
    assert!(close(q1.overview.tasks.progress.unwrap(), 25.0));
}

#[test]
fn a_file_without_periods_counts_reports_by_their_date() {
    // A version 1 file written before reports carried a period: the same
    // April reports answer the quarter of their date, the second.
    let mut p = quarterly_plan();
    report(&mut p, on_task("t1"), d(2024, 4, 8), 30.0);
    report(&mut p, on_task("t2"), d(2024, 3, 20), 20.0);
    let text = plan_tracker::format::export_plan(&p);
    assert!(!text.contains("\"period\""), "no period is written");
    let p = plan_tracker::format::import_plan(&text).expect("imports");
    assert_eq!(
        p.report_period(&p.updates[0]),
        Period::Quarter(2024, 2),
        "read by its date"
    );
    assert_eq!(p.report_period(&p.updates[1]), Period::Quarter(2024, 1));
    let ids = |period, today| -> Vec<String> {
        reports_in(&p, period, today)
            .iter()
            .flat_map(|g| g.entries.iter().map(|e| e.id.to_string()))
            .collect()
    };
    assert_eq!(ids(Period::Quarter(2024, 1), d(2024, 4, 20)), ["r1"]);
    assert_eq!(ids(Period::Quarter(2024, 2), d(2024, 6, 30)), ["r0"]);
    // Under a monthly cadence the same reports answer March and April.
    let mut monthly = p.clone();
    monthly.cadence = Cadence::Monthly;
    assert_eq!(
        monthly.report_period(&monthly.updates[0]),
        Period::Month(2024, 4)
    );
}

/// A report for September sent after the grace days (15) that followed it
/// changes no figure of the third quarter: the quarter's report (and the
/// bulletin made from it) reads the same on 20 October as on 14 October.
/// One sent within them counts.
#[test]
fn a_report_sent_after_the_grace_days_changes_no_figure_of_a_period_already_due() {
    let mut p = small_plan();
    let before = build(&p, Q3, d(2023, 10, 14));
    let september = Some(Period::Month(2023, 9));
    // t1 (50% on 07-01): September's report written on 20 October.
    report(&mut p, on_task("t1"), d(2023, 10, 20), 74.0);
    p.updates.last_mut().unwrap().period = september;
    let after = build(&p, Q3, d(2023, 10, 25));
    assert_eq!(after.overview, before.overview);
    assert_eq!(after.red_list, before.red_list);
    assert_eq!(after.reports.len(), before.reports.len());
    // The same report within the grace days (on 12 October) counts.
    p.updates.last_mut().unwrap().date = d(2023, 10, 12);
    let in_time = build(&p, Q3, d(2023, 10, 14));
    assert_eq!(
        in_time.overview.reports_in_period,
        before.overview.reports_in_period + 1
    );
    assert!(in_time.overview.tasks.progress.unwrap() > before.overview.tasks.progress.unwrap());
    // The task's own page goes by the latest report, late or not.
    let index = plan_tracker::query::TaskIndex::build(&p, d(2023, 10, 25));
    assert!(close(index.rows[0].progress, 74.0));
}

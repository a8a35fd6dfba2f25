//! Key projects' investment sums, phase counts and schedule against plan,
//! with sums added up by hand from the sample plan's figures (万元).

use plan_tracker::i18n::figures::{EN, ZH};
use plan_tracker::i18n::Lang;
use plan_tracker::investment::*;
use plan_tracker::model::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn sample() -> Plan {
    plan_tracker::sample::sample_plan(Lang::En)
}

fn today() -> Date {
    d(2023, 9, 30)
}

#[test]
fn whole_plan_sum_of_the_sample() {
    let sum = whole_plan(&sample());
    assert_eq!(sum.projects, 8);
    // Targets: 60,000 + 40,000 + 30,000 + 62,000 + 15,000 + 22,000 + 12,000 + 9,800.
    assert!(close(sum.year_target, 250_800.0));
    // Completed: 41,500 + 8,200 + 26,500 + 45,800 + 0 + 22,000 + 12,000 + 5,600.
    assert!(close(sum.completed, 161_600.0));
    // Totals: 260,000 + 150,000 + 48,000 + 185,000 + 120,000 + 68,000 + 36,000 + 9,800.
    assert!(close(sum.total_investment, 876_800.0));
    // 161,600 / 250,800 = 64.434%.
    assert!((sum.share().unwrap() - 64.434).abs() < 0.001);
}

#[test]
fn sums_by_batch_of_the_sample() {
    let batches = by_batch(&sample());
    let names: Vec<&str> = batches.iter().map(|(b, _)| b.as_str()).collect();
    assert_eq!(
        names,
        ["2023 first batch", "2023 second batch", "2023 third batch"]
    );
    // First: digital park 60,000/41,500, roads 30,000/26,500, Qibin sci-city
    // 62,000/45,800, Dingxiang flange 12,000/12,000 → 164,000 / 125,800 = 76.71%.
    let first = batches[0].1;
    assert_eq!(first.projects, 4);
    assert!(close(first.year_target, 164_000.0));
    assert!(close(first.completed, 125_800.0));
    assert!((first.share().unwrap() - 76.707).abs() < 0.001);
    // Second: demo park 40,000/8,200, Qibin NEV parts 15,000/0, Pianguan PV 9,800/5,600
    // → 64,800 / 13,800 = 21.30%.
    let second = batches[1].1;
    assert_eq!(second.projects, 3);
    assert!(close(second.year_target, 64_800.0));
    assert!(close(second.completed, 13_800.0));
    assert!((second.share().unwrap() - 21.296).abs() < 0.001);
    // Third: Qibin electronics 22,000/22,000 = 100%.
    let third = batches[2].1;
    assert_eq!(third.projects, 1);
    assert!(close(third.share().unwrap(), 100.0));
}

#[test]
fn a_batch_s_name_gives_its_year_and_number() {
    for (name, rank) in [
        ("2023年第一批", (Some(2023), Some(1))),
        ("2023年第十批", (Some(2023), Some(10))),
        ("第十二批", (None, Some(12))),
        ("二十三批", (None, Some(23))),
        ("２０２４年第３批", (Some(2024), Some(3))),
        ("2023 third batch", (Some(2023), Some(3))),
        ("Batch 2", (None, Some(2))),
        ("2nd batch 2024", (Some(2024), Some(2))),
        ("2024年", (Some(2024), None)),
        ("省重点工程", (None, None)),
        // Numerals not before 批 are not its number.
        ("十大工程", (None, None)),
    ] {
        assert_eq!(batch_rank(name), rank, "{name}");
    }
}

/// The sample with its projects' batches named `names`, in order.
fn batches_named(names: &[&str]) -> Plan {
    let mut plan = sample();
    for (p, name) in plan.projects.iter_mut().zip(names.iter().cycle()) {
        p.batch = name.to_string();
    }
    plan
}

#[test]
fn batches_are_listed_in_their_own_order_when_their_names_give_it() {
    let names =
        |plan: &Plan| -> Vec<String> { by_batch(plan).into_iter().map(|(b, _)| b).collect() };
    let plan = batches_named(&[
        "2024年第一批",
        "2023年第三批",
        "2023年第十批",
        "2023年第一批",
    ]);
    assert_eq!(
        names(&plan),
        [
            "2023年第一批",
            "2023年第三批",
            "2023年第十批",
            "2024年第一批"
        ]
    );
    let plan = batches_named(&["third batch", "first batch", "second batch"]);
    assert_eq!(names(&plan), ["first batch", "second batch", "third batch"]);
    // Every name with a year: by year.
    let plan = batches_named(&["2024年", "2023年"]);
    assert_eq!(names(&plan), ["2023年", "2024年"]);
    // A name that says neither: the order the plan first names them.
    let plan = batches_named(&["第二批", "省重点", "第一批"]);
    assert_eq!(names(&plan), ["第二批", "省重点", "第一批"]);
    // Projects with no batch still come last.
    let mut plan = batches_named(&["第二批", "第一批"]);
    plan.projects[0].batch = String::new();
    let listed = names(&plan);
    assert_eq!(listed, ["第一批", "第二批", ""]);
    let sums = by_batch(&plan);
    assert_eq!(
        sums.iter().map(|(_, s)| s.projects).sum::<usize>(),
        plan.projects.len()
    );
}

#[test]
fn sums_by_area_of_the_sample() {
    let areas = by_area(&sample());
    let ids: Vec<Option<&str>> = areas
        .iter()
        .map(|(a, _)| a.as_ref().map(|a| a.as_str()))
        .collect();
    // The plan's order of areas, only those with projects; every sample project has an area.
    let plan = sample();
    let order: Vec<&str> = plan
        .areas
        .iter()
        .map(|a| a.id.as_str())
        .filter(|a| {
            [
                "a-innovation",
                "a-advantages",
                "a-convenience",
                "a-projects",
                "a-xinzhou",
            ]
            .contains(a)
        })
        .collect();
    assert_eq!(ids, order.iter().map(|a| Some(*a)).collect::<Vec<_>>());
    let get = |id: &str| {
        areas
            .iter()
            .find(|(a, _)| a.as_ref().map(|a| a.as_str()) == Some(id))
            .unwrap()
            .1
    };
    // Qibin's projects area: 62,000 + 15,000 + 22,000 = 99,000; 45,800 + 0 + 22,000 = 67,800.
    let projects = get("a-projects");
    assert_eq!(projects.projects, 3);
    assert!(close(projects.year_target, 99_000.0));
    assert!(close(projects.completed, 67_800.0));
    assert!((projects.share().unwrap() - 68.485).abs() < 0.001);
    // Xinzhou: flange 12,000/12,000 + PV 9,800/5,600 = 21,800 / 17,600 = 80.73%.
    let xinzhou = get("a-xinzhou");
    assert!(close(xinzhou.year_target, 21_800.0));
    assert!(close(xinzhou.completed, 17_600.0));
    assert!((xinzhou.share().unwrap() - 80.734).abs() < 0.001);
    // Convenience: the roads, 26,500 / 30,000 = 88.33%.
    assert!((get("a-convenience").share().unwrap() - 88.333).abs() < 0.001);
    // Every project is in exactly one group: the groups add up to the whole plan.
    let target: f64 = areas.iter().map(|(_, s)| s.year_target).sum();
    assert!(close(target, 250_800.0));
}

#[test]
fn projects_without_area_or_batch_are_grouped_last() {
    let mut plan = sample();
    plan.projects[0].area = None;
    plan.projects[0].batch = "  ".into();
    plan.projects[1].area = Some(Id::new("a-gone"));
    plan.projects[2].batch = " 2023 second batch ".into();
    let areas = by_area(&plan);
    let (last, rest) = areas.last().unwrap();
    assert_eq!(*last, None);
    // The digital park (60,000) and the demo park (40,000).
    assert_eq!(rest.projects, 2);
    assert!(close(rest.year_target, 100_000.0));
    let batches = by_batch(&plan);
    let names: Vec<&str> = batches.iter().map(|(b, _)| b.as_str()).collect();
    // The batches in their own order; the roads join the second, trimmed.
    assert_eq!(
        names,
        [
            "2023 first batch",
            "2023 second batch",
            "2023 third batch",
            ""
        ]
    );
    assert_eq!(batches[1].1.projects, 4);
    assert_eq!(batches[3].1.projects, 1);
}

#[test]
fn share_needs_a_target() {
    let mut p = sample().projects[0].clone();
    // 41,500 / 60,000 = 69.17%.
    assert!((project_share(&p).unwrap() - 69.1667).abs() < 0.0001);
    p.year_target = 0.0;
    assert_eq!(project_share(&p), None);
    let sum = InvestmentSum::of([&p]);
    assert_eq!(sum.share(), None);
    assert_eq!(sum.projects, 1);
    assert!(close(sum.completed, 41_500.0));
    assert_eq!(InvestmentSum::default().share(), None);
}

#[test]
fn phase_counts_of_the_sample() {
    assert_eq!(
        phase_counts(&sample()),
        [
            (Phase::Planned, 1),
            (Phase::Preparing, 1),
            (Phase::UnderConstruction, 4),
            (Phase::Completed, 1),
            (Phase::InOperation, 1),
        ]
    );
}

#[test]
fn schedule_of_the_sample_on_2023_09_30() {
    let plan = sample();
    let p = |id: &str| plan.project(&Id::new(id)).unwrap();
    let done = |on, planned, late| DateVsPlan::Done {
        on,
        planned: Some(planned),
        days_late: Some(late),
    };
    // Digital park: planned 03-01, started 03-18: 17 days late; due 2025-06-30:
    // 92 days to the end of 2023 + 366 (2024) + 181 = 639 days left.
    assert_eq!(
        start_vs_plan(p("p-xd-digital-park"), today()),
        done(d(2023, 3, 18), d(2023, 3, 1), 17)
    );
    assert_eq!(
        completion_vs_plan(p("p-xd-digital-park"), today()),
        DateVsPlan::Due {
            planned: d(2025, 6, 30),
            days_left: 639
        }
    );
    // Demo park (preparing): planned start 05-01, not started: 30 + 30 + 31 + 31 + 30 = 152 days over.
    assert_eq!(
        start_vs_plan(p("p-xd-demo-park"), today()),
        DateVsPlan::Overdue {
            planned: d(2023, 5, 1),
            days_over: 152
        }
    );
    // Roads: started 03-20 (19 days late); due 09-15, not done: 15 days over.
    assert_eq!(
        start_vs_plan(p("p-xd-roads"), today()),
        done(d(2023, 3, 20), d(2023, 3, 1), 19)
    );
    assert_eq!(
        completion_vs_plan(p("p-xd-roads"), today()),
        DateVsPlan::Overdue {
            planned: d(2023, 9, 15),
            days_over: 15
        }
    );
    // Qibin sci-city: 02-15 → 03-01 is 13 + 1 = 14 days late.
    assert_eq!(
        start_vs_plan(p("p-qb-sci-city"), today()),
        done(d(2023, 3, 1), d(2023, 2, 15), 14)
    );
    // NEV parts (planned): start due 11-01, 31 + 1 = 32 days left.
    assert_eq!(
        start_vs_plan(p("p-qb-nev-parts"), today()),
        DateVsPlan::Due {
            planned: d(2023, 11, 1),
            days_left: 32
        }
    );
    // Electronics: started 9 days late, completed 08-28 against 08-31: 3 days early.
    assert_eq!(
        start_vs_plan(p("p-qb-electronics"), today()),
        done(d(2022, 9, 10), d(2022, 9, 1), 9)
    );
    assert_eq!(
        completion_vs_plan(p("p-qb-electronics"), today()),
        done(d(2023, 8, 28), d(2023, 8, 31), -3)
    );
    // Flange: completed 05-20 against 05-31: 11 days early.
    assert_eq!(
        completion_vs_plan(p("p-dx-flange"), today()),
        done(d(2023, 5, 20), d(2023, 5, 31), -11)
    );
    // PV: due 11-30: 31 + 30 = 61 days left.
    assert_eq!(
        completion_vs_plan(p("p-pg-pv"), today()),
        DateVsPlan::Due {
            planned: d(2023, 11, 30),
            days_left: 61
        }
    );
}

#[test]
fn schedule_edge_rules() {
    let mut p = sample().projects[0].clone();
    // The phase says under construction, no actual start recorded.
    p.actual_start = None;
    assert_eq!(
        start_vs_plan(&p, today()),
        DateVsPlan::DoneUndated {
            planned: Some(d(2023, 3, 1))
        }
    );
    // Preparing, no dates at all.
    p.phase = Phase::Preparing;
    p.planned_start = None;
    assert_eq!(start_vs_plan(&p, today()), DateVsPlan::Unscheduled);
    // An actual date with nothing planned.
    p.actual_start = Some(d(2023, 4, 2));
    assert_eq!(
        start_vs_plan(&p, today()),
        DateVsPlan::Done {
            on: d(2023, 4, 2),
            planned: None,
            days_late: None
        }
    );
    // The planned day itself is due, not overdue; the day after is 1 day over.
    p.actual_start = None;
    p.planned_start = Some(today());
    assert_eq!(
        start_vs_plan(&p, today()),
        DateVsPlan::Due {
            planned: today(),
            days_left: 0
        }
    );
    assert_eq!(
        start_vs_plan(&p, d(2023, 10, 1)),
        DateVsPlan::Overdue {
            planned: today(),
            days_over: 1
        }
    );
    // Completed phase without an end date.
    p.phase = Phase::InOperation;
    p.actual_end = None;
    assert_eq!(
        completion_vs_plan(&p, today()),
        DateVsPlan::DoneUndated {
            planned: Some(d(2025, 6, 30))
        }
    );
}

#[test]
fn schedule_in_words() {
    let plan = sample();
    let p = |id: &str| plan.project(&Id::new(id)).unwrap();
    let start = |id| start_vs_plan(p(id), today());
    let end = |id| completion_vs_plan(p(id), today());
    assert_eq!(
        (EN.start_vs_plan)(&start("p-xd-digital-park")),
        "Started 17 days late"
    );
    assert_eq!(
        (EN.start_vs_plan)(&start("p-xd-demo-park")),
        "Not started; planned 2023-05-01, 152 days overdue"
    );
    assert_eq!(
        (EN.completion_vs_plan)(&end("p-qb-electronics")),
        "Completed 3 days early"
    );
    assert_eq!(
        (EN.completion_vs_plan)(&end("p-pg-pv")),
        "Completion due 2023-11-30 (in 61 days)"
    );
    assert_eq!(
        (ZH.start_vs_plan)(&start("p-xd-demo-park")),
        "未开工，计划2023-05-01开工，已逾期152天"
    );
    assert_eq!(
        (ZH.completion_vs_plan)(&end("p-xd-roads")),
        "未竣工，计划2023-09-15竣工，已逾期15天"
    );
    assert_eq!((ZH.completion_vs_plan)(&end("p-dx-flange")), "提前11天竣工");
    assert_eq!(
        (EN.start_vs_plan)(&DateVsPlan::Done {
            on: d(2023, 4, 2),
            planned: Some(d(2023, 4, 2)),
            days_late: Some(0)
        }),
        "Started on schedule"
    );
    assert_eq!(
        (ZH.start_vs_plan)(&DateVsPlan::Done {
            on: d(2023, 4, 2),
            planned: None,
            days_late: None
        }),
        "2023-04-02开工"
    );
    assert_eq!(
        (EN.start_vs_plan)(&DateVsPlan::Due {
            planned: today(),
            days_left: 0
        }),
        "Start planned today (2023-09-30)"
    );
    let one_day = DateVsPlan::Overdue {
        planned: today(),
        days_over: 1,
    };
    assert_eq!(
        (EN.completion_vs_plan)(&one_day),
        "Not completed; due 2023-09-30, 1 day overdue"
    );
}

#[test]
fn plan_line_in_words() {
    assert_eq!(
        (EN.plan_investment)(8, "161,600", "250,800", Some("64.4%")),
        "All 8 projects: 161,600 of this year's target of 250,800 (10k yuan) completed, 64.4%."
    );
    assert_eq!(
        (ZH.plan_investment)(8, "161,600", "250,800", Some("64.4%")),
        "全部8个项目：年度计划投资250,800万元，已完成161,600万元，完成64.4%。"
    );
}

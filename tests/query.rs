//! The task query: search, every filter, the count behind each filter value,
//! sorting, and the URL form of a query.

use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::query::{compare_codes, Sort, SortKey, TaskFilter, TaskIndex, TaskQuery};
use plan_tracker::route::{params, Route};
use plan_tracker::sample::sample_plan;
use plan_tracker::status::{task_status, Light};
use plan_tracker::supervision::{LoopStage, OPEN_NOTICES, REPLY_FLAGS};
use proptest::prelude::*;
use std::cmp::Ordering;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s)
}

/// A task due at the plan's end (2023-12-31), unless said otherwise.
fn task(i: &str, code: &str, title: &str, area: &str, lead: &str) -> Task {
    Task {
        deadline: Some(d(2023, 12, 31)),
        ..Task::new(i, code, title, area, lead)
    }
}

fn report(i: &str, task: &str, date: Date, progress: f64) -> Update {
    Update::new(id(i), Subject::Task(id(task)), date, progress)
}

/// Five tasks in two areas (one under a goal), three units; today 2023-06-30,
/// plan 2023-01-01..2023-12-31, monthly reports, default thresholds.
///
/// | task | code | area | lead | co | tier | deadline | report | light |
/// |------|------|------|------|----|------|----------|--------|-------|
/// | t1 | 1.2  | a1 | u1 | u2 | key   | 2023-12-31 | 06-20 50% | green |
/// | t2 | 1.10 | a1 | u2 |    | reg.  | 2023-05-31 | 04-01 80% | red, overdue |
/// | t3 | 2.1  | a2 | u1 | u3 | k.b.  | 2023-12-31 | none      | red, report due 02-15 missing (0 vs ~50) |
/// | t4 | 1.9  | a1 | u3 | u2 | reg.  | 2023-12-31 | 03-01 45% | grey, stale |
/// | t5 | 2.2  | a2 | u2 |    | reg.  | 2023-03-31 | 03-30 100% completed | completed |
fn small() -> (Plan, Date) {
    let mut p = Plan::new(id("p"), "Plan", d(2023, 1, 1), d(2023, 12, 31));
    p.goals.push(Goal {
        id: id("g1"),
        title: "Growth".into(),
        description: String::new(),
    });
    for (a, goal) in [("a1", Some("g1")), ("a2", None)] {
        p.areas.push(KeyArea {
            id: id(a),
            title: format!("Area {a}"),
            description: String::new(),
            goal: goal.map(id),
        });
    }
    for (u, name) in [
        ("u1", "Office of Digital Affairs"),
        ("u2", "数据局"),
        ("u3", "Transport Bureau"),
    ] {
        p.units.push(Unit {
            id: id(u),
            name: name.into(),
            kind: UnitKind::Department,
            parent: None,
        });
    }
    let mut t1 = task("t1", "1.2", "Put firms on the Cloud", "a1", "u1");
    t1.tier = Tier::Key;
    t1.co_units = vec![id("u2")];
    t1.tags = vec!["digital".into()];
    t1.description = "Fifty enterprises this year".into();
    let mut t2 = task("t2", "1.10", "修建农村公路", "a1", "u2");
    t2.deadline = Some(d(2023, 5, 31));
    t2.tags = vec!["roads".into(), "digital".into()];
    let mut t3 = task("t3", "2.1", "Cloud platform for villages", "a2", "u1");
    t3.tier = Tier::KeyBreakthrough;
    t3.co_units = vec![id("u3")];
    let mut t4 = task("t4", "1.9", "Bus lanes", "a1", "u3");
    t4.co_units = vec![id("u2")];
    let mut t5 = task("t5", "2.2", "数字政府 cloud", "a2", "u2");
    t5.deadline = Some(d(2023, 3, 31));
    p.tasks = vec![t1, t2, t3, t4, t5];
    let mut done = report("r5", "t5", d(2023, 3, 30), 100.0);
    done.status = ReportedStatus::Completed;
    p.updates = vec![
        report("r1", "t1", d(2023, 6, 20), 50.0),
        report("r2", "t2", d(2023, 4, 1), 80.0),
        report("r4", "t4", d(2023, 3, 1), 45.0),
        done,
    ];
    (p, d(2023, 6, 30))
}

/// The ids of the tasks a filter shows, in plan order.
fn shown(plan: &Plan, today: Date, filter: &TaskFilter) -> Vec<String> {
    let index = TaskIndex::build(plan, today);
    filter
        .apply(plan, &index)
        .into_iter()
        .map(|i| index.rows[i].id.to_string())
        .collect()
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_index_holds_each_tasks_light_progress_and_last_report() {
    let (plan, today) = small();
    let index = TaskIndex::build(&plan, today);
    let lights: Vec<Light> = index.rows.iter().map(|r| r.status.light).collect();
    assert_eq!(
        lights,
        [
            Light::Green,
            Light::Red,
            Light::Red,
            Light::Grey,
            Light::Completed
        ]
    );
    assert_eq!(index.rows[0].progress, 50.0);
    assert_eq!(index.rows[2].last_report, None);
    assert_eq!(index.rows[1].deadline, d(2023, 5, 31));
    assert_eq!(index.rows[0].deadline, d(2023, 12, 31), "the plan's end");
    assert_eq!(index.rows[0].goal, Some(id("g1")));
    assert_eq!(index.rows[2].goal, None);
}

#[test]
fn the_index_agrees_with_the_status_rules_task_by_task() {
    // Including withdrawn reports and two reports on one day.
    let (mut plan, today) = small();
    let mut withdrawn = report("r6", "t1", d(2023, 6, 25), 90.0);
    withdrawn.withdrawn = Some(Withdrawal {
        date: d(2023, 6, 26),
        by: "office".into(),
        reason: "typo".into(),
    });
    plan.updates.push(withdrawn);
    plan.updates.push(report("r7", "t4", d(2023, 3, 1), 47.0));
    let sample = sample_plan(Lang::Zh);
    for (plan, today) in [(plan, today), (sample, d(2023, 9, 30))] {
        let index = TaskIndex::build(&plan, today);
        for (task, row) in plan.tasks.iter().zip(&index.rows) {
            assert_eq!(row.status, task_status(&plan, task, today), "{}", task.id);
            assert_eq!(
                row.progress,
                plan.progress_of(&Subject::Task(task.id.clone()))
            );
        }
    }
}

#[test]
fn no_filter_shows_every_task() {
    let (plan, today) = small();
    let all = TaskFilter::default();
    assert!(all.is_empty());
    assert_eq!(all.active_count(), 0);
    assert_eq!(
        shown(&plan, today, &all),
        ids(&["t1", "t2", "t3", "t4", "t5"])
    );
}

#[test]
fn search_is_case_insensitive_and_every_word_must_match() {
    let (plan, today) = small();
    let search = |text: &str| {
        let f = TaskFilter {
            text: text.into(),
            ..Default::default()
        };
        shown(&plan, today, &f)
    };
    assert_eq!(search("cloud"), ids(&["t1", "t3", "t5"]));
    assert_eq!(search("CLOUD villages"), ids(&["t3"]));
    assert_eq!(search("cloud 数字"), ids(&["t5"]));
    assert_eq!(search("农村"), ids(&["t2"]));
    // Unit names: lead and co-operating.
    assert_eq!(search("数据局"), ids(&["t1", "t2", "t4", "t5"]));
    assert_eq!(search("transport"), ids(&["t3", "t4"]));
    // Code and description.
    assert_eq!(search("1.10"), ids(&["t2"]));
    assert_eq!(search("fifty"), ids(&["t1"]));
    assert_eq!(search("   "), ids(&["t1", "t2", "t3", "t4", "t5"]));
    assert_eq!(search("cloud nothing-like-this"), Vec::<String>::new());
    // Typed in an input method's full-width mode, letters and digits match
    // their ASCII forms.
    assert_eq!(search("ＣＬＯＵＤ"), ids(&["t1", "t3", "t5"]));
    assert_eq!(search("１．１０"), ids(&["t2"]));
    assert_eq!(search("ｃｌｏｕｄ　数字"), ids(&["t5"]));
}

#[test]
fn each_filter_alone() {
    let (plan, today) = small();
    let f = |f: TaskFilter| shown(&plan, today, &f);
    let d0 = TaskFilter::default;
    assert_eq!(
        f(TaskFilter {
            areas: vec![id("a2")],
            ..d0()
        }),
        ids(&["t3", "t5"])
    );
    assert_eq!(
        f(TaskFilter {
            goals: vec![id("g1")],
            ..d0()
        }),
        ids(&["t1", "t2", "t4"])
    );
    assert_eq!(
        f(TaskFilter {
            tiers: vec![Tier::Key, Tier::KeyBreakthrough],
            ..d0()
        }),
        ids(&["t1", "t3"])
    );
    assert_eq!(
        f(TaskFilter {
            leads: vec![id("u2")],
            ..d0()
        }),
        ids(&["t2", "t5"])
    );
    assert_eq!(
        f(TaskFilter {
            co_units: vec![id("u2")],
            ..d0()
        }),
        ids(&["t1", "t4"])
    );
    assert_eq!(
        f(TaskFilter {
            lights: vec![Light::Red],
            ..d0()
        }),
        ids(&["t2", "t3"])
    );
    assert_eq!(
        f(TaskFilter {
            progress_min: Some(45),
            progress_max: Some(80),
            ..d0()
        }),
        ids(&["t1", "t2", "t4"]),
        "bounds are inclusive"
    );
    assert_eq!(
        f(TaskFilter {
            due_from: Some(d(2023, 3, 31)),
            due_to: Some(d(2023, 5, 31)),
            ..d0()
        }),
        ids(&["t2", "t5"]),
        "bounds are inclusive"
    );
    assert_eq!(
        f(TaskFilter {
            tags: vec!["digital".into()],
            ..d0()
        }),
        ids(&["t1", "t2"])
    );
    assert_eq!(
        f(TaskFilter {
            overdue: true,
            ..d0()
        }),
        ids(&["t2"]),
        "red for lagging is not overdue"
    );
    assert_eq!(
        f(TaskFilter {
            no_report_since: Some(d(2023, 4, 1)),
            ..d0()
        }),
        ids(&["t3", "t4", "t5"]),
        "a report on the day itself counts"
    );
}

#[test]
fn filters_combine_with_and_values_with_or() {
    let (plan, today) = small();
    let f = TaskFilter {
        areas: vec![id("a1"), id("a2")],
        leads: vec![id("u1"), id("u3")],
        lights: vec![Light::Red, Light::Grey],
        ..Default::default()
    };
    assert_eq!(f.active_count(), 3);
    assert_eq!(shown(&plan, today, &f), ids(&["t3", "t4"]));
}

#[test]
fn facets_count_each_value_under_every_other_filter() {
    let (plan, today) = small();
    let index = TaskIndex::build(&plan, today);
    let f = TaskFilter {
        areas: vec![id("a1")],
        lights: vec![Light::Red],
        ..Default::default()
    };
    let facets = f.facets(&plan, &index);
    assert_eq!(facets.matching, 1, "t2");
    // Areas counted under the light filter alone: red t2 (a1), red t3 (a2).
    assert_eq!(facets.areas, vec![(id("a1"), 1), (id("a2"), 1)]);
    // Lights counted under the area filter alone: a1 holds t1 green, t2 red, t4 grey.
    let light = |l: Light| facets.lights.iter().find(|(x, _)| *x == l).unwrap().1;
    assert_eq!(
        (light(Light::Green), light(Light::Red), light(Light::Grey)),
        (1, 1, 1)
    );
    assert_eq!(light(Light::Completed), 0);
    // Leads under both filters: only t2 (u2).
    assert_eq!(
        facets.leads,
        vec![(id("u1"), 0), (id("u2"), 1), (id("u3"), 0)]
    );
    assert_eq!(facets.goals, vec![(id("g1"), 1)]);
    assert_eq!(
        facets.tags,
        vec![("roads".into(), 1), ("digital".into(), 1)]
    );
    assert_eq!(facets.overdue, 1);

    // Every value's count is what ticking that value alone (on top of the
    // other filters) would show.
    for (area, n) in &facets.areas {
        let ticked = TaskFilter {
            areas: vec![area.clone()],
            ..f.clone()
        };
        assert_eq!(ticked.apply(&plan, &index).len(), *n, "{area}");
    }
}

#[test]
fn sorting_on_each_column() {
    let (plan, today) = small();
    let index = TaskIndex::build(&plan, today);
    let order = |key: SortKey, descending: bool| {
        let mut rows: Vec<usize> = (0..index.rows.len()).collect();
        Sort { key, descending }.apply(&plan, &index, &mut rows);
        rows.into_iter()
            .map(|i| index.rows[i].id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        order(SortKey::Code, false),
        ids(&["t1", "t4", "t2", "t3", "t5"])
    );
    assert_eq!(
        order(SortKey::Code, true),
        ids(&["t5", "t3", "t2", "t4", "t1"])
    );
    assert_eq!(
        order(SortKey::Deadline, false),
        ids(&["t5", "t2", "t1", "t3", "t4"]),
        "ties keep plan order"
    );
    assert_eq!(
        order(SortKey::Deadline, true),
        ids(&["t1", "t3", "t4", "t2", "t5"]),
        "ties keep plan order in either direction"
    );
    assert_eq!(
        order(SortKey::Progress, true),
        ids(&["t5", "t2", "t1", "t4", "t3"])
    );
    assert_eq!(
        order(SortKey::Light, true),
        ids(&["t2", "t3", "t4", "t1", "t5"])
    );
    assert_eq!(
        order(SortKey::Tier, true),
        ids(&["t3", "t1", "t2", "t4", "t5"])
    );
    assert_eq!(
        order(SortKey::Area, true),
        ids(&["t3", "t5", "t1", "t2", "t4"])
    );
    assert_eq!(
        order(SortKey::LastReport, false),
        ids(&["t3", "t4", "t5", "t2", "t1"]),
        "never reported first"
    );
    assert_eq!(
        order(SortKey::Lead, false),
        ids(&["t1", "t3", "t4", "t2", "t5"])
    );
    assert_eq!(
        order(SortKey::Title, false),
        ids(&["t4", "t3", "t1", "t2", "t5"])
    );
}

#[test]
fn a_task_without_a_deadline_is_not_due_on_the_plans_last_day() {
    // t3 is due on the plan's last day; t1 and t4 have no deadline of their
    // own (ongoing tasks): the lights read the plan's end for them, but a
    // filter by deadline leaves them out and a sort by it puts them last.
    let (mut plan, today) = small();
    plan.tasks[0].deadline = None;
    plan.tasks[3].deadline = None;
    let f = |filter: TaskFilter| shown(&plan, today, &filter);
    assert_eq!(
        f(TaskFilter {
            due_from: Some(d(2023, 12, 1)),
            due_to: Some(d(2023, 12, 31)),
            ..TaskFilter::default()
        }),
        ids(&["t3"])
    );
    assert_eq!(
        f(TaskFilter {
            due_from: Some(d(2023, 1, 1)),
            ..TaskFilter::default()
        }),
        ids(&["t2", "t3", "t5"])
    );
    let index = TaskIndex::build(&plan, today);
    let mut rows: Vec<usize> = (0..index.rows.len()).collect();
    Sort {
        key: SortKey::Deadline,
        descending: false,
    }
    .apply(&plan, &index, &mut rows);
    let order: Vec<String> = rows.iter().map(|&i| index.rows[i].id.to_string()).collect();
    assert_eq!(order, ids(&["t5", "t2", "t3", "t1", "t4"]));
}

#[test]
fn task_numbers_compare_as_numbers() {
    assert_eq!(compare_codes("2.10", "2.9"), Ordering::Greater);
    assert_eq!(compare_codes("2", "2.1"), Ordering::Less);
    assert_eq!(compare_codes("10", "9.9"), Ordering::Greater);
    assert_eq!(compare_codes("1.2", "1.2"), Ordering::Equal);
    assert_eq!(compare_codes("", "1"), Ordering::Greater);
    assert_eq!(compare_codes("A-1", "1"), Ordering::Greater);
}

#[test]
fn the_sample_plan_as_of_the_end_of_q3() {
    let plan = sample_plan(Lang::En);
    let today = d(2023, 9, 30);
    let count = |f: TaskFilter| shown(&plan, today, &f).len();
    assert_eq!(count(TaskFilter::default()), 44);
    assert_eq!(
        count(TaskFilter {
            lights: vec![Light::Red],
            ..Default::default()
        }),
        6
    );
    assert_eq!(
        count(TaskFilter {
            tiers: vec![Tier::KeyBreakthrough],
            ..Default::default()
        }),
        5
    );
    assert_eq!(
        count(TaskFilter {
            overdue: true,
            ..Default::default()
        }),
        1,
        "8.2, due 2023-09-15"
    );
    assert_eq!(
        count(TaskFilter {
            leads: vec![id("u-xiaodian")],
            ..Default::default()
        }),
        11
    );
    let codes = |f: TaskFilter| -> Vec<String> {
        shown(&plan, today, &f)
            .iter()
            .map(|i| plan.task(&Id::new(i)).unwrap().code.clone())
            .collect()
    };
    assert_eq!(
        codes(TaskFilter {
            text: "xiaodian investment".into(),
            ..Default::default()
        }),
        // "investment" in the title or description, "Xiaodian" in a unit's
        // name; 9.3 is only tagged "investment attraction", and tags are not searched.
        ids(&["2.1", "3.1", "5.3", "9.1", "9.4"])
    );
}

fn arb_query() -> impl Strategy<Value = TaskQuery> {
    let ids = prop::collection::vec("[a-z0-9&=%+ 中-]{1,8}", 0..3)
        .prop_map(|v| v.into_iter().map(Id::new).collect::<Vec<_>>());
    let date = (2000i32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| d_opt(y, m, d));
    (
        "[a-zA-Z0-9 中文&=%+?#]{0,12}",
        ids.clone(),
        ids.clone(),
        ids,
        prop::option::of(0u8..=100),
        prop::option::of(0u8..=100),
        prop::option::of(date.clone()),
        prop::option::of(date),
        any::<bool>(),
        prop::option::of((0usize..SortKey::ALL.len(), any::<bool>())),
        (
            prop::collection::vec(0usize..5, 0..3),
            prop::collection::vec(0usize..5, 0..3),
            (
                prop::collection::vec(0usize..7, 0..3),
                any::<bool>(),
                prop::collection::vec(0usize..4, 0..3),
                prop::collection::vec(0usize..2, 0..3),
            ),
        ),
    )
        .prop_map(
            |(
                text,
                areas,
                leads,
                co_units,
                pmin,
                pmax,
                from,
                to,
                overdue,
                sort,
                (lights, srcs, (stages, unsigned, notices, replies)),
            )| {
                fn pick<T: Copy + PartialEq>(all: &[T], at: Vec<usize>) -> Vec<T> {
                    let mut out = Vec::new();
                    for i in at {
                        if !out.contains(&all[i]) {
                            out.push(all[i]);
                        }
                    }
                    out
                }
                let mut sources = Vec::new();
                for i in srcs {
                    let s = <SourceKind as Choice>::ALL[i];
                    if !sources.contains(&s) {
                        sources.push(s);
                    }
                }
                let mut lights_v = Vec::new();
                for i in lights {
                    let l = Light::ALL[i];
                    if !lights_v.contains(&l) {
                        lights_v.push(l);
                    }
                }
                let dedup = |v: Vec<Id>| {
                    let mut out: Vec<Id> = Vec::new();
                    for x in v {
                        if !out.contains(&x) {
                            out.push(x);
                        }
                    }
                    out
                };
                TaskQuery {
                    filter: TaskFilter {
                        text: if text.trim().is_empty() {
                            String::new()
                        } else {
                            text
                        },
                        areas: dedup(areas),
                        leads: dedup(leads),
                        co_units: dedup(co_units),
                        lights: lights_v,
                        progress_min: pmin,
                        progress_max: pmax,
                        due_from: from,
                        due_to: to,
                        overdue,
                        sources,
                        stages: pick(&LoopStage::ALL, stages),
                        not_signed_in_time: unsigned,
                        notices: pick(&OPEN_NOTICES, notices),
                        replies: pick(&REPLY_FLAGS, replies),
                        ..Default::default()
                    },
                    sort: sort.map(|(k, descending)| Sort {
                        key: SortKey::ALL[k],
                        descending,
                    }),
                }
            },
        )
}

fn d_opt(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

proptest! {
    /// A link, a bookmark or a reload gives back exactly the query.
    #[test]
    fn a_query_survives_the_url(q in arb_query()) {
        let route = Route::Tasks(q.clone());
        let url = route.to_query("?lang=en&today=2023-09-30&view=units");
        prop_assert_eq!(Route::parse(&url), route);
        let back = TaskQuery::from_params(&params(&url));
        prop_assert_eq!(back, q);
    }
}

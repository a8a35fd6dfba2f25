//! The dashboard's figures: each count equals the number of tasks its
//! task-table query shows, and the sample plan's figures on 2023-09-30 are
//! the ones worked out by hand below.

use plan_tracker::dashboard::{Dashboard, TaskList, OPEN_LIGHTS};
use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::query::{Sort, SortKey, TaskFilter, TaskIndex, TaskQuery};
use plan_tracker::route::Route;
use plan_tracker::sample::sample_plan;
use plan_tracker::status::{by_area, by_goal, whole_plan, Light};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The sample plan (English) on 2023-09-30, its index and its dashboard.
fn sample() -> (Plan, TaskIndex, Dashboard) {
    let plan = sample_plan(Lang::En);
    let index = TaskIndex::build(&plan, d(2023, 9, 30));
    let dash = Dashboard::build(&plan, &index);
    (plan, index, dash)
}

/// The codes of the tasks `query` shows in the task table, in its order.
fn table_codes(plan: &Plan, index: &TaskIndex, query: &TaskQuery) -> Vec<String> {
    let mut rows = query.filter.apply(plan, index);
    if let Some(sort) = query.sort {
        sort.apply(plan, index, &mut rows);
    }
    rows.iter()
        .map(|&r| plan.tasks[index.rows[r].index].code.clone())
        .collect()
}

fn codes(list: &TaskList) -> Vec<&str> {
    list.tasks.iter().map(|t| t.code.as_str()).collect()
}

#[test]
fn every_figure_counts_what_its_link_shows() {
    let (plan, index, dash) = sample();
    let figures = dash.figures();
    // 1 whole plan + 5 lights + (13 areas + 4 goals) × (1 + 5 lights)
    // + 3 units with red tasks + 4 lists.
    assert_eq!(figures.len(), 1 + 5 + 17 * 6 + 3 + 4);
    for f in figures {
        assert_eq!(
            f.count,
            f.query.filter.apply(&plan, &index).len(),
            "{:?}",
            f.query
        );
        // The link carries the query through the URL unchanged.
        let route = Route::Tasks(f.query.clone());
        assert_eq!(
            Route::parse(&route.to_query("?lang=en&today=2023-09-30")),
            route
        );
    }
}

#[test]
fn every_list_is_its_query_in_table_order() {
    let (plan, index, dash) = sample();
    for list in [&dash.breakthrough, &dash.red, &dash.due_soon, &dash.stale] {
        assert_eq!(list.tasks.len(), list.figure.count);
        assert_eq!(
            codes(list),
            table_codes(&plan, &index, &list.figure.query),
            "{:?}",
            list.figure.query
        );
    }
}

#[test]
fn overall_progress_and_lights_of_the_sample() {
    let (plan, _, dash) = sample();
    // Σ weight × progress over the 44 tasks = 4777, Σ weight = 75
    // (weights 3 for key breakthrough, 2 for key, 1 for regular, and 2 for 13.5).
    assert_eq!(dash.all.count, 44);
    assert_eq!(dash.all.query, TaskQuery::default());
    assert!(close(dash.progress.unwrap(), 4777.0 / 75.0));
    assert!(close(
        dash.progress.unwrap(),
        whole_plan(&plan, dash.today).progress.unwrap()
    ));
    // Red: 5.3, 7.3, 8.2, 9.1, 10.2, 13.4; yellow: 1.2, 2.5, 3.3, 9.2;
    // grey (stale): 4.1, 5.2, 10.3; completed: 1.3, 6.3; the other 29 green.
    let lights: Vec<(Light, usize)> = dash
        .lights
        .iter()
        .map(|s| (s.light, s.figure.count))
        .collect();
    assert_eq!(
        lights,
        [
            (Light::Red, 6),
            (Light::Yellow, 4),
            (Light::Grey, 3),
            (Light::Green, 29),
            (Light::Completed, 2)
        ]
    );
    assert!(close(dash.lights[0].percent, 6.0 / 44.0 * 100.0));
    let total: f64 = dash.lights.iter().map(|s| s.percent).sum();
    assert!(close(total, 100.0));
    assert_eq!(
        dash.lights[0].figure.query,
        TaskQuery {
            filter: TaskFilter {
                lights: vec![Light::Red],
                ..TaskFilter::default()
            },
            sort: None
        }
    );
}

#[test]
fn areas_and_goals_of_the_sample() {
    let (plan, _, dash) = sample();
    assert_eq!(dash.areas.len(), 13);
    assert_eq!(dash.goals.len(), 4);
    // The index-based roll-ups agree with the status module's own.
    for (g, (id, r)) in dash.areas.iter().zip(by_area(&plan, dash.today)) {
        assert_eq!(g.id, id);
        assert_eq!(g.tasks.count, r.tasks);
        assert!(close(g.progress.unwrap(), r.progress.unwrap()));
        for s in &g.lights {
            assert_eq!(s.figure.count, r.counts.get(s.light));
        }
    }
    for (g, (id, r)) in dash.goals.iter().zip(by_goal(&plan, dash.today)) {
        assert_eq!(g.id, id);
        assert_eq!(g.tasks.count, r.tasks);
        assert!(close(g.progress.unwrap(), r.progress.unwrap()));
    }
    // Key area 1 (province): 1.1 2×70, 1.2 3×62, 1.3 2×100, 1.4 2×65, 1.5 1×60
    // = 716 / 10 = 71.6; lights: 1.2 yellow, 1.3 completed, the rest green.
    let province = &dash.areas[0];
    assert_eq!(province.id.as_str(), "a-province");
    assert!(close(province.progress.unwrap(), 71.6));
    assert_eq!(province.tasks.count, 5);
    assert_eq!(
        province.tasks.query.filter,
        TaskFilter {
            areas: vec![Id::new("a-province")],
            ..TaskFilter::default()
        }
    );
    let counts: Vec<usize> = province.lights.iter().map(|s| s.figure.count).collect();
    assert_eq!(counts, [0, 1, 0, 3, 1]);
    assert!(close(province.lights[1].percent, 20.0));
    // Its yellow figure narrows the area to yellow.
    assert_eq!(
        province.lights[1].figure.query.filter,
        TaskFilter {
            areas: vec![Id::new("a-province")],
            lights: vec![Light::Yellow],
            ..TaskFilter::default()
        }
    );
    // Goal Xinzhou = area 13: 13.1 2×74, 13.2 70, 13.3 78, 13.4 0, 13.5 2×72
    // = 440 / 7; one red (13.4).
    let xinzhou = &dash.goals[3];
    assert_eq!(xinzhou.id.as_str(), "g-xinzhou");
    assert_eq!(xinzhou.tasks.count, 5);
    assert!(close(xinzhou.progress.unwrap(), 440.0 / 7.0));
    assert_eq!(xinzhou.lights[0].light, Light::Red);
    assert_eq!(xinzhou.lights[0].figure.count, 1);
    assert_eq!(
        xinzhou.tasks.query.filter,
        TaskFilter {
            goals: vec![Id::new("g-xinzhou")],
            ..TaskFilter::default()
        }
    );
}

#[test]
fn breakthrough_red_and_red_by_unit_of_the_sample() {
    let (_, _, dash) = sample();
    assert_eq!(
        codes(&dash.breakthrough),
        ["1.2", "2.2", "3.1", "9.1", "9.3"]
    );
    assert_eq!(
        dash.breakthrough.figure.query.filter,
        TaskFilter {
            tiers: vec![Tier::KeyBreakthrough],
            ..TaskFilter::default()
        }
    );
    // 8.2 is 15 days past its 09-15 deadline; the others (deadline 12-31)
    // lag badly, in plan order.
    assert_eq!(
        codes(&dash.red),
        ["8.2", "5.3", "7.3", "9.1", "10.2", "13.4"]
    );
    let first = &dash.red.tasks[0];
    assert_eq!(first.days_left, -15);
    assert_eq!(
        first.lead_name,
        "Xiaodian District People's Government, Taiyuan"
    );
    assert_eq!(
        dash.red.figure.query,
        TaskQuery {
            filter: TaskFilter {
                lights: vec![Light::Red],
                ..TaskFilter::default()
            },
            sort: Some(Sort {
                key: SortKey::Deadline,
                descending: false
            })
        }
    );
    // Xiaodian district leads 7.3, 8.2, 9.1 and 10.2; Taiyuan 5.3; Pianguan 13.4.
    let units: Vec<(&str, usize)> = dash
        .red_by_unit
        .iter()
        .map(|u| (u.id.as_str(), u.red.count))
        .collect();
    assert_eq!(
        units,
        [("u-xiaodian", 4), ("u-taiyuan", 1), ("u-pianguan", 1)]
    );
    assert_eq!(
        dash.red_by_unit[0].red.query.filter,
        TaskFilter {
            leads: vec![Id::new("u-xiaodian")],
            lights: vec![Light::Red],
            ..TaskFilter::default()
        }
    );
}

#[test]
fn due_soon_and_stale_of_the_sample() {
    let (plan, _, dash) = sample();
    // 09-30 to 10-30: only 6.3 falls due (09-30), and it is completed.
    assert!(dash.due_soon.tasks.is_empty());
    assert_eq!(
        dash.due_soon.figure.query,
        TaskQuery {
            filter: TaskFilter {
                due_from: Some(d(2023, 9, 30)),
                due_to: Some(d(2023, 10, 30)),
                lights: OPEN_LIGHTS.to_vec(),
                ..TaskFilter::default()
            },
            sort: Some(Sort {
                key: SortKey::Deadline,
                descending: false
            })
        }
    );
    // Monthly cadence: a report on or after 09-30 − 31 days = 08-30 stands.
    // Never reported: 7.3, 10.2, 13.4; then 5.2 (07-20), 10.3 (08-10),
    // 4.1 (08-15), 8.2 (08-18). 9.2 (08-30, exactly 31 days) is not stale;
    // 1.3 (06-20) is completed and needs no report.
    assert_eq!(plan.cadence, Cadence::Monthly);
    assert_eq!(dash.stale_since, d(2023, 8, 30));
    assert_eq!(
        codes(&dash.stale),
        ["7.3", "10.2", "13.4", "5.2", "10.3", "4.1", "8.2"]
    );
    assert_eq!(dash.stale.tasks[3].days_since_report, Some(72));
    assert_eq!(dash.stale.tasks[0].days_since_report, None);
    assert_eq!(
        dash.stale.figure.query.filter,
        TaskFilter {
            no_report_since: Some(d(2023, 8, 30)),
            lights: OPEN_LIGHTS.to_vec(),
            ..TaskFilter::default()
        }
    );

    // On 11-10 the window runs to 12-10: 2.4 and 2.5 fall due on 11-30.
    let index = TaskIndex::build(&plan, d(2023, 11, 10));
    let later = Dashboard::build(&plan, &index);
    assert_eq!(codes(&later.due_soon), ["2.4", "2.5"]);
    assert_eq!(later.due_soon.tasks[0].days_left, 20);
}

#[test]
fn an_empty_plan_has_no_progress_and_empty_lists() {
    let plan = Plan::new(Id::new("p"), "P", d(2023, 1, 1), d(2023, 12, 31));
    let index = TaskIndex::build(&plan, d(2023, 6, 1));
    let dash = Dashboard::build(&plan, &index);
    assert_eq!(dash.progress, None);
    assert_eq!(dash.all.count, 0);
    assert!(dash
        .lights
        .iter()
        .all(|s| s.figure.count == 0 && s.percent == 0.0));
    assert!(dash.areas.is_empty() && dash.goals.is_empty() && dash.red_by_unit.is_empty());
    for list in [&dash.breakthrough, &dash.red, &dash.due_soon, &dash.stale] {
        assert!(list.tasks.is_empty());
    }
}

//! The dashboard's figures: each count equals the number of tasks its
//! task-table query shows, the lists and panels say the same numbers as the
//! light counts beside them, and the sample plan's figures on 2023-09-30 and
//! a brand-new plan's are the ones worked out by hand below.

use plan_tracker::dashboard::{Dashboard, TaskList, OPEN_LIGHTS};
use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::query::{Sort, SortKey, TaskFilter, TaskIndex, TaskQuery};
use plan_tracker::route::Route;
use plan_tracker::sample::sample_plan;
use plan_tracker::status::{by_area, by_goal, whole_plan, Light, Reason, Status};

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
    // + 3 units with red tasks + 4 lists + the supervision loop's 5 counts
    // (the sample sets no days to sign).
    assert_eq!(figures.len(), 1 + 5 + 17 * 6 + 3 + 4 + 5);
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
    for list in [
        &dash.breakthrough,
        &dash.red,
        &dash.due_soon,
        &dash.not_reported,
    ] {
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
    // Red: 5.3, 7.3, 8.2, 9.1, 10.2, 13.4 (7.3, 10.2 and 13.4 never reported,
    // their first report long missing); yellow: 1.2, 2.5, 3.3, 9.2, 10.3;
    // grey (stale: August's report missing): 5.2; completed: 1.3, 6.3; the
    // other 30 green.
    let lights: Vec<(Light, usize)> = dash
        .lights
        .iter()
        .map(|s| (s.light, s.figure.count))
        .collect();
    assert_eq!(
        lights,
        [
            (Light::Red, 6),
            (Light::Yellow, 5),
            (Light::Grey, 1),
            (Light::Green, 30),
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
    // 7.3 (from 03-01) was never reported: its first report fell due on
    // 03-31 + 15 = 04-15; 10.2 and 13.4 (from 04-01) on 04-30 + 15 = 05-15.
    // 7.3 runs 03-01..12-31 (305 days), 213 gone: 69.8% expected.
    assert_eq!(
        dash.red.tasks[2].status,
        Status {
            light: Light::Red,
            reason: Reason::ReportMissing {
                due: d(2023, 4, 15),
                expected: 213.0 / 305.0 * 100.0
            }
        }
    );
    assert!(matches!(
        dash.red.tasks[4].status.reason,
        Reason::ReportMissing { due, .. } if due == d(2023, 5, 15)
    ));
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
fn due_soon_and_not_reported_of_the_sample() {
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
    // Not reported = the grey tasks, the last report oldest first (monthly
    // cadence, 15 grace days: August's report was due on 09-15): 5.2 (07-20,
    // 72 days). 10.3 (08-10) and 4.1 (08-15) answered August; 8.2 (08-18)
    // did too, but is overdue, so red and in the red list.
    assert_eq!(plan.cadence, Cadence::Monthly);
    assert_eq!(codes(&dash.not_reported), ["5.2"]);
    let silent: Vec<Reason> = dash
        .not_reported
        .tasks
        .iter()
        .map(|t| t.status.reason)
        .collect();
    assert_eq!(silent, [Reason::Stale { days_since: 72 }]);
    assert_eq!(dash.not_reported.tasks[0].days_since_report, Some(72));
    // Their units' old "on track" is not set against a grey light.
    assert!(dash.not_reported.tasks.iter().all(|t| t.claim.is_none()));
    // 8.2's unit reported it at risk; it is shown red, past its deadline.
    assert_eq!(dash.red.tasks[0].claim, Some(ReportedStatus::AtRisk));
    assert_eq!(
        dash.not_reported.figure.query,
        TaskQuery {
            filter: TaskFilter {
                lights: vec![Light::Grey],
                ..TaskFilter::default()
            },
            sort: Some(Sort {
                key: SortKey::LastReport,
                descending: false
            })
        }
    );

    // On 11-10 the window runs to 12-10: 2.4 and 2.5 fall due on 11-30.
    let index = TaskIndex::build(&plan, d(2023, 11, 10));
    let later = Dashboard::build(&plan, &index);
    assert_eq!(codes(&later.due_soon), ["2.4", "2.5"]);
    assert_eq!(later.due_soon.tasks[0].days_left, 20);

    // The milestones of open tasks not done by 10-30, missed ones first,
    // ties in plan order; those of completed tasks and done ones are not.
    let ms: Vec<(&str, Date, i64)> = dash
        .milestones_due
        .iter()
        .map(|m| (m.task.code.as_str(), m.due, m.days_left))
        .collect();
    assert_eq!(
        ms,
        [
            ("1.2", d(2023, 6, 30), -92),
            ("9.1", d(2023, 6, 30), -92),
            ("8.2", d(2023, 9, 15), -15),
            ("1.2", d(2023, 9, 30), 0),
            ("2.1", d(2023, 9, 30), 0),
            ("9.1", d(2023, 9, 30), 0),
            ("4.1", d(2023, 10, 8), 8),
        ]
    );
    let t12 = plan.tasks.iter().find(|t| t.code == "1.2").unwrap();
    assert_eq!(dash.milestones_due[0].name, t12.milestones[0].name);
    // On 11-10 the rest are done or further off; 1.2's and 9.1's open ones
    // are still listed, missed.
    assert!(later
        .milestones_due
        .iter()
        .all(|m| m.days_left < 0 || m.due <= d(2023, 12, 10)));
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
    for list in [
        &dash.breakthrough,
        &dash.red,
        &dash.due_soon,
        &dash.not_reported,
    ] {
        assert!(list.tasks.is_empty());
    }
    // No light is marked out when no task has it: the red share is not tinted.
    let mut html = String::new();
    plan_tracker::dashboard::summary_html(&mut html, Lang::En.catalog(), &plan, &dash, "");
    assert_eq!(
        html.matches("<li class=\"share light ").count(),
        5,
        "{html}"
    );
    assert_eq!(html.matches(" none\">").count(), 5, "{html}");
}

/// Every figure that counts the same tasks as another says the same number
/// from the same query: the red list and the not-reported panel are the red
/// and grey light counts; the units behind add up to the red count; the
/// lights add up to their set; the areas add up to the plan.
fn assert_figures_agree(plan: &Plan, index: &TaskIndex, dash: &Dashboard) {
    let share = |light: Light| {
        dash.lights
            .iter()
            .find(|s| s.light == light)
            .map(|s| &s.figure)
            .unwrap()
    };
    for (list, light) in [(&dash.red, Light::Red), (&dash.not_reported, Light::Grey)] {
        assert_eq!(list.figure.count, share(light).count, "{light:?}");
        assert_eq!(list.figure.query.filter, share(light).query.filter);
        assert_eq!(list.tasks.len(), list.figure.count);
        assert!(list.tasks.iter().all(|t| t.status.light == light));
    }
    let behind: usize = dash.red_by_unit.iter().map(|u| u.red.count).sum();
    assert_eq!(behind, share(Light::Red).count);
    let lit: usize = dash.lights.iter().map(|s| s.figure.count).sum();
    assert_eq!(lit, dash.all.count);
    for g in dash.areas.iter().chain(&dash.goals) {
        let lit: usize = g.lights.iter().map(|s| s.figure.count).sum();
        assert_eq!(lit, g.tasks.count, "{}", g.title);
    }
    let in_areas: usize = dash.areas.iter().map(|g| g.tasks.count).sum();
    assert_eq!(in_areas, dash.all.count);
    // And every figure is its drill-down's row count.
    for f in dash.figures() {
        assert_eq!(f.count, f.query.filter.apply(plan, index).len());
    }
}

#[test]
fn panels_and_cards_agree_on_every_day() {
    let plan = sample_plan(Lang::En);
    for day in [
        d(2023, 1, 1),
        d(2023, 2, 15),
        d(2023, 2, 16),
        d(2023, 4, 20),
        d(2023, 9, 30),
        d(2023, 11, 10),
        d(2024, 1, 5),
    ] {
        let index = TaskIndex::build(&plan, day);
        let dash = Dashboard::build(&plan, &index);
        assert_figures_agree(&plan, &index, &dash);
    }
    let plan = county_plan();
    for day in [d(2024, 1, 20), d(2024, 2, 16), d(2024, 4, 2)] {
        let index = TaskIndex::build(&plan, day);
        let dash = Dashboard::build(&plan, &index);
        assert_figures_agree(&plan, &index, &dash);
    }
}

/// A county's 2024 plan as a clerk builds it on its first day: one goal, two
/// areas, two units, four tasks, no reports. Monthly reports, 15 grace days,
/// default thresholds (yellow behind 10 points, red behind 25).
///
/// | task | runs            | first report due        |
/// |------|-----------------|-------------------------|
/// | c1   | 01-01 .. 12-31  | 01-31 + 15 = 02-15      |
/// | c2   | 01-01 .. 03-31  | 02-15                   |
/// | c3   | 03-01 .. 06-30  | 03-31 + 15 = 04-15      |
/// | c4   | 01-10 .. 01-31  | 02-15, but by its deadline: 01-31 |
fn county_plan() -> Plan {
    let mut p = Plan::new(
        Id::new("county"),
        "County 2024",
        d(2024, 1, 1),
        d(2024, 12, 31),
    );
    p.level = Level::County;
    p.cadence = Cadence::Monthly;
    p.grace_days = 15;
    p.goals.push(Goal {
        id: Id::new("g"),
        title: "Growth".into(),
        description: String::new(),
    });
    for (a, goal) in [("a1", Some("g")), ("a2", None)] {
        p.areas.push(KeyArea {
            id: Id::new(a),
            title: a.to_string(),
            description: String::new(),
            goal: goal.map(Id::new),
        });
    }
    for u in ["u1", "u2"] {
        p.units.push(Unit {
            id: Id::new(u),
            name: u.to_string(),
            kind: UnitKind::Department,
            parent: None,
        });
    }
    let task =
        |id: &str, area: &str, lead: &str, start: Option<Date>, deadline: Option<Date>| Task {
            start,
            deadline,
            ..Task::new(id, id, id, area, lead)
        };
    p.tasks = vec![
        task("c1", "a1", "u1", None, Some(d(2024, 12, 31))),
        task("c2", "a1", "u2", None, Some(d(2024, 3, 31))),
        task("c3", "a2", "u1", Some(d(2024, 3, 1)), Some(d(2024, 6, 30))),
        task("c4", "a2", "u2", Some(d(2024, 1, 10)), Some(d(2024, 1, 31))),
    ];
    assert!(plan_tracker::validate::validate(&p).is_empty());
    p
}

fn statuses(plan: &Plan, index: &TaskIndex) -> Vec<(String, Status)> {
    index
        .rows
        .iter()
        .map(|r| (plan.tasks[r.index].code.clone(), r.status))
        .collect()
}

fn grey(reason: Reason) -> Status {
    Status {
        light: Light::Grey,
        reason,
    }
}

fn red(reason: Reason) -> Status {
    Status {
        light: Light::Red,
        reason,
    }
}

#[test]
fn a_brand_new_plan_is_grey_not_red() {
    let plan = county_plan();
    // 01-20: no first report is due yet.
    let index = TaskIndex::build(&plan, d(2024, 1, 20));
    let dash = Dashboard::build(&plan, &index);
    let first_due = d(2024, 2, 15);
    assert_eq!(
        statuses(&plan, &index),
        [
            ("c1".to_string(), grey(Reason::NoReport { first_due })),
            ("c2".to_string(), grey(Reason::NoReport { first_due })),
            // 01-20 → 03-01: 11 + 29 + 1 = 41 days.
            (
                "c3".to_string(),
                grey(Reason::NotStarted { starts_in_days: 41 })
            ),
            (
                "c4".to_string(),
                grey(Reason::NoReport {
                    first_due: d(2024, 1, 31)
                })
            ),
        ]
    );
    // c4 (01-10 .. 01-31) is 10 of 21 days gone, 47.6% expected: not red all the same.
    let counts: Vec<(Light, usize)> = dash
        .lights
        .iter()
        .map(|s| (s.light, s.figure.count))
        .collect();
    assert_eq!(
        counts,
        [
            (Light::Red, 0),
            (Light::Yellow, 0),
            (Light::Grey, 4),
            (Light::Green, 0),
            (Light::Completed, 0)
        ]
    );
    assert!(dash.red.tasks.is_empty() && dash.red_by_unit.is_empty());
    // The not-reported panel says the same 4: c3 and the rest, never reported.
    assert_eq!(dash.not_reported.figure.count, 4);
    assert_eq!(dash.progress, Some(0.0));
}

#[test]
fn one_day_after_the_first_report_fell_due() {
    let plan = county_plan();
    // 02-16: c1's and c2's first reports were due 02-15.
    let index = TaskIndex::build(&plan, d(2024, 2, 16));
    let dash = Dashboard::build(&plan, &index);
    let due = d(2024, 2, 15);
    assert_eq!(
        statuses(&plan, &index),
        [
            // 01-01 .. 12-31 is 365 days, 46 gone: 12.6% expected at 0%,
            // not more than 25 behind → grey, report missing.
            ("c1".to_string(), grey(Reason::FirstReportLate { due })),
            // 01-01 .. 03-31 is 90 days, 46 gone: 51.1% > 25 → red.
            (
                "c2".to_string(),
                red(Reason::ReportMissing {
                    due,
                    expected: 46.0 / 90.0 * 100.0
                })
            ),
            // 02-16 → 03-01: 13 + 1 = 14 days.
            (
                "c3".to_string(),
                grey(Reason::NotStarted { starts_in_days: 14 })
            ),
            // past its 01-31 deadline by 16 days: overdue, as before.
            (
                "c4".to_string(),
                red(Reason::Overdue {
                    days_over: 16,
                    progress: 0.0
                })
            ),
        ]
    );
    assert_eq!(codes(&dash.red), ["c4", "c2"]);
    assert_eq!(codes(&dash.not_reported), ["c1", "c3"]);
}

#[test]
fn a_long_missing_report_turns_red() {
    let plan = county_plan();
    // c1: 04-01 is day 31 + 29 + 31 = 91 of 365, 24.9% → still grey.
    let index = TaskIndex::build(&plan, d(2024, 4, 1));
    assert_eq!(
        index.rows[0].status,
        grey(Reason::FirstReportLate {
            due: d(2024, 2, 15)
        })
    );
    // 04-02 is day 92: 25.2% > 25 → red, with the day it fell due.
    let index = TaskIndex::build(&plan, d(2024, 4, 2));
    assert_eq!(
        index.rows[0].status,
        red(Reason::ReportMissing {
            due: d(2024, 2, 15),
            expected: 92.0 / 365.0 * 100.0
        })
    );
    // c3 (from 03-01) owes its first report by 04-15: grey until then.
    assert_eq!(
        index.rows[2].status,
        grey(Reason::NoReport {
            first_due: d(2024, 4, 15)
        })
    );
}

#[test]
fn a_units_reported_status_beside_the_computed_light() {
    let mut plan = county_plan();
    let report = |id: &str, date: Date, progress: f64, status: ReportedStatus| Update {
        status,
        ..Update::new(Id::new(id), Subject::Task(Id::new("c1")), date, progress)
    };
    // c1 reports 5% "on track" on 04-05. On 04-10 (day 100 of 365, 27.4%
    // expected) it is 22.4 points behind: more than 10, not more than 25 →
    // yellow, against the unit's "on track".
    plan.updates
        .push(report("r1", d(2024, 4, 5), 5.0, ReportedStatus::OnTrack));
    let index = TaskIndex::build(&plan, d(2024, 4, 10));
    let row = &index.rows[0];
    assert_eq!(row.status.light, Light::Yellow);
    assert_eq!(row.claim, Some(ReportedStatus::OnTrack));
    let en = Lang::En.catalog().task_reason(&row.status, row.claim);
    assert_eq!(
        en,
        "reported On track; shown yellow — 5% done, 27% expected by now"
    );
    let zh = Lang::Zh.catalog().task_reason(&row.status, row.claim);
    assert_eq!(
        zh,
        "单位报送“正常推进”，系统亮黄灯：已完成 5%，按时序应达 27%"
    );
    // A later report "at risk" agrees with yellow: nothing more is shown.
    plan.updates
        .push(report("r2", d(2024, 4, 8), 6.0, ReportedStatus::AtRisk));
    let index = TaskIndex::build(&plan, d(2024, 4, 10));
    assert_eq!(index.rows[0].status.light, Light::Yellow);
    assert_eq!(index.rows[0].claim, None);
    assert_eq!(
        Lang::En
            .catalog()
            .task_reason(&index.rows[0].status, index.rows[0].claim),
        "6% done, 27% expected by now"
    );
    // "behind" claims red; "at risk" with red shown is shown as such.
    plan.updates
        .push(report("r3", d(2024, 4, 9), 1.0, ReportedStatus::AtRisk));
    // 04-20: day 110, 30.1% expected, 29.1 behind > 25 → red.
    let index = TaskIndex::build(&plan, d(2024, 4, 20));
    let row = &index.rows[0];
    assert_eq!(row.status.light, Light::Red);
    assert_eq!(row.claim, Some(ReportedStatus::AtRisk));
    assert_eq!(
        Lang::En.catalog().task_reason(&row.status, row.claim),
        "reported At risk; shown red — lagging: 1% done, 30% expected by now"
    );
    // The red list by deadline: c4 and c2 overdue; c3 (03-01 .. 06-30, 50 of
    // 121 days gone) with its 04-15 report missing; then c1. Only c1 has a
    // report to disagree with.
    let dash = Dashboard::build(&plan, &index);
    let claims: Vec<(&str, Option<ReportedStatus>)> = dash
        .red
        .tasks
        .iter()
        .map(|t| (t.code.as_str(), t.claim))
        .collect();
    assert_eq!(
        claims,
        [
            ("c4", None),
            ("c2", None),
            ("c3", None),
            ("c1", Some(ReportedStatus::AtRisk))
        ]
    );
}

#[test]
fn the_help_text_is_worded_from_the_plans_settings() {
    use plan_tracker::i18n::dashboard::LightRules;
    let rules = LightRules {
        cadence: "Quarterly",
        cadence_days: 92,
        grace_days: 10,
        at_risk_lag: 7.5,
        lagging_lag: 20.0,
        warning_days: 12,
        plan_start: "2024-01-01",
        first_due: "2024-04-10",
    };
    for lang in Lang::ALL {
        let text = (lang.catalog().dashboard.lights_help)(&rules).join("\n");
        for figure in [
            "Quarterly",
            "92",
            "10",
            "7.5",
            "20",
            "12",
            "2024-01-01",
            "2024-04-10",
        ] {
            assert!(text.contains(figure), "{lang:?} lacks {figure}: {text}");
        }
        // 20.0 is written as 20, not 20.0.
        assert!(!text.contains("20.0"), "{text}");
    }
}

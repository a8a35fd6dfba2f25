//! The timeline's layout maths, with every expected figure worked out by hand.

use plan_tracker::i18n::Lang;
use plan_tracker::model::{
    Date, Id, KeyArea, Milestone, Phase, Plan, Project, Task, Tier, Unit, UnitKind,
};
use plan_tracker::query::{Grouping, Sort, SortKey, TaskFilter, TaskIndex, TaskQuery};
use plan_tracker::sample::sample_plan;
use plan_tracker::status::{Light, Reason};
use plan_tracker::timeline::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn at(place: Place) -> f64 {
    match place {
        Place::At(x) => x,
        other => panic!("expected a place on the axis, got {other:?}"),
    }
}

// ---- The axis ----

#[test]
fn a_common_year_has_365_days() {
    let axis = Axis::new(d(2023, 1, 1), d(2023, 12, 31));
    assert_eq!(axis.days(), 365);
    assert_eq!(axis.x(d(2023, 1, 1)), 0.0);
    // 1 July: 31 + 28 + 31 + 30 + 31 + 30 = 181 days in → 181 / 365.
    assert!(close(axis.x(d(2023, 7, 1)), 181.0 / 365.0 * 100.0));
    // The day after the last one is the right edge; days off the axis clamp.
    assert_eq!(axis.x(d(2024, 1, 1)), 100.0);
    assert_eq!(axis.x(d(2022, 6, 1)), 0.0);
    assert_eq!(axis.x(d(2025, 6, 1)), 100.0);
    // Reversed ends are put in order.
    assert_eq!(Axis::new(d(2023, 12, 31), d(2023, 1, 1)), axis);
}

#[test]
fn a_leap_year_has_366_days() {
    let axis = Axis::new(d(2024, 1, 1), d(2024, 12, 31));
    assert_eq!(axis.days(), 366);
    // 1 March 2024: 31 + 29 = 60 days in.
    assert!(close(axis.x(d(2024, 3, 1)), 60.0 / 366.0 * 100.0));
    // 29 February is a day of its own: the bar for February is 29 days wide,
    // from day 31.
    let feb = axis.extent(d(2024, 2, 1), d(2024, 2, 29)).unwrap();
    assert!(close(feb.left, 31.0 / 366.0 * 100.0));
    assert!(close(feb.width, 29.0 / 366.0 * 100.0));
    assert!(!feb.cut_start && !feb.cut_end);
    // A mark on 29 February sits in the middle of day 59.
    assert!(close(at(axis.place(d(2024, 2, 29))), 59.5 / 366.0 * 100.0));
    // Month ticks: twelve, March's at 60 / 366.
    let ticks = axis.ticks();
    assert_eq!(ticks.len(), 12);
    assert_eq!(ticks[2].date, d(2024, 3, 1));
    assert!(close(ticks[2].x, 60.0 / 366.0 * 100.0));
    assert_eq!(ticks[11].date, d(2024, 12, 1));
    // 1 December 2024: 335 days in (366 − 31).
    assert!(close(ticks[11].x, 335.0 / 366.0 * 100.0));
}

#[test]
fn marks_sit_mid_day_or_off_the_axis() {
    let axis = Axis::new(d(2023, 1, 1), d(2023, 12, 31));
    assert!(close(at(axis.place(d(2023, 1, 1))), 0.5 / 365.0 * 100.0));
    // 30 September: 243 + 29 = 272 days in.
    assert!(close(at(axis.place(d(2023, 9, 30))), 272.5 / 365.0 * 100.0));
    assert!(close(
        at(axis.place(d(2023, 12, 31))),
        364.5 / 365.0 * 100.0
    ));
    assert_eq!(axis.place(d(2022, 12, 31)), Place::Before);
    assert_eq!(axis.place(d(2024, 1, 1)), Place::After);
}

#[test]
fn bars_are_clamped_and_flagged_when_cut() {
    let axis = Axis::new(d(2023, 1, 1), d(2023, 12, 31));
    // One day: the width of one day.
    let one = axis.extent(d(2023, 1, 1), d(2023, 1, 1)).unwrap();
    assert_eq!(one.left, 0.0);
    assert!(close(one.width, 100.0 / 365.0));
    // The whole year: everything.
    let all = axis.extent(d(2023, 1, 1), d(2023, 12, 31)).unwrap();
    assert_eq!(
        (all.left, all.width, all.cut_start, all.cut_end),
        (0.0, 100.0, false, false)
    );
    // Begun before the axis, ending on 31 August (day 242): cut at the start,
    // reaching the end of day 242, i.e. 243 / 365.
    let early = axis.extent(d(2022, 9, 1), d(2023, 8, 31)).unwrap();
    assert_eq!(early.left, 0.0);
    assert!(close(early.width, 243.0 / 365.0 * 100.0));
    assert!(early.cut_start && !early.cut_end);
    // From 1 November (day 304) to beyond the axis: cut at the end.
    let late = axis.extent(d(2023, 11, 1), d(2025, 10, 31)).unwrap();
    assert!(close(late.left, 304.0 / 365.0 * 100.0));
    assert!(close(late.left + late.width, 100.0));
    assert!(!late.cut_start && late.cut_end);
    // Wholly before or after: no bar.
    assert_eq!(axis.extent(d(2022, 1, 1), d(2022, 12, 31)), None);
    assert_eq!(axis.extent(d(2024, 1, 1), d(2024, 3, 1)), None);
    // Dates given the wrong way round are taken in order.
    assert_eq!(axis.extent(d(2023, 8, 31), d(2022, 9, 1)), Some(early));
}

#[test]
fn tick_spacing_follows_the_span() {
    // A year: months, with the year on January's tick only.
    let year = Axis::new(d(2023, 1, 1), d(2023, 12, 31)).ticks();
    assert_eq!(year.len(), 12);
    assert!(year.iter().all(|t| t.scale == Scale::Month));
    assert_eq!(
        year.iter()
            .filter(|t| t.with_year)
            .map(|t| t.date)
            .collect::<Vec<_>>(),
        [d(2023, 1, 1)]
    );
    // Starting mid-month: the first tick is the next month's, and carries the year.
    let mid = Axis::new(d(2023, 1, 15), d(2023, 6, 30)).ticks();
    assert_eq!(
        mid.iter().map(|t| t.date).collect::<Vec<_>>(),
        [
            d(2023, 2, 1),
            d(2023, 3, 1),
            d(2023, 4, 1),
            d(2023, 5, 1),
            d(2023, 6, 1)
        ]
    );
    assert!(mid[0].with_year && !mid[1].with_year);
    // 1 February is 17 days after 15 January, on an axis of
    // 17 + 28 + 31 + 30 + 31 + 30 = 167 days.
    assert_eq!(Axis::new(d(2023, 1, 15), d(2023, 6, 30)).days(), 167);
    assert!(close(mid[0].x, 17.0 / 167.0 * 100.0));
    // Three years (1,096 days, 2024 a leap year): quarters.
    let three = Axis::new(d(2023, 1, 1), d(2025, 12, 31));
    assert_eq!(three.days(), 1096);
    let ticks = three.ticks();
    assert_eq!(ticks.len(), 12);
    assert!(ticks.iter().all(|t| t.scale == Scale::Quarter));
    assert_eq!(ticks[1].date, d(2023, 4, 1));
    assert_eq!(
        ticks.iter().filter(|t| t.with_year).count(),
        3,
        "one each January"
    );
    // 1 January 2024 is 365 days in.
    assert!(close(ticks[4].x, 365.0 / 1096.0 * 100.0));
    // An axis starting in May gets its first quarter tick on 1 July.
    let may = Axis::new(d(2023, 5, 10), d(2024, 12, 31)).ticks();
    assert_eq!(may[0].date, d(2023, 7, 1));
    // Ten years: a tick a year.
    let ten = Axis::new(d(2021, 1, 1), d(2030, 12, 31)).ticks();
    assert_eq!(ten.len(), 10);
    assert!(ten.iter().all(|t| t.scale == Scale::Year && t.with_year));
    // Eighteen months (546 days) is still months; nineteen is quarters.
    assert_eq!(
        Axis::new(d(2023, 1, 1), d(2024, 6, 30)).scale(),
        Scale::Month
    );
    assert_eq!(
        Axis::new(d(2023, 1, 1), d(2024, 7, 31)).scale(),
        Scale::Quarter
    );
}

// ---- The layout of a small plan ----

fn unit(id: &str) -> Unit {
    Unit {
        id: Id::new(id),
        name: format!("Unit {id}"),
        kind: UnitKind::Department,
        parent: None,
    }
}

fn task(id: &str, area: &str, lead: &str) -> Task {
    Task::new(
        id,
        id.trim_start_matches('t'),
        format!("Task {id}"),
        area,
        lead,
    )
}

fn project(id: &str, area: Option<&str>, lead: &str) -> Project {
    Project {
        id: Id::new(id),
        name: format!("Project {id}"),
        area: area.map(Id::new),
        lead: Id::new(lead),
        total_investment: 0.0,
        year_target: 0.0,
        completed_investment: 0.0,
        phase: Phase::UnderConstruction,
        planned_start: None,
        planned_end: None,
        actual_start: None,
        actual_end: None,
        batch: String::new(),
    }
}

/// A 2023 plan: areas a1, a2; units u1, u2, u3; tasks
/// - t1 (a2, lead u2): 2023-03-01 to 2023-06-30, a milestone done on 04-30
///   and one due 2024-02-01 (after the plan);
/// - t2 (a1, lead u1): no dates at all;
/// - t3 (a2, lead u2): 2023-07-01 to 2023-12-31;
///
/// projects p1 (a2, lead u3) planned 2022-09-01 to 2024-12-31, started
/// 2022-10-01; p2 (no area, lead u1) with no dates.
fn small_plan() -> Plan {
    let mut p = Plan::new(Id::new("p"), "P", d(2023, 1, 1), d(2023, 12, 31));
    p.areas = ["a1", "a2"]
        .iter()
        .map(|a| KeyArea {
            id: Id::new(*a),
            title: format!("Area {a}"),
            description: String::new(),
            goal: None,
        })
        .collect();
    p.units = vec![unit("u1"), unit("u2"), unit("u3")];
    let mut t1 = task("t1", "a2", "u2");
    t1.start = Some(d(2023, 3, 1));
    t1.deadline = Some(d(2023, 6, 30));
    t1.milestones = vec![
        Milestone {
            name: "half".into(),
            due: d(2023, 4, 30),
            done: Some(d(2023, 4, 28)),
        },
        Milestone {
            name: "after".into(),
            due: d(2024, 2, 1),
            done: None,
        },
    ];
    let t2 = task("t2", "a1", "u1");
    let mut t3 = task("t3", "a2", "u2");
    t3.start = Some(d(2023, 7, 1));
    t3.deadline = Some(d(2023, 12, 31));
    p.tasks = vec![t1, t2, t3];
    let mut p1 = project("p1", Some("a2"), "u3");
    p1.planned_start = Some(d(2022, 9, 1));
    p1.planned_end = Some(d(2024, 12, 31));
    p1.actual_start = Some(d(2022, 10, 1));
    p.projects = vec![p1, project("p2", None, "u1")];
    p
}

fn lay(plan: &Plan, today: Date, query: &TaskQuery, grouping: Grouping, limit: usize) -> Layout {
    let index = TaskIndex::build(plan, today);
    layout(plan, &index, query, grouping, limit)
}

fn task_of(row: &Row) -> &TaskBar {
    match row {
        Row::Task(t) => t,
        Row::Project(_) => panic!("expected a task row"),
    }
}

fn project_of(row: &Row) -> &ProjectBar {
    match row {
        Row::Project(p) => p,
        Row::Task(_) => panic!("expected a project row"),
    }
}

/// (key, projects?, number of rows) of each group.
fn shape(l: &Layout) -> Vec<(Option<&str>, bool, usize)> {
    l.groups
        .iter()
        .map(|g| (g.key.as_ref().map(|k| k.as_str()), g.projects, g.rows.len()))
        .collect()
}

#[test]
fn grouped_by_area_in_plan_order_then_projects() {
    let plan = small_plan();
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        PAGE,
    );
    assert_eq!(l.axis, Axis::new(d(2023, 1, 1), d(2023, 12, 31)));
    assert_eq!(l.ticks.len(), 12);
    assert_eq!((l.tasks, l.projects, l.shown), (3, 2, 5));
    assert!(!l.has_more());
    // a1 holds t2, a2 holds t1 and t3; then p1 under a2, p2 under "no area".
    assert_eq!(
        shape(&l),
        [
            (Some("a1"), false, 1),
            (Some("a2"), false, 2),
            (Some("a2"), true, 1),
            (None, true, 1)
        ]
    );
    assert_eq!(task_of(&l.groups[0].rows[0]).task, 1);
    assert_eq!(task_of(&l.groups[1].rows[0]).task, 0);
    assert_eq!(task_of(&l.groups[1].rows[1]).task, 2);
    // Today, 1 May (120 days in), sits mid-day.
    assert!(close(at(l.today), 120.5 / 365.0 * 100.0));
}

#[test]
fn grouped_by_lead_unit() {
    let plan = small_plan();
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Unit,
        PAGE,
    );
    assert_eq!(l.grouping, Grouping::Unit);
    // u1 leads t2, u2 leads t1 and t3, u3 none; p2 is u1's, p1 u3's.
    assert_eq!(
        shape(&l),
        [
            (Some("u1"), false, 1),
            (Some("u2"), false, 2),
            (Some("u1"), true, 1),
            (Some("u3"), true, 1)
        ]
    );
    assert_eq!(project_of(&l.groups[2].rows[0]).project, 1);
    assert_eq!(project_of(&l.groups[3].rows[0]).project, 0);
}

#[test]
fn a_task_without_dates_spans_the_plan() {
    let plan = small_plan();
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        PAGE,
    );
    let t2 = task_of(&l.groups[0].rows[0]);
    assert_eq!((t2.span.from, t2.span.to), (d(2023, 1, 1), d(2023, 12, 31)));
    assert!(!t2.span.own_from && !t2.span.own_to);
    let bar = t2.span.bar.unwrap();
    assert_eq!((bar.left, bar.width), (0.0, 100.0));
    assert!(t2.milestones.is_empty());
    // Never reported: 0%, and with no deadline of its own nothing is
    // expected of it by a day: grey for its missing report, not red.
    assert_eq!(t2.progress, 0.0);
    assert!(matches!(t2.status.reason, Reason::FirstReportLate { .. }));
}

#[test]
fn task_bar_and_milestones_inside_and_outside_the_range() {
    let plan = small_plan();
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        PAGE,
    );
    let t1 = task_of(&l.groups[1].rows[0]);
    assert!(t1.span.own_from && t1.span.own_to);
    // 1 March is day 59; 30 June is day 180, so the bar ends at 181.
    let bar = t1.span.bar.unwrap();
    assert!(close(bar.left, 59.0 / 365.0 * 100.0));
    assert!(close(bar.width, (181.0 - 59.0) / 365.0 * 100.0));
    assert_eq!(t1.milestones.len(), 2);
    // 30 April is day 119 (31 + 28 + 31 + 29): done, in the middle of its day.
    let m0 = &t1.milestones[0];
    assert_eq!(
        (m0.index, m0.due, m0.done, m0.late),
        (0, d(2023, 4, 30), true, false)
    );
    assert!(close(at(m0.place), 119.5 / 365.0 * 100.0));
    // Due 2024-02-01, after the axis: open, not placed on it.
    let m1 = &t1.milestones[1];
    assert_eq!(
        (m1.index, m1.done, m1.late, m1.place),
        (1, false, false, Place::After)
    );
    // On 2024-02-02 that one is late.
    let later = lay(
        &plan,
        d(2024, 2, 2),
        &TaskQuery::default(),
        Grouping::Area,
        PAGE,
    );
    assert!(task_of(&later.groups[1].rows[0]).milestones[1].late);
    assert!(!task_of(&later.groups[1].rows[0]).milestones[0].late);
    // The milestone does not widen the axis.
    assert_eq!(l.axis.end, d(2023, 12, 31));
}

#[test]
fn project_bars_planned_and_actual() {
    let plan = small_plan();
    let today = d(2023, 5, 1);
    let l = lay(&plan, today, &TaskQuery::default(), Grouping::Area, PAGE);
    let p1 = project_of(&l.groups[2].rows[0]);
    // Planned 2022-09-01 to 2024-12-31: cut at both ends of the 2023 axis.
    let planned = p1.planned.bar.unwrap();
    assert_eq!((planned.left, planned.width), (0.0, 100.0));
    assert!(planned.cut_start && planned.cut_end);
    // Actually under way since 2022-10-01: so far up to today (day 120, bar end 121).
    let actual = p1.actual.as_ref().unwrap();
    assert_eq!((actual.from, actual.to), (d(2022, 10, 1), today));
    assert!(actual.own_from && !actual.own_to);
    let bar = actual.bar.unwrap();
    assert_eq!(bar.left, 0.0);
    assert!(close(bar.width, 121.0 / 365.0 * 100.0));
    assert!(bar.cut_start && !bar.cut_end);
    // p2 has no dates: the plan period, and no actual bar.
    let p2 = project_of(&l.groups[3].rows[0]);
    assert_eq!(
        (p2.planned.from, p2.planned.to),
        (d(2023, 1, 1), d(2023, 12, 31))
    );
    assert!(!p2.planned.own_from && !p2.planned.own_to);
    assert_eq!(p2.actual, None);
}

#[test]
fn tasks_outside_the_plan_widen_the_axis() {
    let mut plan = small_plan();
    plan.tasks[2].deadline = Some(d(2024, 3, 31));
    plan.tasks[0].start = Some(d(2022, 11, 1));
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        PAGE,
    );
    assert_eq!(l.axis, Axis::new(d(2022, 11, 1), d(2024, 3, 31)));
    // 2022-11-01 to 2024-03-31: 30 + 31 + 365 + 31 + 29 + 31 = 517 days → months.
    assert_eq!(l.axis.days(), 517);
    assert_eq!(l.ticks.len(), 17);
    assert!(l.ticks[0].with_year && l.ticks[2].with_year && !l.ticks[1].with_year);
    // A filter that leaves those tasks out leaves the plan period.
    let q = TaskQuery {
        filter: TaskFilter {
            areas: vec![Id::new("a1")],
            ..TaskFilter::default()
        },
        sort: None,
    };
    let l = lay(&plan, d(2023, 5, 1), &q, Grouping::Area, PAGE);
    assert_eq!(l.axis, Axis::new(d(2023, 1, 1), d(2023, 12, 31)));
}

#[test]
fn rows_come_a_page_at_a_time() {
    let plan = small_plan();
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        2,
    );
    // Two rows: t2 in a1, t1 in a2; t3 and the projects wait.
    assert_eq!(shape(&l), [(Some("a1"), false, 1), (Some("a2"), false, 1)]);
    assert_eq!((l.shown, l.total()), (2, 5));
    // a2 holds t1 and t3: two, though one is shown.
    assert_eq!(l.groups.iter().map(|g| g.total).collect::<Vec<_>>(), [1, 2]);
    assert!(l.has_more());
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        4,
    );
    assert_eq!(
        shape(&l),
        [
            (Some("a1"), false, 1),
            (Some("a2"), false, 2),
            (Some("a2"), true, 1)
        ]
    );
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        0,
    );
    assert!(l.groups.is_empty());
}

#[test]
fn a_sort_orders_rows_within_their_group() {
    let plan = small_plan();
    let q = TaskQuery {
        filter: TaskFilter::default(),
        sort: Some(Sort {
            key: SortKey::Code,
            descending: true,
        }),
    };
    let l = lay(&plan, d(2023, 5, 1), &q, Grouping::Area, PAGE);
    // Groups stay in area order; within a2, t3 before t1.
    assert_eq!(task_of(&l.groups[1].rows[0]).task, 2);
    assert_eq!(task_of(&l.groups[1].rows[1]).task, 0);
}

#[test]
fn filters_that_apply_to_projects() {
    let plan = small_plan();
    let today = d(2023, 5, 1);
    let with = |filter: TaskFilter| {
        let q = TaskQuery { filter, sort: None };
        let l = lay(&plan, today, &q, Grouping::Area, PAGE);
        (l.tasks, l.projects)
    };
    // Area a2: t1, t3 and p1 (p2 has no area).
    assert_eq!(
        with(TaskFilter {
            areas: vec![Id::new("a2")],
            ..TaskFilter::default()
        }),
        (2, 1)
    );
    // Lead u1: t2 and p2.
    assert_eq!(
        with(TaskFilter {
            leads: vec![Id::new("u1")],
            ..TaskFilter::default()
        }),
        (1, 1)
    );
    // Text "p1" is in p1's name only; "unit u3" in p1's lead unit's name.
    assert_eq!(
        with(TaskFilter {
            text: "P1".into(),
            ..TaskFilter::default()
        }),
        (0, 1)
    );
    assert_eq!(
        with(TaskFilter {
            text: "unit u3".into(),
            ..TaskFilter::default()
        }),
        (0, 1)
    );
    // Both projects have no year target and no planned end passed: green.
    let (_, projects) = with(TaskFilter {
        lights: vec![Light::Green],
        ..TaskFilter::default()
    });
    assert_eq!(projects, 2);
    assert_eq!(
        with(TaskFilter {
            lights: vec![Light::Red],
            ..TaskFilter::default()
        })
        .1,
        0
    );
    // Deadline range on the planned end: p1 ends 2024-12-31, p2 has none.
    assert_eq!(
        with(TaskFilter {
            due_from: Some(d(2024, 1, 1)),
            ..TaskFilter::default()
        })
        .1,
        1
    );
    // A task-only filter (tier) shows no projects at all.
    assert_eq!(
        with(TaskFilter {
            tiers: vec![Tier::Regular],
            ..TaskFilter::default()
        }),
        (3, 0)
    );
}

// ---- The sample plan on 2023-09-30 ----

#[test]
fn the_sample_plan_by_area_and_the_red_rows() {
    let plan = sample_plan(Lang::En);
    let today = d(2023, 9, 30);
    let l = lay(&plan, today, &TaskQuery::default(), Grouping::Area, PAGE);
    assert_eq!(l.axis, Axis::new(d(2023, 1, 1), d(2023, 12, 31)));
    // 30 September: day 272 of 365.
    assert!(close(at(l.today), 272.5 / 365.0 * 100.0));
    assert_eq!((l.tasks, l.projects), (plan.tasks.len(), 8));
    // Thirteen areas of tasks, then projects under five areas, in area order.
    let keys: Vec<(&str, bool)> = l
        .groups
        .iter()
        .map(|g| (g.key.as_ref().unwrap().as_str(), g.projects))
        .collect();
    assert_eq!(keys.len(), 13 + 5);
    assert_eq!(keys[0], ("a-province", false));
    assert_eq!(
        keys[13..],
        [
            ("a-projects", true),
            ("a-innovation", true),
            ("a-convenience", true),
            ("a-advantages", true),
            ("a-xinzhou", true)
        ]
    );
    // Task 2.3 runs 2023-07-06 (day 186) to 2023-12-31, at 45%, on track.
    let t23 = l
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .filter_map(|r| match r {
            Row::Task(t) => Some(t),
            Row::Project(_) => None,
        })
        .find(|t| plan.tasks[t.task].code == "2.3")
        .unwrap();
    assert_eq!(
        (t23.span.from, t23.span.to),
        (d(2023, 7, 6), d(2023, 12, 31))
    );
    assert!(close(t23.span.bar.unwrap().left, 186.0 / 365.0 * 100.0));
    assert_eq!(t23.progress, 45.0);
    assert_eq!(t23.status.light, Light::Green);

    // Red only: six tasks and two projects (the new-energy vehicle parts
    // park, planned to start in November, is not yet expected to invest).
    let q = TaskQuery {
        filter: TaskFilter {
            lights: vec![Light::Red],
            ..TaskFilter::default()
        },
        sort: None,
    };
    let red = lay(&plan, today, &q, Grouping::Area, PAGE);
    let mut names = Vec::new();
    for row in red.groups.iter().flat_map(|g| &g.rows) {
        match row {
            Row::Task(t) => names.push(plan.tasks[t.task].code.clone()),
            Row::Project(p) => names.push(plan.projects[p.project].id.to_string()),
        }
    }
    assert_eq!(
        names,
        [
            "5.3",
            "7.3",
            "8.2",
            "9.1",
            "10.2",
            "13.4",
            "p-xd-roads",
            "p-xd-demo-park"
        ]
    );
}

#[test]
fn ten_thousand_tasks_come_a_page_at_a_time() {
    let mut plan = small_plan();
    plan.projects.clear();
    plan.tasks = (0..10_000)
        .map(|i| {
            let area = if i % 2 == 0 { "a1" } else { "a2" };
            task(&format!("t{i}"), area, "u1")
        })
        .collect();
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        PAGE,
    );
    // The first 200 in area order: 5,000 tasks in a1 come first, so a1 alone.
    assert_eq!(shape(&l), [(Some("a1"), false, 200)]);
    assert_eq!((l.shown, l.total()), (200, 10_000));
    // Its heading counts all 5,000 of a1, not the 200 shown.
    assert_eq!(l.groups[0].total, 5_000);
    assert!(l.has_more());
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        5_100,
    );
    assert_eq!(
        shape(&l),
        [(Some("a1"), false, 5_000), (Some("a2"), false, 100)]
    );
    // "Show the remaining": no limit at all shows every row, none left.
    let l = lay(
        &plan,
        d(2023, 5, 1),
        &TaskQuery::default(),
        Grouping::Area,
        usize::MAX,
    );
    assert_eq!(
        shape(&l),
        [(Some("a1"), false, 5_000), (Some("a2"), false, 5_000)]
    );
    assert_eq!((l.shown, l.total()), (10_000, 10_000));
    assert!(!l.has_more());
}

#[test]
fn the_layout_carries_the_filter_panels_counts_for_its_query() {
    let plan = sample_plan(Lang::En);
    let today = d(2023, 9, 30);
    let index = TaskIndex::build(&plan, today);
    for filter in [
        TaskFilter::default(),
        TaskFilter {
            overdue: true,
            ..TaskFilter::default()
        },
        TaskFilter {
            text: "digital".into(),
            ..TaskFilter::default()
        },
    ] {
        let query = TaskQuery { filter, sort: None };
        let chart = layout(&plan, &index, &query, Grouping::Unit, 3);
        assert_eq!(chart.facets, query.filter.facets(&plan, &index));
        assert_eq!(chart.tasks, query.filter.apply(&plan, &index).len());
    }
}

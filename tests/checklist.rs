//! The setup checklist of a new plan, the new-plan form's rules, and how the
//! sample plan is known: on an empty plan, a plan part way set up, and one
//! set up in full.

use plan_tracker::checklist::{shown_for, Checklist, Step};
use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::new_plan::{parse_date, FieldProblem, NewPlan};
use plan_tracker::route::Route;
use plan_tracker::sample::{is_sample_id, sample_plan, SAMPLE_ID};
use plan_tracker::validate::{validate, ProblemKind};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn empty() -> Plan {
    Plan::new(
        Id::new("plan-qibin"),
        "Qibin 2024",
        d(2024, 1, 1),
        d(2024, 12, 31),
    )
}

/// The first report of the sample on a task, taken into `plan` with the
/// task and unit it names.
fn first_task_report(plan: &mut Plan) -> Update {
    let sample = sample_plan(Lang::En);
    let u = sample
        .updates
        .iter()
        .find(|u| u.withdrawn.is_none() && matches!(u.subject, Subject::Task(_)))
        .unwrap()
        .clone();
    let Subject::Task(id) = &u.subject else {
        unreachable!()
    };
    let task = sample.tasks.iter().find(|t| &t.id == id).unwrap().clone();
    let area = sample
        .areas
        .iter()
        .find(|a| a.id == task.area)
        .unwrap()
        .clone();
    let lead = sample
        .units
        .iter()
        .find(|x| x.id == task.lead)
        .unwrap()
        .clone();
    plan.goals.push(sample.goals[0].clone());
    plan.areas.push(KeyArea { goal: None, ..area });
    plan.units.push(Unit {
        parent: None,
        ..lead
    });
    plan.tasks.push(Task {
        co_units: Vec::new(),
        ..task
    });
    u
}

fn done(c: &Checklist) -> Vec<bool> {
    c.steps.iter().map(|(_, d)| *d).collect()
}

#[test]
fn an_empty_plan_has_every_step_to_do() {
    let plan = empty();
    let c = Checklist::of(&plan);
    assert_eq!(
        c.steps.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
        Step::ALL.to_vec()
    );
    assert_eq!(done(&c), [false, false, false, false]);
    assert_eq!(c.done(), 0);
    assert!(!c.complete());
    assert_eq!(c.next(), Some(Step::GoalsAndAreas));
    assert!(shown_for(&plan));
}

#[test]
fn goals_without_areas_is_not_the_first_step_done() {
    let sample = sample_plan(Lang::En);
    let mut plan = empty();
    plan.goals.push(sample.goals[0].clone());
    assert!(!Step::GoalsAndAreas.done_in(&plan));
    plan.areas.push(KeyArea {
        goal: None,
        ..sample.areas[0].clone()
    });
    assert!(Step::GoalsAndAreas.done_in(&plan));
    assert!(validate(&plan).is_empty());
}

#[test]
fn areas_without_goals_are_the_first_step_done() {
    // Many county plans list key areas and tasks, and no strategic goal.
    let sample = sample_plan(Lang::En);
    let mut plan = empty();
    plan.areas.push(KeyArea {
        goal: None,
        ..sample.areas[0].clone()
    });
    assert!(plan.goals.is_empty());
    assert!(Step::GoalsAndAreas.done_in(&plan));
}

#[test]
fn part_way_ticks_each_step_on_its_own() {
    let sample = sample_plan(Lang::En);
    // Units first, before any goal: step 2 is ticked, step 1 still to do.
    let mut plan = empty();
    plan.units.push(Unit {
        parent: None,
        ..sample.units[0].clone()
    });
    let c = Checklist::of(&plan);
    assert_eq!(done(&c), [false, true, false, false]);
    assert_eq!(c.done(), 1);
    assert_eq!(c.next(), Some(Step::GoalsAndAreas));
    assert!(shown_for(&plan));

    // Goals, areas, units and a task, but no report yet.
    let mut plan = empty();
    let _report = first_task_report(&mut plan);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    let c = Checklist::of(&plan);
    assert_eq!(done(&c), [true, true, true, false]);
    assert_eq!(c.next(), Some(Step::FirstReport));
    assert!(!c.complete());
    assert!(shown_for(&plan));
}

#[test]
fn a_withdrawn_report_or_one_on_a_project_is_not_the_first_round() {
    let mut plan = empty();
    let mut report = first_task_report(&mut plan);
    report.withdrawn = Some(Withdrawal {
        date: report.date,
        by: "Office".into(),
        reason: "Wrong task".into(),
    });
    plan.updates.push(report.clone());
    assert!(!Step::FirstReport.done_in(&plan));

    let mut on_project = report.clone();
    on_project.withdrawn = None;
    on_project.subject = Subject::Project(Id::new("p-any"));
    plan.updates = vec![on_project];
    assert!(!Step::FirstReport.done_in(&plan));
}

#[test]
fn done_when_every_step_is_done_and_then_not_shown() {
    let mut plan = empty();
    let report = first_task_report(&mut plan);
    plan.updates.push(report);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    let c = Checklist::of(&plan);
    assert_eq!(done(&c), [true, true, true, true]);
    assert_eq!(c.done(), 4);
    assert!(c.complete());
    assert_eq!(c.next(), None);
    assert!(!shown_for(&plan));
}

#[test]
fn the_sample_is_complete_and_never_shows_the_checklist() {
    for lang in Lang::ALL {
        let sample = sample_plan(lang);
        assert!(Checklist::of(&sample).complete());
        assert!(!shown_for(&sample));
        // Even emptied, the sample is not a new plan to set up.
        let mut bare = sample.clone();
        bare.updates.clear();
        assert!(!shown_for(&bare));
    }
}

#[test]
fn each_step_links_where_it_is_done() {
    assert_eq!(Step::GoalsAndAreas.route(), Route::Setup);
    assert_eq!(Step::Units.route(), Route::Units);
    assert_eq!(Step::Tasks.route(), Route::Tasks(Default::default()));
    assert_eq!(Step::FirstReport.route(), Route::BulkReport(None));
}

#[test]
fn the_sample_is_known_by_its_id_not_its_title() {
    for lang in Lang::ALL {
        assert_eq!(sample_plan(lang).id.as_str(), SAMPLE_ID);
    }
    assert!(is_sample_id(&Id::new(SAMPLE_ID)));
    // A second copy kept beside an unreadable stored sample.
    assert!(is_sample_id(&Id::new("sample-shanxi-2023-2")));
    assert!(is_sample_id(&Id::new("sample-shanxi-2023-12")));
    assert!(!is_sample_id(&Id::new("sample-shanxi-2023-")));
    assert!(!is_sample_id(&Id::new("sample-shanxi-2023-copy")));
    assert!(!is_sample_id(&Id::new("sample-shanxi-20234")));
    assert!(!is_sample_id(&Id::new("plan-lmn3k2x0a9f3")));
    // A plan titled like the sample is still the user's own.
    let mut own = empty();
    own.title = sample_plan(Lang::En).title;
    assert!(shown_for(&own));
}

// ---------------------------------------------------------------------------
// The new-plan form

fn form() -> NewPlan {
    NewPlan {
        title: "  淇滨区2024年重点任务  ".into(),
        level: Some(Level::District),
        issuer: " 区委督查室 ".into(),
        cadence: Cadence::Quarterly,
        ..NewPlan::for_year_of(d(2024, 3, 15))
    }
}

#[test]
fn the_form_starts_on_this_calendar_year_with_no_level() {
    let f = NewPlan::for_year_of(d(2024, 3, 15));
    assert_eq!(f.start, "2024-01-01");
    assert_eq!(f.end, "2024-12-31");
    assert_eq!(f.level, None);
    assert_eq!(f.cadence, Cadence::Monthly);
    assert!(f.title.is_empty() && f.issuer.is_empty());
    // Opened on the last day of a leap year.
    let f = NewPlan::for_year_of(d(2028, 12, 31));
    assert_eq!(
        (f.start.as_str(), f.end.as_str()),
        ("2028-01-01", "2028-12-31")
    );
}

#[test]
fn a_filled_form_makes_an_empty_valid_plan() {
    let plan = form().build(Id::new("plan-new")).unwrap();
    assert_eq!(plan.id.as_str(), "plan-new");
    assert_eq!(plan.title, "淇滨区2024年重点任务");
    assert_eq!(plan.issuer, "区委督查室");
    assert_eq!(plan.level, Level::District);
    assert_eq!(plan.cadence, Cadence::Quarterly);
    assert_eq!((plan.start, plan.end), (d(2024, 1, 1), d(2024, 12, 31)));
    assert!(plan.goals.is_empty() && plan.units.is_empty() && plan.tasks.is_empty());
    assert!(plan.history.is_empty() && plan.updates.is_empty());
    assert!(validate(&plan).is_empty());
    assert!(shown_for(&plan));
    // The issuing office may be left for later.
    let plan = NewPlan {
        issuer: "   ".into(),
        ..form()
    }
    .build(Id::new("plan-new"))
    .unwrap();
    assert_eq!(plan.issuer, "");
}

#[test]
fn the_form_refuses_a_missing_level() {
    let f = NewPlan {
        level: None,
        ..form()
    };
    assert_eq!(
        f.build(Id::new("plan-new")).unwrap_err(),
        vec![("level", FieldProblem::NoLevel)]
    );
}

#[test]
fn the_form_says_every_field_wrong_at_once() {
    let f = NewPlan {
        title: "   ".into(),
        start: "2024-01-01".into(),
        end: "2023-12-31".into(),
        level: None,
        ..form()
    };
    assert_eq!(
        f.build(Id::new("plan-new")).unwrap_err(),
        vec![
            ("title", FieldProblem::Rule(ProblemKind::Empty)),
            ("end", FieldProblem::Rule(ProblemKind::EndBeforeStart)),
            ("level", FieldProblem::NoLevel),
        ]
    );
    let f = NewPlan {
        start: "2024/01/01".into(),
        end: "".into(),
        ..form()
    };
    assert_eq!(
        f.build(Id::new("plan-new")).unwrap_err(),
        vec![
            ("start", FieldProblem::NotADate),
            ("end", FieldProblem::NotADate),
        ]
    );
    // One bad date: the other is still checked against nothing wrong.
    let f = NewPlan {
        start: "2024-02-30".into(),
        ..form()
    };
    assert_eq!(
        f.build(Id::new("plan-new")).unwrap_err(),
        vec![("start", FieldProblem::NotADate)]
    );
}

#[test]
fn dates_are_read_as_a_date_field_writes_them() {
    assert_eq!(parse_date(" 2024-06-30 "), Some(d(2024, 6, 30)));
    assert_eq!(parse_date("2024-6-30"), Some(d(2024, 6, 30)));
    assert_eq!(parse_date("2024-02-30"), None);
    assert_eq!(parse_date("30/06/2024"), None);
    assert_eq!(parse_date(""), None);
}

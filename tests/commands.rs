//! `command::apply`: every change returns its exact inverse, and every
//! refused change leaves the plan exactly as it was.

use plan_tracker::command::{apply, Command, CommandError, Header};
use plan_tracker::model::*;
use plan_tracker::period::Period;
use plan_tracker::validate::{validate, Entity, Kind, ProblemKind};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s)
}

fn goal(i: &str) -> Goal {
    Goal {
        id: id(i),
        title: format!("目标 {i}"),
        description: String::new(),
    }
}

fn area(i: &str, goal: Option<&str>) -> KeyArea {
    KeyArea {
        id: id(i),
        title: format!("领域 {i}"),
        description: String::new(),
        goal: goal.map(id),
    }
}

fn unit(i: &str, parent: Option<&str>) -> Unit {
    Unit {
        id: id(i),
        name: format!("单位 {i}"),
        kind: UnitKind::Department,
        parent: parent.map(id),
    }
}

fn task(i: &str, code: &str, area: &str, lead: &str) -> Task {
    Task::new(i, code, format!("任务 {i}"), area, lead)
}

fn project(i: &str, lead: &str) -> Project {
    Project {
        id: id(i),
        name: format!("项目 {i}"),
        area: None,
        lead: id(lead),
        total_investment: 1000.0,
        year_target: 300.0,
        completed_investment: 120.5,
        phase: Phase::UnderConstruction,
        planned_start: Some(d(2023, 1, 1)),
        planned_end: Some(d(2024, 6, 30)),
        actual_start: None,
        actual_end: None,
        batch: String::new(),
    }
}

fn indicator(i: &str) -> Indicator {
    Indicator {
        id: id(i),
        name: format!("指标 {i}"),
        measure: "%".into(),
        category: String::new(),
        direction: Direction::HigherIsBetter,
        nature: Nature::Binding,
        tally: Tally::Level,
        baseline: Some(Baseline {
            year: 2020,
            value: 55.5,
        }),
        target: Some(Target {
            year: 2025,
            aim: Aim::AtLeast { value: 60.0 },
        }),
        actuals: vec![Actual {
            period: "2023-H1".parse().unwrap(),
            value: 57.25,
            note: String::new(),
        }],
        weight: 1.0,
        area: None,
    }
}

fn report(i: &str, subject: Subject, date: Date, progress: f64) -> Update {
    Update {
        narrative: format!("进展 {i}"),
        ..Update::new(id(i), subject, date, progress)
    }
}

fn withdrawal() -> Withdrawal {
    Withdrawal {
        date: d(2023, 5, 1),
        by: "督查室".into(),
        reason: "数据有误".into(),
    }
}

/// Goals g1 g2; areas a1 (under g1) a2; units u1, u2 (under u1), u3;
/// indicator i1; tasks t1 t2 t3; project p1; reports on t1, p1, t1, t2.
fn small_plan() -> Plan {
    let mut p = Plan::new(id("plan"), "测试规划", d(2023, 1, 1), d(2025, 12, 31));
    p.goals = vec![goal("g1"), goal("g2")];
    p.areas = vec![area("a1", Some("g1")), area("a2", None)];
    p.units = vec![unit("u1", None), unit("u2", Some("u1")), unit("u3", None)];
    p.indicators = vec![indicator("i1")];
    let mut t1 = task("t1", "1.1", "a1", "u1");
    t1.co_units = vec![id("u2")];
    t1.requirement = Requirement {
        text: "达到 60%".into(),
        indicator: Some(id("i1")),
    };
    t1.start = Some(d(2023, 1, 1));
    t1.deadline = Some(d(2023, 12, 31));
    let t2 = task("t2", "1.2", "a1", "u2");
    let t3 = task("t3", "", "a2", "u1");
    p.tasks = vec![t1, t2, t3];
    p.projects = vec![project("p1", "u1")];
    p.updates = vec![
        report("r1", Subject::Task(id("t1")), d(2023, 3, 31), 20.0),
        report("r2", Subject::Project(id("p1")), d(2023, 3, 31), 10.0),
        report("r3", Subject::Task(id("t1")), d(2023, 6, 30), 45.5),
        report("r4", Subject::Task(id("t2")), d(2023, 6, 30), 30.0),
    ];
    assert!(validate(&p).is_empty(), "{:?}", validate(&p));
    p
}

/// Apply `cmd`, check the plan stays valid, apply the inverse, check the plan is back.
fn apply_and_undo(cmd: Command) -> (Plan, Command) {
    let original = small_plan();
    let mut plan = original.clone();
    let inverse = apply(&mut plan, cmd).expect("applies");
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    assert_ne!(plan, original, "the command changed nothing");
    let changed = plan.clone();
    apply(&mut plan, inverse.clone()).expect("inverse applies");
    assert_eq!(plan, original);
    (changed, inverse)
}

fn refused(cmd: Command) -> CommandError {
    let original = small_plan();
    let mut plan = original.clone();
    let err = apply(&mut plan, cmd).expect_err("refused");
    assert_eq!(plan, original, "a refused command changed the plan");
    err
}

#[test]
fn a_unit_named_as_another_is_refused_spaces_case_and_width_aside() {
    // small_plan's u2 is "单位 u2".
    for name in ["单位 u2", "单位u2　", " 单位 U2", "单位 ｕ２"] {
        let mut twin = unit("u9", None);
        twin.name = name.into();
        let err = refused(Command::Put {
            entity: Entity::Unit(twin),
            at: None,
        });
        let CommandError::Invalid(problems) = err else {
            panic!("{err:?}");
        };
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "name");
        assert_eq!(
            problems[0].kind,
            ProblemKind::DuplicateName(name.trim().to_string())
        );
    }
    // A unit keeps its own name when edited; another name is its own.
    let mut u2 = small_plan().units[1].clone();
    assert_eq!(u2.id, id("u2"));
    u2.kind = UnitKind::City;
    apply_and_undo(Command::Put {
        entity: Entity::Unit(u2),
        at: None,
    });
    let mut other = unit("u9", None);
    other.name = "单位 u22".into();
    apply_and_undo(Command::Put {
        entity: Entity::Unit(other),
        at: None,
    });
    // A plan that already has two units of one name is still a valid plan.
    let mut plan = small_plan();
    plan.units[0].name = plan.units[1].name.clone();
    assert!(validate(&plan).is_empty());
}

#[test]
fn put_new_task_then_undo() {
    let new = task("t9", "9.9", "a2", "u3");
    let (changed, inverse) = apply_and_undo(Command::Put {
        entity: Entity::Task(new.clone()),
        at: None,
    });
    assert_eq!(changed.tasks.last(), Some(&new));
    assert_eq!(
        inverse,
        Command::Remove {
            kind: Kind::Task,
            id: id("t9")
        }
    );
}

#[test]
fn put_new_task_at_position_then_undo() {
    let new = task("t9", "", "a2", "u3");
    let (changed, _) = apply_and_undo(Command::Put {
        entity: Entity::Task(new.clone()),
        at: Some(1),
    });
    assert_eq!(changed.tasks[1], new);
    // A position past the end appends.
    let (changed, _) = apply_and_undo(Command::Put {
        entity: Entity::Task(new.clone()),
        at: Some(99),
    });
    assert_eq!(changed.tasks[3], new);
}

#[test]
fn replace_task_then_undo() {
    let mut t2 = small_plan().tasks[1].clone();
    t2.title = "新标题 \"quoted\" <b>".into();
    t2.co_units = vec![id("u1"), id("u3")];
    let (changed, inverse) = apply_and_undo(Command::Put {
        entity: Entity::Task(t2.clone()),
        at: None,
    });
    assert_eq!(changed.tasks[1], t2);
    // Given back as the fields it changed, set back on the task as it is
    // then.
    assert_eq!(
        inverse,
        Command::Edit {
            before: Entity::Task(t2),
            after: Entity::Task(small_plan().tasks[1].clone()),
        }
    );
}

#[test]
fn replace_and_move_task_then_undo() {
    let mut t1 = small_plan().tasks[0].clone();
    t1.weight = 2.5;
    let (changed, _) = apply_and_undo(Command::Put {
        entity: Entity::Task(t1.clone()),
        at: Some(2),
    });
    assert_eq!(changed.tasks[2], t1);
    assert_eq!(
        changed
            .tasks
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>(),
        ["t2", "t3", "t1"]
    );
}

#[test]
fn removing_a_unit_in_use_is_refused() {
    match refused(Command::Remove {
        kind: Kind::Unit,
        id: id("u2"),
    }) {
        CommandError::InUse {
            kind,
            id: which,
            by,
        } => {
            assert_eq!(kind, Kind::Unit);
            assert_eq!(which, id("u2"));
            // t1 has u2 as a co-unit, t2 as its lead.
            assert_eq!(by, vec![(Kind::Task, id("t1")), (Kind::Task, id("t2"))]);
        }
        other => panic!("expected InUse, got {other:?}"),
    }
    match refused(Command::Remove {
        kind: Kind::Unit,
        id: id("u1"),
    }) {
        CommandError::InUse { by, .. } => assert_eq!(
            by,
            vec![
                (Kind::Unit, id("u2")),
                (Kind::Task, id("t1")),
                (Kind::Task, id("t3")),
                (Kind::Project, id("p1")),
            ]
        ),
        other => panic!("expected InUse, got {other:?}"),
    }
}

#[test]
fn removing_other_entities_in_use_is_refused() {
    for (kind, which, by) in [
        (Kind::Goal, "g1", vec![(Kind::Area, id("a1"))]),
        (
            Kind::Area,
            "a1",
            vec![(Kind::Task, id("t1")), (Kind::Task, id("t2"))],
        ),
        (Kind::Indicator, "i1", vec![(Kind::Task, id("t1"))]),
    ] {
        assert_eq!(
            refused(Command::Remove {
                kind,
                id: id(which)
            }),
            CommandError::InUse {
                kind,
                id: id(which),
                by
            }
        );
    }
}

#[test]
fn removing_unused_entities_then_undo() {
    for (kind, which) in [
        (Kind::Goal, "g2"),
        (Kind::Unit, "u3"),
        (Kind::Update, "r2"),
        (Kind::Task, "t3"),
    ] {
        if kind == Kind::Unit {
            // u3 leads t3; free it first through a batch.
            let mut t3 = small_plan().tasks[2].clone();
            t3.lead = id("u2");
            apply_and_undo(Command::Batch(vec![
                Command::Put {
                    entity: Entity::Task(t3),
                    at: None,
                },
                Command::Remove {
                    kind,
                    id: id(which),
                },
            ]));
        } else {
            let (changed, _) = apply_and_undo(Command::Remove {
                kind,
                id: id(which),
            });
            assert!(!plan_tracker::validate::exists(&changed, kind, &id(which)));
        }
    }
}

#[test]
fn removing_a_missing_entity_is_not_found() {
    assert_eq!(
        refused(Command::Remove {
            kind: Kind::Task,
            id: id("nope")
        }),
        CommandError::NotFound(Kind::Task, id("nope"))
    );
}

#[test]
fn removing_a_task_removes_its_reports_and_undo_restores_them_in_place() {
    let original = small_plan();
    let mut plan = original.clone();
    let inverse = apply(
        &mut plan,
        Command::Remove {
            kind: Kind::Task,
            id: id("t1"),
        },
    )
    .unwrap();
    assert!(plan.task(&id("t1")).is_none());
    assert_eq!(
        plan.updates
            .iter()
            .map(|u| u.id.as_str())
            .collect::<Vec<_>>(),
        ["r2", "r4"]
    );
    assert!(validate(&plan).is_empty());
    match &inverse {
        Command::Batch(cmds) => assert_eq!(cmds.len(), 3),
        other => panic!("expected a batch, got {other:?}"),
    }
    apply(&mut plan, inverse).unwrap();
    assert_eq!(plan, original);
}

#[test]
fn removing_a_project_removes_its_reports_and_undo_restores_them() {
    let original = small_plan();
    let mut plan = original.clone();
    let inverse = apply(
        &mut plan,
        Command::Remove {
            kind: Kind::Project,
            id: id("p1"),
        },
    )
    .unwrap();
    assert!(plan.update(&id("r2")).is_none());
    assert_eq!(plan.updates.len(), 3);
    apply(&mut plan, inverse).unwrap();
    assert_eq!(plan, original);
}

#[test]
fn a_report_cannot_be_replaced_but_can_be_withdrawn_and_reinstated() {
    let mut changed = small_plan().updates[0].clone();
    changed.progress = 99.0;
    assert_eq!(
        refused(Command::Put {
            entity: Entity::Update(changed),
            at: None,
        }),
        CommandError::ReportImmutable(id("r1"))
    );

    let original = small_plan();
    let mut plan = original.clone();
    let undo = apply(
        &mut plan,
        Command::Withdraw {
            update: id("r3"),
            withdrawal: Some(withdrawal()),
        },
    )
    .unwrap();
    assert_eq!(
        plan.update(&id("r3")).unwrap().withdrawn,
        Some(withdrawal())
    );
    assert_eq!(
        plan.updates.len(),
        original.updates.len(),
        "the report stays"
    );
    // With r3 withdrawn, t1's progress falls back to r1.
    assert_eq!(plan.progress_of(&Subject::Task(id("t1"))), 20.0);
    assert_eq!(
        undo,
        Command::Withdraw {
            update: id("r3"),
            withdrawal: None
        }
    );

    // Reinstating is a withdraw with None; its inverse withdraws again.
    let redo = apply(&mut plan, undo).unwrap();
    assert_eq!(plan, original);
    assert_eq!(plan.progress_of(&Subject::Task(id("t1"))), 45.5);
    assert_eq!(
        redo,
        Command::Withdraw {
            update: id("r3"),
            withdrawal: Some(withdrawal())
        }
    );

    assert_eq!(
        refused(Command::Withdraw {
            update: id("nope"),
            withdrawal: Some(withdrawal()),
        }),
        CommandError::NotFound(Kind::Update, id("nope"))
    );
}

#[test]
fn a_new_report_can_be_put_and_undone() {
    let r = report("r9", Subject::Project(id("p1")), d(2023, 9, 30), 60.0);
    let (changed, inverse) = apply_and_undo(Command::Put {
        entity: Entity::Update(r.clone()),
        at: None,
    });
    assert_eq!(changed.updates.last(), Some(&r));
    assert_eq!(
        inverse,
        Command::Remove {
            kind: Kind::Update,
            id: id("r9")
        }
    );
}

#[test]
fn move_then_undo() {
    let (changed, inverse) = apply_and_undo(Command::Move {
        kind: Kind::Task,
        id: id("t1"),
        to: 2,
    });
    assert_eq!(
        changed
            .tasks
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>(),
        ["t2", "t3", "t1"]
    );
    assert_eq!(
        inverse,
        Command::Move {
            kind: Kind::Task,
            id: id("t1"),
            to: 0
        }
    );
    let (changed, _) = apply_and_undo(Command::Move {
        kind: Kind::Unit,
        id: id("u3"),
        to: 0,
    });
    assert_eq!(
        changed
            .units
            .iter()
            .map(|u| u.id.as_str())
            .collect::<Vec<_>>(),
        ["u3", "u1", "u2"]
    );
}

#[test]
fn bad_moves_are_refused() {
    assert_eq!(
        refused(Command::Move {
            kind: Kind::Task,
            id: id("t1"),
            to: 3
        }),
        CommandError::BadPosition(3)
    );
    assert_eq!(
        refused(Command::Move {
            kind: Kind::Task,
            id: id("nope"),
            to: 0
        }),
        CommandError::NotFound(Kind::Task, id("nope"))
    );
}

#[test]
fn a_batch_whose_third_command_fails_changes_nothing() {
    let mut t2 = small_plan().tasks[1].clone();
    t2.title = "改".into();
    let err = refused(Command::Batch(vec![
        Command::Put {
            entity: Entity::Unit(unit("u9", Some("u1"))),
            at: None,
        },
        Command::Put {
            entity: Entity::Task(t2),
            at: Some(0),
        },
        Command::Remove {
            kind: Kind::Unit,
            id: id("u1"),
        },
        Command::Move {
            kind: Kind::Goal,
            id: id("g2"),
            to: 0,
        },
    ]));
    assert!(matches!(err, CommandError::InUse { .. }), "{err:?}");
}

#[test]
fn a_batch_that_removes_a_task_with_reports_then_fails_restores_them() {
    let err = refused(Command::Batch(vec![
        Command::Remove {
            kind: Kind::Task,
            id: id("t1"),
        },
        Command::Withdraw {
            update: id("r4"),
            withdrawal: Some(withdrawal()),
        },
        Command::Withdraw {
            update: id("r1"),
            withdrawal: Some(withdrawal()),
        },
    ]));
    assert_eq!(err, CommandError::NotFound(Kind::Update, id("r1")));
}

#[test]
fn a_successful_batch_undoes_in_reverse() {
    let (changed, _) = apply_and_undo(Command::Batch(vec![
        Command::Put {
            entity: Entity::Unit(unit("u9", Some("u2"))),
            at: Some(0),
        },
        Command::Put {
            entity: Entity::Task(task("t9", "3.1", "a2", "u9")),
            at: None,
        },
        Command::Put {
            entity: Entity::Update(report("r9", Subject::Task(id("t9")), d(2023, 4, 1), 5.0)),
            at: Some(0),
        },
        Command::Remove {
            kind: Kind::Goal,
            id: id("g2"),
        },
    ]));
    assert_eq!(changed.units[0].id, id("u9"));
    assert_eq!(changed.updates[0].id, id("r9"));
}

#[test]
fn put_with_a_bad_reference_is_invalid_at_its_path() {
    let mut t = task("t9", "", "a1", "u1");
    t.co_units = vec![id("u1"), id("ghost")];
    t.requirement.indicator = Some(id("i-none"));
    match refused(Command::Put {
        entity: Entity::Task(t),
        at: None,
    }) {
        CommandError::Invalid(problems) => {
            let got: Vec<_> = problems
                .iter()
                .map(|p| (p.path.as_str(), &p.kind))
                .collect();
            assert_eq!(
                got,
                vec![
                    (
                        "co_units[1]",
                        &ProblemKind::Missing(Kind::Unit, id("ghost"))
                    ),
                    (
                        "requirement.indicator",
                        &ProblemKind::Missing(Kind::Indicator, id("i-none"))
                    ),
                ]
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    match refused(Command::Put {
        entity: Entity::Task(task("t9", "", "a9", "u1")),
        at: None,
    }) {
        CommandError::Invalid(problems) => {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].path, "area");
            assert_eq!(problems[0].kind, ProblemKind::Missing(Kind::Area, id("a9")));
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    match refused(Command::Put {
        entity: Entity::Update(report(
            "r9",
            Subject::Project(id("p9")),
            d(2023, 1, 1),
            101.0,
        )),
        at: None,
    }) {
        CommandError::Invalid(problems) => {
            let got: Vec<_> = problems
                .iter()
                .map(|p| (p.path.as_str(), &p.kind))
                .collect();
            assert_eq!(
                got,
                vec![
                    ("subject", &ProblemKind::Missing(Kind::Project, id("p9"))),
                    ("progress", &ProblemKind::PercentOutOfRange),
                ]
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn put_making_a_unit_cycle_is_invalid() {
    match refused(Command::Put {
        entity: Entity::Unit(unit("u1", Some("u2"))),
        at: None,
    }) {
        CommandError::Invalid(problems) => {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].path, "parent");
            assert_eq!(problems[0].kind, ProblemKind::UnitCycle);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn duplicate_task_code_is_refused() {
    let t = task("t9", " 1.2", "a1", "u1");
    match refused(Command::Put {
        entity: Entity::Task(t),
        at: None,
    }) {
        CommandError::Invalid(problems) => {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].path, "code");
            assert_eq!(problems[0].kind, ProblemKind::DuplicateCode(" 1.2".into()));
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    // A task keeps its own code when replaced, and empty codes never clash.
    let t1 = small_plan().tasks[0].clone();
    apply_and_undo(Command::Put {
        entity: Entity::Task(Task { weight: 3.0, ..t1 }),
        at: None,
    });
    apply_and_undo(Command::Put {
        entity: Entity::Task(task("t9", "", "a1", "u1")),
        at: None,
    });
}

#[test]
fn set_header_then_undo_and_bad_header_refused() {
    let mut h = Header::of(&small_plan());
    h.title = "新规划".into();
    h.cadence = Cadence::Quarterly;
    h.thresholds.warning_days = 30;
    let (changed, _) = apply_and_undo(Command::SetHeader(h.clone()));
    assert_eq!(changed.title, "新规划");

    h.end = d(2022, 1, 1);
    h.thresholds.at_risk_lag = -1.0;
    match refused(Command::SetHeader(h)) {
        CommandError::Invalid(problems) => {
            let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
            assert_eq!(paths, ["end", "thresholds.at_risk_lag"]);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// Random command sequences
// ---------------------------------------------------------------------------

const GOALS: &[&str] = &["g1", "g2", "g-new"];
const AREAS: &[&str] = &["a1", "a2", "a-new"];
const UNITS: &[&str] = &["u1", "u2", "u3", "u-new", "u-new2"];
const TASKS: &[&str] = &["t1", "t2", "t3", "t-new", "t-new2"];
const PROJECTS: &[&str] = &["p1", "p-new"];
const INDICATORS: &[&str] = &["i1", "i-new"];
const UPDATES: &[&str] = &["r1", "r2", "r3", "r4", "r-new", "r-new2"];
const STEPS: &[&str] = &["s1", "s2", "s3", "s4", "s5"];
const NOTICES: &[&str] = &["n1", "n2", "n3"];
const CODES: &[&str] = &["", " ", "1.1", "1.2", "2.1", "9"];
const KINDS: &[Kind] = &[
    Kind::Goal,
    Kind::Area,
    Kind::Unit,
    Kind::Task,
    Kind::Project,
    Kind::Indicator,
    Kind::Update,
    Kind::Step,
    Kind::Notice,
];

fn one_of(list: &'static [&'static str]) -> impl Strategy<Value = Id> {
    prop::sample::select(list).prop_map(Id::new)
}

fn any_id_of(kind: Kind) -> BoxedStrategy<Id> {
    match kind {
        Kind::Goal => one_of(GOALS).boxed(),
        Kind::Area => one_of(AREAS).boxed(),
        Kind::Unit => one_of(UNITS).boxed(),
        Kind::Task => one_of(TASKS).boxed(),
        Kind::Project => one_of(PROJECTS).boxed(),
        Kind::Indicator => one_of(INDICATORS).boxed(),
        Kind::Update => one_of(UPDATES).boxed(),
        Kind::Step => one_of(STEPS).boxed(),
        Kind::Notice => one_of(NOTICES).boxed(),
    }
}

fn day() -> impl Strategy<Value = Date> {
    (0i64..1500).prop_map(|n| d(2022, 1, 1) + chrono::Days::new(n as u64))
}

fn maybe_dates() -> impl Strategy<Value = (Option<Date>, Option<Date>)> {
    (prop::option::of(day()), prop::option::of(day()))
}

fn title() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just("名称".to_string()),
        1 => Just("<script>\"x\"</script>".to_string()),
        1 => Just(" ".to_string()),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.0..150.0f64,
        1 => Just(-1.0),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
    ]
}

fn entity() -> impl Strategy<Value = Entity> {
    prop_oneof![
        (one_of(GOALS), title()).prop_map(|(id, title)| Entity::Goal(Goal {
            id,
            title,
            description: String::new()
        })),
        (one_of(AREAS), title(), prop::option::of(one_of(GOALS))).prop_map(|(id, title, goal)| {
            Entity::Area(KeyArea {
                id,
                title,
                description: String::new(),
                goal,
            })
        }),
        (one_of(UNITS), title(), prop::option::of(one_of(UNITS))).prop_map(|(id, name, parent)| {
            Entity::Unit(Unit {
                id,
                name,
                kind: UnitKind::Town,
                parent,
            })
        }),
        (
            (one_of(TASKS), prop::sample::select(CODES), title()),
            (
                one_of(AREAS),
                one_of(UNITS),
                prop::collection::vec(one_of(UNITS), 0..2)
            ),
            maybe_dates(),
            (prop::option::of(one_of(INDICATORS)), number()),
        )
            .prop_map(
                |((id, code, title), (area, lead, co_units), (start, deadline), (ind, weight))| {
                    Entity::Task(Task {
                        tier: Tier::Key,
                        co_units,
                        start,
                        deadline,
                        requirement: Requirement {
                            text: String::new(),
                            indicator: ind,
                        },
                        weight,
                        ..Task::new(id, code, title, area, lead)
                    })
                }
            ),
        (
            one_of(PROJECTS),
            prop::option::of(one_of(AREAS)),
            one_of(UNITS),
            number(),
            maybe_dates(),
        )
            .prop_map(|(id, area, lead, money, (s, e))| {
                let mut p = project(id.as_str(), lead.as_str());
                p.area = area;
                p.completed_investment = money;
                p.planned_start = s;
                p.planned_end = e;
                Entity::Project(p)
            }),
        (
            one_of(INDICATORS),
            prop::option::of(one_of(AREAS)),
            prop::collection::vec(
                // A year past 9999 cannot be written in a file: refused.
                prop::sample::select(
                    &[
                        Period::Year(2023),
                        Period::Quarter(2023, 2),
                        Period::Year(10_000)
                    ][..]
                ),
                0..3
            ),
        )
            .prop_map(|(id, area, periods)| {
                let mut i = indicator(id.as_str());
                i.area = area;
                i.actuals = periods
                    .into_iter()
                    .map(|p| Actual {
                        period: p,
                        value: 1.5,
                        note: String::new(),
                    })
                    .collect();
                Entity::Indicator(i)
            }),
        (
            one_of(UPDATES),
            any::<bool>(),
            one_of(TASKS),
            one_of(PROJECTS),
            day(),
            number()
        )
            .prop_map(|(id, on_task, t, p, date, progress)| {
                let subject = if on_task {
                    Subject::Task(t)
                } else {
                    Subject::Project(p)
                };
                Entity::Update(report(id.as_str(), subject, date, progress))
            }),
        (
            one_of(STEPS),
            one_of(TASKS),
            prop::sample::select(<StepKind as Choice>::ALL),
            day(),
            prop::sample::select(&["", "evidence"][..]),
        )
            .prop_map(|(id, task, kind, date, text)| {
                Entity::Step(Step {
                    id,
                    task,
                    kind,
                    date,
                    by: String::new(),
                    note: text.to_string(),
                    reasons: text.to_string(),
                })
            }),
        (
            (one_of(NOTICES), prop::sample::select(&["N1", "N2", ""][..])),
            (one_of(TASKS), one_of(UNITS)),
            (day(), day()),
            prop::option::of(day()),
        )
            .prop_map(|((id, number), (task, unit), (issued, due), reply)| {
                Entity::Notice(Notice {
                    id,
                    number: number.to_string(),
                    task,
                    unit,
                    level: NoticeLevel::Chase,
                    issued,
                    asked: "reply".into(),
                    reply_due: due,
                    reply: reply.map(|date| Reply {
                        date,
                        text: "done".into(),
                        by: String::new(),
                    }),
                })
            }),
    ]
}

fn simple_command() -> impl Strategy<Value = Command> {
    let kind = prop::sample::select(KINDS);
    prop_oneof![
        3 => (entity(), prop::option::of(0usize..8))
            .prop_map(|(entity, at)| Command::Put { entity, at }),
        2 => kind
            .clone()
            .prop_flat_map(|k| any_id_of(k).prop_map(move |id| Command::Remove { kind: k, id })),
        2 => (kind, 0usize..8).prop_flat_map(|(k, to)| {
            any_id_of(k).prop_map(move |id| Command::Move { kind: k, id, to })
        }),
        1 => (one_of(UPDATES), any::<bool>()).prop_map(|(update, w)| Command::Withdraw {
            update,
            withdrawal: w.then(withdrawal),
        }),
    ]
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        6 => simple_command(),
        1 => prop::collection::vec(simple_command(), 0..4).prop_map(Command::Batch),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_commands_keep_the_plan_valid_and_undo_exactly(
        cmds in prop::collection::vec(command(), 1..24)
    ) {
        let original = small_plan();
        let mut plan = original.clone();
        let mut inverses = Vec::new();
        for cmd in cmds {
            let before = plan.clone();
            match apply(&mut plan, cmd.clone()) {
                Ok(inverse) => {
                    let problems = validate(&plan);
                    prop_assert!(problems.is_empty(), "{cmd:?} broke the plan: {problems:?}");
                    // Each inverse undoes its own step exactly.
                    let mut undone = plan.clone();
                    apply(&mut undone, inverse.clone())
                        .map_err(|e| TestCaseError::fail(format!("inverse of {cmd:?} refused: {e:?}")))?;
                    prop_assert_eq!(&undone, &before);
                    inverses.push(inverse);
                }
                Err(_) => prop_assert_eq!(&plan, &before, "refused {:?} changed the plan", cmd),
            }
        }
        for inverse in inverses.into_iter().rev() {
            apply(&mut plan, inverse.clone())
                .map_err(|e| TestCaseError::fail(format!("inverse {inverse:?} refused: {e:?}")))?;
            prop_assert!(validate(&plan).is_empty());
        }
        prop_assert_eq!(plan, original);
    }
}

fn codes(p: &Plan) -> Vec<&str> {
    p.tasks.iter().map(|t| t.id.as_str()).collect()
}

#[test]
fn move_up_and_down_pass_the_next_task_in_the_list_across_key_areas() {
    use plan_tracker::command::{task_step, Step};
    // t1 and t2 are in area a1, t3 in a2: the list shows t1, t2, t3.
    let mut p = small_plan();
    // t3 is the first of its key area, yet moving up takes it above t2.
    let (cmd, passed) = task_step(&p, &id("t3"), Step::Up).unwrap();
    assert_eq!(passed, id("t2"));
    apply(&mut p, cmd).unwrap();
    assert_eq!(codes(&p), ["t1", "t3", "t2"]);
    assert_eq!(
        p.task(&id("t3")).unwrap().area,
        id("a2"),
        "its key area stays"
    );
    // Down from the top passes the task below it.
    let (cmd, passed) = task_step(&p, &id("t1"), Step::Down).unwrap();
    assert_eq!(passed, id("t3"));
    apply(&mut p, cmd).unwrap();
    assert_eq!(codes(&p), ["t3", "t1", "t2"]);
    // At the top and at the bottom there is nowhere to go.
    assert_eq!(task_step(&p, &id("t3"), Step::Up), None);
    assert_eq!(task_step(&p, &id("t2"), Step::Down), None);
    assert_eq!(task_step(&p, &id("nope"), Step::Up), None);
}

#[test]
fn a_step_undoes_to_where_it_was() {
    use plan_tracker::command::{task_step, Step};
    let mut p = small_plan();
    let before = p.clone();
    let (cmd, _) = task_step(&p, &id("t2"), Step::Down).unwrap();
    let inverse = apply(&mut p, cmd).unwrap();
    assert_eq!(codes(&p), ["t1", "t3", "t2"]);
    apply(&mut p, inverse).unwrap();
    assert_eq!(p, before);
}

/// `cmds` applied one by one, as a batch of few commands is: the plan and
/// the batch's inverse, or the first error with the plan put back.
fn one_by_one(plan: &mut Plan, cmds: Vec<Command>) -> Result<Command, CommandError> {
    let before = plan.clone();
    let mut undo = Vec::new();
    for c in cmds {
        match apply(plan, c) {
            Ok(inv) => undo.push(inv),
            Err(e) => {
                *plan = before;
                return Err(e);
            }
        }
    }
    undo.reverse();
    Ok(Command::Batch(undo))
}

fn put_task(t: Task) -> Command {
    Command::Put {
        entity: Entity::Task(t),
        at: None,
    }
}

/// A batch of many tasks (a CSV file's) is checked and placed through an
/// index of the tasks, not the whole list for each: the same plan, the same
/// inverse and the same refusals as the commands applied one by one.
#[test]
fn a_batch_of_many_tasks_does_what_its_commands_do_one_by_one() {
    let base = small_plan();
    let mut cmds = vec![Command::Put {
        entity: Entity::Unit(unit("u9", None)),
        at: None,
    }];
    for i in 0..60 {
        let code = if i % 7 == 0 {
            String::new()
        } else {
            format!("5.{i}")
        };
        cmds.push(put_task(task(&format!("n{i}"), &code, "a2", "u9")));
    }
    // Existing tasks replaced: one keeps its code, one takes a new one and
    // frees its old code, which a new task then takes.
    let mut t1 = base.tasks[0].clone();
    t1.title = "换了标题".into();
    let mut t2 = base.tasks[1].clone();
    t2.code = "8.1".into();
    cmds.push(put_task(t1));
    cmds.push(put_task(t2));
    cmds.push(put_task(task("n-took-1.2", "1.2", "a1", "u1")));

    let (mut fast, mut slow) = (base.clone(), base.clone());
    let inverse = apply(&mut fast, Command::Batch(cmds.clone())).expect("applies");
    assert_eq!(one_by_one(&mut slow, cmds.clone()), Ok(inverse.clone()));
    assert_eq!(fast, slow);
    assert!(validate(&fast).is_empty(), "{:?}", validate(&fast));
    apply(&mut fast, inverse).expect("the inverse applies");
    assert_eq!(fast, base);

    // Refused as one by one: a code taken by an earlier task of the batch,
    // a code still held by a task of the plan, a unit that is not there.
    let refusals = [
        task("late", "5.1", "a2", "u1"),
        task("late", "1.1", "a2", "u1"),
        task("late", "9.9", "a2", "nobody"),
    ];
    for bad in refusals {
        let mut with_bad = cmds.clone();
        with_bad.insert(30, put_task(bad));
        let (mut fast, mut slow) = (base.clone(), base.clone());
        let err = apply(&mut fast, Command::Batch(with_bad.clone())).expect_err("refused");
        assert_eq!(one_by_one(&mut slow, with_bad), Err(err));
        assert_eq!(fast, base, "a refused batch changed the plan");
    }
}

fn put_report(u: Update) -> Command {
    Command::Put {
        entity: Entity::Update(u),
        at: None,
    }
}

/// A batch of many reports (a merge of every unit's file, a unit's sitting)
/// is checked and placed through an index of the plan's reports, tasks and
/// projects: the same plan, the same inverse and the same refusals as the
/// commands applied one by one, with tasks and projects the batch itself
/// adds; and its undo, which removes them from the end, gives the plan back.
#[test]
fn a_batch_of_many_reports_does_what_its_commands_do_one_by_one() {
    let base = small_plan();
    let mut cmds = vec![
        put_task(task("n1", "5.1", "a2", "u1")),
        Command::Put {
            entity: Entity::Project(project("p9", "u3")),
            at: None,
        },
    ];
    for i in 0..60 {
        let subject = match i % 4 {
            0 => Subject::Task(id("t1")),
            1 => Subject::Project(id("p1")),
            2 => Subject::Task(id("n1")),
            _ => Subject::Project(id("p9")),
        };
        cmds.push(put_report(report(
            &format!("m{i}"),
            subject,
            d(2023, 7, 1 + i % 28),
            f64::from(i),
        )));
    }
    let (mut fast, mut slow) = (base.clone(), base.clone());
    let inverse = apply(&mut fast, Command::Batch(cmds.clone())).expect("applies");
    assert_eq!(one_by_one(&mut slow, cmds.clone()), Ok(inverse.clone()));
    assert_eq!(fast, slow);
    assert_eq!(fast.updates.len(), base.updates.len() + 60);
    assert!(validate(&fast).is_empty(), "{:?}", validate(&fast));
    apply(&mut fast, inverse).expect("the inverse applies");
    assert_eq!(fast, base);

    // A batch of reports alone, undone, then done again: the redo puts each
    // report back at its place, as one by one.
    let reports: Vec<Command> = cmds
        .iter()
        .filter(|c| {
            matches!(c, Command::Put { entity: Entity::Update(u), .. }
                if matches!(&u.subject, Subject::Task(t) if t.as_str() == "t1")
                    || matches!(&u.subject, Subject::Project(p) if p.as_str() == "p1"))
        })
        .cloned()
        .collect();
    assert_eq!(reports.len(), 30);
    let reports: Vec<Command> = reports.iter().chain(&reports).cloned().collect();
    let reports: Vec<Command> = reports
        .into_iter()
        .enumerate()
        .map(|(i, c)| match c {
            Command::Put {
                entity: Entity::Update(u),
                ..
            } => put_report(Update {
                id: id(&format!("{}-{i}", u.id)),
                ..u
            }),
            c => c,
        })
        .collect();
    let mut done = base.clone();
    let undo = apply(&mut done, Command::Batch(reports)).expect("applies");
    let after = done.clone();
    let redo = apply(&mut done, undo).expect("the undo applies");
    assert_eq!(done, base);
    let Command::Batch(redo_cmds) = redo.clone() else {
        panic!("a batch's inverse is a batch");
    };
    assert!(redo_cmds.len() >= 32);
    assert!(redo_cmds.iter().all(|c| matches!(
        c,
        Command::Put {
            entity: Entity::Update(_),
            at: Some(_)
        }
    )));
    let mut slow = base.clone();
    let undo = apply(&mut done, redo).expect("the redo applies");
    assert_eq!(one_by_one(&mut slow, redo_cmds), Ok(undo));
    assert_eq!(done, slow);
    assert_eq!(done, after);

    // Reports removed from all over the list, then put back: each at its
    // own place again, between the others.
    let removes: Vec<Command> = after
        .updates
        .iter()
        .step_by(2)
        .map(|u| Command::Remove {
            kind: Kind::Update,
            id: u.id.clone(),
        })
        .collect();
    assert!(removes.len() >= 32);
    let put_back = apply(&mut done, Command::Batch(removes)).expect("removes");
    let Command::Batch(put_cmds) = put_back.clone() else {
        panic!("a batch's inverse is a batch");
    };
    let mut slow = done.clone();
    let again = apply(&mut done, put_back).expect("puts back");
    assert_eq!(one_by_one(&mut slow, put_cmds), Ok(again));
    assert_eq!(done, slow);
    assert_eq!(done, after);

    // Refused as one by one: a report id of the plan, one the batch used
    // before, a task that is not there, an empty subject, a progress over
    // 100 on an id already used (its rules are told first).
    let refusals = [
        report("r2", Subject::Task(id("t1")), d(2023, 7, 1), 50.0),
        report("m3", Subject::Task(id("t1")), d(2023, 7, 1), 50.0),
        report("late", Subject::Task(id("nothing")), d(2023, 7, 1), 50.0),
        report("late", Subject::Task(id(" ")), d(2023, 7, 1), 50.0),
        report("r1", Subject::Project(id("p1")), d(2023, 7, 1), 150.0),
    ];
    for bad in refusals {
        let mut with_bad = cmds.clone();
        with_bad.insert(40, put_report(bad));
        let (mut fast, mut slow) = (base.clone(), base.clone());
        let err = apply(&mut fast, Command::Batch(with_bad.clone())).expect_err("refused");
        assert_eq!(one_by_one(&mut slow, with_bad), Err(err));
        assert_eq!(fast, base, "a refused batch changed the plan");
    }
}

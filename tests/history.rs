//! The change history: `apply_recorded` appends one entry per change that
//! took effect, says what it was, and never edits earlier entries.

use plan_tracker::command::{apply_recorded, describe, Author, Command};
use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::sample::sample_plan;
use plan_tracker::validate::{Entity, Kind};

fn me() -> Author {
    Author {
        name: "王敏".into(),
        unit: "督查室".into(),
    }
}

fn report(id: &str, task: &str, progress: f64) -> Update {
    Update {
        id: Id::new(id),
        subject: Subject::Task(Id::new(task)),
        date: Date::from_ymd_opt(2023, 9, 28).unwrap(),
        period: None,
        progress,
        status: ReportedStatus::OnTrack,
        narrative: String::new(),
        problems: String::new(),
        next_steps: String::new(),
        reporter: String::new(),
        evidence: String::new(),
        withdrawn: None,
    }
}

#[test]
fn a_change_is_recorded_with_author_time_and_what_it_did() {
    let mut plan = sample_plan(Lang::En);
    let before = plan.history.len();
    let cmd = Command::Put {
        entity: Entity::Update(report("r-new", "t-1-1", 80.0)),
        at: None,
    };
    apply_recorded(&mut plan, cmd, &me(), "2023-09-28T08:00:00.000Z", None).unwrap();
    assert_eq!(plan.history.len(), before + 1);
    let entry = plan.history.last().unwrap();
    assert_eq!(entry.action, Action::Report);
    assert_eq!(entry.kind, Some(Kind::Update));
    assert_eq!(entry.target, Some(Id::new("r-new")));
    assert_eq!((entry.by.as_str(), entry.unit.as_str()), ("王敏", "督查室"));
    assert_eq!(entry.at, "2023-09-28T08:00:00.000Z");
    assert!(entry.label.starts_with("1.1 "), "{}", entry.label);
}

#[test]
fn a_refused_change_records_nothing() {
    let mut plan = sample_plan(Lang::En);
    let snapshot = plan.clone();
    let cmd = Command::Put {
        entity: Entity::Update(report("r-bad", "t-1-1", 150.0)),
        at: None,
    };
    assert!(apply_recorded(&mut plan, cmd, &me(), "t", None).is_err());
    assert_eq!(plan, snapshot);
}

#[test]
fn undo_adds_an_entry_and_keeps_the_earlier_ones() {
    let mut plan = sample_plan(Lang::Zh);
    let task = plan.tasks[0].clone();
    let mut edited = task.clone();
    edited.title = "新标题".into();
    let inverse = apply_recorded(
        &mut plan,
        Command::Put {
            entity: Entity::Task(edited),
            at: None,
        },
        &me(),
        "t1",
        None,
    )
    .unwrap();
    let after_edit = plan.history.clone();
    assert_eq!(after_edit.last().unwrap().action, Action::Edit);
    apply_recorded(&mut plan, inverse, &me(), "t2", Some(Action::Undo)).unwrap();
    assert_eq!(plan.tasks[0], task, "the undo restored the task");
    assert_eq!(&plan.history[..after_edit.len()], &after_edit[..]);
    let last = plan.history.last().unwrap();
    assert_eq!((last.action, last.kind), (Action::Undo, Some(Kind::Task)));
}

#[test]
fn describe_names_adds_deletes_moves_withdrawals_and_batches() {
    let plan = sample_plan(Lang::En);
    let new_goal = Goal {
        id: Id::new("g-new"),
        title: "New goal".into(),
        description: String::new(),
    };
    let add = Command::Put {
        entity: Entity::Goal(new_goal),
        at: None,
    };
    assert_eq!(describe(&plan, &add).action, Action::Add);
    let remove = Command::Remove {
        kind: Kind::Task,
        id: plan.tasks[0].id.clone(),
    };
    assert_eq!(describe(&plan, &remove).action, Action::Delete);
    assert_eq!(
        describe(&plan, &remove).label,
        format!("{} {}", plan.tasks[0].code, plan.tasks[0].title)
    );
    let mv = Command::Move {
        kind: Kind::Area,
        id: plan.areas[1].id.clone(),
        to: 0,
    };
    assert_eq!(describe(&plan, &mv).action, Action::Move);
    let standing = plan.updates.iter().find(|u| u.withdrawn.is_none()).unwrap();
    let withdraw = Command::Withdraw {
        update: standing.id.clone(),
        withdrawal: Some(Withdrawal {
            date: Date::from_ymd_opt(2023, 9, 30).unwrap(),
            by: "x".into(),
            reason: "wrong figure".into(),
        }),
    };
    assert_eq!(describe(&plan, &withdraw).action, Action::Withdraw);
    let batch = Command::Batch(vec![
        Command::Put {
            entity: Entity::Update(report("r-a", "t-1-1", 50.0)),
            at: None,
        },
        Command::Put {
            entity: Entity::Update(report("r-b", "t-1-2", 60.0)),
            at: None,
        },
    ]);
    let b = describe(&plan, &batch);
    assert_eq!(
        (b.action, b.count, b.kind),
        (Action::Batch, 2, Some(Kind::Update))
    );
}

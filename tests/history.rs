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
    Update::new(
        Id::new(id),
        Subject::Task(Id::new(task)),
        Date::from_ymd_opt(2023, 9, 28).unwrap(),
        progress,
    )
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

/// The first task of the sample that has at least two milestones.
fn task_with_milestones(plan: &Plan) -> Task {
    plan.tasks
        .iter()
        .find(|t| t.milestones.len() >= 2)
        .expect("the sample has tasks with milestones")
        .clone()
}

fn put_task(task: Task) -> Command {
    Command::Put {
        entity: Entity::Task(task),
        at: None,
    }
}

#[test]
fn a_report_is_described_by_its_task_in_both_languages() {
    let plan = sample_plan(Lang::En);
    let task = plan.task(&Id::new("t-1-1")).unwrap().clone();
    let cmd = Command::Put {
        entity: Entity::Update(report("r-new", "t-1-1", 80.0)),
        at: None,
    };
    let entry = describe(&plan, &cmd);
    let label = format!("{} {}", task.code, task.title);
    assert_eq!(entry.label, label);
    assert_eq!(
        (Lang::En.catalog().history.sentence)(&entry),
        format!("Reported progress on “{label}”")
    );
    assert_eq!(
        (Lang::Zh.catalog().history.sentence)(&entry),
        format!("填报“{label}”的进展")
    );
    let sentence = (Lang::En.catalog().history.sentence)(&entry);
    assert!(!sentence.contains("progress report"), "{sentence}");
}

#[test]
fn a_milestone_marked_done_is_described_as_such() {
    let plan = sample_plan(Lang::En);
    let task = task_with_milestones(&plan);
    let i = task
        .milestones
        .iter()
        .position(|m| m.done.is_none())
        .expect("an open milestone");
    let name = task.milestones[i].name.clone();
    let mut done = task.clone();
    done.milestones[i].done = Some(Date::from_ymd_opt(2023, 9, 30).unwrap());
    let entry = describe(&plan, &put_task(done.clone()));
    assert_eq!(entry.action, Action::Edit);
    assert_eq!(
        entry.milestone,
        Some(MilestoneNote {
            name: name.clone(),
            change: MilestoneChange::Done
        })
    );
    let label = format!("{} {}", task.code, task.title);
    assert_eq!(
        (Lang::En.catalog().history.sentence)(&entry),
        format!("Milestone “{name}” marked done on “{label}”")
    );

    // And back: marked not done again.
    let mut after = plan.clone();
    apply_recorded(&mut after, put_task(done.clone()), &me(), "t1", None).unwrap();
    assert_eq!(
        after
            .history
            .last()
            .unwrap()
            .milestone
            .as_ref()
            .map(|m| m.change),
        Some(MilestoneChange::Done)
    );
    let reopened = describe(&after, &put_task(task.clone()));
    assert_eq!(
        reopened.milestone.map(|m| m.change),
        Some(MilestoneChange::Reopened)
    );
}

#[test]
fn milestones_added_removed_renamed_and_swapped_are_told_apart() {
    let plan = sample_plan(Lang::En);
    let task = task_with_milestones(&plan);
    let note = |t: Task| describe(&plan, &put_task(t)).milestone;

    let mut added = task.clone();
    let extra = Milestone {
        name: "Acceptance check".into(),
        due: Date::from_ymd_opt(2023, 12, 1).unwrap(),
        done: None,
    };
    added.milestones.insert(1, extra);
    assert_eq!(
        note(added),
        Some(MilestoneNote {
            name: "Acceptance check".into(),
            change: MilestoneChange::Added
        })
    );

    let mut removed = task.clone();
    let gone = removed.milestones.remove(0);
    assert_eq!(
        note(removed),
        Some(MilestoneNote {
            name: gone.name,
            change: MilestoneChange::Removed
        })
    );

    let mut renamed = task.clone();
    renamed.milestones[0].name = "Renamed node".into();
    assert_eq!(
        note(renamed),
        Some(MilestoneNote {
            name: "Renamed node".into(),
            change: MilestoneChange::Edited
        })
    );

    let mut swapped = task.clone();
    swapped.milestones.swap(0, 1);
    assert_eq!(
        note(swapped),
        Some(MilestoneNote {
            name: task.milestones[1].name.clone(),
            change: MilestoneChange::Moved
        })
    );

    // A change to the task's own fields is an edit of the task, even with a milestone in it.
    let mut both = task.clone();
    both.title = "Another title".into();
    both.milestones.remove(0);
    let entry = describe(&plan, &put_task(both));
    assert_eq!((entry.action, &entry.milestone), (Action::Edit, &None));
    assert_eq!(
        (Lang::En.catalog().history.sentence)(&entry),
        format!("Edited task “{} Another title”", task.code)
    );
}

#[test]
fn an_entry_written_before_milestone_notes_still_reads() {
    // An entry as older versions wrote it: no `milestone` key.
    let json = r#"{"at":"2023-09-28T08:00:00.000Z","action":"edit","kind":"task","target":"t-1-1","label":"1.1 Cloud"}"#;
    let entry: Change = serde_json::from_str(json).unwrap();
    assert_eq!(entry.milestone, None);
    assert_eq!(
        (Lang::En.catalog().history.sentence)(&entry),
        "Edited task “1.1 Cloud”"
    );
    // And the key is written only when there is a note.
    assert!(!serde_json::to_string(&entry).unwrap().contains("milestone"));
}

/// A batch described as every part described first (the definition
/// `describe` once computed in full): the first part names it, and it has
/// a kind when all its parts share one.
fn described_by_parts(plan: &Plan, cmd: &Command) -> Change {
    let Command::Batch(cmds) = cmd else {
        return describe(plan, cmd);
    };
    let parts: Vec<Change> = cmds.iter().map(|c| described_by_parts(plan, c)).collect();
    match parts.as_slice() {
        [one] => one.clone(),
        _ => {
            let kind = parts.first().and_then(|p| p.kind);
            let same = parts.iter().all(|p| p.kind == kind);
            Change {
                action: Action::Batch,
                kind: kind.filter(|_| same),
                target: None,
                label: parts.first().map(|p| p.label.clone()).unwrap_or_default(),
                count: parts.len().max(1),
                milestone: None,
                merged_from: Vec::new(),
                read_from: Vec::new(),
                ..describe(plan, &Command::Batch(Vec::new()))
            }
        }
    }
}

#[test]
fn a_batch_is_described_as_its_parts_would_describe_it() {
    let plan = sample_plan(Lang::En);
    let put = |id: &str, task: &str| Command::Put {
        entity: Entity::Update(report(id, task, 50.0)),
        at: None,
    };
    let remove = Command::Remove {
        kind: Kind::Task,
        id: plan.tasks[3].id.clone(),
    };
    let header = Command::SetHeader(plan_tracker::command::Header::of(&plan));
    let batches = [
        Vec::new(),
        vec![put("r-a", "t-1-1")],
        vec![put("r-a", "t-1-1"), put("r-b", "t-1-2")],
        vec![put("r-a", "t-1-2"), remove.clone()],
        vec![header.clone(), put("r-a", "t-1-1")],
        vec![header.clone(), header],
        vec![
            Command::Batch(vec![put("r-a", "t-1-1")]),
            put("r-b", "t-1-2"),
        ],
        vec![
            Command::Batch(vec![put("r-a", "t-1-1"), remove.clone()]),
            put("r-b", "t-1-2"),
        ],
        vec![Command::Batch(vec![remove.clone()]), remove],
    ];
    for parts in batches {
        let batch = Command::Batch(parts);
        assert_eq!(
            describe(&plan, &batch),
            described_by_parts(&plan, &batch),
            "{batch:?}"
        );
    }
}

//! One change to the tasks a filter matches: each task changed as its form
//! would change it, a task the change would break a rule of left out and
//! named, and the whole change one command that one undo takes back.

use plan_tracker::bulk_edit::{bulk_edit, TaskChange};
use plan_tracker::command::{apply, Command};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Date, Id, Plan};
use plan_tracker::sample::{sample_plan, scaled_plan};
use plan_tracker::validate::{validate, ProblemKind};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn ids(plan: &Plan, n: usize) -> Vec<Id> {
    plan.tasks.iter().take(n).map(|t| t.id.clone()).collect()
}

/// The change applied, checked and undone: the plan keeps every rule and
/// comes back exactly.
fn applied(plan: &Plan, change: &TaskChange, tasks: &[Id]) -> Plan {
    let mut changed = plan.clone();
    let cmd = bulk_edit(plan, tasks, change).command().expect("a change");
    let undo = apply(&mut changed, cmd).expect("applies");
    assert!(validate(&changed).is_empty());
    let mut back = changed.clone();
    apply(&mut back, undo).expect("undoes");
    assert_eq!(&back, plan);
    changed
}

#[test]
fn a_new_deadline_goes_to_every_task_asked_and_no_other() {
    let plan = sample_plan(Lang::En);
    let asked = ids(&plan, 5);
    let change = TaskChange {
        deadline: Some(d(2027, 6, 30)),
        ..TaskChange::default()
    };
    let out = bulk_edit(&plan, &asked, &change);
    assert_eq!((out.edits.len(), out.unchanged), (5, 0));
    assert!(out.refused.is_empty());
    let changed = applied(&plan, &change, &asked);
    for (before, after) in plan.tasks.iter().zip(&changed.tasks) {
        if asked.contains(&before.id) {
            assert_eq!(after.deadline, Some(d(2027, 6, 30)));
            assert_eq!(after.title, before.title);
        } else {
            assert_eq!(after, before);
        }
    }
}

#[test]
fn a_deadline_before_a_tasks_start_leaves_that_task_out_and_names_it() {
    let mut plan = sample_plan(Lang::En);
    plan.tasks[1].start = Some(d(2024, 6, 1));
    plan.tasks[1].deadline = None;
    assert!(validate(&plan).is_empty());
    let asked = ids(&plan, 3);
    let change = TaskChange {
        deadline: Some(d(2024, 3, 31)),
        ..TaskChange::default()
    };
    let out = bulk_edit(&plan, &asked, &change);
    assert_eq!(out.edits.len(), 2);
    let task = &plan.tasks[1];
    assert_eq!(
        out.refused,
        [(
            format!("{} {}", task.code, task.title),
            ProblemKind::EndBeforeStart
        )]
    );
    let changed = applied(&plan, &change, &asked);
    assert_eq!(changed.tasks[1], plan.tasks[1]);
    assert_eq!(changed.tasks[0].deadline, Some(d(2024, 3, 31)));
}

#[test]
fn a_new_lead_is_no_longer_a_co_operating_unit() {
    let plan = sample_plan(Lang::En);
    let task = plan
        .tasks
        .iter()
        .find(|t| !t.co_units.is_empty())
        .expect("a task with co-operating units");
    let new_lead = task.co_units[0].clone();
    let change = TaskChange {
        lead: Some(new_lead.clone()),
        ..TaskChange::default()
    };
    let changed = applied(&plan, &change, std::slice::from_ref(&task.id));
    let after = changed.task(&task.id).unwrap();
    assert_eq!(after.lead, new_lead);
    assert!(!after.co_units.contains(&new_lead));
    assert_eq!(after.co_units.len(), task.co_units.len() - 1);
}

#[test]
fn an_added_unit_or_tag_is_added_once_and_tasks_that_have_it_are_unchanged() {
    let plan = sample_plan(Lang::En);
    let unit = plan.units[0].id.clone();
    let asked: Vec<Id> = plan.tasks.iter().map(|t| t.id.clone()).collect();
    let change = TaskChange {
        co_unit: Some(unit.clone()),
        tag: "  Provincial priority ".into(),
        ..TaskChange::default()
    };
    let changed = applied(&plan, &change, &asked);
    for t in &changed.tasks {
        assert_eq!(
            t.tags
                .iter()
                .filter(|x| *x == "Provincial priority")
                .count(),
            1
        );
        // Not a co-operating unit of the tasks it leads.
        assert_eq!(t.co_units.contains(&unit), t.lead != unit);
        assert_eq!(
            t.co_units.iter().filter(|u| **u == unit).count(),
            usize::from(t.lead != unit)
        );
    }
    // Asked again: every task already has both.
    let again = bulk_edit(&changed, &asked, &change);
    assert!(again.edits.is_empty() && again.refused.is_empty());
    assert_eq!(again.unchanged, changed.tasks.len());
    assert_eq!(again.command(), None);
}

#[test]
fn an_empty_change_or_tasks_no_longer_there_change_nothing() {
    let plan = sample_plan(Lang::En);
    let out = bulk_edit(&plan, &ids(&plan, 10), &TaskChange::default());
    assert_eq!(
        (out.edits.len(), out.unchanged, out.refused.len()),
        (0, 0, 0)
    );
    let change = TaskChange {
        deadline: Some(d(2027, 1, 1)),
        ..TaskChange::default()
    };
    let out = bulk_edit(&plan, &[Id::new("gone")], &change);
    assert_eq!(
        (out.edits.len(), out.unchanged, out.refused.len()),
        (0, 0, 0)
    );
}

#[test]
fn ten_thousand_tasks_change_in_one_command_and_one_undo() {
    let plan = scaled_plan(Lang::Zh, 10_000);
    let asked: Vec<Id> = plan.tasks.iter().step_by(2).map(|t| t.id.clone()).collect();
    let change = TaskChange {
        lead: Some(plan.units[1].id.clone()),
        tag: "省级重点".into(),
        ..TaskChange::default()
    };
    let out = bulk_edit(&plan, &asked, &change);
    assert_eq!(out.edits.len() + out.unchanged, asked.len());
    let changed = applied(&plan, &change, &asked);
    let led = changed
        .tasks
        .iter()
        .step_by(2)
        .all(|t| t.lead == plan.units[1].id && t.tags.iter().any(|x| x == "省级重点"));
    assert!(led);
    assert!(matches!(
        bulk_edit(&plan, &asked, &change).command(),
        Some(Command::Batch(edits)) if edits.len() == out.edits.len()
    ));
}

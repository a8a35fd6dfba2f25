//! Bringing back what was removed, long after Undo moved on: a task with its
//! reports, a unit with the tasks handed to another unit, across a reload and
//! another tab's changes, and never over an item edited since.

use plan_tracker::cascade::remove_unit;
use plan_tracker::command::{describe, Author, Command};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Action, Change, Id, Kind, Plan, Subject};
use plan_tracker::removed::{check, Hold, KEPT_REMOVALS};
use plan_tracker::sample::sample_plan;
use plan_tracker::session::{BringBackError, Kept, Session};
use plan_tracker::validate::Entity;

const AT: &str = "2023-09-30T08:00:00Z";

fn me() -> Author {
    Author {
        name: "Li".into(),
        unit: "Office".into(),
    }
}

fn apply(s: &mut Session, plan: &mut Plan, cmd: Command) {
    let entry = describe(plan, &cmd);
    s.apply(plan, cmd, entry, &me(), AT).unwrap();
}

fn remove(kind: Kind, id: &Id) -> Command {
    Command::Remove {
        kind,
        id: id.clone(),
    }
}

/// Rename a task: a change that is not a removal.
fn rename(plan: &Plan, i: usize, title: &str) -> Command {
    let mut task = plan.tasks[i].clone();
    task.title = title.into();
    Command::Put {
        entity: Entity::Task(task),
        at: None,
    }
}

fn last_entry(plan: &Plan) -> Change {
    plan.history.last().cloned().unwrap()
}

#[test]
fn a_task_comes_back_with_its_reports_after_other_changes() {
    let mut plan = sample_plan(Lang::En);
    let mut s = Session::default();
    let before = plan.clone();
    let task = plan.tasks[0].id.clone();
    let reports = plan
        .updates
        .iter()
        .filter(|u| u.subject == Subject::Task(task.clone()))
        .count();
    assert!(reports > 0, "the sample's first task has reports");

    apply(&mut s, &mut plan, remove(Kind::Task, &task));
    let removal = last_entry(&plan);
    assert_eq!(removal.action, Action::Delete);
    // Other work since: Undo would now take those back first.
    for i in 0..3 {
        let cmd = rename(&plan, i, &format!("Renamed {i}"));
        apply(&mut s, &mut plan, cmd);
    }
    assert_eq!(s.removed().len(), 1);
    assert_eq!(check(&plan, &s.removed()[0]), Hold::Ready);

    let back = s.bring_back(&mut plan, &removal, &me(), AT).unwrap();
    assert_eq!(back, removal);
    assert_eq!(plan.tasks[0], before.tasks[0], "back in its place");
    assert_eq!(
        plan.updates
            .iter()
            .filter(|u| u.subject == Subject::Task(task.clone()))
            .count(),
        reports
    );
    assert_eq!(plan.updates, before.updates, "reports back where they were");
    // Recorded as an undo of the removal; no longer offered.
    let entry = last_entry(&plan);
    assert_eq!(entry.action, Action::Undo);
    assert_eq!(entry.target.as_ref(), Some(&task));
    assert!(s.removed().is_empty());
    assert_eq!(
        s.bring_back(&mut plan, &removal, &me(), AT),
        Err(BringBackError::NotKept)
    );

    // Bringing back is itself undoable: Undo removes the task again.
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    assert!(plan.task(&task).is_none());
}

#[test]
fn a_removal_undone_already_is_not_offered() {
    let mut plan = sample_plan(Lang::En);
    let mut s = Session::default();
    let task = plan.tasks[1].id.clone();
    apply(&mut s, &mut plan, remove(Kind::Task, &task));
    let removal = last_entry(&plan);
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    assert_eq!(check(&plan, &s.removed()[0]), Hold::Back);
    let before = plan.clone();
    assert_eq!(
        s.bring_back(&mut plan, &removal, &me(), AT),
        Err(BringBackError::Hold(Hold::Back))
    );
    assert_eq!(plan, before, "nothing changed");
}

/// A unit that leads tasks, and another to hand them to.
fn two_units(plan: &Plan) -> (Id, Id) {
    let unit = plan.tasks[0].lead.clone();
    let to = plan.units.iter().find(|u| u.id != unit).unwrap().id.clone();
    (unit, to)
}

#[test]
fn a_unit_comes_back_with_its_tasks_handed_back_after_a_reload() {
    let mut plan = sample_plan(Lang::En);
    let mut s = Session::default();
    let before = plan.clone();
    let (unit, to) = two_units(&plan);
    let cmd = remove_unit(&plan, &unit, Some(&to));
    apply(&mut s, &mut plan, cmd);
    let removal = last_entry(&plan);
    assert!(plan.unit(&unit).is_none());

    // Kept beside the plan: written, read back after a reload on a plan that
    // another tab changed meanwhile (the undo stacks no longer belong to it).
    let text = serde_json::to_string(&s.kept(&plan)).unwrap();
    let kept: Kept = serde_json::from_str(&text).unwrap();
    let cmd = rename(&plan, 40, "Changed in another tab");
    plan = {
        let mut other = plan.clone();
        let mut elsewhere = Session::default();
        apply(&mut elsewhere, &mut other, cmd);
        other
    };
    let mut s = Session::restore(&plan, Some(kept));
    assert!(!s.can_undo(), "the stacks belonged to the plan before");
    assert_eq!(s.removed().len(), 1);

    s.bring_back(&mut plan, &removal, &me(), AT).unwrap();
    assert_eq!(plan.units, before.units);
    for (a, b) in plan.tasks.iter().zip(&before.tasks) {
        if a.title != "Changed in another tab" {
            assert_eq!(a, b, "task {} handed back as it was", a.code);
        }
    }
    assert_eq!(plan.projects, before.projects);
}

#[test]
fn an_item_edited_since_is_never_overwritten() {
    let mut plan = sample_plan(Lang::En);
    let mut s = Session::default();
    let (unit, to) = two_units(&plan);
    let cmd = remove_unit(&plan, &unit, Some(&to));
    apply(&mut s, &mut plan, cmd);
    let removal = last_entry(&plan);
    // A task the removal handed to `to` is edited afterwards.
    let i = plan.tasks.iter().position(|t| t.lead == to).unwrap();
    let edited = plan.tasks[i].id.clone();
    let cmd = rename(&plan, i, "Edited after the unit went");
    apply(&mut s, &mut plan, cmd);

    let before = plan.clone();
    let refused = s.bring_back(&mut plan, &removal, &me(), AT);
    assert_eq!(
        refused,
        Err(BringBackError::Hold(Hold::Changed {
            kind: Kind::Task,
            id: edited
        }))
    );
    assert_eq!(plan, before, "nothing changed");
    assert_eq!(s.removed().len(), 1, "still kept");
}

#[test]
fn only_removals_are_kept_and_only_the_last_ones() {
    let mut plan = sample_plan(Lang::En);
    let mut s = Session::default();
    let cmd = rename(&plan, 0, "Not a removal");
    apply(&mut s, &mut plan, cmd);
    assert!(s.removed().is_empty());
    let reports: Vec<Id> = plan.updates.iter().map(|u| u.id.clone()).collect();
    assert!(reports.len() > KEPT_REMOVALS);
    for id in &reports[..KEPT_REMOVALS + 3] {
        apply(&mut s, &mut plan, remove(Kind::Update, id));
    }
    assert_eq!(s.removed().len(), KEPT_REMOVALS);
    // The oldest went first: the fourth removal is now the oldest kept.
    assert_eq!(s.removed()[0].entry.target.as_ref(), Some(&reports[3]));
}

#[test]
fn an_undone_batch_of_many_reports_is_kept_item_by_item() {
    // A merge adds thousands of reports in one change; its undo removes
    // them all, and is kept like any removal.
    let mut plan = sample_plan(Lang::En);
    let mut s = Session::default();
    let model = plan.updates[0].clone();
    let added: Vec<Command> = (0..3000)
        .map(|n| Command::Put {
            entity: Entity::Update(plan_tracker::model::Update {
                id: Id::new(format!("merged-{n}")),
                ..model.clone()
            }),
            at: None,
        })
        .collect();
    apply(&mut s, &mut plan, Command::Batch(added));
    let merged = plan.clone();
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    let removal = s.removed().last().expect("the undo is kept").clone();
    assert!(removal.left.is_empty(), "every report it took is gone");
    assert_eq!(check(&plan, &removal), Hold::Ready);

    // Brought back, every report is there again, once.
    s.bring_back(&mut plan, &removal.entry, &me(), AT).unwrap();
    assert_eq!(plan.updates.len(), merged.updates.len());
    assert_eq!(check(&plan, &removal), Hold::Back);

    // Bringing back undone: it can be brought back again. One of the
    // reports sent again meanwhile: it is not brought back twice.
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    assert_eq!(check(&plan, &removal), Hold::Ready);
    let mut again = model.clone();
    again.id = Id::new("merged-1500");
    apply(
        &mut s,
        &mut plan,
        Command::Put {
            entity: Entity::Update(again),
            at: None,
        },
    );
    assert_eq!(check(&plan, &removal), Hold::Back);
}

//! Removing a goal, an area or a unit that others still use: everything that
//! used it handed on, nothing else touched, one change undone as one.

use plan_tracker::cascade::{remove_area, remove_goal, remove_unit};
use plan_tracker::command::{apply, referrers, Command, CommandError};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Id, Kind, Plan};
use plan_tracker::sample::sample_plan;
use plan_tracker::validate::validate;

/// Apply `cmd`; the plan stays valid, undo gives back the plan before.
fn applied(plan: &Plan, cmd: Command) -> Plan {
    let mut after = plan.clone();
    let undo = apply(&mut after, cmd).expect("the cascade applies");
    assert_eq!(validate(&after), vec![]);
    let mut back = after.clone();
    apply(&mut back, undo).unwrap();
    assert_eq!(back, *plan, "undone as one");
    after
}

#[test]
fn a_goal_goes_with_its_areas_moved_or_let_go() {
    let plan = sample_plan(Lang::En);
    let goal = plan.areas.iter().find_map(|a| a.goal.clone()).unwrap();
    let other = plan.goals.iter().find(|g| g.id != goal).unwrap().id.clone();
    let under: Vec<Id> = plan
        .areas
        .iter()
        .filter(|a| a.goal.as_ref() == Some(&goal))
        .map(|a| a.id.clone())
        .collect();
    assert!(!under.is_empty());

    let moved = applied(&plan, remove_goal(&plan, &goal, Some(&other)));
    assert!(moved.goal(&goal).is_none());
    for id in &under {
        assert_eq!(moved.area(id).unwrap().goal.as_ref(), Some(&other));
    }
    let let_go = applied(&plan, remove_goal(&plan, &goal, None));
    for id in &under {
        assert_eq!(let_go.area(id).unwrap().goal, None);
    }
    // Nothing else changed.
    assert_eq!(let_go.tasks, plan.tasks);
    assert_eq!(let_go.goals.len(), plan.goals.len() - 1);
}

#[test]
fn an_area_goes_with_its_tasks_projects_and_indicators_moved() {
    let plan = sample_plan(Lang::En);
    let area = plan
        .areas
        .iter()
        .find(|a| !referrers(&plan, Kind::Area, &a.id).is_empty())
        .unwrap()
        .id
        .clone();
    let to = plan.areas.iter().find(|a| a.id != area).unwrap().id.clone();
    let users = referrers(&plan, Kind::Area, &area);
    let after = applied(&plan, remove_area(&plan, &area, Some(&to)));
    assert!(after.area(&area).is_none());
    for (kind, id) in users {
        match kind {
            Kind::Task => assert_eq!(after.task(&id).unwrap().area, to),
            Kind::Project => assert_eq!(after.project(&id).unwrap().area.as_ref(), Some(&to)),
            Kind::Indicator => assert_eq!(after.indicator(&id).unwrap().area.as_ref(), Some(&to)),
            other => panic!("an area is not used by a {other:?}"),
        }
    }
    assert_eq!(after.tasks.len(), plan.tasks.len());
    assert_eq!(after.updates, plan.updates);
}

#[test]
fn a_unit_goes_with_its_tasks_handed_on_and_its_name_off_every_list() {
    let plan = sample_plan(Lang::En);
    // A unit that leads some tasks and co-operates on others.
    let unit = plan
        .units
        .iter()
        .find(|u| {
            plan.tasks.iter().any(|t| t.lead == u.id)
                && plan.tasks.iter().any(|t| t.co_units.contains(&u.id))
        })
        .unwrap()
        .id
        .clone();
    // Hand them to a unit that already co-operates on one of its tasks.
    let (led, to) = plan
        .tasks
        .iter()
        .find(|t| t.lead == unit && !t.co_units.is_empty())
        .map(|t| (t.id.clone(), t.co_units[0].clone()))
        .unwrap();
    let after = applied(&plan, remove_unit(&plan, &unit, Some(&to)));
    assert!(after.unit(&unit).is_none());
    assert!(referrers(&after, Kind::Unit, &unit).is_empty());
    let task = after.task(&led).unwrap();
    assert_eq!(task.lead, to);
    assert!(!task.co_units.contains(&to), "not its own co-operator");
    for (a, b) in after.tasks.iter().zip(&plan.tasks) {
        if b.lead != unit && !b.co_units.contains(&unit) {
            assert_eq!(a, b, "task {} untouched", b.code);
        }
    }
}

#[test]
fn a_unit_still_leading_work_is_not_removed_without_someone_to_take_it() {
    let plan = sample_plan(Lang::En);
    let unit = plan.tasks[0].lead.clone();
    let mut after = plan.clone();
    let refused = apply(&mut after, remove_unit(&plan, &unit, None));
    assert!(
        matches!(refused, Err(CommandError::InUse { .. })),
        "{refused:?}"
    );
    assert_eq!(after, plan, "nothing changed");
}

#[test]
fn sub_units_move_up_to_the_removed_units_parent() {
    let mut plan = sample_plan(Lang::En);
    // Give the first unit a parent and a child.
    let (top, mid, child) = (
        plan.units[0].id.clone(),
        plan.units[1].id.clone(),
        plan.units[2].id.clone(),
    );
    plan.units[1].parent = Some(top.clone());
    plan.units[2].parent = Some(mid.clone());
    let to = plan.units[3].id.clone();
    let after = applied(&plan, remove_unit(&plan, &mid, Some(&to)));
    assert_eq!(after.unit(&child).unwrap().parent.as_ref(), Some(&top));
}

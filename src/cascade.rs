//! Removing a goal, a key area or a unit that others still use, as one
//! command: what uses it is handed to another (or, for a goal's areas and a
//! unit's sub-units, let go), then it is removed. One batch, so it is one
//! change in the history, undone as one, and refused as a whole when
//! something still uses the item (no `to` given where one is needed).

use crate::command::Command;
use crate::model::{Id, KeyArea, Plan};
use crate::validate::{Entity, Kind};

/// Remove goal `goal`; its key areas move to goal `to`, or belong to no goal.
pub fn remove_goal(plan: &Plan, goal: &Id, to: Option<&Id>) -> Command {
    let moved = plan
        .areas
        .iter()
        .filter(|a| a.goal.as_ref() == Some(goal))
        .map(|a| {
            Entity::Area(KeyArea {
                goal: to.cloned(),
                ..a.clone()
            })
        });
    batch(moved, Kind::Goal, goal)
}

/// Remove key area `area`; its tasks, projects and indicators move to `to`
/// (with `None` they stay, and the removal is refused while they use it).
pub fn remove_area(plan: &Plan, area: &Id, to: Option<&Id>) -> Command {
    let Some(to) = to else {
        return batch(std::iter::empty(), Kind::Area, area);
    };
    let tasks = plan.tasks.iter().filter(|x| x.area == *area).map(|x| {
        let mut x = x.clone();
        x.area = to.clone();
        Entity::Task(x)
    });
    let projects = plan
        .projects
        .iter()
        .filter(|x| x.area.as_ref() == Some(area))
        .map(|x| {
            let mut x = x.clone();
            x.area = Some(to.clone());
            Entity::Project(x)
        });
    let indicators = plan
        .indicators
        .iter()
        .filter(|x| x.area.as_ref() == Some(area))
        .map(|x| {
            let mut x = x.clone();
            x.area = Some(to.clone());
            Entity::Indicator(x)
        });
    batch(tasks.chain(projects).chain(indicators), Kind::Area, area)
}

/// Remove unit `unit`. The tasks and projects it leads go to `to`; it leaves
/// every list of co-operating units (and the new lead is never also its own
/// co-operator); its sub-units move up to its own parent.
pub fn remove_unit(plan: &Plan, unit: &Id, to: Option<&Id>) -> Command {
    let grandparent = plan.unit(unit).and_then(|u| u.parent.clone());
    let tasks = plan
        .tasks
        .iter()
        .filter(|t| t.lead == *unit || t.co_units.contains(unit))
        .map(|t| {
            let mut x = t.clone();
            if x.lead == *unit {
                if let Some(to) = to {
                    x.lead = to.clone();
                }
            }
            let lead = x.lead.clone();
            x.co_units.retain(|c| c != unit && *c != lead);
            Entity::Task(x)
        });
    let projects = plan
        .projects
        .iter()
        .filter(|p| p.lead == *unit)
        .filter_map(|p| {
            let mut x = p.clone();
            x.lead = to?.clone();
            Some(Entity::Project(x))
        });
    let children = plan
        .units
        .iter()
        .filter(|u| u.parent.as_ref() == Some(unit))
        .map(|u| {
            let mut x = u.clone();
            x.parent = grandparent.clone();
            Entity::Unit(x)
        });
    // Notices sent to it go to the unit taking its tasks over.
    let notices = plan
        .notices
        .iter()
        .filter(|n| n.unit == *unit)
        .filter_map(|n| {
            let mut x = n.clone();
            x.unit = to?.clone();
            Some(Entity::Notice(x))
        });
    batch(
        tasks.chain(projects).chain(children).chain(notices),
        Kind::Unit,
        unit,
    )
}

/// Put every entity of `changed`, then remove `kind` `id`.
fn batch(changed: impl Iterator<Item = Entity>, kind: Kind, id: &Id) -> Command {
    let mut cmds: Vec<Command> = changed
        .map(|entity| Command::Put { entity, at: None })
        .collect();
    cmds.push(Command::Remove {
        kind,
        id: id.clone(),
    });
    Command::Batch(cmds)
}

//! What was removed from a plan and can be brought back from the History,
//! long after Undo has moved on: a task or project with its reports, a unit
//! with the reassignments that went with it, any goal, area or indicator.
//!
//! # Rules
//!
//! - A change that removes something ([`is_removal`]: a `Remove`, or a batch
//!   holding one, as the delete panels send) is kept as a [`Removed`]: its
//!   history entry, the command that undoes it (the one the core returned),
//!   and how the removal left every item that command would touch.
//! - It can be brought back while it still applies ([`check`]): every item
//!   the removal took is still absent, and every item it changed (a task
//!   handed to another unit) is still exactly as the removal left it. An item
//!   edited since is not overwritten: the removal is then [`Hold::Changed`].
//! - Bringing back is a new change (an undo of the removal in the History),
//!   itself undoable; see [`crate::session::Session::bring_back`].

use crate::command::Command;
use crate::model::{Change, Id, Plan};
use crate::validate::{Entity, Kind};
use serde::{Deserialize, Serialize};

/// How many removals are kept per plan, newest last.
pub const KEPT_REMOVALS: usize = 50;

/// A removal that may be brought back. See the module documentation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    /// The removal's entry in the plan's history, as recorded.
    pub entry: Change,
    /// The command that undoes the removal.
    pub restore: Command,
    /// The items `restore` touches that the removal left in the plan, as it
    /// left them.
    pub left: Vec<Entity>,
}

/// Whether a removal can be brought back now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hold {
    /// It still applies.
    Ready,
    /// What it removed is in the plan again (undone, or brought back).
    Back,
    /// Something it would restore was changed or removed since; bringing it
    /// back would overwrite that.
    Changed { kind: Kind, id: Id },
}

/// Whether `cmd` removes something.
pub fn is_removal(cmd: &Command) -> bool {
    match cmd {
        Command::Remove { .. } => true,
        Command::Batch(cmds) => cmds.iter().any(is_removal),
        _ => false,
    }
}

/// The removal whose history entry is `entry` and whose inverse is
/// `restore`, taken right after it was applied to `plan`.
pub fn taken(plan: &Plan, entry: Change, restore: Command) -> Removed {
    let left = touched(&restore)
        .into_iter()
        .filter_map(|(kind, id)| entity(plan, kind, &id))
        .collect();
    Removed {
        entry,
        restore,
        left,
    }
}

/// Whether `removed` can be brought back into `plan`.
pub fn check(plan: &Plan, removed: &Removed) -> Hold {
    let mut back = false;
    for (kind, id) in touched(&removed.restore) {
        let then = removed
            .left
            .iter()
            .find(|e| e.kind() == kind && *e.id() == id);
        let now = entity(plan, kind, &id);
        match (then, now) {
            (None, None) => {}
            (None, Some(_)) => back = true,
            (Some(a), Some(b)) if *a == b => {}
            _ => return Hold::Changed { kind, id },
        }
    }
    if back {
        Hold::Back
    } else {
        Hold::Ready
    }
}

/// The items a command puts, replaces or removes, in order, each once.
fn touched(cmd: &Command) -> Vec<(Kind, Id)> {
    fn walk(cmd: &Command, out: &mut Vec<(Kind, Id)>) {
        let item = match cmd {
            Command::Put { entity, .. } => Some((entity.kind(), entity.id().clone())),
            Command::Remove { kind, id } | Command::Move { kind, id, .. } => {
                Some((*kind, id.clone()))
            }
            Command::Withdraw { update, .. } => Some((Kind::Update, update.clone())),
            Command::Batch(cmds) => {
                cmds.iter().for_each(|c| walk(c, out));
                None
            }
            Command::SetHeader(_) => None,
        };
        if let Some(item) = item {
            if !out.contains(&item) {
                out.push(item);
            }
        }
    }
    let mut out = Vec::new();
    walk(cmd, &mut out);
    out
}

/// The item of `kind` and `id` in `plan`, if there is one.
fn entity(plan: &Plan, kind: Kind, id: &Id) -> Option<Entity> {
    match kind {
        Kind::Goal => plan.goal(id).cloned().map(Entity::Goal),
        Kind::Area => plan.area(id).cloned().map(Entity::Area),
        Kind::Unit => plan.unit(id).cloned().map(Entity::Unit),
        Kind::Task => plan.task(id).cloned().map(Entity::Task),
        Kind::Project => plan.project(id).cloned().map(Entity::Project),
        Kind::Indicator => plan.indicator(id).cloned().map(Entity::Indicator),
        Kind::Update => plan.update(id).cloned().map(Entity::Update),
        Kind::Step => plan.step(id).cloned().map(Entity::Step),
        Kind::Notice => plan.notice(id).cloned().map(Entity::Notice),
    }
}

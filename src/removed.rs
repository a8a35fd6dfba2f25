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
use rustc_hash::FxHashMap;
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
    let left = entities(plan, &touched(&restore))
        .into_iter()
        .flatten()
        .collect();
    Removed {
        entry,
        restore,
        left,
    }
}

/// Whether `removed` can be brought back into `plan`.
pub fn check(plan: &Plan, removed: &Removed) -> Hold {
    let items = touched(&removed.restore);
    let now = entities(plan, &items);
    // How the removal left each item, in the order of `items`.
    let mut then = vec![None; items.len()];
    for kind in kinds(&items) {
        let at = positions(&items, kind);
        for e in removed.left.iter().filter(|e| e.kind() == kind) {
            if let Some(&i) = at.get(e.id()) {
                then[i] = Some(e);
            }
        }
    }
    let mut back = false;
    for (i, (kind, id)) in items.into_iter().enumerate() {
        match (then[i], &now[i]) {
            (None, None) => {}
            (None, Some(_)) => back = true,
            (Some(a), Some(b)) if a == b => {}
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
    /// `seen`: per id, a bit for each kind met with it.
    fn walk<'a>(cmd: &'a Command, seen: &mut FxHashMap<&'a Id, usize>, out: &mut Vec<(Kind, Id)>) {
        let item = match cmd {
            Command::Put { entity, .. } | Command::Edit { after: entity, .. } => {
                Some((entity.kind(), entity.id()))
            }
            Command::Remove { kind, id } | Command::Move { kind, id, .. } => Some((*kind, id)),
            Command::Withdraw { update, .. } => Some((Kind::Update, update)),
            Command::Batch(cmds) => {
                cmds.iter().for_each(|c| walk(c, seen, out));
                None
            }
            Command::SetHeader(_) => None,
        };
        if let Some((kind, id)) = item {
            let met = seen.entry(id).or_insert(0);
            if *met & 1 << kind as usize == 0 {
                *met |= 1 << kind as usize;
                out.push((kind, id.clone()));
            }
        }
    }
    let mut out = Vec::new();
    walk(cmd, &mut FxHashMap::default(), &mut out);
    out
}

/// The kinds of `items`, each once.
fn kinds(items: &[(Kind, Id)]) -> Vec<Kind> {
    let mut out = Vec::new();
    for (kind, _) in items {
        if !out.contains(kind) {
            out.push(*kind);
        }
    }
    out
}

/// Where each item of `kind` stands in `items`.
fn positions(items: &[(Kind, Id)], kind: Kind) -> FxHashMap<&Id, usize> {
    let mut at = FxHashMap::default();
    for (i, (k, id)) in items.iter().enumerate() {
        if *k == kind {
            at.entry(id).or_insert(i);
        }
    }
    at
}

/// Each of `items` as it is in `plan`, in the order of `items` (`None` for
/// one not there). Each of the plan's lists that holds a kind asked for is
/// read once, however many items are asked for: an undone merge removes
/// thousands of reports.
pub(crate) fn entities(plan: &Plan, items: &[(Kind, Id)]) -> Vec<Option<Entity>> {
    let mut found = vec![None; items.len()];
    for kind in kinds(items) {
        let at = positions(items, kind);
        let mut look = |id: &Id, entity: &dyn Fn() -> Entity| {
            if let Some(&i) = at.get(id) {
                found[i] = Some(entity());
            }
        };
        match kind {
            Kind::Goal => plan
                .goals
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Goal(x.clone()))),
            Kind::Area => plan
                .areas
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Area(x.clone()))),
            Kind::Unit => plan
                .units
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Unit(x.clone()))),
            Kind::Task => plan
                .tasks
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Task(x.clone()))),
            Kind::Project => plan
                .projects
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Project(x.clone()))),
            Kind::Indicator => plan
                .indicators
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Indicator(x.clone()))),
            Kind::Update => plan
                .updates
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Update(x.clone()))),
            Kind::Step => plan
                .steps
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Step(x.clone()))),
            Kind::Notice => plan
                .notices
                .iter()
                .for_each(|x| look(&x.id, &|| Entity::Notice(x.clone()))),
        }
    }
    found
}

//! The editing session on the plan on screen: the undo and redo stacks, the
//! changes applied in memory but not saved yet, and the rebase onto a plan
//! that another tab saved meanwhile.
//!
//! Pure: the plan is passed in (`&mut Plan`, changed in place, never copied)
//! and storage is a [`Store`], which the app implements over local storage
//! and the tests in memory (where they can fill the quota or play another
//! tab).
//!
//! # Rules
//!
//! - Before a change the caller catches up once ([`Session::catch_up`]):
//!   when the store holds a newer plan (another tab saved since), that plan
//!   is taken and this session's unsaved changes are replayed on it; those
//!   that no longer apply are dropped and returned, so the shell can say why.
//! - [`Session::apply`] applies the command (recorded in the plan's
//!   history), pushes its inverse on the undo stack and clears the redo
//!   stack.
//! - Undo applies the top inverse the same way (recorded as an undo, never
//!   erased from the history) and pushes the change's inverse on the redo
//!   stack; redo the other way round.
//! - [`Session::save`] writes the plan; on success nothing is left unsaved.
//!   On failure (a full quota) the changes stay in memory, in order, until a
//!   save succeeds, and are replayed on a newer plan like any other.
//! - The undo and redo stacks are kept with the plan's stored state
//!   ([`Session::kept`], [`Session::restore`]): after a reload, the last
//!   [`KEPT_STEPS`] changes can still be undone, as long as the plan is the
//!   one they were made on (its history has the length it had) and they
//!   fit in [`KEPT_BYTES`].
//! - What a change removed is kept too ([`crate::removed`], the last
//!   [`KEPT_REMOVALS`]) and survives a reload whatever happened to the plan
//!   since: [`Session::bring_back`] restores it while it still applies.

use crate::command::{apply_as, Author, Command, CommandError};
use crate::model::{Action, Change, Id, Plan};
use crate::removed::{self, Hold, Removed, KEPT_REMOVALS};
use serde::{Deserialize, Serialize};

/// How many undo (and redo) steps are kept across a reload.
pub const KEPT_STEPS: usize = 50;

/// At most this many bytes of steps and removals are kept across a reload
/// ([`Session::kept_text`]), a fifth of the browser's 5 MB of storage: the
/// undo of a merge of a few units' files (5,000 reports, 0.4 MB) is kept;
/// a larger step (a whole round's 30,000 reports, 1.7 MB) can be undone
/// until the page goes away, but does not take the plans' room. The shell
/// keeps less when the room left is short (`storage::steps_budget`), and
/// removes them when a plan needs their room.
pub const KEPT_BYTES: usize = 1 << 20;

/// Where plans are kept.
pub trait Store {
    /// Why a save failed; what was stored before is unchanged.
    type Error;
    /// Save `plan`, changed by `changes` (oldest first) since it was last
    /// saved: the whole plan, or only the changes beside what is stored
    /// ([`crate::journal`]). No changes: the plan was opened or replaced
    /// whole, and is written whole. The number of characters written.
    fn save(&mut self, plan: &Plan, changes: &[Recorded]) -> Result<usize, Self::Error>;
    /// The plan of `id` as another writer stored it since this store last
    /// read or wrote it, if it did (and it reads through the gate).
    fn newer(&mut self, id: &Id) -> Option<Plan>;
}

/// A change as it was made, to replay as it is on a newer plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recorded {
    pub cmd: Command,
    pub author: Author,
    pub at: String,
    pub entry: Change,
}

/// One step that can be undone (or redone): the command that does it, and
/// the history entry of the change it stands for.
pub type Step = (Command, Change);

/// The session of one plan. See the module documentation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    undo: Vec<Held<Step>>,
    redo: Vec<Held<Step>>,
    unsaved: Vec<Recorded>,
    removed: Vec<Held<Removed>>,
}

/// A step or a removal as the session holds it, with the length of its
/// JSON once it has been written out for [`Session::kept_text`]: one too
/// long for the room left is passed over at the next save without being
/// written out again (a round's merge undone is 3 MB of JSON, 94 ms).
#[derive(Clone, Debug)]
struct Held<T> {
    item: T,
    len: std::sync::OnceLock<usize>,
}

impl<T> Held<T> {
    fn new(item: T) -> Held<T> {
        Held {
            item,
            len: std::sync::OnceLock::new(),
        }
    }
}

/// Two held items are equal when what they hold is.
impl<T: PartialEq> PartialEq for Held<T> {
    fn eq(&self, other: &Held<T>) -> bool {
        self.item == other.item
    }
}

fn held<T>(items: Vec<T>) -> Vec<Held<T>> {
    items.into_iter().map(Held::new).collect()
}

fn items<T: Clone>(held: &[Held<T>]) -> Vec<T> {
    held.iter().map(|h| h.item.clone()).collect()
}

/// The undo and redo stacks as kept across a reload, with the length of the
/// plan's history they belong to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    pub history_len: usize,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    /// What changes removed, to bring back ([`crate::removed`]); absent in
    /// what was kept before it existed.
    #[serde(default)]
    pub removed: Vec<Removed>,
}

/// Why a removal was not brought back. The plan is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum BringBackError {
    /// No removal with that history entry is kept.
    NotKept,
    /// It no longer applies ([`Hold::Back`] or [`Hold::Changed`]).
    Hold(Hold),
    /// The core refused the restoring command.
    Refused(CommandError),
}

impl Session {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether changes are waiting to be saved.
    pub fn has_unsaved(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// The changes waiting to be saved, oldest first.
    pub fn unsaved(&self) -> &[Recorded] {
        &self.unsaved
    }

    /// Forget everything: another plan is on screen, or this one was
    /// replaced as a whole.
    pub fn forget(&mut self) {
        *self = Session::default();
    }

    /// The removals kept, oldest first.
    pub fn removed(&self) -> Vec<Removed> {
        items(&self.removed)
    }

    /// Bring back what the change recorded as `entry` removed, as a new,
    /// undoable change (an undo of the removal in the history); the removal's
    /// entry. Refused, changing nothing, when it no longer applies
    /// ([`removed::check`]). The caller catches up first, as for any change.
    pub fn bring_back(
        &mut self,
        plan: &mut Plan,
        entry: &Change,
        author: &Author,
        at: &str,
    ) -> Result<Change, BringBackError> {
        let i = self
            .removed
            .iter()
            .rposition(|r| r.item.entry == *entry)
            .ok_or(BringBackError::NotKept)?;
        match removed::check(plan, &self.removed[i].item) {
            Hold::Ready => {}
            hold => return Err(BringBackError::Hold(hold)),
        }
        let held = self.removed.remove(i);
        let taken = &held.item;
        let again = Change {
            action: Action::Undo,
            ..taken.entry.clone()
        };
        match self.apply(plan, taken.restore.clone(), again, author, at) {
            Ok(()) => Ok(held.item.entry),
            Err(e) => {
                self.removed.insert(i, held);
                Err(BringBackError::Refused(e))
            }
        }
    }

    /// Apply a user's change to `plan` (caught up first by the caller).
    /// `entry` is the change's history entry ([`crate::command::describe`]).
    /// A refused command leaves the plan as it was and the stacks unchanged.
    pub fn apply(
        &mut self,
        plan: &mut Plan,
        cmd: Command,
        entry: Change,
        author: &Author,
        at: &str,
    ) -> Result<(), CommandError> {
        let inverse = self.record(plan, cmd, entry.clone(), author, at)?;
        self.undo.push(Held::new((inverse, entry)));
        self.redo.clear();
        Ok(())
    }

    /// Undo the latest change; the history entry of the change undone, or
    /// `None` when there is none.
    pub fn undo(
        &mut self,
        plan: &mut Plan,
        author: &Author,
        at: &str,
    ) -> Option<Result<Change, CommandError>> {
        self.step(true, plan, author, at)
    }

    /// Make the latest undone change again; its history entry, or `None`
    /// when there is none.
    pub fn redo(
        &mut self,
        plan: &mut Plan,
        author: &Author,
        at: &str,
    ) -> Option<Result<Change, CommandError>> {
        self.step(false, plan, author, at)
    }

    /// Undo (`back`) or redo: take the top step of one stack, apply it
    /// (recorded as an undo or a redo of the original change) and push its
    /// inverse on the other stack. A step that no longer applies is dropped.
    fn step(
        &mut self,
        back: bool,
        plan: &mut Plan,
        author: &Author,
        at: &str,
    ) -> Option<Result<Change, CommandError>> {
        let (from, action) = if back {
            (&mut self.undo, Action::Undo)
        } else {
            (&mut self.redo, Action::Redo)
        };
        let (cmd, original) = from.pop()?.item;
        let entry = Change {
            action,
            ..original.clone()
        };
        Some(self.record(plan, cmd, entry, author, at).map(|inverse| {
            let to = if back { &mut self.redo } else { &mut self.undo };
            to.push(Held::new((inverse, original.clone())));
            original
        }))
    }

    /// Save `plan`. On success nothing is left unsaved; on failure every
    /// change stays in memory to be saved (or replayed) later.
    pub fn save<S: Store>(&mut self, plan: &Plan, store: &mut S) -> Result<usize, S::Error> {
        let written = store.save(plan, &self.unsaved)?;
        self.unsaved.clear();
        Ok(written)
    }

    /// When `store` holds a newer `plan` (another tab saved it), take it and
    /// replay the unsaved changes on it; the errors of those that no longer
    /// apply. Nothing happens when the store has nothing newer.
    pub fn catch_up<S: Store>(&mut self, plan: &mut Plan, store: &mut S) -> Vec<CommandError> {
        match store.newer(&plan.id) {
            Some(newer) => self.adopt(plan, newer),
            None => Vec::new(),
        }
    }

    /// Take `newer` (another tab's plan) in place of `plan`, with this
    /// session's unsaved changes replayed on it in order; the errors of those
    /// that no longer apply (they are dropped).
    pub fn adopt(&mut self, plan: &mut Plan, newer: Plan) -> Vec<CommandError> {
        *plan = newer;
        let mut dropped = Vec::new();
        let mut kept = Vec::new();
        for change in std::mem::take(&mut self.unsaved) {
            let Recorded {
                cmd,
                author,
                at,
                entry,
            } = change.clone();
            match apply_as(plan, cmd, &author, &at, entry) {
                Ok(_) => kept.push(change),
                Err(e) => dropped.push(e),
            }
        }
        self.unsaved = kept;
        dropped
    }

    /// The stacks to keep with the plan's stored state: the last
    /// [`KEPT_STEPS`] of each.
    pub fn kept(&self, plan: &Plan) -> Kept {
        let last = |steps: &[Held<Step>]| items(&steps[steps.len().saturating_sub(KEPT_STEPS)..]);
        Kept {
            history_len: plan.history.len(),
            undo: last(&self.undo),
            redo: last(&self.redo),
            removed: items(&self.removed),
        }
    }

    /// [`Session::kept`] as the JSON stored beside the plan, at most
    /// `budget` bytes of steps and removals. Each stack keeps its newest
    /// steps that fit, a step only with every newer one (an undo after a
    /// reload never passes over a change); the removals keep the newest
    /// that fit.
    pub fn kept_text(&self, plan: &Plan, budget: usize) -> String {
        let mut left = budget;
        let undo = newest_fitting(&self.undo, true, &mut left);
        let redo = newest_fitting(&self.redo, true, &mut left);
        let removed = newest_fitting(&self.removed, false, &mut left);
        format!(
            r#"{{"history_len":{},"undo":{undo},"redo":{redo},"removed":{removed}}}"#,
            plan.history.len()
        )
    }

    /// The session of `plan` after a reload, from what was kept: the stacks
    /// when they belong to this very plan (its history has the length it had
    /// when they were kept), else empty ones. The removals are kept either
    /// way: whether one still applies is checked when it is brought back.
    pub fn restore(plan: &Plan, kept: Option<Kept>) -> Session {
        match kept {
            Some(k) if k.history_len == plan.history.len() => Session {
                undo: held(k.undo),
                redo: held(k.redo),
                unsaved: Vec::new(),
                removed: held(k.removed),
            },
            Some(k) => Session {
                removed: held(k.removed),
                ..Session::default()
            },
            None => Session::default(),
        }
    }

    /// Apply `cmd` and remember it as unsaved; its inverse.
    fn record(
        &mut self,
        plan: &mut Plan,
        cmd: Command,
        entry: Change,
        author: &Author,
        at: &str,
    ) -> Result<Command, CommandError> {
        let inverse = apply_as(plan, cmd.clone(), author, at, entry.clone())?;
        if removed::is_removal(&cmd) {
            let recorded = plan.history.last().cloned().unwrap_or(entry.clone());
            self.removed
                .push(Held::new(removed::taken(plan, recorded, inverse.clone())));
            if self.removed.len() > KEPT_REMOVALS {
                self.removed.remove(0);
            }
        }
        self.unsaved.push(Recorded {
            cmd,
            author: author.clone(),
            at: at.to_string(),
            entry,
        });
        Ok(inverse)
    }
}

/// The JSON array of the newest of `items` (the last, at most
/// [`KEPT_STEPS`]) that fit in `left` bytes, oldest first; `left` is
/// lowered by what they take. With `unbroken`, the first that does not fit
/// ends the array.
fn newest_fitting<T: Serialize>(items: &[Held<T>], unbroken: bool, left: &mut usize) -> String {
    let mut texts = Vec::new();
    for held in items.iter().rev().take(KEPT_STEPS) {
        // Known too long for the room left: passed over without writing
        // it out again.
        let text = match held.len.get() {
            Some(&len) if len >= *left => None,
            _ => {
                let text = serde_json::to_string(&held.item).unwrap_or_default();
                let _ = held.len.set(text.len());
                Some(text).filter(|text| text.len() < *left)
            }
        };
        match text {
            Some(text) => {
                *left -= text.len() + 1;
                texts.push(text);
            }
            None if unbroken => break,
            None => {}
        }
    }
    texts.reverse();
    format!("[{}]", texts.join(","))
}

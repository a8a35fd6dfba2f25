//! A large plan's whole save, packed a slice at a time. Packing a
//! province's plan in one go is a fifth of a second or more, during which
//! the page answers no key; [`Packing`] does it in steps of a few
//! milliseconds, each its own task, and the text it makes is written in
//! one step at the end. A change to the plan between two steps makes the
//! work so far stale: the packing begins again on the plan as it is. The
//! page being hidden writes at once what a packing was for
//! ([`AppState::flush`]).

use super::AppState;
use crate::format::packed::Packing;
use crate::model::Id;
use crate::storage;
use crate::ui::widgets::later;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

// The page's one state's packing (plain cells: the app has one `AppState`).
thread_local! {
    /// Counts every change to the plan on screen (a command, an undo, a
    /// plan replaced or read anew): a packing begun before a change is
    /// stale.
    static REVISION: Cell<u64> = const { Cell::new(0) };
    /// The number of the latest run of the packing, and whether it is
    /// going on.
    static RUN: Cell<(u64, bool)> = const { Cell::new((0, false)) };
}

fn revision() -> u64 {
    REVISION.with(Cell::get)
}

/// A packing going on: its run, the plan and the revision it began from.
struct Slice {
    run: u64,
    id: Id,
    revision: u64,
    packing: Packing,
}

impl AppState {
    /// A change to the plan on screen (see `REVISION`).
    pub(super) fn plan_changed(&self) {
        REVISION.with(|r| r.set(r.get() + 1));
    }

    /// Whether a save is being packed.
    pub(super) fn packing(&self) -> bool {
        RUN.with(Cell::get).1
    }

    /// Save the plan on screen whole, packed a slice at a time (a large
    /// plan's waiting save, the page idle). A packing going on goes on.
    pub(super) fn save_in_slices(&self) {
        if self.packing() {
            return;
        }
        let run = RUN.with(Cell::get).0 + 1;
        RUN.with(|r| r.set((run, true)));
        let state = *self;
        later(move || state.pack_from_start(run), Duration::ZERO);
    }

    /// Stop the packing going on, if any (its work is dropped at its next
    /// step); whether one was.
    pub(super) fn stop_packing(&self) -> bool {
        let (run, was) = RUN.with(Cell::get);
        RUN.with(|r| r.set((run + 1, false)));
        was
    }

    fn is_run(&self, run: u64) -> bool {
        RUN.with(Cell::get).0 == run
    }

    /// The first step: the plan as it is now, besides its reports.
    fn pack_from_start(self, run: u64) {
        if !self.is_run(run) {
            return;
        }
        let (id, packing) = self
            .plan
            .with_untracked(|p| (p.id.clone(), Packing::start(p)));
        let slice = Slice {
            run,
            id,
            revision: revision(),
            packing,
        };
        later(move || self.pack_step(slice), Duration::ZERO);
    }

    fn pack_step(self, mut slice: Slice) {
        if !self.is_run(slice.run) {
            return;
        }
        if !self.plan.with_untracked(|p| p.id == slice.id) {
            // Another plan is on screen: leaving this one wrote what it had.
            self.stop_packing();
            return;
        }
        if slice.revision != revision() {
            return self.pack_from_start(slice.run);
        }
        let made = self.plan.with_untracked(|p| slice.packing.step(&p.updates));
        let Some(text) = made else {
            later(move || self.pack_step(slice), Duration::ZERO);
            return;
        };
        RUN.with(|r| r.set((slice.run, false)));
        // The text is the plan's stored form as it is now: the step that
        // finished it and this write are one task, with no change between.
        storage::prepare_whole(&slice.id, text);
        self.persist();
        storage::drop_prepared();
    }
}

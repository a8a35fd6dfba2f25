//! The editing session: undo and redo, changes kept in memory while storage
//! is full, the rebase onto another tab's newer plan, and the stacks kept
//! across a reload. The store here is memory, with a quota that can be
//! filled and a second writer that plays another tab.

use plan_tracker::command::{describe, Author, Command, CommandError};
use plan_tracker::format::{export_compact, import_plan};
use plan_tracker::i18n::Lang;
use plan_tracker::journal::Journal;
use plan_tracker::model::{Id, Kind, Plan, Subject};
use plan_tracker::sample::sample_plan;
use plan_tracker::session::{Kept, Recorded, Session, Store, KEPT_BYTES, KEPT_STEPS};
use plan_tracker::validate::Entity;
use rustc_hash::FxHashMap as HashMap;

/// Local storage in memory, seen from one tab: per plan its snapshot and
/// the journal of changes saved since (as the app keeps a large plan,
/// `plan_tracker::journal`), what this tab last read or wrote (its base),
/// and whether the quota is used up.
#[derive(Default)]
struct Memory {
    snapshots: HashMap<Id, String>,
    journals: HashMap<Id, String>,
    base: HashMap<Id, Stored>,
    full: bool,
}

/// A plan's stored state: its snapshot and its journal.
type Stored = (String, Option<String>);

impl Memory {
    /// Another tab writes `plan` whole.
    fn written_elsewhere(&mut self, plan: &Plan) {
        self.snapshots.insert(plan.id.clone(), export_compact(plan));
        self.journals.remove(&plan.id);
    }

    /// Another tab saves `changes` to plan `id` as its journal.
    fn journaled_elsewhere(&mut self, id: &Id, changes: &[Recorded]) {
        let (_, text) = self.journal(id).extended(changes).unwrap();
        self.journals.insert(id.clone(), text);
    }

    /// The journal that follows the stored snapshot of `id` (or a new one).
    fn journal(&self, id: &Id) -> Journal {
        let snapshot = &self.snapshots[id];
        self.journals
            .get(id)
            .and_then(|t| Journal::from_text(t))
            .filter(|j| j.follows(snapshot))
            .unwrap_or_else(|| Journal::after(snapshot))
    }

    fn state(&self, id: &Id) -> Option<Stored> {
        let snapshot = self.snapshots.get(id)?.clone();
        Some((snapshot, self.journals.get(id).cloned()))
    }

    /// The plan as a reload reads it: the snapshot, its journal replayed.
    fn stored(&self, id: &Id) -> Plan {
        let mut plan = import_plan(&self.snapshots[id]).unwrap();
        self.journal(id).replay(&mut plan).unwrap();
        plan
    }
}

impl Store for Memory {
    type Error = &'static str;

    fn save(&mut self, plan: &Plan, changes: &[Recorded]) -> Result<usize, Self::Error> {
        if self.full {
            return Err("quota exceeded");
        }
        let id = plan.id.clone();
        let journaled = match self.snapshots.get(&id) {
            Some(_) if !changes.is_empty() => self.journal(&id).extended(changes),
            _ => None,
        };
        let written = match journaled {
            Some((_, text)) => {
                self.journals.insert(id.clone(), text.clone());
                text
            }
            None => {
                let text = export_compact(plan);
                self.snapshots.insert(id.clone(), text.clone());
                self.journals.remove(&id);
                text
            }
        };
        self.base.insert(id.clone(), self.state(&id).unwrap());
        Ok(written.chars().count())
    }

    fn newer(&mut self, id: &Id) -> Option<Plan> {
        let state = self.state(id)?;
        if self.base.get(id) == Some(&state) {
            return None;
        }
        self.base.insert(id.clone(), state);
        Some(self.stored(id))
    }
}

fn me() -> Author {
    Author {
        name: "Li".into(),
        unit: "Office".into(),
    }
}

const AT: &str = "2023-09-30T08:00:00Z";

fn remove_task(id: &str) -> Command {
    Command::Remove {
        kind: Kind::Task,
        id: Id::new(id),
    }
}

/// Apply `cmd` as the app does: described, then through the session.
/// Apply `cmd` as the app does: caught up with the store once, described,
/// then through the session; the unsaved changes the catch up dropped.
fn apply(
    session: &mut Session,
    plan: &mut Plan,
    store: &mut Memory,
    cmd: Command,
) -> Result<Vec<CommandError>, CommandError> {
    let dropped = session.catch_up(plan, store);
    let entry = describe(plan, &cmd);
    session.apply(plan, cmd, entry, &me(), AT).map(|()| dropped)
}

fn opened() -> (Plan, Memory, Session) {
    let plan = sample_plan(Lang::En);
    let mut store = Memory::default();
    store.save(&plan, &[]).unwrap();
    (plan, store, Session::default())
}

#[test]
fn undo_and_redo_walk_back_and_forth_and_are_recorded() {
    let (mut plan, mut store, mut s) = opened();
    let before = plan.clone();
    let task = plan.tasks[0].id.clone();
    apply(&mut s, &mut plan, &mut store, remove_task(task.as_str())).unwrap();
    assert!(plan.task(&task).is_none());
    assert!(s.can_undo() && !s.can_redo());

    let undone = s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    assert_eq!(undone.target.as_ref(), Some(&task));
    assert_eq!(plan.tasks, before.tasks);
    assert_eq!(
        plan.updates.len(),
        before.updates.len(),
        "its reports came back"
    );
    assert!(!s.can_undo() && s.can_redo());

    s.redo(&mut plan, &me(), AT).unwrap().unwrap();
    assert!(plan.task(&task).is_none());
    // Three changes in the history: the removal, its undo, its redo.
    assert_eq!(plan.history.len(), before.history.len() + 3);
    assert!(s.undo(&mut Plan::clone(&plan), &me(), AT).is_some());
    assert!(Session::default().undo(&mut plan, &me(), AT).is_none());
}

#[test]
fn a_refused_command_changes_nothing() {
    let (mut plan, mut store, mut s) = opened();
    let before = plan.clone();
    let refused = apply(&mut s, &mut plan, &mut store, remove_task("no-such-task"));
    assert!(refused.is_err());
    assert_eq!(plan, before);
    assert!(!s.can_undo() && !s.has_unsaved());
}

#[test]
fn with_storage_full_changes_stay_in_memory_until_a_save_succeeds() {
    let (mut plan, mut store, mut s) = opened();
    let stored_before = store.state(&plan.id);
    store.full = true;
    let a = plan.tasks[0].id.clone();
    apply(&mut s, &mut plan, &mut store, remove_task(a.as_str())).unwrap();
    assert_eq!(s.save(&plan, &mut store), Err("quota exceeded"));
    assert!(s.has_unsaved());
    assert_eq!(
        store.state(&plan.id),
        stored_before,
        "what was stored is whole"
    );

    store.full = false;
    s.save(&plan, &mut store).unwrap();
    assert!(!s.has_unsaved());
    assert!(store.stored(&plan.id).task(&a).is_none());
}

#[test]
fn another_tabs_change_is_taken_and_this_tabs_unsaved_ones_replayed_on_it() {
    let (mut plan, mut store, mut s) = opened();
    let (a, b) = (plan.tasks[0].id.clone(), plan.tasks[1].id.clone());
    // This tab cannot save its removal of a…
    store.full = true;
    apply(&mut s, &mut plan, &mut store, remove_task(a.as_str())).unwrap();
    assert!(s.has_unsaved());
    store.full = false;
    // …while another tab removes b and saves.
    let mut theirs = store.stored(&plan.id);
    let mut other = Session::default();
    let cmd = remove_task(b.as_str());
    let entry = describe(&theirs, &cmd);
    other.apply(&mut theirs, cmd, entry, &me(), AT).unwrap();
    store.written_elsewhere(&theirs);

    // The next change here lands on their plan, with the unsaved one replayed.
    let c = plan.tasks[2].id.clone();
    let dropped = apply(&mut s, &mut plan, &mut store, remove_task(c.as_str())).unwrap();
    assert_eq!(dropped, vec![]);
    for gone in [&a, &b, &c] {
        assert!(plan.task(gone).is_none(), "{gone}");
    }
    s.save(&plan, &mut store).unwrap();
    let stored = store.stored(&plan.id);
    assert!(stored.task(&a).is_none() && stored.task(&b).is_none() && stored.task(&c).is_none());
}

#[test]
fn an_unsaved_change_that_no_longer_applies_is_dropped_and_said() {
    let (mut plan, mut store, mut s) = opened();
    let a = plan.tasks[0].id.clone();
    store.full = true;
    apply(&mut s, &mut plan, &mut store, remove_task(a.as_str())).unwrap();
    store.full = false;
    // The other tab removed the same task first.
    let mut theirs = store.stored(&plan.id);
    let cmd = remove_task(a.as_str());
    let entry = describe(&theirs, &cmd);
    Session::default()
        .apply(&mut theirs, cmd, entry, &me(), AT)
        .unwrap();
    store.written_elsewhere(&theirs);

    let dropped = s.catch_up(&mut plan, &mut store);
    assert_eq!(dropped.len(), 1);
    assert!(!s.has_unsaved());
    assert_eq!(plan, theirs);
}

#[test]
fn the_stacks_survive_a_reload_of_the_same_plan_only() {
    let (mut plan, mut store, mut s) = opened();
    let task = plan.tasks[0].clone();
    apply(&mut s, &mut plan, &mut store, remove_task(task.id.as_str())).unwrap();
    s.save(&plan, &mut store).unwrap();
    let kept = s.kept(&plan);
    // Kept as JSON beside the plan, and read back after a reload.
    let text = serde_json::to_string(&kept).unwrap();
    let mut reloaded = store.stored(&plan.id);
    let mut again = Session::restore(&reloaded, serde_json::from_str(&text).unwrap());
    assert!(again.can_undo());
    again.undo(&mut reloaded, &me(), AT).unwrap().unwrap();
    assert_eq!(
        reloaded.task(&task.id),
        Some(&task),
        "the deleted task is back"
    );

    // A plan changed since (another history length) gets a fresh session.
    let stale = Session::restore(&sample_plan(Lang::En), Some(kept));
    assert!(!stale.can_undo());
}

#[test]
fn only_the_last_steps_are_kept() {
    let (mut plan, mut store, mut s) = opened();
    let ids: Vec<Id> = plan.tasks.iter().map(|t| t.id.clone()).collect();
    assert!(ids.len() > 3);
    for _ in 0..(KEPT_STEPS / 2 + 2) {
        for id in &ids[..2] {
            apply(&mut s, &mut plan, &mut store, remove_task(id.as_str())).unwrap();
            s.undo(&mut plan, &me(), AT).unwrap().unwrap();
            s.redo(&mut plan, &me(), AT).unwrap().unwrap();
            s.undo(&mut plan, &me(), AT).unwrap().unwrap();
        }
    }
    let kept = s.kept(&plan);
    assert!(kept.undo.len() <= KEPT_STEPS && kept.redo.len() <= KEPT_STEPS);
}

/// What a reload reads back of `s`'s stacks kept within `budget` bytes.
fn kept_within(s: &Session, plan: &Plan, budget: usize) -> Kept {
    serde_json::from_str(&s.kept_text(plan, budget)).expect("the kept text reads back")
}

#[test]
fn the_kept_text_is_the_kept_stacks_when_they_fit() {
    let (mut plan, mut store, mut s) = opened();
    let ids: Vec<Id> = plan.tasks.iter().take(4).map(|t| t.id.clone()).collect();
    for id in &ids {
        apply(&mut s, &mut plan, &mut store, remove_task(id.as_str())).unwrap();
    }
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    let kept = s.kept(&plan);
    assert_eq!(
        (kept.undo.len(), kept.redo.len(), kept.removed.len()),
        (3, 1, 4)
    );
    assert_eq!(kept_within(&s, &plan, KEPT_BYTES), kept);
}

#[test]
fn what_is_kept_across_a_reload_fits_its_room_newest_first() {
    let (mut plan, mut store, mut s) = opened();
    // The two tasks that take the least room with their reports, then the
    // one that takes the most: its undo step (and its removal) carries its
    // text and every report.
    let room_of = |plan: &Plan, id: &Id| {
        let task = plan.task(id).unwrap();
        let reports = plan
            .updates
            .iter()
            .filter(|u| u.subject == Subject::Task(id.clone()));
        serde_json::to_string(task).unwrap().len()
            + reports
                .map(|u| serde_json::to_string(u).unwrap().len())
                .sum::<usize>()
    };
    let mut ids: Vec<Id> = plan.tasks.iter().map(|t| t.id.clone()).collect();
    ids.sort_by_key(|id| room_of(&plan, id));
    let (small, big) = (ids[..2].to_vec(), ids.last().unwrap().clone());
    // Its reports made many, as a year of monthly reports would be.
    let model = plan
        .updates
        .iter()
        .find(|u| u.subject == Subject::Task(big.clone()))
        .expect("the largest task has a report")
        .clone();
    for n in 0..12 {
        plan.updates.push(plan_tracker::model::Update {
            id: Id::new(format!("{}-{n}", model.id)),
            ..model.clone()
        });
    }
    for id in small.iter().chain([&big]) {
        apply(&mut s, &mut plan, &mut store, remove_task(id.as_str())).unwrap();
    }
    let all = s.kept(&plan);
    let size = |v: &dyn erased::Json| v.json_len() + 1;
    let small_steps: usize = all.undo[..2].iter().map(|x| size(x)).sum();
    let small_removals: usize = all.removed[..2].iter().map(|x| size(x)).sum();
    let room = small_removals;
    assert!(size(&all.undo[2]) > room && size(&all.removed[2]) > room);
    assert!(size(&all.undo[0]) <= room, "{small_steps} {small_removals}");

    // Room for the small removals: the big step is on top, so no undo
    // step is kept (undoing the older ones would pass over it, though
    // they would fit); the removals keep the small ones, which do not
    // depend on each other.
    let kept = kept_within(&s, &plan, room);
    assert!(kept.undo.is_empty());
    assert_eq!(kept.removed, all.removed[..2].to_vec());
    assert_eq!(kept.history_len, plan.history.len());

    // The big step undone: it is now on the redo stack, and the small
    // steps under it can be undone after a reload.
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    let kept = kept_within(&s, &plan, small_steps);
    assert_eq!(kept.undo, s.kept(&plan).undo);
    assert!(kept.redo.is_empty() && kept.removed.is_empty());
    let mut reloaded = plan.clone();
    let mut again = Session::restore(&reloaded, Some(kept));
    again.undo(&mut reloaded, &me(), AT).unwrap().unwrap();
    assert!(reloaded.task(&small[1]).is_some());

    // Nothing fits: nothing is kept, and the text still reads back.
    let kept = kept_within(&s, &plan, 0);
    assert!(kept.undo.is_empty() && kept.redo.is_empty() && kept.removed.is_empty());
}

/// The kept text remembers how long each step's JSON is, to pass over one
/// too long for the room left without writing it out again: whatever
/// budgets came before, it is what a session that never wrote one out
/// keeps.
#[test]
fn the_kept_text_does_not_depend_on_the_budgets_before() {
    let (mut plan, mut store, mut s) = opened();
    let ids: Vec<Id> = plan.tasks.iter().take(6).map(|t| t.id.clone()).collect();
    for id in &ids {
        apply(&mut s, &mut plan, &mut store, remove_task(id.as_str())).unwrap();
    }
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    let kept = s.kept(&plan);
    let sizes: Vec<usize> = kept.undo.iter().map(erased::Json::json_len).collect();
    let budgets = [
        0,
        50,
        sizes[3] + 1,
        sizes[2] + sizes[3] + 2,
        5_000,
        20_000,
        KEPT_BYTES,
    ];
    let fresh = |s: &Session, plan: &Plan, budget| {
        Session::restore(plan, Some(s.kept(plan))).kept_text(plan, budget)
    };
    for budget in budgets.iter().chain(budgets.iter().rev()).chain(&budgets) {
        assert_eq!(
            s.kept_text(&plan, *budget),
            fresh(&s, &plan, *budget),
            "budget {budget}"
        );
    }
    // A step undone moves to the other stack, a change clears the redo
    // stack: still the same.
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    apply(&mut s, &mut plan, &mut store, remove_task(ids[5].as_str())).unwrap();
    for budget in budgets.iter().rev().chain(&budgets) {
        assert_eq!(s.kept_text(&plan, *budget), fresh(&s, &plan, *budget));
    }
}

/// The length of a value's JSON, whatever its type.
mod erased {
    pub trait Json {
        fn json_len(&self) -> usize;
    }
    impl<T: serde::Serialize> Json for T {
        fn json_len(&self) -> usize {
            serde_json::to_string(self).unwrap().len()
        }
    }
}

#[test]
fn a_change_is_saved_as_itself_beside_the_snapshot_and_a_reload_replays_it() {
    let (mut plan, mut store, mut s) = opened();
    let snapshot = store.snapshots[&plan.id].clone();
    let (a, b) = (plan.tasks[0].id.clone(), plan.tasks[1].id.clone());
    apply(&mut s, &mut plan, &mut store, remove_task(a.as_str())).unwrap();
    let first = s.save(&plan, &mut store).unwrap();
    apply(&mut s, &mut plan, &mut store, remove_task(b.as_str())).unwrap();
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    let written = s.save(&plan, &mut store).unwrap();
    // The snapshot is untouched; the journal holds the three changes, and
    // is far shorter than the plan.
    assert_eq!(store.snapshots[&plan.id], snapshot);
    let journal = Journal::from_text(&store.journals[&plan.id]).unwrap();
    assert_eq!(journal.changes.len(), 3);
    assert!(
        first < written && written < snapshot.len() / 4,
        "{first}, {written}"
    );
    assert_eq!(store.stored(&plan.id), plan);

    // A plan opened whole (no changes) is written whole: a new snapshot,
    // no journal.
    s.forget();
    s.save(&plan, &mut store).unwrap();
    assert!(!store.journals.contains_key(&plan.id));
    assert_eq!(import_plan(&store.snapshots[&plan.id]).unwrap(), plan);
}

#[test]
fn another_tabs_journaled_change_is_taken_and_this_tabs_lands_on_it() {
    let (mut plan, mut store, mut s) = opened();
    let (a, b) = (plan.tasks[0].id.clone(), plan.tasks[1].id.clone());
    apply(&mut s, &mut plan, &mut store, remove_task(a.as_str())).unwrap();
    s.save(&plan, &mut store).unwrap();
    // Another tab, on what is stored, removes b and saves it as a journal entry.
    let mut theirs = store.stored(&plan.id);
    let cmd = remove_task(b.as_str());
    let entry = describe(&theirs, &cmd);
    let recorded = Recorded {
        cmd: cmd.clone(),
        author: me(),
        at: AT.into(),
        entry: entry.clone(),
    };
    Session::default()
        .apply(&mut theirs, cmd, entry, &me(), AT)
        .unwrap();
    store.journaled_elsewhere(&plan.id, &[recorded]);
    assert_eq!(store.stored(&plan.id), theirs);

    // This tab's next change catches up first, so lands on theirs.
    let c = plan.tasks[2].id.clone();
    apply(&mut s, &mut plan, &mut store, remove_task(c.as_str())).unwrap();
    s.save(&plan, &mut store).unwrap();
    let stored = store.stored(&plan.id);
    for gone in [&a, &b, &c] {
        assert!(stored.task(gone).is_none(), "{gone}");
    }
    assert_eq!(stored, plan);
    assert_eq!(
        Journal::from_text(&store.journals[&plan.id])
            .unwrap()
            .changes
            .len(),
        3
    );
}

/// The task `id` of `plan` with `f` applied to it, as an entity.
fn edited(plan: &Plan, id: &Id, f: impl Fn(&mut plan_tracker::model::Task)) -> Entity {
    let mut task = plan.task(id).unwrap().clone();
    f(&mut task);
    Entity::Task(task)
}

/// Two tabs open the same task's form. One saves a new title; the other,
/// opened before it, saves a new deadline: both are kept, the title is not
/// put back. Then the first tab's undo takes back the title alone.
#[test]
fn a_form_saved_in_one_tab_keeps_what_another_tab_changed_since_it_opened() {
    let (mut plan, mut store, mut s) = opened();
    let id = plan.tasks[0].id.clone();
    let opened_there = Entity::Task(plan.task(&id).unwrap().clone());

    // This tab renames the task and saves.
    let before = Entity::Task(plan.task(&id).unwrap().clone());
    let after = edited(&plan, &id, |t| t.title = "Renamed here".into());
    apply(
        &mut s,
        &mut plan,
        &mut store,
        Command::Edit { before, after },
    )
    .unwrap();
    s.save(&plan, &mut store).unwrap();

    // The other tab's form was opened before the rename; it changes only the
    // deadline, and its session catches up with the stored plan first.
    let mut theirs = store.stored(&plan.id);
    let mut other = Session::default();
    let mut theirs_store = Memory {
        snapshots: store.snapshots.clone(),
        journals: store.journals.clone(),
        ..Memory::default()
    };
    theirs_store
        .base
        .insert(plan.id.clone(), theirs_store.state(&plan.id).unwrap());
    let Entity::Task(mut form) = opened_there.clone() else {
        unreachable!()
    };
    let deadline = plan_tracker::model::Date::from_ymd_opt(2023, 11, 30);
    assert_ne!(form.deadline, deadline);
    form.deadline = deadline;
    let cmd = Command::Edit {
        before: opened_there,
        after: Entity::Task(form),
    };
    apply(&mut other, &mut theirs, &mut theirs_store, cmd).unwrap();
    let task = theirs.task(&id).unwrap();
    assert_eq!(task.title, "Renamed here");
    assert_eq!(task.deadline, deadline);
    other.save(&theirs, &mut theirs_store).unwrap();
    store.snapshots = theirs_store.snapshots.clone();
    store.journals = theirs_store.journals.clone();

    // This tab undoes its rename: it catches up first, and the deadline the
    // other tab set stays.
    s.catch_up(&mut plan, &mut store);
    assert_eq!(plan.task(&id).unwrap().deadline, deadline);
    s.undo(&mut plan, &me(), AT).unwrap().unwrap();
    let task = plan.task(&id).unwrap();
    assert_eq!(task.title, sample_plan(Lang::En).task(&id).unwrap().title);
    assert_eq!(task.deadline, deadline);
    // Redo renames it again, the deadline still kept.
    s.redo(&mut plan, &me(), AT).unwrap().unwrap();
    let task = plan.task(&id).unwrap();
    assert_eq!(task.title, "Renamed here");
    assert_eq!(task.deadline, deadline);
}

//! The app's state and its one write path: [`AppState::dispatch`].

use crate::command::{apply_as, describe, Author, Command, CommandError};
use crate::format::diff::kept_beside;
use crate::format::encoding::{decode_text, Encoding};
use crate::format::unit_report::UnitReport;
use crate::format::{
    export_plan, file_name, read_incoming_stepped, GateStep, ImportError, Incoming, Repair,
    MAX_FILE_BYTES,
};
use crate::i18n::{Catalog, Lang};
use crate::merge::{merge_command, Contribution};
use crate::model::{Change, Date, FilesIn, Id, Plan};
use crate::plan_list::{self, PlanSummary};
use crate::query::TaskIndex;
use crate::route::{today_param, Route};
use crate::sample::{
    is_sample, is_sample_id, read_sample, sample_lang, untouched_sample_as, untouched_sample_lang,
};
use crate::session::{BringBackError, Recorded, Session};
use crate::storage::{self, Broken, Newer, SaveError};
use crate::ui::widgets::memo;
use leptos::prelude::*;

mod packing;

/// A message shown at the top of the page until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    /// An error, with an optional list of details (e.g. every problem in a file).
    Error {
        text: String,
        details: Vec<String>,
    },
    /// After a language switch: the sample on screen has the user's changes
    /// and stays in the language named; a button opens the sample afresh in
    /// the language now chosen, beside it.
    EditedSample {
        was: Lang,
    },
}

/// A previewed plan file taken out of [`Pending::Plan`]: its name, the
/// plan, the repair the gate made, and the stored form the preview made.
type PendingPlan = (String, Plan, Option<Repair>, Option<Box<(Change, String)>>);

/// A new number for a plan put in the preview ([`Pending::Plan`]'s `read`).
fn next_read() -> u64 {
    thread_local! {
        static READS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }
    READS.with(|r| {
        r.set(r.get() + 1);
        r.get()
    })
}

/// A file read and checked, waiting for the user's word. Nothing from it is
/// stored until the user confirms.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// A plan file: preview, then replace, keep both or merge.
    Plan {
        file: String,
        plan: Box<Plan>,
        repair: Option<Repair>,
        /// The plan's stored form as "Open it" would keep it, with the
        /// history entry that says it was read from the file: made by the
        /// preview, which packs the plan to say whether it fits, so that
        /// opening it writes that text instead of packing it again.
        stored: Option<Box<(Change, String)>>,
        /// A number of its own for each plan put in the preview: the
        /// preview's packing goes on only while the plan it began on waits.
        read: u64,
    },
    /// One or more unit reports: preview the merge, resolve conflicts.
    Reports { files: Vec<(String, UnitReport)> },
    /// A CSV file, its text and the encoding it was read in: map its
    /// columns, preview, then add the tasks.
    Csv {
        file: String,
        text: String,
        encoding: Encoding,
    },
}

/// Shared state, provided as context. Copy: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// The plan on screen: the only plan held whole in memory.
    pub plan: RwSignal<Plan>,
    /// Every plan, as the list shows them; another plan is read from
    /// storage when it is opened ([`AppState::stored_plan`]).
    pub plans: RwSignal<Vec<PlanSummary>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Stored plans that could not be read; shown until the user acts.
    pub broken: RwSignal<Vec<Broken>>,
    /// Set while the latest change could not be saved.
    pub save_error: RwSignal<Option<SaveError>>,
    /// The day the lights are computed for: `?today=` or the clock.
    pub today: RwSignal<Date>,
    /// The view on screen; kept in the URL.
    pub route: RwSignal<Route>,
    /// Who is making changes, for the history.
    pub author: RwSignal<Author>,
    /// Every task's light, progress and search text for `today`, rebuilt when
    /// the plan or the day changes; the task table, timeline, dashboard and
    /// scoreboard read it.
    pub task_index: Memo<TaskIndex>,
    /// A picked or dropped file waiting for the user's word.
    pub pending: RwSignal<Option<Pending>>,
    /// Undo and redo, and the changes not saved yet (`session`, the core).
    session: RwSignal<Session>,
    /// Set while the notice on screen was raised by the event being handled
    /// (cleared once it is handled): moving on in that same event (a result,
    /// then the view that shows it) keeps the notice.
    notice_fresh: StoredValue<bool>,
    /// The timer of a save waiting for the page to be idle (large plans).
    save_timer: StoredValue<Option<i32>>,
    /// Whether the current plan's last stored text was large: its saves
    /// then wait until the page is idle instead of following every change.
    large: StoredValue<bool>,
    /// Plans left while their changes could not be saved (a full quota):
    /// kept whole here, so opening one again shows them, until saved.
    held: StoredValue<Vec<Plan>>,
}

/// Plans whose stored text is longer than this many characters are saved
/// when the page is idle (and before it goes away), not on every change.
const SAVE_LATER_ABOVE_CHARS: usize = 256 * 1024;

/// The shared state; every component below the app's root has it.
pub(crate) fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// How long after the last change a large plan is saved, in milliseconds.
const SAVE_IDLE_MS: i32 = 400;

/// Plans of at least this many tasks and reports together take a moment to
/// export (a province's year: 1 to 2 s), so the page says so first.
const LARGE_EXPORT: usize = 5_000;

impl AppState {
    /// The state over what start-up read from storage ([`storage::load_start`]),
    /// in the language of [`start_lang`]. When no plan is stored (a first
    /// visit) `sample` is the sample plan as read from the site's files, which
    /// is opened and saved; if it could not be read, an empty plan is shown
    /// with the error, and nothing is saved.
    pub fn init(stored: storage::Start, sample: Option<Result<Plan, String>>) -> AppState {
        let lang = start_lang();
        let mut save_error = None;
        let mut sample_failed = None;
        let (current, plans) = match (stored.current, sample) {
            (Some(current), _) => (current, stored.plans),
            (None, Some(Ok(sample))) => {
                let sample = fresh_sample(sample, &[]);
                if let Err(e) = storage::save_plan(&sample) {
                    save_error = Some(e);
                }
                let list = vec![PlanSummary::of(&sample)];
                (sample, list)
            }
            (None, failed) => {
                sample_failed = failed.and_then(Result::err);
                let today = today_param(&search()).unwrap_or_else(clock_today);
                let year = |m, d| {
                    use chrono::Datelike;
                    chrono::NaiveDate::from_ymd_opt(today.year(), m, d).unwrap_or(today)
                };
                let plan = Plan::new(super::ids::new_id("plan"), "", year(1, 1), year(12, 31));
                let list = vec![PlanSummary::of(&plan)];
                (plan, list)
            }
        };
        let session = Session::restore(&current, storage::load_session(&current.id));
        let plan = RwSignal::new(current);
        let today = RwSignal::new(today_param(&search()).unwrap_or_else(clock_today));
        let state = AppState {
            lang: RwSignal::new(lang),
            plan,
            plans: RwSignal::new(plans),
            notices: RwSignal::new(Vec::new()),
            broken: RwSignal::new(stored.broken),
            save_error: RwSignal::new(save_error),
            today,
            route: RwSignal::new(Route::parse(&search())),
            author: RwSignal::new(storage::author()),
            pending: RwSignal::new(None),
            task_index: memo(move || plan.with(|p| TaskIndex::build(p, today.get()))),
            session: RwSignal::new(session),
            save_timer: StoredValue::new(None),
            large: StoredValue::new(false),
            held: StoredValue::new(Vec::new()),
            notice_fresh: StoredValue::new(false),
        };
        state.note_stored_size();
        state.set_document_lang(lang);
        // Loaded again by a switch of language: as if switched in place.
        state.follow_lang(lang, storage::take_lang_switched());
        if let Some(e) = sample_failed {
            state.sample_failed(e);
        }
        state
    }

    pub fn t(&self) -> &'static Catalog {
        // One catalog built in: the same whatever the language (a switch
        // loads the other build), so nothing reads, or waits on, `lang`.
        if let Some(only) = crate::i18n::ONLY {
            return only;
        }
        self.lang.get().catalog()
    }

    /// Switch the language; false when the user chose to stay (see below).
    pub fn set_lang(&self, lang: Lang) -> bool {
        if !lang.built() {
            // This build carries one language: the page loads again with
            // the build of `lang`, chosen in the address and in storage.
            // What is not saved yet is written as the page goes (pagehide);
            // what is typed in an open form is not, so the user is asked.
            if !super::edited::may_lose(self.t().lang_switch_unsaved, true) {
                return false;
            }
            let _ = storage::save_lang(lang);
            storage::mark_lang_switched();
            write_pending();
            let location = window().location();
            let params = web_sys::UrlSearchParams::new_with_str(&search()).ok();
            if let Some(params) = params {
                params.set("lang", lang.tag());
                let path = location.pathname().unwrap_or_default();
                let hash = location.hash().unwrap_or_default();
                let _ = location.replace(&format!(
                    "{path}?{}{hash}",
                    String::from(params.to_string())
                ));
            }
            return true;
        }
        self.lang.set(lang);
        self.set_document_lang(lang);
        let _ = storage::save_lang(lang);
        self.follow_lang(lang, true);
        true
    }

    /// Show every sample plan nobody has changed in `lang`, and save it so.
    /// A sample with the user's changes is never replaced: when it is on
    /// screen and in another language, `offer` says so, with a button to
    /// open the sample afresh in `lang` beside it.
    /// The sample's files are read only when something is to be done:
    /// a sample to renew, or an edited one on screen to say so of.
    fn follow_lang(&self, lang: Lang, offer: bool) {
        // Samples are known by their ids: only those plans are read.
        let samples: Vec<Id> = self.plans.with_untracked(|all| {
            all.iter()
                .map(|p| p.id.clone())
                .filter(is_sample_id)
                .collect()
        });
        let renew: Vec<Id> = samples
            .into_iter()
            .filter(|id| self.untouched_sample(id).is_some_and(|was| was != lang))
            .collect();
        let edited = offer
            && self
                .plan
                .with_untracked(|p| is_sample(p) && untouched_sample_lang(p).is_none());
        if renew.is_empty() && !edited {
            return;
        }
        self.with_sample(lang, move |state, shipped| {
            if state.lang.get_untracked() != lang {
                return; // switched again meanwhile: that switch follows
            }
            for id in &renew {
                state.renew_sample(id, lang, &shipped);
            }
            if !edited {
                return;
            }
            let other = match lang {
                Lang::Zh => Lang::En,
                Lang::En => Lang::Zh,
            };
            state.with_sample(other, move |state, beside| {
                let (zh, en) = match lang {
                    Lang::Zh => (&shipped, &beside),
                    Lang::En => (&beside, &shipped),
                };
                let was = state.plan.with_untracked(|p| sample_lang(p, zh, en));
                match was {
                    Some(was) if was != state.lang.get_untracked() => {
                        state.show(Notice::EditedSample { was })
                    }
                    _ => {}
                }
            });
        });
    }

    /// The language the sample of `id` is untouched in, if it is.
    fn untouched_sample(&self, id: &Id) -> Option<Lang> {
        if self.plan.with_untracked(|p| &p.id == id) {
            self.plan.with_untracked(untouched_sample_lang)
        } else {
            self.stored_plan(id)
                .as_ref()
                .and_then(untouched_sample_lang)
        }
    }

    /// Show the sample of `id` as `shipped` in `lang` and save it so, if it
    /// is still untouched in another language (checked again now: the user
    /// may have changed it while the files were read).
    fn renew_sample(&self, id: &Id, lang: Lang, shipped: &Plan) {
        let current = self.plan.with_untracked(|p| &p.id == id);
        let renewed = if current {
            self.plan
                .with_untracked(|p| untouched_sample_as(p, lang, shipped))
        } else {
            self.stored_plan(id)
                .and_then(|p| untouched_sample_as(&p, lang, shipped))
        };
        let Some(plan) = renewed else { return };
        if current {
            self.plan.set(plan);
            self.plan_changed();
            self.forget_undo();
            self.persist();
        } else {
            if let Err(e) = storage::save_plan(&plan) {
                self.save_error.set(Some(e));
            }
            self.plans
                .update(|all| plan_list::put(all, PlanSummary::of(&plan)));
        }
    }

    /// Read the sample in `lang` from the site's files, then `then` with
    /// it; if it cannot be read, say why and change nothing.
    fn with_sample(&self, lang: Lang, then: impl FnOnce(AppState, Plan) + 'static) {
        self.with_sample_boxed(lang, Box::new(then));
    }

    /// [`Self::with_sample`] through one future for every caller.
    fn with_sample_boxed(&self, lang: Lang, then: Box<dyn FnOnce(AppState, Plan)>) {
        let state = *self;
        leptos::task::spawn_local(async move {
            match shipped_sample(lang).await {
                Ok(plan) => then(state, plan),
                Err(e) => state.sample_failed(e),
            }
        });
    }

    /// The sample's files could not be read: say so, with why.
    fn sample_failed(&self, why: String) {
        let t = self.lang.get_untracked().catalog();
        self.error(t.sample.not_loaded, vec![why]);
    }

    /// Open the sample as it shipped, in the language on screen, beside
    /// the plans here (an edited sample keeps its place).
    pub fn open_sample_beside(&self) {
        self.with_sample(self.lang.get_untracked(), |state, plan| {
            let plan = state.plans.with_untracked(|all| fresh_sample(plan, all));
            state.open_plan(plan);
            state.info(state.lang.get_untracked().catalog().sample.opened_beside);
        });
    }

    fn set_document_lang(&self, lang: Lang) {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
    }

    pub fn info(&self, text: impl Into<String>) {
        self.show(Notice::Info(text.into()));
    }

    /// [`AppState::info`] for something done that a save has to keep: not
    /// said while the plan is not saved (the warning says so instead). A
    /// large plan's save comes later; if it fails, it takes the words back
    /// (see [`AppState::persist`]).
    pub fn said_if_saved(&self, text: String) {
        if self.save_error.with_untracked(Option::is_none) {
            self.info(text);
        }
    }

    pub fn error(&self, text: impl Into<String>, details: Vec<String>) {
        self.show(Notice::Error {
            text: text.into(),
            details,
        });
    }

    /// Put `notice` in place of the one on screen.
    fn show(&self, notice: Notice) {
        self.notices.set(vec![notice]);
        self.notice_fresh.set_value(true);
        let fresh = self.notice_fresh;
        // Runs once the event that raised the notice has been handled.
        leptos::task::spawn_local(async move { fresh.set_value(false) });
    }

    /// The user has moved on (another view, another file, another plan):
    /// the result or error of what they did before no longer applies, so it
    /// goes, unless this same action raised it. Storage warnings and
    /// unreadable stored plans are not notices: they stay until resolved.
    pub fn move_on(&self) {
        if !self.notice_fresh.get_value() && self.notices.with_untracked(|n| !n.is_empty()) {
            self.notices.set(Vec::new());
        }
    }

    /// Clear the notice on screen (its Dismiss button).
    pub fn dismiss_notices(&self) {
        self.notices.set(Vec::new());
    }

    /// Apply a user's change to the current plan, record it in the plan's
    /// history, and save. A refused command leaves the plan as it was.
    pub fn dispatch(&self, cmd: Command) -> Result<(), CommandError> {
        self.dispatch_from(cmd, None)
    }

    /// [`AppState::dispatch`], the history entry naming the files the
    /// change's items came in (a merge, a CSV file).
    pub fn dispatch_from(&self, cmd: Command, files: Option<FilesIn>) -> Result<(), CommandError> {
        self.catch_up();
        let entry = self
            .plan
            .with_untracked(|p| describe(p, &cmd))
            .came_in(files);
        let (author, at) = (self.author.get_untracked(), now_iso());
        let mut outcome = None;
        // The core changes the plan in place (never a copy) or, refusing the
        // command, leaves it exactly as it was.
        self.plan.maybe_update(|plan| {
            self.session.update(|s| {
                outcome = Some(s.apply(plan, cmd, entry, &author, &at));
            });
            matches!(outcome, Some(Ok(_)))
        });
        self.plan_changed();
        let result = outcome.expect("the update ran");
        if result.is_ok() {
            self.save_soon();
        }
        result
    }

    /// Tell the user about changes of this tab that no longer applied to
    /// another tab's newer plan.
    fn said_dropped(&self, dropped: &[CommandError]) {
        for e in dropped {
            self.error(self.t().command_error(e), Vec::new());
        }
    }

    /// Save after a change: at once for a small plan, and for a change
    /// appended to the journal of a plan stored packed; a large plan
    /// written whole (or a packed one whose journal the change would fill)
    /// when the page has been idle for a moment, so that a burst of
    /// changes is saved once and typing never waits for a save.
    /// [`AppState::flush`] writes a waiting save before the page goes away.
    fn save_soon(&self) {
        // A change to a plan stored packed is saved as itself, beside the
        // stored plan (`storage::save_changes`): quick, so at once. A change
        // that would fill the journal waits, as a large plan's whole save
        // does, and the plan is then packed a slice at a time.
        let (journaled, quick) = self.plan.with_untracked(|p| {
            self.session.with_untracked(|s| {
                let journaled = storage::journals(&p.id);
                let quick = s.has_unsaved() && storage::journal_takes(&p.id, s.unsaved());
                (journaled, quick)
            })
        });
        if !(self.large.get_value() || journaled) || quick {
            self.persist();
            return;
        }
        if self.save_timer.get_value().is_some() || self.packing() {
            return;
        }
        let state = *self;
        // Packed a slice at a time, so the page answers keys meanwhile.
        let save = wasm_bindgen::closure::Closure::once_into_js(move || {
            state.save_timer.set_value(None);
            state.save_in_slices();
        });
        let id = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                wasm_bindgen::JsCast::unchecked_ref(&save),
                SAVE_IDLE_MS,
            )
            .ok();
        match id {
            Some(id) => self.save_timer.set_value(Some(id)),
            None => self.persist(),
        }
    }

    /// Whether the current plan is stored large, read from storage.
    fn note_stored_size(&self) {
        let id = self.plan.with_untracked(|p| p.id.clone());
        self.large
            .set_value(storage::stored_len(&id) > SAVE_LATER_ABOVE_CHARS);
    }

    /// Write a waiting save now (the page is being hidden or closed, or
    /// the plan left); a packing going on is stopped.
    pub fn flush(&self) {
        let waiting = self.save_timer.get_value();
        if let Some(id) = waiting {
            window().clear_timeout_with_handle(id);
            self.save_timer.set_value(None);
        }
        if self.stop_packing() || waiting.is_some() {
            self.persist();
        }
    }

    /// The page is hidden, so no one waits for it: write the plan on screen
    /// whole if changes to it are kept as a journal beside the stored plan
    /// (see `storage`), so the next start-up replays none. A failed write
    /// loses nothing: the changes stay in the journal, saved.
    pub fn compact(&self) {
        self.flush();
        if !self.plan.with_untracked(|p| storage::has_journal(&p.id)) {
            return;
        }
        // Another tab's change this tab has not heard of yet is read first,
        // so the plan written whole holds it.
        self.catch_up();
        if self.session.with_untracked(Session::has_unsaved) {
            return;
        }
        self.plan.with_untracked(|plan| {
            if storage::has_journal(&plan.id) {
                let _ = storage::fold_journal(plan);
            }
        });
    }

    /// Report journals of changes found unreadable while reading a plan
    /// (`storage::take_broken_journals`), like unreadable plans.
    fn note_broken_journals(&self) {
        let found = storage::take_broken_journals();
        if !found.is_empty() {
            self.broken.update(|all| {
                for b in found {
                    if all.iter().all(|x| x.key != b.key) {
                        all.push(b);
                    }
                }
            });
        }
    }

    pub fn can_undo(&self) -> bool {
        self.session.with(Session::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.session.with(Session::can_redo)
    }

    /// Undo the latest change (it stays in the history, with an entry saying it was undone).
    pub fn undo(&self) {
        self.step(true);
    }

    /// Make the latest undone change again.
    pub fn redo(&self) {
        self.step(false);
    }

    fn step(&self, back: bool) {
        if !(if back {
            self.can_undo()
        } else {
            self.can_redo()
        }) {
            if back {
                self.info(self.t().nothing_to_undo);
            }
            return;
        }
        self.catch_up();
        let (author, at) = (self.author.get_untracked(), now_iso());
        let mut outcome = None;
        self.plan.maybe_update(|plan| {
            self.session.update(|s| {
                outcome = if back {
                    s.undo(plan, &author, &at)
                } else {
                    s.redo(plan, &author, &at)
                };
            });
            matches!(outcome, Some(Ok(_)))
        });
        self.plan_changed();
        match outcome {
            Some(Ok(original)) => {
                let what = (self.t().history.sentence)(&original);
                let done = if back {
                    self.t().undone
                } else {
                    self.t().redone
                };
                self.info(format!("{done}{what}"));
                self.save_soon();
            }
            Some(Err(e)) => self.error(self.t().command_error(&e), Vec::new()),
            None => {}
        }
    }

    /// The removals that may be brought back, oldest first (reactive).
    pub fn removed(&self) -> Vec<crate::removed::Removed> {
        self.session.with(|s| s.removed())
    }

    /// Bring back what the change recorded as `entry` removed (the History's
    /// "Bring back"), as a new undoable change.
    pub fn bring_back(&self, entry: &Change) {
        self.catch_up();
        let (author, at) = (self.author.get_untracked(), now_iso());
        let mut outcome = None;
        self.plan.maybe_update(|plan| {
            self.session.update(|s| {
                outcome = Some(s.bring_back(plan, entry, &author, &at));
            });
            matches!(outcome, Some(Ok(_)))
        });
        self.plan_changed();
        let t = self.t();
        match outcome.expect("the update ran") {
            Ok(removal) => {
                let what = (t.history.sentence)(&removal);
                self.info(format!("{} {what}", t.brought_back));
                self.save_soon();
            }
            Err(BringBackError::Refused(e)) => self.error(t.command_error(&e), Vec::new()),
            Err(_) => self.error(t.bring_back_gone, Vec::new()),
        }
    }

    /// Show `route` and add it to the browser's history (back and forward work).
    /// Going to another view clears the notice of the one left.
    /// A form typed in and not saved asks first; the user may stay.
    pub fn navigate(&self, route: Route) {
        let moved = !self.route.with_untracked(|r| same_view(r, &route));
        if moved {
            if !super::edited::may_lose(self.t().leave_unsaved, false) {
                return;
            }
            self.move_on();
        }
        write_pending();
        let query = route.to_query(&search());
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
        }
        self.route.set(route);
        // Another view: the focus goes to the page, not left on a link
        // that is gone (a screen reader reads on from the page's start).
        if moved {
            super::focus::focus_id("main");
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Like [`AppState::navigate`] but keeps the scroll position: for a change
    /// of filters on the same page (back and forward still step through them).
    /// The page changes first; the history entry is added once the next frame
    /// is painted (Chromium's same-document navigation takes 2–7 ms, which
    /// the click would otherwise wait for). A navigation, a keystroke or
    /// another click in the meantime adds it first.
    pub fn navigate_in_place(&self, route: Route) {
        write_pending();
        PUSHED.with_borrow_mut(|pushed| *pushed = Some(route.clone()));
        crate::ui::widgets::next_frame(|| {
            crate::ui::widgets::later(write_pushed, std::time::Duration::ZERO)
        });
        self.route.set(route);
    }

    /// Show `route` in place of the current history entry (for changes made
    /// while typing, so that back does not step through every keystroke).
    /// The address is written once typing pauses (a history write costs
    /// milliseconds, which the next keystroke would wait for); a navigation
    /// writes it first.
    pub fn replace_route(&self, route: Route) {
        // A click's entry not added yet is the one this typing replaces.
        write_pushed();
        TYPED.with_borrow_mut(|typed| *typed = Some(route.clone()));
        let timer = set_timeout_with_handle(write_typed, TYPING_PAUSE).ok();
        if let Some(earlier) = TYPED_TIMER.replace(timer) {
            earlier.clear();
        }
        self.route.set(route);
    }

    /// The link for `route`, for `href`s (so a link can be opened in a new tab).
    pub fn href(&self, route: &Route) -> String {
        route.to_query(&search())
    }

    /// Follow the browser's back and forward buttons.
    pub fn on_popstate(&self) {
        // An address typed or clicked but not written belonged to the entry
        // left.
        TYPED.with_borrow_mut(Option::take);
        PUSHED.with_borrow_mut(Option::take);
        if let Some(timer) = TYPED_TIMER.take() {
            timer.clear();
        }
        let route = Route::parse(&search());
        if !self.route.with_untracked(|r| same_view(r, &route)) {
            if !super::edited::may_lose(self.t().leave_unsaved, false) {
                // Stay: the address goes back to the view still shown.
                let query = self.route.with_untracked(|r| r.to_query(&search()));
                if let Ok(history) = window().history() {
                    let _ =
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
                }
                return;
            }
            self.move_on();
            self.route.set(route);
            super::focus::focus_id("main");
            return;
        }
        self.route.set(route);
    }

    pub fn set_author(&self, author: Author) {
        let _ = storage::save_author(&author);
        self.author.set(author);
    }

    /// Save the current plan; remember a failure so the page can warn (the
    /// warning stays until a save succeeds). Once saved, no change is left
    /// to replay on another tab's newer plan.
    pub fn persist(&self) {
        if let Some(id) = self.save_timer.get_value() {
            window().clear_timeout_with_handle(id);
            self.save_timer.set_value(None);
        }
        // What a packing going on was for is done now, or begun again below.
        self.stop_packing();
        // The plan is saved where it is, never copied.
        let (saved, summary) = self.plan.with_untracked(|plan| {
            let saved = self
                .session
                .try_update_untracked(|s| s.save(plan, &mut storage::Local))
                .unwrap_or_else(|| storage::save_plan(plan));
            if saved.is_ok() {
                // Undo and redo stay with the plan across a reload.
                let budget = storage::steps_budget(&plan.id);
                let kept = self.session.with_untracked(|s| s.kept_text(plan, budget));
                storage::save_session(&plan.id, &kept);
            }
            (saved, PlanSummary::of(plan))
        });
        match &saved {
            Ok(_) => {
                // The plan a reload opens: the one on screen, once it is
                // stored (a copy that could not be saved is not).
                let _ = storage::set_current_plan(&summary.id);
                // By what the plan takes stored, not what this save wrote
                // (a change beside a large plan is short).
                self.note_stored_size();
                self.held
                    .update_value(|held| held.retain(|p| p.id != summary.id));
            }
            // Not tried for want of room: a large plan still waits for idle.
            Err(SaveError::NoRoom { needed, .. }) => {
                self.large.set_value(*needed > SAVE_LATER_ABOVE_CHARS)
            }
            Err(_) => self.large.set_value(false),
        }
        if saved.is_err() {
            // What was just done is said as not saved, not as done.
            self.notices
                .update(|all| all.retain(|n| !matches!(n, Notice::Info(_))));
        }
        self.save_error.set(saved.err());
        self.plans.update(|all| plan_list::put(all, summary));
    }

    /// The plan of `id` as kept in this browser, read from storage through
    /// the gate (or, left unsaved, from memory); `None` when there is none.
    /// A stored text that fails the gate is reported, kept and locked, as
    /// at start. The plan on screen is not read again: see [`AppState::plan`].
    pub fn stored_plan(&self, id: &Id) -> Option<Plan> {
        if let Some(p) = self
            .held
            .with_value(|held| held.iter().find(|p| &p.id == id).cloned())
        {
            return Some(p);
        }
        let loaded = storage::load_plan(id)?;
        self.note_broken_journals();
        match loaded {
            Ok(plan) => Some(plan),
            Err(broken) => {
                self.broken.update(|all| {
                    if all.iter().all(|b| b.key != broken.key) {
                        all.push(broken);
                    }
                });
                None
            }
        }
    }

    /// Leave the plan on screen for another: a waiting save is written, and
    /// a plan whose changes could not be saved is kept in memory.
    fn leave_current(&self) {
        self.flush();
        let unsaved = self.save_error.with_untracked(Option::is_some)
            || self.session.with_untracked(Session::has_unsaved);
        if unsaved {
            let plan = self.plan.get_untracked();
            self.held.update_value(|held| {
                held.retain(|p| p.id != plan.id);
                held.push(plan);
            });
        }
    }

    /// Show the plan of `id`, read from storage; its undo and redo steps
    /// come back with it.
    pub fn switch_to(&self, id: &Id) {
        self.move_on();
        if self.plan.with_untracked(|p| &p.id == id) {
            return;
        }
        self.leave_current();
        if let Some(p) = self.stored_plan(id) {
            self.session
                .set(Session::restore(&p, storage::load_session(&p.id)));
            self.plan.set(p);
            self.plan_changed();
            self.note_stored_size();
            let _ = storage::set_current_plan(id);
        }
    }

    /// Open `plan` as a whole (import, sample restore, a new plan): replaces
    /// a plan of the same id. A large plan is shown first and saved when
    /// the page is idle (and before it goes away), so the user does not
    /// wait for it to be packed and written.
    pub fn open_plan(&self, plan: Plan) {
        self.open_plan_stored(plan, None);
    }

    /// [`Self::open_plan`], with the plan's stored form when it was made
    /// beforehand (`prepared`, by the import preview): then the plan is
    /// saved at once with that text, not packed again.
    fn open_plan_stored(&self, plan: Plan, prepared: Option<String>) {
        let id = plan.id.clone();
        let summary = PlanSummary::of(&plan);
        if !self.plan.with_untracked(|p| p.id == id) {
            self.leave_current();
        }
        self.plan.set(plan);
        self.plan_changed();
        self.forget_undo();
        if let Some(text) = prepared {
            storage::prepare_whole(&id, text);
            self.persist();
            storage::drop_prepared();
        } else if summary.is_large() {
            self.plans.update(|all| plan_list::put(all, summary));
            self.large.set_value(true);
            self.save_soon();
        } else {
            self.persist();
        }
    }

    /// Undo and redo apply to one plan: a plan replaced or switched starts afresh.
    pub(super) fn forget_undo(&self) {
        self.session.update(Session::forget);
        // Nor is the plan now on screen the one stored before plus changes.
        self.plan.with_untracked(|p| storage::forget_journal(&p.id));
    }

    /// Offer the plan on screen as a plan file (`<title>.plan.json`).
    pub fn export_current(&self) {
        self.export_with(|state| {
            // Borrowed, not copied: a province's plan is 10,000 tasks.
            let (name, text) = state
                .plan
                .with_untracked(|p| (file_name(p), export_plan(p)));
            crate::files::download(&name, &text, "application/json")
        });
    }

    /// The same plan file gzip-compressed (`<title>.plan.json.gz`).
    pub fn export_compressed(&self) {
        self.export_with(|state| {
            let (name, text) = state
                .plan
                .with_untracked(|p| (file_name(p), export_plan(p)));
            let bytes = crate::format::gzip::gzip(text.as_bytes());
            crate::files::download_bytes(&format!("{name}.gz"), &bytes, "application/gzip")
        });
    }

    /// Writes the plan's file with `write`. A large plan takes a second or
    /// more, in which the page cannot answer: the page first says that the
    /// file is being written, and writes it once that is on screen. A
    /// download that failed is said; the plan is unchanged either way.
    fn export_with(&self, write: fn(&AppState) -> Result<(), String>) {
        let state = *self;
        let finish = move |done: Result<(), String>| {
            if let Err(e) = done {
                state.error(state.t().download_failed, vec![e]);
            }
        };
        let large = self
            .plan
            .with_untracked(|p| p.tasks.len() + p.updates.len() >= LARGE_EXPORT);
        if !large {
            finish(write(self));
            return;
        }
        let writing = self.t().storage.export_writing;
        self.info(writing);
        // After the frame that shows the word: a task queued from the
        // frame's callback runs once it is painted.
        crate::ui::widgets::next_frame(move || {
            crate::ui::widgets::later(
                move || {
                    let done = write(&state);
                    let shown = state.notices.with_untracked(
                        |n| matches!(n.as_slice(), [Notice::Info(text)] if text == writing),
                    );
                    if shown {
                        state.dismiss_notices();
                    }
                    finish(done);
                },
                std::time::Duration::ZERO,
            )
        });
    }

    pub fn restore_sample(&self) {
        self.with_sample(self.lang.get_untracked(), |state, plan| {
            state.open_plan(plan);
            state.info(state.lang.get_untracked().catalog().sample_restored);
        });
    }

    pub fn import_failed(&self, e: &ImportError) {
        let t = self.t();
        let mut details: Vec<String> = match e {
            ImportError::Invalid(ps, places) => ps
                .iter()
                .zip(places)
                .take(20)
                .map(|(p, at)| t.problem_in(p, at.as_ref()))
                .collect(),
            ImportError::Syntax { detail, .. } | ImportError::Shape { detail, .. } => {
                vec![format!("{}: {detail}", t.error_detail)]
            }
            _ => Vec::new(),
        };
        if let ImportError::Invalid(ps, _) = e {
            if ps.len() > 20 {
                details.push((t.problem_more)(ps.len() - 20));
            }
        }
        self.error(
            format!("{} {}", t.import_failed, (t.import_error)(e)),
            details,
        );
    }

    /// Read picked or dropped files and put them before the user
    /// ([`Pending`]): a plan file, unit reports (several at once), or a CSV
    /// file. Files over the size limit are refused unread; a file that fails
    /// the gate is reported with every problem, and nothing changes.
    pub fn import_files(&self, files: Vec<web_sys::File>) {
        self.import_read(files, false);
    }

    /// [`AppState::import_files`] for a file picked as a sheet of tasks
    /// (Import CSV): read as one whatever its name, e.g. the tab-separated
    /// "Unicode text" Excel saves as `.txt`.
    pub fn import_sheet(&self, file: web_sys::File) {
        self.import_read(vec![file], true);
    }

    fn import_read(&self, files: Vec<web_sys::File>, sheet: bool) {
        // A new file: the outcome of the one before no longer applies.
        self.move_on();
        super::perf::mark("import-start");
        let state = *self;
        leptos::task::spawn_local(async move {
            let t = state.t();
            let mut reports: Vec<(String, UnitReport)> = Vec::new();
            for file in files {
                let name = file.name();
                let bytes = crate::files::size(&file);
                if bytes > MAX_FILE_BYTES {
                    state.import_failed_in(&name, &ImportError::TooLarge { bytes });
                    return;
                }
                let data = match crate::files::read_bytes(&file).await {
                    Ok(data) => {
                        super::perf::mark("import-bytes");
                        data
                    }
                    Err(e) => {
                        state.error(format!("{name}: {}", t.import_failed), vec![e]);
                        return;
                    }
                };
                // A sheet: CSV or tab-separated (Import CSV reads any file
                // as one: `import_sheet`).
                let lower = crate::text::lower(&name);
                if sheet || [".csv", ".tsv"].iter().any(|e| lower.ends_with(e)) {
                    match decode_text(&data, &crate::files::gb18030) {
                        Ok((text, encoding)) => state.pending.set(Some(Pending::Csv {
                            file: name,
                            text,
                            encoding,
                        })),
                        Err(e) => {
                            state.error(format!("{name}: {}", (t.csv.not_text)(&e)), Vec::new())
                        }
                    }
                    return;
                }
                // Each step marked for the benchmark: the file in memory,
                // decoded, parsed, then checked (`import-read`).
                let marked = |step| {
                    super::perf::mark(match step {
                        GateStep::Decoded => "import-decoded",
                        GateStep::Parsed => "import-parsed",
                    })
                };
                // A unit file's problems name its tasks as the plan on
                // screen has them.
                let read = state
                    .plan
                    .with_untracked(|open| read_incoming_stepped(&data, Some(open), marked));
                match read {
                    Ok((Incoming::Plan(plan), repair)) => {
                        super::perf::mark("import-read");
                        super::perf::measure("import-gate", "import-start", "import-read");
                        state.pending.set(Some(Pending::Plan {
                            file: name,
                            plan: Box::new(plan),
                            repair,
                            stored: None,
                            read: next_read(),
                        }));
                        super::perf::measure_to_paint(
                            "import-to-preview-painted",
                            "import-start",
                            "import-preview-painted",
                        );
                        return;
                    }
                    Ok((Incoming::UnitReport(report), _)) => reports.push((name, report)),
                    Err(e) => {
                        state.import_failed_in(&name, &e);
                        return;
                    }
                }
            }
            if !reports.is_empty() {
                state.pending.set(Some(Pending::Reports { files: reports }));
            }
        });
    }

    /// [`AppState::import_failed`], naming the file.
    pub fn import_failed_in(&self, file: &str, e: &ImportError) {
        self.import_failed(e);
        self.notices.update(|n| {
            if let Some(Notice::Error { text, .. }) = n.last_mut() {
                *text = format!("{file}: {text}");
            }
        });
    }

    /// The plan file waiting in the preview, taken out of it: (file name,
    /// plan, repair, stored form). The preview is closed.
    fn take_pending_plan(&self) -> Option<PendingPlan> {
        if !self
            .pending
            .with_untracked(|p| matches!(p, Some(Pending::Plan { .. })))
        {
            return None;
        }
        match self.pending.try_update(Option::take).flatten() {
            Some(Pending::Plan {
                file,
                plan,
                repair,
                stored,
                ..
            }) => Some((file, *plan, repair, stored)),
            _ => None,
        }
    }

    /// Open the previewed plan file as it is: as a new plan, or in place of
    /// the plan of the same id (the user has confirmed). Undo starts afresh.
    pub fn import_open(&self) {
        let Some((file, mut plan, _, stored)) = self.take_pending_plan() else {
            return;
        };
        // Its history goes on with who imported it, when, from which file:
        // the entry the preview's stored form holds, if it made one.
        let prepared = match stored.map(|s| *s) {
            Some((entry, text)) => {
                plan.history.push(entry);
                Some(text)
            }
            None => {
                plan.history.push(self.created(&plan, Some(&file)));
                None
            }
        };
        let t = self.t().import_preview;
        let replaced = self.plans.with_untracked(|all| {
            all.iter()
                .find(|p| p.id == plan.id)
                .map(|p| p.title.clone())
        });
        let title = plan.title.clone();
        self.open_plan_stored(plan, prepared);
        let said = match replaced {
            Some(here) => (t.replaced)(&here, &file),
            None => (t.opened)(&title, &file),
        };
        // Saved already (a small plan, or the preview's text written): said
        // only if that save held. A save still to come takes the words back
        // itself if it fails.
        if self.save_timer.get_value().is_none() {
            self.said_if_saved(said);
        } else {
            self.info(said);
        }
    }

    /// Keep the previewed plan file beside the plan of the same id: under a
    /// new id, its title marked as imported; then open it.
    pub fn import_keep_both(&self) {
        let Some((file, plan, _, _)) = self.take_pending_plan() else {
            return;
        };
        let t = self.t().import_preview;
        let titles: Vec<String> = self
            .plans
            .with_untracked(|all| all.iter().map(|p| p.title.clone()).collect());
        let taken: Vec<&str> = titles.iter().map(String::as_str).collect();
        let mut copy = kept_beside(plan, super::ids::new_id("plan"), t.imported_suffix, &taken);
        copy.history.push(self.created(&copy, Some(&file)));
        let title = copy.title.clone();
        self.open_plan(copy);
        self.said_if_saved((t.kept_both)(&title));
    }

    /// Merge the previewed file's progress reports and indicator values into
    /// the plan of the same id (opened first if another is on screen), as one
    /// undoable change. Items that differ from what is here keep what is here.
    pub fn import_merge(&self) {
        let Some((file, incoming, repair, _)) = self.take_pending_plan() else {
            return;
        };
        if self.plan.with_untracked(|p| p.id != incoming.id) {
            self.switch_to(&incoming.id);
        }
        if self.plan.with_untracked(|p| p.id != incoming.id) {
            // The plan here could not be opened: the file stays in the preview.
            self.pending.set(Some(Pending::Plan {
                file,
                plan: Box::new(incoming),
                repair,
                stored: None,
                read: next_read(),
            }));
            return;
        }
        let t = self.t();
        let (preview, command) = self.plan.with_untracked(|current| {
            let preview = crate::merge::preview(current, &[Contribution::of_plan(&incoming)]);
            let new_id = || super::ids::new_id("u");
            let command = merge_command(current, &preview, &[], new_id);
            (preview, command)
        });
        let kept = preview.conflicts.len();
        let it = t.import_preview;
        let mut said = match command {
            None => it.merged_nothing.to_string(),
            Some(cmd) => match self.dispatch(cmd) {
                Ok(()) => (it.merged)(preview.new_updates.len(), preview.new_values.len()),
                Err(e) => {
                    self.error(t.command_error(&e), Vec::new());
                    return;
                }
            },
        };
        if !preview.withdrawals.is_empty() {
            said.push(' ');
            said.push_str(&(t.exchange.withdrawn_count)(preview.withdrawals.len()));
        }
        if kept > 0 {
            said.push(' ');
            said.push_str(&(it.kept_current)(kept));
        }
        self.info(said);
    }

    /// Put the previewed file away; nothing changes.
    pub fn import_cancel(&self) {
        self.pending.set(None);
        self.info(self.t().import_preview.cancelled);
    }

    /// Before a change: if another tab has saved the current plan since this
    /// tab read or wrote it, take that newer plan (through the gate) and
    /// replay this tab's unsaved changes on it, so the change about to be
    /// made lands on top of the other tab's (see `storage`'s module doc).
    /// The one read of storage before a change (the session's own steps do
    /// not read it again).
    fn catch_up(&self) {
        let id = self.plan.with_untracked(|p| p.id.clone());
        let newer = if self.session.with_untracked(Session::has_unsaved) {
            storage::newer_stored(&id).map(Newer::Whole)
        } else {
            storage::newer_on_screen(&id)
        };
        match newer {
            Some(Newer::Appended(changes)) => self.take_appended(changes),
            Some(Newer::Whole(Ok(newer))) => self.adopt(newer),
            _ => {}
        }
    }

    /// Apply in place the changes another tab appended to the journal of
    /// the plan on screen, as that tab made them: the plan in memory is
    /// the one that tab changed, and a province's plan is not read again.
    /// Should one not apply, the plan is read whole instead.
    fn take_appended(&self, changes: Vec<Recorded>) {
        let mut all = true;
        self.plan.update(|plan| {
            for c in changes {
                if apply_as(plan, c.cmd, &c.author, &c.at, c.entry).is_err() {
                    all = false;
                    break;
                }
            }
        });
        self.plan_changed();
        if !all {
            let id = self.plan.with_untracked(|p| p.id.clone());
            storage::forget_followed(&id);
            if let Some(Ok(newer)) = storage::newer_stored(&id) {
                self.adopt(newer);
                return;
            }
        }
        let summary = self.plan.with_untracked(PlanSummary::of);
        self.plans.update(|all| plan_list::put(all, summary));
    }

    /// Show `newer`, a plan another tab saved, with this tab's unsaved
    /// changes replayed on it (those that no longer apply are dropped, and
    /// the user told why). Keeps the list of plans in step.
    fn adopt(&self, newer: Plan) {
        self.note_broken_journals();
        let mut dropped = Vec::new();
        self.plan.update(|plan| {
            self.session
                .update_untracked(|s| dropped = s.adopt(plan, newer));
        });
        self.plan_changed();
        self.said_dropped(&dropped);
        let summary = self.plan.with_untracked(PlanSummary::of);
        self.plans.update(|all| plan_list::put(all, summary));
        if self.session.with_untracked(Session::has_unsaved) {
            self.persist();
        }
    }

    /// Another tab wrote `key` (the window's `storage` event): when it is
    /// the plan on screen and differs from it, show the newer plan and say
    /// so; when it is another plan, keep the list of plans in step.
    pub fn on_storage_event(&self, key: Option<String>, new_text: Option<String>) {
        let Some(key) = key else { return };
        let on_screen = self.plan.with_untracked(|p| p.id.clone());
        let followed = !self.session.with_untracked(Session::has_unsaved);
        super::perf::mark("storage-event");
        let newer = match storage::changed(&key, new_text.as_deref(), &on_screen, followed) {
            Some(Newer::Appended(changes)) => {
                // Marked for the tests: taken in place, not read whole.
                super::perf::mark("other-tab-appended");
                self.take_appended(changes);
                self.info(self.t().storage.updated_from_other_tab);
                return;
            }
            Some(Newer::Listed(summary)) => {
                self.list_changed(summary);
                return;
            }
            Some(Newer::Whole(Ok(newer))) => newer,
            _ => return,
        };
        super::perf::mark("other-tab-read");
        if newer.id == on_screen {
            // Another tab wrote what this one shows (its journal folded into
            // the stored plan as it was hidden or closed): nothing to say.
            if self.plan.with_untracked(|p| *p == newer) {
                return;
            }
            self.adopt(newer);
            self.info(self.t().storage.updated_from_other_tab);
        } else {
            self.list_changed(PlanSummary::of(&newer));
        }
    }

    /// Another plan than the one on screen was changed in another tab: its
    /// row in the list follows, and a copy of it held here is dropped.
    fn list_changed(&self, summary: PlanSummary) {
        self.held
            .update_value(|held| held.retain(|p| p.id != summary.id));
        self.plans.update(|all| plan_list::put(all, summary));
    }

    /// Start afresh beside unreadable stored plans: open the sample plan
    /// (under a new id if its own is taken), deleting nothing.
    pub fn start_fresh(&self) {
        self.with_sample(self.lang.get_untracked(), |state, plan| {
            let plan = state.plans.with_untracked(|all| fresh_sample(plan, all));
            state.open_plan(plan);
            state.info(state.lang.get_untracked().catalog().storage.started_fresh);
        });
    }

    /// The user's word to delete an unreadable stored plan.
    pub fn delete_broken(&self, key: &str) {
        let journal = self
            .broken
            .with_untracked(|b| b.iter().any(|x| x.key == key && x.is_journal()));
        let open_plans = self
            .plan
            .with_untracked(|p| key.strip_prefix(storage::JOURNAL_PREFIX) == Some(p.id.as_str()));
        match storage::delete_key(key) {
            Ok(()) => {
                self.broken.update(|b| b.retain(|x| x.key != key));
                // The open plan holds the changes that did replay: written
                // whole at once, they are kept without the journal.
                if open_plans {
                    self.persist();
                }
                let st = self.t().storage;
                self.info(if journal {
                    st.journal_deleted
                } else {
                    st.deleted_stored
                });
            }
            Err(e) => {
                let t = self.t();
                self.error(
                    t.storage.delete_failed,
                    vec![super::notices::save_error_detail(t, &e)],
                )
            }
        }
    }
}

/// The language the page starts in: the address's `?lang=`, else the one
/// stored, else Chinese; the page's loader picks the build of that language
/// by the same rule (index.html, scripts/languages.mjs). A build without it
/// starts in the language it has.
pub fn start_lang() -> Lang {
    let chosen = url_lang().or_else(storage::saved_lang).unwrap_or_default();
    if chosen.built() {
        chosen
    } else {
        Lang::ALL.into_iter().find(|l| l.built()).unwrap_or(chosen)
    }
}

/// The sample plan in `lang`, read from the site's files through the
/// import gate (`sample.zh.json`, and for English `sample.en.words`).
pub async fn shipped_sample(lang: Lang) -> Result<Plan, String> {
    use crate::sample::{EN_WORDS_FILE, ZH_FILE};
    let zh = crate::files::site_text(ZH_FILE).await?;
    let words = match lang {
        Lang::Zh => String::new(),
        Lang::En => crate::files::site_text(EN_WORDS_FILE).await?,
    };
    read_sample(lang, &zh, &words)
        .map_err(|e| format!("{ZH_FILE}: {}", (lang.catalog().import_error)(&e)))
}

/// The sample `plan`, under a new id if a plan of its id is open or an
/// unreadable stored plan holds its key (which is never overwritten).
fn fresh_sample(mut plan: Plan, plans: &[PlanSummary]) -> Plan {
    let base = plan.id.as_str().to_string();
    let mut n = 1;
    while storage::is_locked(&plan.id) || plans.iter().any(|p| p.id == plan.id) {
        n += 1;
        plan.id = Id::new(format!("{base}-{n}"));
    }
    plan
}

/// Whether `a` and `b` show the same view: the task table or timeline with
/// other filters, the period report of another period, the unit report of
/// another unit. Another task or project is another view.
fn same_view(a: &Route, b: &Route) -> bool {
    match (a, b) {
        (Route::Task(x), Route::Task(y)) | (Route::Project(x), Route::Project(y)) => x == y,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

thread_local! {
    /// The route typed last whose address is not written yet
    /// ([`AppState::replace_route`]).
    static TYPED: std::cell::RefCell<Option<Route>> = const { std::cell::RefCell::new(None) };
    /// The timer that writes it.
    static TYPED_TIMER: std::cell::Cell<Option<TimeoutHandle>> = const { std::cell::Cell::new(None) };
    /// The route of a click whose history entry is not added yet
    /// ([`AppState::navigate_in_place`]).
    static PUSHED: std::cell::RefCell<Option<Route>> = const { std::cell::RefCell::new(None) };
}

/// Write every address not written yet, in the order they were made: a
/// click's new entry, then what typing since has put in its place.
fn write_pending() {
    write_pushed();
    write_typed();
}

/// Add the history entry of the click not written yet, if any.
fn write_pushed() {
    if let Some(route) = PUSHED.with_borrow_mut(Option::take) {
        let query = route.to_query(&search());
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
        }
    }
}

/// How long typing pauses before its address is written.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

/// Write the address of the route typed last in place of the current
/// history entry, if it is not written yet.
fn write_typed() {
    if let Some(timer) = TYPED_TIMER.take() {
        timer.clear();
    }
    if let Some(route) = TYPED.with_borrow_mut(Option::take) {
        let query = route.to_query(&search());
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
        }
    }
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

fn url_lang() -> Option<Lang> {
    crate::route::params(&search())
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::parse(&v))
}

/// Today in the user's time zone.
fn clock_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Now, as an ISO 8601 timestamp in UTC.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

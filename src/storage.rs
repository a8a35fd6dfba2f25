//! The local storage adapter: the only code that touches `gloo-storage`.
//!
//! Keys are namespaced and versioned:
//! - `plan-tracker/v1/plan/<plan id>`: one plan, as a compact plan file
//!   (so the stored text names its format version too);
//! - `plan-tracker/v1/current`: the id of the plan last open;
//! - `plan-tracker/v1/lang`: the chosen language;
//! - `plan-tracker/v1/author`: the user's name and unit, for the change history;
//! - `plan-tracker/v1/guide`: set once the first visit's guide is dismissed;
//! - `plan-tracker/v1/journal/<plan id>`: beside a plan stored packed, the
//!   changes made since it was written ([`crate::journal`]);
//! - `plan-tracker/v1/summary/<plan id>`: beside a plan stored packed, its
//!   summary and the length and head of the text it describes
//!   ([`KeptSummary`]): start-up reads the plan on screen whole
//!   ([`load_start`]) and a plan whose summary still vouches for its text
//!   only as that summary.
//!
//! ## The stored form
//!
//! A plan whose compact file is small (up to [`crate::format::packed::PACK_ABOVE_BYTES`], the
//! sample's is about 60 KB) is stored as that plain text. A larger one is
//! stored packed ([`crate::format::packed`]: DEFLATE, fifteen bits to a
//! character), which makes a province's year of 10,000 tasks and 120,000
//! reports (about 39 MB of JSON) about 2.3 million characters, within the
//! roughly five million characters a site may keep. Either form is read
//! back through the same gate; plans stored plain before still open, and a
//! large one is rewritten packed on its next save. A packed text whose check
//! proves the app wrote it is parsed without being validated again (see
//! [`crate::format::packed`]).
//!
//! ## Saving a change to a large plan
//!
//! Packing and writing a province's plan takes about half a second, so a
//! change to a plan stored packed is saved as the change itself, appended
//! to the plan's journal ([`crate::journal`]): the commands since the
//! packed text (the *snapshot*) was written, named by its fingerprint. A
//! plan is read as its snapshot through the gate with its journal replayed.
//! The plan is written whole (and the journal removed) when it is opened
//! or replaced whole, when its journal would pass
//! [`crate::journal::JOURNAL_MAX_CHARS`] (the page then waits for a
//! moment's idle and packs it a slice at a time, as any save of a large
//! plan written whole: [`journal_takes`] tells it), and when the page is
//! hidden ([`compact`]). A journal that does not follow the stored
//! snapshot (the page went away between writing a snapshot and removing
//! the journal) is not replayed. One that follows it but cannot be read
//! or replayed is reported like an unreadable plan, under its own key, and
//! kept: the plan opens with the changes that did apply, and is next
//! written whole.
//! Written whole as the page is hidden ([`fold_journal`]), it is written
//! with a note of the snapshot and journal folded, so another tab that
//! knows both need not read the new snapshot to know what it holds.
//!
//! A stored plan that fails the import gate is never removed or overwritten
//! here: it is reported as [`Broken`] with its raw text, and the key stays
//! locked against saves until the user deletes it.
//!
//! ## A full quota
//!
//! `setItem` either stores the whole new text or throws; when it throws
//! ([`SaveError::QuotaExceeded`]) the text stored before is still there,
//! whole. The app keeps the change in memory and warns until a save succeeds.
//!
//! Before writing, a save that makes a plan's text longer measures the
//! room ([`usage`], against [`QUOTA_CHARS`]; the arithmetic is
//! [`crate::storage_room`]): a text longer than the room left plus what the
//! key holds now is not tried, and [`SaveError::NoRoom`] gives both figures
//! for the warning. The same warning, export and kept change follow.
//!
//! ## Two tabs on one plan
//!
//! Every change is saved as the whole plan (or its journal), so a tab that saved blindly
//! would erase what another tab saved since it last looked. To prevent
//! this, this module remembers, per key, a fingerprint (a hash) of the text
//! this tab last read or wrote there: its *base*. Before a change is applied
//! the app asks [`newer_stored`]: if the text in storage is no longer the
//! base (or its journal is not), another tab has saved since; the stored plan is read through the
//! gate and becomes the plan in memory, the change is applied to *it* (the
//! same command, on the newer plan: a rebase), and the result is saved. So
//! each tab's command lands on the other's result and neither is lost. A
//! command that no longer applies (the other tab removed its task) is
//! refused with its reason, and the other tab's plan stays.
//!
//! Changes that could not be saved yet (a full quota) are replayed the same
//! way on top of a newer stored plan, so they are not lost either.
//!
//! The browser's `storage` event tells a tab at once when another tab wrote a
//! key ([`changed_plan`]); the app then reads what is stored now (not the
//! event's text, which may be older) through the gate and shows it, unless
//! it is what this tab already has. The fingerprint check before each
//! change covers the moments in between, and browsers that deliver the
//! event late. When all that is new is changes appended to the journal
//! this tab follows, over the snapshot it knows, and every change of this
//! tab's is stored, those changes alone come back ([`Newer::Appended`]),
//! to apply to the plan on screen in place: a province's plan is not
//! read whole again for each change another tab makes. For a plan not on
//! screen, the summary kept beside it, while it vouches for the stored
//! text, is all the list of plans needs ([`Newer::Listed`]).

use crate::command::Author;
use crate::format::packed::{read_stored, stored_form};
use crate::format::ImportError;
use crate::i18n::Lang;
use crate::journal::{fingerprint, Journal};
use crate::model::{Id, Plan};
use crate::plan_list::{KeptSummary, PlanSummary};
use crate::session::{Kept, Recorded, Store};
use crate::storage_room::StorageRoom;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

pub const PLAN_PREFIX: &str = "plan-tracker/v1/plan/";
const CURRENT_KEY: &str = "plan-tracker/v1/current";
const LANG_KEY: &str = "plan-tracker/v1/lang";
/// In session storage: the page was loaded again in the language just chosen.
const LANG_SWITCHED_KEY: &str = "plan-tracker/v1/lang-switched";
const AUTHOR_KEY: &str = "plan-tracker/v1/author";
const GUIDE_KEY: &str = "plan-tracker/v1/guide";
/// Per plan id: its undo and redo stacks ([`crate::session::Kept`]).
const SESSION_PREFIX: &str = "plan-tracker/v1/session/";
/// Per plan id stored packed: its summary and what it vouches for
/// ([`KeptSummary`]), so that start-up reads only the plan on screen whole.
const SUMMARY_PREFIX: &str = "plan-tracker/v1/summary/";
/// Per plan id stored packed: the changes since its snapshot ([`Journal`]).
pub const JOURNAL_PREFIX: &str = "plan-tracker/v1/journal/";
/// Per plan id stored packed: the last snapshot written by folding its
/// journal in, and what it was folded from ([`fold_journal`]).
const FOLDED_PREFIX: &str = "plan-tracker/v1/folded/";

thread_local! {
    /// Keys whose stored text could not be read: saving over them is refused.
    static LOCKED: RefCell<HashSet<String>> = RefCell::new(HashSet::default());
    /// Per key, the fingerprint of the text this tab last read or wrote
    /// there (a journal key with no journal: of the empty text).
    static BASE: RefCell<HashMap<String, u64>> = RefCell::new(HashMap::default());
    /// Per plan key stored packed: the journal this tab last read or wrote
    /// beside it (empty after a snapshot).
    static JOURNALS: RefCell<HashMap<String, Followed>> = RefCell::new(HashMap::default());
    /// Journals found unreadable, not yet reported.
    static JOURNAL_BROKEN: RefCell<Vec<Broken>> = const { RefCell::new(Vec::new()) };
    /// A plan's stored form made before its save (the import preview packs
    /// the plan it shows, to say whether it fits): its key and text, for
    /// the next whole save of that plan ([`prepare_whole`]).
    static PREPARED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// `text` is the stored form of the plan of `id` as it is now: the next
/// whole save of that plan writes it instead of packing the plan again (a
/// province's plan takes a fifth of a second to pack). The caller saves at
/// once and then calls [`drop_prepared`], so that no change can come
/// between the text and the save.
pub fn prepare_whole(id: &Id, text: String) {
    PREPARED.with(|p| *p.borrow_mut() = Some((plan_key(id), text)));
}

/// Forget a text left by [`prepare_whole`] that no save took.
pub fn drop_prepared() {
    PREPARED.with(|p| p.borrow_mut().take());
}

fn remember(key: &str, text: &str) {
    remember_fp(key, fingerprint(text));
}

/// [`remember`] by the text's fingerprint, hashed once by the caller (a
/// province's stored plan is millions of characters).
fn remember_fp(key: &str, fp: u64) {
    BASE.with(|b| b.borrow_mut().insert(key.to_string(), fp));
}

fn is_base(key: &str, text: &str) -> bool {
    BASE.with(|b| b.borrow().get(key) == Some(&fingerprint(text)))
}

/// A packed plan's journal as this tab last read or wrote it: the journal,
/// its stored text (a change is appended to it, not the whole journal
/// written again), and the snapshot's head and length for the plan's kept
/// summary.
struct Followed {
    journal: Journal,
    text: String,
    head: String,
    bytes: usize,
}

impl Followed {
    /// The empty journal after the snapshot `snapshot` (fingerprint `fp`),
    /// whose head is `head`.
    fn after(fp: u64, head: &str, snapshot: &str) -> Followed {
        let journal = Journal {
            base: fp,
            changes: Vec::new(),
        };
        Followed {
            text: journal.to_text(),
            journal,
            head: head.to_string(),
            bytes: snapshot.len(),
        }
    }
}

fn journal_key(plan_key: &str) -> String {
    format!(
        "{JOURNAL_PREFIX}{}",
        plan_key.strip_prefix(PLAN_PREFIX).unwrap_or(plan_key)
    )
}

/// A stored plan that could not be read, kept as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Broken {
    pub key: String,
    pub raw: String,
    pub error: ImportError,
}

impl Broken {
    /// Whether this is a plan's journal (changes saved after its stored
    /// text) rather than a stored plan: the plan itself is open.
    pub fn is_journal(&self) -> bool {
        matches!(self.error, ImportError::Journal { .. })
    }
}

/// Everything read from storage at start.
#[derive(Debug, Default)]
pub struct Stored {
    pub plans: Vec<Plan>,
    pub broken: Vec<Broken>,
}

/// Why a write to storage failed. What was stored before is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// The key holds a stored plan that could not be read; it is not overwritten.
    KeyLocked(String),
    /// Storage is unavailable (private mode, disabled) or failed otherwise.
    Unavailable(String),
    /// The new stored text would not fit in the room left (measured before
    /// writing, so nothing was tried): the characters it needs and the
    /// characters free for it, key included.
    NoRoom { needed: usize, free: usize },
}

/// The storage key of a plan.
pub fn plan_key(id: &Id) -> String {
    format!("{PLAN_PREFIX}{id}")
}

fn raw() -> Result<web_sys::Storage, SaveError> {
    // gloo's `raw()` panics when storage is unavailable; ask the window instead.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| SaveError::Unavailable("localStorage is not available".into()))
        .map(|_| LocalStorage::raw())
}

fn js_error(e: wasm_bindgen::JsValue) -> SaveError {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) if d.name() == "QuotaExceededError" || d.code() == 22 => SaveError::QuotaExceeded,
        _ => SaveError::Unavailable(crate::files::js_message(e)),
    }
}

/// The keys of the stored plans, in key order.
fn plan_keys(store: &web_sys::Storage) -> Vec<String> {
    keys_with(store, PLAN_PREFIX)
}

/// The keys that start with `prefix`, in key order.
fn keys_with(store: &web_sys::Storage, prefix: &str) -> Vec<String> {
    let n = store.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    crate::order::sort_by(&mut keys, |a, b| a.cmp(b));
    keys
}

/// Read every stored plan, in key order. Unreadable ones come back as [`Broken`].
pub fn load_plans() -> Stored {
    let mut out = Stored::default();
    let Ok(store) = raw() else {
        return out;
    };
    let keys = plan_keys(&store);
    for key in keys {
        let Some(text) = store.get_item(&key).ok().flatten() else {
            continue;
        };
        match read_key(key, text) {
            Ok(plan) => out.plans.push(plan),
            Err(broken) => out.broken.push(broken),
        }
    }
    out
}

/// What start-up reads: the plan to show, whole; every plan as the list
/// shows it; and the stored plans that could not be read.
#[derive(Debug, Default)]
pub struct Start {
    pub current: Option<Plan>,
    pub plans: Vec<PlanSummary>,
    pub broken: Vec<Broken>,
}

/// Read what start-up needs, in key order: the plan `current` (or, when it
/// is not stored or cannot be read, the first plan that can) whole through
/// the gate, and the others as summaries. A plan stored with a summary that
/// still vouches for its text ([`KeptSummary::vouches`]: same length, same
/// head and check) is not read; any other is read whole, so a plan whose
/// text was cut, replaced or damaged in its head is found and reported now,
/// and one damaged only inside when it is opened.
pub fn load_start(current: Option<&Id>) -> Start {
    let mut out = Start::default();
    let Ok(store) = raw() else {
        return out;
    };
    let keys = plan_keys(&store);
    let current_key = current
        .map(plan_key)
        .filter(|k| keys.contains(k))
        .or_else(|| keys.first().cloned());
    for key in keys {
        let whole = Some(&key) == current_key.as_ref();
        if !whole {
            if let Some(summary) = vouched_summary(&store, &key) {
                out.plans.push(summary);
                continue;
            }
        }
        let Some(text) = store.get_item(&key).ok().flatten() else {
            continue;
        };
        match read_and_keep(&store, key, text) {
            Ok(plan) => {
                out.plans.push(PlanSummary::of(&plan));
                if whole {
                    out.current = Some(plan);
                }
            }
            Err(broken) => out.broken.push(broken),
        }
    }
    // The plan last open is gone or unreadable: the first plan that reads.
    let mut i = 0;
    while out.current.is_none() && i < out.plans.len() {
        let key = plan_key(&out.plans[i].id);
        match store
            .get_item(&key)
            .ok()
            .flatten()
            .map(|t| read_and_keep(&store, key, t))
        {
            Some(Ok(plan)) => out.current = Some(plan),
            Some(Err(broken)) => {
                out.broken.push(broken);
                out.plans.remove(i);
                continue;
            }
            None => {
                out.plans.remove(i);
                continue;
            }
        }
        i += 1;
    }
    out.broken.extend(take_broken_journals());
    crate::order::sort_by(&mut out.broken, |a, b| a.key.cmp(&b.key));
    out
}

/// [`read_key`] at start-up, and, for a packed text that reads, its summary
/// kept beside it ([`KeptSummary`]), so that the next start-up need not read
/// it whole while it is not on screen (a plan stored before summaries were
/// kept, or one whose summary could not be written).
fn read_and_keep(store: &web_sys::Storage, key: String, text: String) -> Result<Plan, Broken> {
    let head = crate::format::packed::checked_head(&text).map(|h| (h.to_string(), text.len()));
    let read = read_key(key, text);
    if let (Ok(plan), Some((head, bytes))) = (&read, head) {
        let text = KeptSummary::from_head(plan, &head, bytes).to_text();
        let key = summary_key(&plan.id);
        if store.get_item(&key).ok().flatten().as_ref() != Some(&text) {
            let _ = store.set_item(&key, &text);
        }
    }
    read
}

/// The summary kept for the plan under `key`, if it still vouches for the
/// text stored there (read as a JavaScript string: its length and first
/// characters only, nothing copied whole).
fn vouched_summary(store: &web_sys::Storage, key: &str) -> Option<PlanSummary> {
    let id = Id(key.strip_prefix(PLAN_PREFIX)?.to_string());
    let kept = store.get_item(&summary_key(&id)).ok().flatten()?;
    let kept = KeptSummary::from_text(&id, &kept)?;
    let get: js_sys::Function = js_sys::Reflect::get(store, &"getItem".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let text: js_sys::JsString = get.call1(store, &key.into()).ok()?.dyn_into().ok()?;
    let first = String::from(text.slice(0, crate::format::packed::HEAD_MAX as u32));
    kept.vouches(&id, text.length() as usize, &first).cloned()
}

fn summary_key(id: &Id) -> String {
    format!("{SUMMARY_PREFIX}{id}")
}

/// Keep the summary of `plan`, just stored as `text`, beside it (or remove
/// the one kept, for a plan stored plain). A summary that cannot be written
/// costs only time: start-up then reads the plan whole.
fn keep_summary(store: &web_sys::Storage, plan: &Plan, text: &str) {
    let key = summary_key(&plan.id);
    match KeptSummary::new(plan, text) {
        Some(kept) => {
            if store.set_item(&key, &kept.to_text()).is_err() {
                let _ = store.remove_item(&key);
            }
        }
        None => {
            let _ = store.remove_item(&key);
        }
    }
}

/// Read the plan stored for `id` through the gate (the user opens a plan
/// other than the one on screen). `None` when nothing is stored under its
/// key; an unreadable text is kept, reported as [`Broken`] and its key
/// locked, as at start.
pub fn load_plan(id: &Id) -> Option<Result<Plan, Broken>> {
    let key = plan_key(id);
    let text = raw().ok()?.get_item(&key).ok().flatten()?;
    Some(read_key(key, text))
}

/// A stored text through the gate: the plan, remembered as this tab's base
/// for its key, or the text kept as [`Broken`] and its key locked.
fn read_key(key: String, text: String) -> Result<Plan, Broken> {
    let error = match read_stored(&text) {
        Ok(mut plan) if plan_key(&plan.id) == key => {
            let fp = fingerprint(&text);
            remember_fp(&key, fp);
            let journal = raw()
                .ok()
                .and_then(|s| s.get_item(&journal_key(&key)).ok().flatten());
            follow_journal(&key, &text, fp, journal.as_deref(), &mut plan);
            return Ok(plan);
        }
        // Stored under another id's key: keep it, read it, and say nothing is lost.
        Ok(plan) => ImportError::OtherKey { id: plan.id.0 },
        Err(error) => error,
    };
    LOCKED.with(|l| l.borrow_mut().insert(key.clone()));
    Err(Broken {
        key,
        raw: text,
        error,
    })
}

/// Replay on `plan`, just read from the snapshot `snapshot` stored under
/// `key` (its fingerprint `fp`), the journal stored beside it (`journal`),
/// when it follows that snapshot; and remember both as this tab's knowledge of them. A journal
/// that follows the snapshot but cannot be read or replayed is reported
/// ([`JOURNAL_BROKEN`]) and locked: kept as it is, never replayed again
/// once the plan is next written whole. The plan keeps what did replay.
fn follow_journal(key: &str, snapshot: &str, fp: u64, journal: Option<&str>, plan: &mut Plan) {
    let jkey = journal_key(key);
    remember(&jkey, live(fp, journal));
    JOURNALS.with(|j| j.borrow_mut().remove(key));
    let Some(head) = crate::format::packed::checked_head(snapshot) else {
        return;
    };
    let after = Followed::after(fp, head, snapshot);
    let followed = match journal {
        None => after,
        Some(text) => match Journal::from_text(text) {
            Some(j) if j.base != fp => after,
            Some(j) => match j.replay(plan) {
                Ok(()) => Followed {
                    journal: j,
                    text: text.to_string(),
                    ..after
                },
                Err(e) => return broken_journal(jkey, text, Some(e.index)),
            },
            None => return broken_journal(jkey, text, None),
        },
    };
    JOURNALS.with(|j| j.borrow_mut().insert(key.to_string(), followed));
}

/// What [`JOURNAL_BROKEN`] holds: a journal kept but not replayed whole.
fn broken_journal(key: String, text: &str, change: Option<usize>) {
    LOCKED.with(|l| l.borrow_mut().insert(key.clone()));
    JOURNAL_BROKEN.with(|b| {
        b.borrow_mut().push(Broken {
            key,
            raw: text.to_string(),
            error: ImportError::Journal { change },
        })
    });
}

/// The journals found unreadable since last asked (see [`follow_journal`]),
/// for the page to report beside unreadable plans.
pub fn take_broken_journals() -> Vec<Broken> {
    JOURNAL_BROKEN.with(|b| std::mem::take(&mut *b.borrow_mut()))
}

/// Save `plan`, changed by `changes` since it was last saved (see the
/// module doc): only the changes, appended to its journal, when the plan
/// is stored packed, this tab knows its journal and the journal stays
/// short enough; else the whole plan ([`save_plan`]). The number of
/// characters written.
pub fn save_changes(plan: &Plan, changes: &[Recorded]) -> Result<usize, SaveError> {
    let key = plan_key(&plan.id);
    let jkey = journal_key(&key);
    let locked = |k: &str| LOCKED.with(|l| l.borrow().contains(k));
    if locked(&key) {
        return Err(SaveError::KeyLocked(key));
    }
    // The journal's text with the changes appended: only they are written
    // out anew, and nothing is copied until the write is done.
    let next = JOURNALS.with(|j| {
        let j = j.borrow();
        let f = j
            .get(&key)
            .filter(|_| !changes.is_empty() && !locked(&jkey))?;
        let text = f.journal.appended_text(&f.text, changes)?;
        Some((
            text,
            KeptSummary::from_head(plan, &f.head, f.bytes).to_text(),
        ))
    });
    let Some((text, summary)) = next else {
        return save_plan(plan);
    };
    let chars = text.encode_utf16().count();
    let store = raw()?;
    room_for(&store, &jkey, chars)?;
    store.set_item(&jkey, &text).map_err(js_error)?;
    remember(&jkey, &text);
    JOURNALS.with(|j| {
        if let Some(f) = j.borrow_mut().get_mut(&key) {
            f.journal.changes.extend_from_slice(changes);
            f.text = text;
        }
    });
    if store.set_item(&summary_key(&plan.id), &summary).is_err() {
        let _ = store.remove_item(&summary_key(&plan.id));
    }
    Ok(chars)
}

/// The plan of `id` in memory was replaced whole (opened, imported, the
/// sample put back): its next save writes it whole, not as a journal of
/// the plan stored before.
pub fn forget_journal(id: &Id) {
    JOURNALS.with(|j| j.borrow_mut().remove(&plan_key(id)));
}

/// Whether `id`'s plan has a journal of changes since its snapshot, which
/// [`compact`] would fold into a new snapshot.
pub fn has_journal(id: &Id) -> bool {
    JOURNALS.with(|j| {
        j.borrow()
            .get(&plan_key(id))
            .is_some_and(|f| !f.journal.changes.is_empty())
    })
}

/// Whether a change to `id`'s plan is saved as its journal (quickly), not
/// by writing the whole plan: this tab knows the journal of the plan
/// stored packed.
pub fn journals(id: &Id) -> bool {
    JOURNALS.with(|j| j.borrow().contains_key(&plan_key(id)))
}

/// Whether [`save_changes`] would save `changes` to `id`'s plan as
/// themselves, appended to its journal (quickly), not by writing the whole
/// plan: this tab knows the journal, and it stays within
/// [`crate::journal::JOURNAL_MAX_CHARS`] with them.
pub fn journal_takes(id: &Id, changes: &[Recorded]) -> bool {
    JOURNALS.with(|j| {
        j.borrow()
            .get(&plan_key(id))
            .is_some_and(|f| f.journal.appended_text(&f.text, changes).is_some())
    })
}

/// Save one plan under its key, whole; the number of characters written.
/// A journal beside it is removed (unless it is kept as unreadable): the
/// text written holds its changes. On error nothing stored before is
/// changed.
pub fn save_plan(plan: &Plan) -> Result<usize, SaveError> {
    let (key, text, fp) = whole_form(plan)?;
    write_whole(plan, &key, &text, fp)
}

/// `plan`'s key, its stored form (the one prepared for it, if any) and
/// that text's fingerprint; refused when the key is locked.
fn whole_form(plan: &Plan) -> Result<(String, String, u64), SaveError> {
    let key = plan_key(&plan.id);
    if LOCKED.with(|l| l.borrow().contains(&key)) {
        return Err(SaveError::KeyLocked(key));
    }
    let prepared = PREPARED
        .with(|p| p.borrow_mut().take())
        .filter(|(k, _)| *k == key)
        .map(|(_, text)| text);
    let text = prepared.unwrap_or_else(|| stored_form(plan));
    let fp = fingerprint(&text);
    Ok((key, text, fp))
}

/// Write `plan` whole, as [`save_plan`] does, when it is its stored plan
/// with the journal this tab knows replayed on it (nothing else changed;
/// the page is being hidden). Beside it, what it was folded from: a tab
/// that knows the same stored plan and journal then takes the new text as
/// the plan it already shows, without reading it.
pub fn fold_journal(plan: &Plan) -> Result<usize, SaveError> {
    let (key, text, fp) = whole_form(plan)?;
    let known = |k: &str| BASE.with(|b| b.borrow().get(k).copied());
    let marker = known(&key)
        .zip(known(&journal_key(&key)))
        .map(|(from, journal)| format!("{from:x} {journal:x} {fp:x}"));
    let store = raw()?;
    let folded = format!("{FOLDED_PREFIX}{}", plan.id);
    match marker {
        Some(m) if store.set_item(&folded, &m).is_ok() => {}
        _ => {
            let _ = store.remove_item(&folded);
        }
    }
    write_whole(plan, &key, &text, fp)
}

/// Whether the text stored under `key` (fingerprint `fp`) is the one
/// another tab wrote by folding in the journal this tab knows, beside the
/// stored plan this tab knows ([`fold_journal`]'s marker says so).
fn folded_from_known(store: &web_sys::Storage, key: &str, fp: u64) -> bool {
    let Some(id) = key.strip_prefix(PLAN_PREFIX) else {
        return false;
    };
    let Some(marker) = store
        .get_item(&format!("{FOLDED_PREFIX}{id}"))
        .ok()
        .flatten()
    else {
        return false;
    };
    let read: Vec<Option<u64>> = marker
        .split(' ')
        .map(|x| u64::from_str_radix(x, 16).ok())
        .collect();
    let known = |k: &str| BASE.with(|b| b.borrow().get(k).copied());
    matches!(read[..], [Some(from), Some(journal), Some(to)]
        if to == fp
            && known(key) == Some(from)
            && known(&journal_key(key)) == Some(journal))
}

/// Write `text`, `plan`'s stored form (fingerprint `fp`), under `key`.
fn write_whole(plan: &Plan, key: &str, text: &str, fp: u64) -> Result<usize, SaveError> {
    let chars = text.encode_utf16().count();
    let store = raw()?;
    room_for(&store, key, chars)?;
    store.set_item(key, text).map_err(js_error)?;
    keep_summary(&store, plan, text);
    let jkey = journal_key(key);
    if !LOCKED.with(|l| l.borrow().contains(&jkey)) {
        let _ = store.remove_item(&jkey);
        remember(&jkey, "");
    }
    follow_snapshot(key, text, fp);
    Ok(chars)
}

/// This tab now knows `text` (fingerprint `fp`) as the plan stored under
/// `key`, with no change after it.
fn follow_snapshot(key: &str, text: &str, fp: u64) {
    remember_fp(key, fp);
    JOURNALS.with(|j| {
        let mut j = j.borrow_mut();
        match crate::format::packed::checked_head(text) {
            Some(head) => j.insert(key.to_string(), Followed::after(fp, head, text)),
            None => j.remove(key),
        }
    });
}

/// Whether a text of `chars` characters fits under `key`, by the room
/// left ([`QUOTA_CHARS`] less what the site keeps) plus what the key holds
/// now. Measured only when the text grows. A plan's text comes before undo
/// steps: when it does not fit, the steps kept beside its plan are removed,
/// then those of the other plans, as long as that makes the room.
fn room_for(store: &web_sys::Storage, key: &str, chars: usize) -> Result<(), SaveError> {
    let key_len = key.encode_utf16().count();
    let current = item_len(store, key).map_or(0, |n| key_len + n);
    let needed = key_len + chars;
    if needed <= current {
        return Ok(());
    }
    let fits = || {
        StorageRoom::new(measure(store).total, QUOTA_CHARS)
            .check(needed, current)
            .map_err(|n| SaveError::NoRoom {
                needed: n.needed,
                free: n.free,
            })
    };
    let refused = match fits() {
        Ok(()) => return Ok(()),
        Err(e) => e,
    };
    let id = key
        .strip_prefix(PLAN_PREFIX)
        .or_else(|| key.strip_prefix(JOURNAL_PREFIX));
    let own = id.map(|id| format!("{SESSION_PREFIX}{id}"));
    let others = keys_with(store, SESSION_PREFIX)
        .into_iter()
        .filter(|k| Some(k) != own.as_ref());
    let steps: Vec<String> = own.clone().into_iter().chain(others).collect();
    // The undo steps are given up only when that makes the plan fit: a save
    // that fails anyway keeps them all.
    let reclaim: usize = steps
        .iter()
        .filter_map(|k| item_len(store, k).map(|n| k.encode_utf16().count() + n))
        .sum();
    let total = measure(store).total;
    if StorageRoom::new(total.saturating_sub(reclaim), QUOTA_CHARS)
        .check(needed, current)
        .is_err()
    {
        return Err(refused);
    }
    let mut removed = false;
    for steps_key in steps {
        if item_len(store, &steps_key).is_none() {
            continue;
        }
        removed |= store.remove_item(&steps_key).is_ok();
        if fits().is_ok() {
            return Ok(());
        }
    }
    // Nothing kept was enough: the figures as they are now.
    if removed {
        fits()
    } else {
        Err(refused)
    }
}

/// How many bytes of undo steps may be kept beside plan `id` now
/// ([`crate::session::Session::kept_text`]): at most
/// [`crate::session::KEPT_BYTES`], and at most half the room left (counting
/// the steps kept now, which the new ones replace), so that the plan can
/// still grow before its steps have to make room for it.
pub fn steps_budget(id: &Id) -> usize {
    let Ok(store) = raw() else {
        return 0;
    };
    let key = format!("{SESSION_PREFIX}{id}");
    let current = item_len(&store, &key).map_or(0, |n| key.encode_utf16().count() + n);
    let free = StorageRoom::new(measure(&store).total, QUOTA_CHARS).free() + current;
    crate::session::KEPT_BYTES.min(free / 2)
}

/// The length in characters of the text under `key`, read as a JavaScript
/// string (not copied into Rust); `None` when there is none.
fn item_len(store: &web_sys::Storage, key: &str) -> Option<usize> {
    let get: js_sys::Function = js_sys::Reflect::get(store, &"getItem".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let value = get.call1(store, &key.into()).ok()?;
    value
        .dyn_ref::<js_sys::JsString>()
        .map(|s| s.length() as usize)
}

/// Whether plan `id`, stored as a text of `chars` characters, would fit:
/// against the room left, what its key holds now, and the undo steps kept
/// beside the plans (which give way to a plan's text, [`room_for`]).
/// Asked before a file is opened, so that a plan that cannot be kept is
/// said so with its figures before a save fails.
pub fn would_fit(id: &Id, chars: usize) -> Result<(), crate::storage_room::NoRoom> {
    let key = plan_key(id);
    let key_len = key.encode_utf16().count();
    let Ok(store) = raw() else {
        return Err(crate::storage_room::NoRoom {
            needed: key_len + chars,
            free: 0,
        });
    };
    let current = item_len(&store, &key).map_or(0, |n| key_len + n);
    let steps: usize = keys_with(&store, SESSION_PREFIX)
        .iter()
        .filter_map(|k| item_len(&store, k).map(|n| k.encode_utf16().count() + n))
        .sum();
    StorageRoom::new(measure(&store).total.saturating_sub(steps), QUOTA_CHARS)
        .check(key_len + chars, current)
}

/// The length, in characters, of the text stored for plan `id` (0 when none).
pub fn stored_len(id: &Id) -> usize {
    raw()
        .ok()
        .and_then(|s| item_len(&s, &plan_key(id)))
        .unwrap_or(0)
}

/// How much of local storage this site uses, in characters (UTF-16 code
/// units, as the browser counts its quota): each plan's stored text, and
/// everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Usage {
    /// Per plan key: the characters of its key and stored text, with its
    /// journal and its undo steps.
    pub plans: Vec<(String, usize)>,
    /// Every key and value of the site together.
    pub total: usize,
}

/// About how many characters a site may keep in local storage (Chromium
/// and Firefox: 5 MiB of UTF-16 code units, keys included).
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;

/// Measure what the site keeps now.
pub fn usage() -> Usage {
    raw().map(|s| measure(&s)).unwrap_or_default()
}

/// The room in storage now: what the site keeps against [`QUOTA_CHARS`].
pub fn room() -> StorageRoom {
    StorageRoom::new(usage().total, QUOTA_CHARS)
}

fn measure(store: &web_sys::Storage) -> Usage {
    let mut out = Usage::default();
    let mut journals = Vec::new();
    let n = store.length().unwrap_or(0);
    for i in 0..n {
        let Some(key) = store.key(i).ok().flatten() else {
            continue;
        };
        let chars = key.encode_utf16().count() + item_len(store, &key).unwrap_or(0);
        out.total += chars;
        if key.starts_with(PLAN_PREFIX) {
            out.plans.push((key, chars));
        } else if let Some(id) = key
            .strip_prefix(JOURNAL_PREFIX)
            .or_else(|| key.strip_prefix(SESSION_PREFIX))
        {
            journals.push((format!("{PLAN_PREFIX}{id}"), chars));
        }
    }
    // A plan's journal and its undo steps are part of the room it takes.
    for (key, chars) in journals {
        if let Some(plan) = out.plans.iter_mut().find(|(k, _)| *k == key) {
            plan.1 += chars;
        }
    }
    crate::order::sort_by(&mut out.plans, |a, b| a.cmp(b));
    out
}

/// The stored plan of this id, if another tab has saved it since this tab
/// last read or wrote it (see the module doc). `None` when storage still
/// holds what this tab knows, or holds nothing under the key, or the key
/// is locked. The newer text becomes this tab's base.
pub fn newer_stored(id: &Id) -> Option<Result<Plan, ImportError>> {
    newer_at(&plan_key(id), false).and_then(Newer::whole)
}

/// What another tab stored of a plan since this tab last read or wrote it.
// Returned once and taken apart at once: the plan is moved, not boxed.
#[derive(Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Newer {
    /// Only changes appended to the journal this tab follows, over the
    /// snapshot it knows, oldest first: the plan in memory (that snapshot
    /// with that journal) takes them in place, and a province's plan is not
    /// read again for a change of a few hundred characters. The longer
    /// journal is what this tab follows from now on; should a change not
    /// apply, [`forget_followed`] and [`newer_stored`] read the plan whole.
    Appended(Vec<Recorded>),
    /// The plan, read whole through the gate.
    Whole(Result<Plan, ImportError>),
    /// Another plan than the one on screen, as the list of plans shows it:
    /// its summary kept beside it, which still vouches for its text.
    Listed(PlanSummary),
}

impl Newer {
    fn whole(self) -> Option<Result<Plan, ImportError>> {
        match self {
            Newer::Whole(read) => Some(read),
            _ => None,
        }
    }
}

/// [`newer_stored`] for the plan on screen, which holds every change this
/// tab made stored: the changes alone when another tab only appended to
/// the journal this tab follows ([`Newer::Appended`]).
pub fn newer_on_screen(id: &Id) -> Option<Newer> {
    newer_at(&plan_key(id), true)
}

/// Forget what this tab knows of `id`'s stored plan: it is read whole the
/// next time it is asked for ([`newer_stored`]).
pub fn forget_followed(id: &Id) {
    let key = plan_key(id);
    BASE.with(|b| b.borrow_mut().remove(&key));
    JOURNALS.with(|j| j.borrow_mut().remove(&key));
}

/// [`newer_stored`] by the plan's key; with `appended`, the changes alone
/// when they are all that is new ([`Newer::Appended`]).
fn newer_at(key: &str, appended: bool) -> Option<Newer> {
    if LOCKED.with(|l| l.borrow().contains(key)) {
        return None;
    }
    let store = raw().ok()?;
    let text = store.get_item(key).ok().flatten()?;
    let journal = store.get_item(&journal_key(key)).ok().flatten();
    read_newer(key, &text, journal.as_deref(), appended)
}

/// What a `storage` event from another tab means for plans: the plan now
/// stored under `key` (a plan's key or its journal's), read through the
/// gate, when what is stored is not what this tab already has. Keys of
/// other kinds, plans' removals and what this tab wrote itself give `None`.
///
/// What is stored now is read, not the event's `new_text`: events arrive
/// late and one at a time, so the text an event carries may be older than
/// what this tab has since read or written (a page reloaded while the page
/// before it was still writing gets the old page's writes as events).
pub fn changed_plan(key: &str, new_text: Option<&str>) -> Option<Result<Plan, ImportError>> {
    newer_at(&event_plan_key(key, new_text)?, false).and_then(Newer::whole)
}

/// [`changed_plan`] as the tab showing the plan `on_screen` needs it:
/// for that plan, when every change of this tab's is stored
/// (`followed`), the changes alone when another tab only appended to the
/// journal this tab follows ([`Newer::Appended`]); for another plan, its
/// summary kept beside it when that still vouches for its text
/// ([`Newer::Listed`]: the list of plans needs no more, and a province's
/// plan is not read for it). The summary's own key counts too, for
/// another plan: it is written after the journal.
pub fn changed(key: &str, new_text: Option<&str>, on_screen: &Id, followed: bool) -> Option<Newer> {
    let screen = plan_key(on_screen);
    let (key, summary_only) = match event_plan_key(key, new_text) {
        Some(key) => (key, false),
        None => (
            format!("{PLAN_PREFIX}{}", key.strip_prefix(SUMMARY_PREFIX)?),
            true,
        ),
    };
    if key != screen {
        if let Some(summary) = raw().ok().and_then(|s| vouched_summary(&s, &key)) {
            return Some(Newer::Listed(summary));
        }
    }
    if summary_only {
        return None;
    }
    newer_at(&key, followed && key == screen)
}

/// The key of the plan a `storage` event's key names: a plan's own, or its
/// journal's; `None` for other keys and for a plan's removal.
fn event_plan_key(key: &str, new_text: Option<&str>) -> Option<String> {
    match key.strip_prefix(JOURNAL_PREFIX) {
        Some(id) => Some(format!("{PLAN_PREFIX}{id}")),
        None if key.starts_with(PLAN_PREFIX) && new_text.is_some() => Some(key.to_string()),
        None => None,
    }
}

/// The journal text that counts beside a snapshot whose fingerprint is
/// `snapshot`: none for a journal that follows another snapshot (stale).
fn live(snapshot: u64, journal: Option<&str>) -> &str {
    match journal {
        Some(text) => match Journal::from_text(text) {
            Some(j) if j.base != snapshot => "",
            _ => text,
        },
        None => "",
    }
}

fn read_newer(key: &str, text: &str, journal: Option<&str>, appended: bool) -> Option<Newer> {
    let jkey = journal_key(key);
    let fp = fingerprint(text);
    let journal = Some(live(fp, journal)).filter(|j| !j.is_empty());
    let known = BASE.with(|b| b.borrow().get(key) == Some(&fp));
    if known && is_base(&jkey, journal.unwrap_or("")) {
        return None;
    }
    if known && appended {
        if let Some(changes) = journal.and_then(|j| follow_appended(key, j)) {
            return Some(Newer::Appended(changes));
        }
    }
    // Another tab folded the journal this tab knows into the stored plan
    // this tab knows, and nothing came after: the plan this tab shows.
    if !known && journal.is_none() && raw().is_ok_and(|s| folded_from_known(&s, key, fp)) {
        remember(&jkey, "");
        follow_snapshot(key, text, fp);
        return None;
    }
    let mut read = read_stored(text).and_then(|plan| {
        if plan_key(&plan.id) == key {
            Ok(plan)
        } else {
            Err(ImportError::OtherKey { id: plan.id.0 })
        }
    });
    if let Ok(plan) = &mut read {
        remember_fp(key, fp);
        follow_journal(key, text, fp, journal, plan);
    }
    Some(Newer::Whole(read))
}

/// The changes the journal stored as `text` beside `key`'s snapshot (the
/// one this tab knows) appends to the journal this tab follows there, if
/// that is all it does; it is then the journal this tab follows. `None`
/// when it is not only appended to, or nothing is new in it.
fn follow_appended(key: &str, text: &str) -> Option<Vec<Recorded>> {
    JOURNALS.with(|j| {
        let mut j = j.borrow_mut();
        let followed = j.get_mut(key)?;
        let changes = followed.journal.appended_by(&followed.text, text)?;
        followed.journal.changes.extend_from_slice(&changes);
        followed.text = text.to_string();
        remember(&journal_key(key), text);
        Some(changes)
    })
}

/// Whether saving under `id`'s key is refused because an unreadable stored
/// plan is kept there.
pub fn is_locked(id: &Id) -> bool {
    LOCKED.with(|l| l.borrow().contains(&plan_key(id)))
}

/// Delete a stored plan, and its undo steps.
pub fn delete_plan(id: &Id) -> Result<(), SaveError> {
    delete_key(&plan_key(id))?;
    let _ = raw().map(|s| s.remove_item(&format!("{SESSION_PREFIX}{id}")));
    Ok(())
}

/// Keep the undo and redo steps of plan `id` (after its plan was saved),
/// as [`crate::session::Session::kept_text`] wrote them. When they cannot
/// be written, the steps kept before are removed: they no longer follow the
/// plan, and would only take its room.
pub fn save_session(id: &Id, text: &str) {
    if let Ok(store) = raw() {
        let key = format!("{SESSION_PREFIX}{id}");
        if store.set_item(&key, text).is_err() {
            let _ = store.remove_item(&key);
        }
    }
}

/// The undo and redo steps kept for plan `id`, if any can be read.
pub fn load_session(id: &Id) -> Option<Kept> {
    LocalStorage::get(format!("{SESSION_PREFIX}{id}")).ok()
}

/// The session's store: this tab's view of local storage.
pub struct Local;

impl Store for Local {
    type Error = SaveError;

    fn save(&mut self, plan: &Plan, changes: &[Recorded]) -> Result<usize, SaveError> {
        save_changes(plan, changes)
    }

    fn newer(&mut self, id: &Id) -> Option<Plan> {
        newer_stored(id).and_then(Result::ok)
    }
}

/// Delete a key, unreadable or not; used after the user has said so.
pub fn delete_key(key: &str) -> Result<(), SaveError> {
    let store = raw()?;
    store.remove_item(key).map_err(js_error)?;
    if let Some(id) = key.strip_prefix(PLAN_PREFIX) {
        let _ = store.remove_item(&summary_key(&Id(id.to_string())));
        let _ = store.remove_item(&format!("{FOLDED_PREFIX}{id}"));
        let jkey = journal_key(key);
        let _ = store.remove_item(&jkey);
        LOCKED.with(|l| l.borrow_mut().remove(&jkey));
        BASE.with(|b| b.borrow_mut().remove(&jkey));
        JOURNALS.with(|j| j.borrow_mut().remove(key));
    }
    LOCKED.with(|l| l.borrow_mut().remove(key));
    if key.starts_with(JOURNAL_PREFIX) {
        // This tab knows the plan has no journal now: not another tab's change.
        remember(key, "");
    } else {
        BASE.with(|b| b.borrow_mut().remove(key));
    }
    Ok(())
}

/// The plan that was open last.
pub fn current_plan() -> Option<Id> {
    LocalStorage::get::<String>(CURRENT_KEY).ok().map(Id)
}

pub fn set_current_plan(id: &Id) -> Result<(), SaveError> {
    if current_plan().as_ref() == Some(id) {
        return Ok(());
    }
    LocalStorage::set(CURRENT_KEY, id.as_str()).map_err(gloo_error)
}

/// The language the user chose, if any.
pub fn saved_lang() -> Option<Lang> {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|s| Lang::parse(&s))
}

pub fn save_lang(lang: Lang) -> Result<(), SaveError> {
    LocalStorage::set(LANG_KEY, lang.tag()).map_err(gloo_error)
}

/// Marks, for this tab only, that the page is being loaded again in
/// another language by the user's choice ([`take_lang_switched`]).
pub fn mark_lang_switched() {
    let _ = SessionStorage::set(LANG_SWITCHED_KEY, true);
}

/// Whether this page was loaded by a switch of language (read once).
pub fn take_lang_switched() -> bool {
    let switched = SessionStorage::get::<bool>(LANG_SWITCHED_KEY).unwrap_or(false);
    SessionStorage::delete(LANG_SWITCHED_KEY);
    switched
}

/// Whether any plan is stored (none on a first visit).
pub fn has_plans() -> bool {
    raw().is_ok_and(|store| !plan_keys(&store).is_empty())
}

/// Whether the first visit's guide was dismissed.
pub fn guide_dismissed() -> bool {
    raw()
        .ok()
        .and_then(|store| store.get_item(GUIDE_KEY).ok().flatten())
        .is_some()
}

pub fn dismiss_guide() -> Result<(), SaveError> {
    raw()?.set_item(GUIDE_KEY, "dismissed").map_err(js_error)
}

/// The name and unit the user gave, for the change history.
pub fn author() -> Author {
    LocalStorage::get(AUTHOR_KEY).unwrap_or_default()
}

pub fn save_author(author: &Author) -> Result<(), SaveError> {
    LocalStorage::set(AUTHOR_KEY, author).map_err(gloo_error)
}

fn gloo_error(e: gloo_storage::errors::StorageError) -> SaveError {
    match e {
        gloo_storage::errors::StorageError::JsError(j) if j.name == "QuotaExceededError" => {
            SaveError::QuotaExceeded
        }
        other => SaveError::Unavailable(other.to_string()),
    }
}

//! The app's state and its one write path: [`AppState::dispatch`].

use crate::command::{apply, Command, CommandError};
use crate::format::{export_plan, file_name, import_plan, ImportError, MAX_FILE_BYTES};
use crate::i18n::{Catalog, Lang};
use crate::model::{Id, Plan};
use crate::sample::sample_plan;
use crate::storage::{self, Broken, SaveError};
use leptos::prelude::*;

/// A message shown at the top of the page until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    /// An error, with an optional list of details (e.g. every problem in a file).
    Error {
        text: String,
        details: Vec<String>,
    },
}

/// Shared state, provided as context. Copy: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// The plan on screen.
    pub plan: RwSignal<Plan>,
    /// Every plan, the current one included as last saved to memory.
    pub plans: RwSignal<Vec<Plan>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Stored plans that could not be read; shown until the user acts.
    pub broken: RwSignal<Vec<Broken>>,
    /// Set while the latest change could not be saved.
    pub save_error: RwSignal<Option<SaveError>>,
}

impl AppState {
    /// Read storage, choose the language (URL, then stored, then zh-CN) and the
    /// plan to open. When no plan is stored (a first visit) the sample plan is
    /// loaded and saved.
    pub fn init() -> AppState {
        let lang = url_lang().or_else(storage::saved_lang).unwrap_or_default();
        let stored = storage::load_plans();
        let mut plans = stored.plans;
        let mut save_error = None;
        if plans.is_empty() {
            let sample = sample_plan(lang);
            if let Err(e) = storage::save_plan(&sample) {
                save_error = Some(e);
            }
            plans.push(sample);
        }
        let current = storage::current_plan()
            .and_then(|id| plans.iter().find(|p| p.id == id).cloned())
            .unwrap_or_else(|| plans[0].clone());
        let state = AppState {
            lang: RwSignal::new(lang),
            plan: RwSignal::new(current),
            plans: RwSignal::new(plans),
            notices: RwSignal::new(Vec::new()),
            broken: RwSignal::new(stored.broken),
            save_error: RwSignal::new(save_error),
        };
        state.set_document_lang(lang);
        state
    }

    pub fn t(&self) -> &'static Catalog {
        self.lang.get().catalog()
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.set_document_lang(lang);
        let _ = storage::save_lang(lang);
    }

    fn set_document_lang(&self, lang: Lang) {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
        document().set_title(lang.catalog().app_name);
    }

    pub fn info(&self, text: impl Into<String>) {
        self.notices.set(vec![Notice::Info(text.into())]);
    }

    pub fn error(&self, text: impl Into<String>, details: Vec<String>) {
        self.notices.set(vec![Notice::Error {
            text: text.into(),
            details,
        }]);
    }

    /// Apply a user's change to the current plan, then save it.
    /// A refused command leaves the plan as it was.
    pub fn dispatch(&self, cmd: Command) -> Result<Command, CommandError> {
        let mut outcome = None;
        self.plan.maybe_update(|plan| {
            let mut next = plan.clone();
            let result = apply(&mut next, cmd);
            let changed = result.is_ok();
            if changed {
                *plan = next;
            }
            outcome = Some(result);
            changed
        });
        let result = outcome.expect("maybe_update runs its closure");
        if result.is_ok() {
            self.persist();
        }
        result
    }

    /// Save the current plan; remember a failure so the page can warn.
    fn persist(&self) {
        let plan = self.plan.get_untracked();
        let saved = storage::save_plan(&plan);
        self.save_error.set(saved.err());
        self.plans
            .update(|all| match all.iter_mut().find(|p| p.id == plan.id) {
                Some(slot) => *slot = plan,
                None => all.push(plan),
            });
    }

    pub fn switch_to(&self, id: &Id) {
        if let Some(p) = self
            .plans
            .with_untracked(|all| all.iter().find(|p| &p.id == id).cloned())
        {
            self.plan.set(p);
            let _ = storage::set_current_plan(id);
        }
    }

    /// Open `plan` as a whole (import, sample restore): replaces a plan of the same id.
    pub fn open_plan(&self, plan: Plan) {
        let id = plan.id.clone();
        self.plan.set(plan);
        self.persist();
        let _ = storage::set_current_plan(&id);
    }

    pub fn export_current(&self) {
        let plan = self.plan.get_untracked();
        if let Err(e) =
            crate::files::download(&file_name(&plan), &export_plan(&plan), "application/json")
        {
            self.error(self.t().storage_failed, vec![e]);
        }
    }

    pub fn restore_sample(&self) {
        self.open_plan(sample_plan(self.lang.get_untracked()));
        self.info(self.t().sample_restored);
    }

    /// Import a plan file's text through the gate. Nothing changes on error.
    pub fn import_text(&self, text: &str) {
        let t = self.t();
        match import_plan(text) {
            Ok(plan) => {
                self.open_plan(plan);
                self.info(t.imported);
            }
            Err(e) => self.import_failed(&e),
        }
    }

    pub fn import_failed(&self, e: &ImportError) {
        let t = self.t();
        let mut details: Vec<String> = match e {
            ImportError::Invalid(ps) => ps.iter().take(20).map(|p| t.problem(p)).collect(),
            ImportError::Syntax { detail, .. } | ImportError::Shape { detail, .. } => {
                vec![format!("{}: {detail}", t.error_detail)]
            }
            _ => Vec::new(),
        };
        if let ImportError::Invalid(ps) = e {
            if ps.len() > 20 {
                details.push((t.problem_more)(ps.len() - 20));
            }
        }
        self.error(
            format!("{} {}", t.import_failed, (t.import_error)(e)),
            details,
        );
    }

    /// Read a picked file and import it; refuses files over the size limit unread.
    pub fn import_file(&self, file: web_sys::File) {
        let bytes = crate::files::size(&file);
        if bytes > MAX_FILE_BYTES {
            self.import_failed(&ImportError::TooLarge { bytes });
            return;
        }
        let state = *self;
        leptos::task::spawn_local(async move {
            match crate::files::read_text(&file).await {
                Ok(text) => state.import_text(&text),
                Err(e) => state.error(state.t().import_failed, vec![e]),
            }
        });
    }

    /// The user's word to delete an unreadable stored plan.
    pub fn delete_broken(&self, key: &str) {
        match storage::delete_key(key) {
            Ok(()) => self.broken.update(|b| b.retain(|x| x.key != key)),
            Err(e) => self.error(self.t().storage_failed, vec![format!("{e:?}")]),
        }
    }
}

fn url_lang() -> Option<Lang> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("lang").and_then(|l| Lang::parse(&l))
}

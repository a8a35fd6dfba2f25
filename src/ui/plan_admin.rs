//! Whole plans kept in this browser: open, add (new or copied), delete; and
//! the new-plan dialog, one form whichever button opens it (the sample
//! banner's "Start your own plan", the header's "New plan", the plans view).
//!
//! These are deliberately NOT [`crate::command::Command`]s. A command changes
//! one plan, is recorded in that plan's history and is undone within it;
//! creating, copying and deleting act on the set of plans in the browser, so
//! they have no plan to record their inverse in. A new plan or a copy starts
//! its own history with one `Create` entry; deleting a whole plan asks first
//! and cannot be undone (export is the way to keep a copy). Renaming a plan
//! is a `Command::SetHeader` on that plan and is undoable.

use super::fields::{
    bad_text, changed, chosen, label, messages, shown, Bad, Messages, SelectField, TextField,
};
use super::ids::new_id;
use super::state::use_state;
use super::state::{now_iso, AppState};
use super::widgets::{tr, Shown};
use crate::model::{Action, Change, Choice, Id, Level, Plan};
use crate::new_plan::{FieldProblem, NewPlan};
use crate::route::Route;
use crate::storage::{self, SaveError};
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::validate::Problem;
use leptos::prelude::*;

/// Why a plan was not deleted.
#[derive(Clone, Debug, PartialEq)]
pub enum DeletePlanError {
    /// It is the only plan left.
    LastPlan,
    /// The browser's storage refused.
    Storage(SaveError),
}

impl AppState {
    /// Open a plan kept in this browser, as the plan menu does
    /// ([`AppState::switch_to`]): its own undo and redo steps come back
    /// with it, and nothing is written (a province's plan is not packed
    /// again). False when it cannot be read.
    pub fn open_stored(&self, id: &Id) -> bool {
        self.switch_to(id);
        self.plan.with_untracked(|p| &p.id == id)
    }

    /// Keep `plan` (new or copied) and open it; its history starts with one
    /// `Create` entry by the current author.
    pub fn add_plan(&self, mut plan: Plan) {
        plan.history = vec![self.created(&plan, None)];
        self.open_plan(plan);
    }

    /// A `Create` entry for `plan` by the current author, now; naming the
    /// file it was imported from, if any (its history goes on from the
    /// sender's).
    pub(super) fn created(&self, plan: &Plan, file: Option<&str>) -> Change {
        let author = self.author.get_untracked();
        Change {
            at: now_iso(),
            by: author.name,
            unit: author.unit,
            action: Action::Create,
            kind: None,
            target: None,
            label: plan.title.clone(),
            count: 1,
            milestone: None,
            merged_from: Vec::new(),
            read_from: file.map(str::to_string).into_iter().collect(),
        }
    }

    /// Delete a plan from this browser. The last plan is kept. When the open
    /// plan goes, the first other plan opens.
    pub fn delete_stored(&self, id: &Id) -> Result<(), DeletePlanError> {
        if self.plans.with_untracked(|all| all.len()) <= 1 {
            return Err(DeletePlanError::LastPlan);
        }
        storage::delete_plan(id).map_err(DeletePlanError::Storage)?;
        self.plans.update(|all| all.retain(|p| &p.id != id));
        let was_open = self.plan.with_untracked(|p| &p.id == id);
        if was_open {
            if let Some(next) = self
                .plans
                .with_untracked(|all| all.first().map(|p| p.id.clone()))
            {
                self.open_stored(&next);
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// The new-plan dialog

/// Whether the new-plan dialog is open; provided once for the whole page.
#[derive(Clone, Copy)]
pub struct NewPlanDialogOpen(pub RwSignal<bool>);

/// Provide the dialog's open flag; call once, in the app's root.
pub fn provide_new_plan_dialog() {
    provide_context(NewPlanDialogOpen(RwSignal::new(false)));
}

/// The flag a button sets to open the new-plan dialog.
pub fn new_plan_dialog() -> RwSignal<bool> {
    expect_context::<NewPlanDialogOpen>().0
}

use super::focus::focus_id;

/// The new-plan form in a modal dialog: Escape or Cancel closes it and
/// nothing is made; a plan is made only when every field is valid, and it
/// opens on its dashboard.
#[component]
pub fn NewPlanDialog() -> impl IntoView {
    let open = new_plan_dialog();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    effect(move || {
        let is_open = open.get();
        let Some(d) = dialog.get() else {
            return;
        };
        if is_open && !d.open() {
            let _ = d.show_modal();
            focus_id("np-title");
        } else if !is_open && d.open() {
            d.close();
        }
    });
    view! {
        <dialog node_ref=dialog class="new-plan-dialog" aria-labelledby="new-plan-h"
            aria-describedby="new-plan-intro" on:close=move |_| open.set(false)>
            {move || open.get().then(|| view! { <NewPlanForm on_done=move || open.set(false) /> })}
        </dialog>
    }
}

/// A field's problem in the user's language.
fn problem_text(state: AppState, p: &FieldProblem) -> String {
    let t = state.t();
    match p {
        FieldProblem::NotADate => bad_text(t, Bad::NotDate),
        FieldProblem::NoLevel => t.onboarding.level_required.to_string(),
        FieldProblem::Rule(kind) => (t.problem_kind)(kind),
    }
}

#[component]
fn NewPlanForm(on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_state();
    let blank = NewPlan::for_year_of(state.today.get_untracked());
    let title = RwSignal::new(blank.title);
    let start = RwSignal::new(blank.start);
    let end = RwSignal::new(blank.end);
    // No level until the user chooses one.
    let level = RwSignal::new(String::new());
    let issuer = RwSignal::new(blank.issuer);
    let blank_cadence = blank.cadence;
    let cadence = RwSignal::new(blank_cadence.key().to_string());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let id = new_id("plan");
    let checked = memo(move || {
        let form = NewPlan {
            title: title.get(),
            start: start.get(),
            end: end.get(),
            level: Level::from_key(&level.get()),
            issuer: issuer.get(),
            cadence: chosen(&cadence.get(), blank_cadence),
        };
        let mut msgs = Messages::default();
        match form.build(id.clone()) {
            Ok(plan) => (Some(plan), msgs),
            Err(problems) => {
                for (f, p) in &problems {
                    msgs.say(f, problem_text(state, p));
                }
                (None, msgs)
            }
        }
    });
    let msgs = messages(checked);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Some(plan) = checked.get_untracked().0 else {
            // The first field with a problem takes the focus.
            if let Some(field) = msgs.with_untracked(|m| m.first_said().map(str::to_string)) {
                focus_id(&format!("np-{field}"));
            }
            return;
        };
        state.add_plan(plan);
        state.navigate(Route::Dashboard);
        state.info(state.t().onboarding.created);
        on_done();
        // The dashboard is drawn anew: take the reader to its checklist.
        crate::ui::widgets::next_frame(|| focus_id("setup-checklist-h"));
    };
    let levels = super::setup::level_options(state);
    let cadences = super::setup::cadence_options(state);
    let err =
        move |field: &'static str, value| shown(state, msgs, refused, field, changed(value), tried);
    view! {
        <form class="new-plan-form" on:submit=on_submit novalidate>
            <h2 id="new-plan-h">{tr(|t| t.onboarding.dialog_title)}</h2>
            <p id="new-plan-intro" class="hint">{tr(|t| t.onboarding.dialog_intro)}</p>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <TextField id="np-title" label=label(|t| t.setup.field_plan_title) value=title
                error=err("title", title) required=true />
            <div class="grid">
                <TextField id="np-start" label=label(|t| t.setup.field_period_start) value=start kind="date"
                    error=err("start", start) required=true />
                <TextField id="np-end" label=label(|t| t.setup.field_period_end) value=end kind="date"
                    error=err("end", end) required=true />
                <SelectField id="np-level" label=label(|t| t.onboarding.field_level) value=level
                    options=levels placeholder=label(|t| t.choose) error=err("level", level) />
                <SelectField id="np-cadence" label=label(|t| t.setup.field_cadence) value=cadence
                    options=cadences />
            </div>
            <TextField id="np-issuer" label=label(|t| t.onboarding.field_issuer) value=issuer />
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.onboarding.create)}</button>
                <button type="button" on:click=move |_| on_done()>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

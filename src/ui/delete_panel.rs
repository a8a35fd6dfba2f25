//! The one panel for deleting a goal, a key area or a unit that something
//! still uses: it says what uses it, asks where that should go (or, for a
//! goal's areas, whether to let them go), confirms, and sends the batch the
//! core builds ([`crate::cascade`]): one change, undone as one.

use super::fields::{label, SelectField};
use super::form::send;
use super::state::use_state;
use super::widgets::{confirm, tr};
use crate::command::Command;
use crate::i18n::Catalog;
use crate::model::{Id, Plan};
use crate::ui::widgets::effect;
use crate::validate::Kind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Picks a text out of the catalog.
type Text = fn(&'static Catalog) -> &'static str;

/// What the panel says and offers about one item still in use.
pub(super) struct InUse {
    pub kind: Kind,
    /// The start of the panel's element ids ("goal-del").
    pub prefix: &'static str,
    pub name: String,
    /// What uses it, in the user's words.
    pub used_by: String,
    /// Where its users can go: every other item of its kind (id, name).
    pub others: Vec<(String, String)>,
    /// Whether something must be handed on (and so a target chosen).
    pub needs_target: bool,
    /// The target select's label.
    pub target_label: Text,
    /// When its users may also be let go instead (a goal's areas): the
    /// words of "hand them on" and of "let them go".
    pub detach: Option<(Text, Text)>,
    /// A remark under the choice (what else happens), if any.
    pub note: Option<Text>,
    /// The batch that hands on (to the target, or lets go with `None`) and removes.
    pub command: fn(&Plan, &Id, Option<&Id>) -> Command,
}

#[component]
pub(super) fn DeletePanel(
    id: Id,
    info: InUse,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    // The panel takes the focus when it opens, so keyboard and screen-reader users land on it.
    let focus_me = NodeRef::<leptos::html::H3>::new();
    effect(move || {
        if let Some(h) = focus_me.get() {
            let _ = h.focus();
        }
    });
    let InUse {
        kind,
        prefix,
        name,
        used_by,
        others,
        needs_target,
        target_label,
        detach,
        note,
        command,
    } = info;
    let has_others = !others.is_empty();
    // Letting go is the only way when there is nowhere to hand on to.
    let let_go = RwSignal::new(detach.is_some() && !has_others);
    let can_delete = !needs_target || has_others || detach.is_some();
    let target = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let target_error = Signal::derive(move || {
        (tried.get() && needs_target && !let_go.get() && target.with(String::is_empty))
            .then(|| t().setup.choose_target.to_string())
    });
    let confirm_name = name.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        // Where the focus goes once the row is gone, read while it is there.
        let after = ev
            .current_target()
            .and_then(|f| f.dyn_into::<web_sys::Element>().ok())
            .and_then(|f| super::focus::AfterDelete::from_panel(&f));
        let to = if let_go.get_untracked() {
            None
        } else {
            let v = target.get_untracked();
            if needs_target && v.is_empty() {
                return;
            }
            (!v.is_empty()).then_some(Id(v))
        };
        let t = state.t();
        let kind_name = (t.kind_name)(kind);
        if !confirm(&(t.setup.delete_confirm)(kind_name, &confirm_name)) {
            return;
        }
        let cmd = state.plan.with_untracked(|p| command(p, &id, to.as_ref()));
        if send(
            state,
            cmd,
            None,
            (t.setup.deleted)(kind_name, &confirm_name),
        ) {
            on_done.run(());
            if let Some(after) = after {
                after.restore();
            }
        }
    };
    let options = Signal::derive(move || others.clone());
    let select_label = label(target_label);
    let choose = label(|t| t.choose);
    let (heading_id, select_id, mode) = (
        format!("{prefix}-h"),
        format!("{prefix}-target"),
        format!("{prefix}-mode"),
    );
    let select = move || {
        view! {
            <SelectField id=select_id.clone() label=select_label value=target options placeholder=choose
                error=target_error />
        }
    };
    let choice = match (detach, needs_target, has_others) {
        (Some((hand_on, let_them_go)), _, _) => {
            let mode2 = mode.clone();
            view! {
                <fieldset>
                    <legend>{tr(|t| t.setup.what_to_do)}</legend>
                    <label class="choice">
                        <input type="radio" name=mode prop:checked=move || !let_go.get()
                            disabled=!has_others on:change=move |_| let_go.set(false) />
                        {move || hand_on(t())}
                    </label>
                    {move || (!let_go.get()).then(select.clone())}
                    <label class="choice">
                        <input type="radio" name=mode2 prop:checked=move || let_go.get()
                            on:change=move |_| let_go.set(true) />
                        {move || let_them_go(t())}
                    </label>
                </fieldset>
            }
            .into_any()
        }
        (None, true, true) => select().into_any(),
        (None, true, false) => view! {
            <p class="form-error">{(t().setup.nothing_to_reassign_to)((t().kind_name)(kind))}</p>
        }
        .into_any(),
        (None, false, _) => ().into_any(),
    };
    let labelled_by = heading_id.clone();
    view! {
        <form class="in-use-panel" aria-labelledby=labelled_by on:submit=on_submit novalidate>
            <h3 id=heading_id tabindex="-1" node_ref=focus_me>{(t().setup.in_use_title)(&name)}</h3>
            <p>{used_by}</p>
            {choice}
            {note.map(|n| view! { <p class="item-meta">{n(t())}</p> })}
            <div class="form-actions">
                <button type="submit" class="danger" disabled=!can_delete>{tr(|t| t.setup.reassign_and_delete)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

//! The header's plan switcher, and what its files-and-settings list holds:
//! new plan, import, export, (quietly, last of the plan buttons) restoring
//! the sample, who is editing, the language and About.

use super::fields::{label, TextField};
use super::state::use_state;
use crate::command::Author;
use crate::i18n::Lang;
use crate::model::Id;
use crate::ui::widgets::{dynamic, tr};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The plan on screen, by its title, and the other plans in this browser.
/// On a wide screen the title is shown whole (wrapping over up to three
/// short lines), the select laid over it unseen: it is what is clicked and
/// focused, and screen readers read it alone.
#[component]
pub fn PlanSwitcher() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="plan-pick">
        <span class="plan-title" aria-hidden="true">{move || state.plan.with(|p| p.title.clone())}</span>
        <select class="plan-switcher" aria-label=tr(|t| t.plan_switcher)
            on:change=move |ev| state.switch_to(&Id(event_target_value(&ev)))
            prop:value=move || state.plan.with(|p| p.id.to_string())
        >
            {move || {
                state
                    .plans
                    .with(|all| {
                        all.iter()
                            .map(|p| {
                                let id = p.id.to_string();
                                view! { <option value=id.clone()>{p.title.clone()}</option> }
                            })
                            .collect_view()
                    })
            }}
        </select>
        </div>
    }
}

#[component]
pub fn MoreItems() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let file_input = NodeRef::<leptos::html::Input>::new();
    let new_plan = super::plan_admin::new_plan_dialog();
    let shortcuts = super::keys::panel();

    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = input
            .files()
            .map(|list| super::import_preview::files_of(&list))
            .unwrap_or_default();
        if !files.is_empty() {
            state.import_files(files);
        }
        // Let the same file be picked again after a fix.
        input.set_value("");
    };

    let on_restore = move |_| {
        let ok = window()
            .confirm_with_message(t().restore_sample_confirm)
            .unwrap_or(false);
        if ok {
            state.restore_sample();
        }
    };

    view! {
        <div class="more-items">
                <button type="button" class="primary" aria-haspopup="dialog"
                    on:click=move |_| new_plan.set(true)>
                    {tr(|t| t.onboarding.new_plan)}
                </button>
                <button type="button" title=tr(|t| t.import_hint)
                    on:click=move |_| {
                        if let Some(input) = file_input.get() {
                            input.click();
                        }
                    }
                >
                    {tr(|t| t.import)}
                </button>
                <input
                    node_ref=file_input
                    class="visually-hidden"
                    type="file"
                    accept=".json,.gz,.csv,.tsv,application/json,application/gzip,text/csv,text/tab-separated-values"
                    multiple
                    tabindex="-1"
                    aria-label=tr(|t| t.import_hint)
                    on:change=on_pick
                />
                <button type="button" title=tr(|t| t.export_hint) on:click=move |_| state.export_current()>
                    {tr(|t| t.export)}
                </button>
                <button type="button" title=tr(|t| t.storage.export_gz_hint) on:click=move |_| state.export_compressed()>
                    {tr(|t| t.storage.export_gz)}
                </button>
                <button type="button" class="quiet" on:click=on_restore>
                    {tr(|t| t.restore_sample)}
                </button>
                <Identity />
                <label class="field-inline">
                    <span>{tr(|t| t.language)}</span>
                    <select
                        on:change=move |ev| {
                            if let Some(l) = Lang::parse(&event_target_value(&ev)) {
                                if !state.set_lang(l) {
                                    // Staying: the menu shows the language again.
                                    let menu = event_target::<web_sys::HtmlSelectElement>(&ev);
                                    menu.set_value(state.lang.get_untracked().tag());
                                }
                            }
                        }
                        prop:value=move || state.lang.get().tag()
                    >
                        {Lang::ALL
                            .iter()
                            .map(|l| view! { <option value=l.tag()>{l.name()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <button type="button" aria-haspopup="dialog" aria-keyshortcuts="Shift+?"
                    on:click=move |_| shortcuts.set(true)>
                    {tr(|t| t.help.shortcuts_button)}
                </button>
                <super::about::About />
        </div>
    }
}

fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target().expect("event has a target").unchecked_into()
}

/// Who is making changes: a name and unit, set once, written into the history.
#[component]
fn Identity() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let name = RwSignal::new(state.author.get_untracked().name);
    let unit = RwSignal::new(state.author.get_untracked().unit);
    let details = NodeRef::<leptos::html::Details>::new();
    let shown = move || {
        let a = state.author.get();
        match (a.name.is_empty(), a.unit.is_empty()) {
            (true, true) => t().anonymous.to_string(),
            (false, true) => a.name,
            (true, false) => a.unit,
            (false, false) => format!("{} · {}", a.name, a.unit),
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.set_author(Author {
            name: name.get().trim().to_string(),
            unit: unit.get().trim().to_string(),
        });
        if let Some(d) = details.get() {
            d.set_open(false);
        }
    };
    view! {
        <details class="identity" node_ref=details>
            <summary><span>{tr(|t| t.you)}</span> " " <span>{dynamic(shown)}</span></summary>
            <form on:submit=on_submit aria-label=tr(|t| t.set_identity)>
                <TextField id="me-name" label=label(|t| t.your_name) value=name />
                <TextField id="me-unit" label=label(|t| t.your_unit) value=unit />
                <div class="form-actions">
                    <button type="submit" class="primary">{tr(|t| t.save)}</button>
                </div>
            </form>
        </details>
    }
}

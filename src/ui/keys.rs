//! The keyboard shortcuts' shell: a key event read into a
//! [`crate::shortcuts::Press`], the core's [`decide`] asked, the action
//! done; and the shortcuts' panel, a modal dialog listing them (opened by
//! "?" or the files-and-settings list's button), which gives the focus back
//! to where it was when it closes.

use super::state::{use_state, AppState};
use crate::route::Route;
use crate::shortcuts::{decide, Action, Outcome, Press};
use crate::ui::widgets::effect;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the shortcuts' panel is open; provided once for the whole page.
#[derive(Clone, Copy)]
pub struct PanelOpen(pub RwSignal<bool>);

/// Provide the panel's open flag; call once, in the app's root.
pub fn provide_panel() {
    provide_context(PanelOpen(RwSignal::new(false)));
}

/// The flag a button sets to open the shortcuts' panel.
pub fn panel() -> RwSignal<bool> {
    expect_context::<PanelOpen>().0
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Focus the element `id` once it is on the page (a view just mounted
/// draws within a frame or two).
fn focus_when_there(id: &'static str, tries: u32) {
    if let Some(el) = element(id) {
        let _ = el.focus();
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    } else if tries > 0 {
        crate::ui::widgets::next_frame(move || focus_when_there(id, tries - 1));
    }
}

/// Whether the focus is where keys are typed, or a dialog is open over the page.
fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    let in_field = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.is_content_editable()
        });
    in_field
        || document()
            .query_selector("dialog[open]")
            .ok()
            .flatten()
            .is_some()
}

/// Handles a key pressed anywhere on the page; `waiting` keeps whether the
/// key before was a lone "g"; `panel` opens the shortcuts' panel.
pub fn on_key(
    state: AppState,
    waiting: StoredValue<bool>,
    panel: RwSignal<bool>,
    ev: &web_sys::KeyboardEvent,
) {
    if ev.default_prevented() || ev.repeat() {
        return;
    }
    let key = ev.key();
    let press = Press {
        key: &key,
        ctrl: ev.ctrl_key() || ev.meta_key(),
        shift: ev.shift_key(),
        alt: ev.alt_key(),
        typing: typing(ev),
    };
    // Shift, Control … alone do not end a waiting "g".
    if matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta") {
        return;
    }
    if key == "Escape" && !ev.is_composing() && close_form(ev) {
        ev.prevent_default();
        return;
    }
    let outcome = decide(waiting.get_value(), press);
    waiting.set_value(outcome == Outcome::Wait);
    let Outcome::Act(action) = outcome else {
        return;
    };
    match action {
        Action::Dashboard => go(state, Route::Dashboard),
        Action::Tasks => go(state, Route::Tasks(Default::default())),
        Action::Search => {
            if element("flt-q").is_none() {
                state.navigate(Route::Tasks(Default::default()));
            }
            focus_when_there("flt-q", 10);
        }
        Action::Report => {
            // The ledger's button, on a task's (or project's) page.
            let Some(button) = element("report-progress") else {
                return;
            };
            if button.get_attribute("aria-expanded").as_deref() != Some("true") {
                button.click();
            }
            focus_when_there("rp-progress", 10);
        }
        Action::Undo => state.undo(),
        Action::Redo => state.redo(),
        Action::Help => panel.set(true),
    }
    ev.prevent_default();
}

/// Escape in a form opened in the page (not in a dialog, which closes
/// itself): the form's Cancel (the last plain button of its actions) is
/// pressed, as a click would. `false` when there is no such form.
fn close_form(ev: &web_sys::KeyboardEvent) -> bool {
    let form = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("form").ok().flatten())
        .filter(|form| form.closest("dialog").ok().flatten().is_none());
    let cancel = form
        .and_then(|form| {
            form.query_selector(".form-actions > button[type=button]:last-of-type")
                .ok()
                .flatten()
        })
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    match cancel {
        Some(button) => {
            button.click();
            true
        }
        None => false,
    }
}

/// Goes to `route` (the page takes the focus).
fn go(state: AppState, route: Route) {
    state.navigate(route);
}

/// The shortcuts in a modal dialog: labelled by its heading, the focus on
/// its Close button; Escape or Close closes it and the focus goes back to
/// what had it. Its content is on the page only while it is open.
#[component]
pub fn ShortcutsPanel() -> impl IntoView {
    let state = use_state();
    let open = panel();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    effect(move || {
        let is_open = open.get();
        let Some(d) = dialog.get() else {
            return;
        };
        if is_open && !d.open() {
            before.set_value(
                document()
                    .active_element()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
            );
            let _ = d.show_modal();
            focus_when_there("shortcuts-close", 3);
        } else if !is_open && d.open() {
            d.close();
        }
    });
    let on_close = move |_| {
        open.set(false);
        if let Some(el) = before.get_value() {
            let _ = el.focus();
        }
    };
    let content = move || {
        open.get().then(|| {
            let h = state.t().help;
            let mut table = String::new();
            crate::shortcuts::table_html(&mut table, state.t());
            view! {
                <h2 id="shortcuts-h">{h.keys_title}</h2>
                <p id="shortcuts-intro" class="hint">{h.keys_intro}</p>
                <div inner_html=table></div>
                <div class="form-actions">
                    <button type="button" id="shortcuts-close" on:click=move |_| open.set(false)>
                        {h.close}
                    </button>
                </div>
            }
        })
    };
    view! {
        <dialog node_ref=dialog class="shortcuts-dialog" aria-labelledby="shortcuts-h"
            aria-describedby="shortcuts-intro" on:close=on_close>
            {content}
        </dialog>
    }
}

//! The finder above a long list: a search box whose words narrow the list
//! as they are typed ([`crate::finder::Finder`]), and the line that says
//! when nothing is left.

use super::state::use_state;
use crate::finder::Finder;
use crate::ui::widgets::memo;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The words typed into a finder, and what they find.
#[derive(Clone, Copy)]
pub struct Find {
    pub typed: RwSignal<String>,
    pub finder: Memo<Finder>,
}

impl Find {
    pub fn new() -> Find {
        let typed = RwSignal::new(String::new());
        Find {
            typed,
            finder: memo(move || typed.with(|t| Finder::new(t))),
        }
    }
}

/// The finder's box, labelled "Find in “`list`”". `controls` is the id of
/// the list it narrows. Enter calls `on_enter` if given, and never sends
/// the form around the box; while an input method composes, nothing is
/// found until the characters are chosen.
#[component]
pub fn FindField(
    id: String,
    list: Signal<String>,
    find: Find,
    controls: String,
    #[prop(optional)] on_enter: Option<Callback<()>>,
) -> impl IntoView {
    let state = use_state();
    let typed = find.typed;
    let label = move || list.with(|l| (state.t().find_in)(l));
    view! {
        <div class="field find-field">
            <label for=id.clone()>{label}</label>
            <input id=id type="search" autocomplete="off" aria-controls=controls
                prop:value=move || typed.get()
                on:keydown=move |ev| {
                    // Escape empties a finder with words in it (the box's
                    // own way), and goes no further: it does not also
                    // close the form around it.
                    if ev.key() == "Escape" && typed.with_untracked(|t| !t.is_empty()) {
                        ev.stop_propagation();
                        typed.set(String::new());
                    }
                    if ev.key() == "Enter" && !ev.is_composing() {
                        ev.prevent_default();
                        if let Some(enter) = on_enter {
                            enter.run(());
                        }
                    }
                }
                on:input=move |ev| {
                    if !ev.unchecked_ref::<web_sys::InputEvent>().is_composing() {
                        typed.set(event_target_value(&ev));
                    }
                }
                on:compositionend=move |ev| typed.set(event_target_value(&ev)) />
        </div>
    }
}

/// "Nothing here has “…” in its name", shown (and announced) while the
/// words typed find nothing; `found` is how many values they find.
#[component]
pub fn FoundNone(find: Find, found: Signal<usize>) -> impl IntoView {
    let state = use_state();
    let typed = find.typed;
    let none = move || {
        (found.get() == 0 && !find.finder.with(Finder::is_empty))
            .then(|| typed.with(|t| (state.t().find_none)(t.trim())))
    };
    view! { <p class="find-none" aria-live="polite">{none}</p> }
}

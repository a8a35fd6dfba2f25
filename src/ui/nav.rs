//! The view tabs, the as-of date, undo and redo, and their keyboard shortcuts.

use super::state::use_state;
use super::state::AppState;
use crate::pages::Page;
use crate::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Nav() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let links = Page::tabs()
        .filter_map(|page| Route::home(page).map(|route| (page, route)))
        .map(|(page, route)| {
            let href_route = route.clone();
            let go = route;
            let current = Memo::new(move |_| state.route.with(|r| r.page().tab()) == page);
            view! {
                <li>
                    <a href=move || state.href(&href_route)
                        aria-current=move || current.get().then_some("page")
                        class:current=move || current.get()
                        on:click=move |ev| {
                            if plain_click(&ev) {
                                ev.prevent_default();
                                state.navigate(go.clone());
                            }
                        }>{move || page.name(t())}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="navbar">
            <nav aria-label=move || t().nav_label>
                <ul class="tabs">{links}</ul>
            </nav>
            <div class="nav-tools">
                <span class="as-of">{move || t().as_of} " " <time>{move || state.today.get().to_string()}</time></span>
                <button type="button" title=move || t().undo_hint aria-keyshortcuts="Control+Z"
                    disabled=move || !state.can_undo() on:click=move |_| state.undo()>{move || t().undo}</button>
                <button type="button" title=move || t().redo_hint aria-keyshortcuts="Control+Shift+Z Control+Y"
                    disabled=move || !state.can_redo() on:click=move |_| state.redo()>{move || t().redo}</button>
            </div>
        </div>
    }
}

/// A click with no modifier keys: handled in the page. Others (new tab) are left to the browser.
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, except while typing in a
/// field, where the field's own undo applies.
pub fn undo_keys(state: AppState, ev: &leptos::ev::KeyboardEvent) {
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
        return;
    }
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false);
    if typing {
        return;
    }
    match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
        ("z", false) => {
            ev.prevent_default();
            state.undo();
        }
        ("z", true) | ("y", false) => {
            ev.prevent_default();
            state.redo();
        }
        _ => {}
    }
}

/// A link to `route` that navigates in the page on a plain click.
#[component]
pub fn RouteLink(route: Route, children: Children) -> impl IntoView {
    let state = use_state();
    let href = state.href(&route);
    view! {
        <a href=href on:click=move |ev| {
            if plain_click(&ev) {
                ev.prevent_default();
                state.navigate(route.clone());
            }
        }>{children()}</a>
    }
}

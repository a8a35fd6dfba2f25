//! The plan's change history, newest first, a page at a time; a removal
//! that can still be brought back has its button ([`crate::removed`]).
//!
//! The table is one piece of escaped HTML ([`crate::history::history_html`]);
//! one click handler brings back a removal or shows more.

use super::focus::AfterMore;
use super::html::set_html;
use super::state::use_state;
use crate::history::{history_html, PAGE};
use crate::ui::widgets::{effect, tr};
use leptos::prelude::*;

#[component]
pub fn HistoryView() -> impl IntoView {
    let state = use_state();
    let shown = RwSignal::new(PAGE);
    let host = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let Some(el) = host.get() else {
            return;
        };
        let (t, limit, removed) = (state.t(), shown.get(), state.removed());
        let mut out = String::with_capacity(1 << 16);
        state
            .plan
            .with(|p| history_html(&mut out, t, p, &removed, limit));
        set_html(&el, &out);
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = event_target::<web_sys::Element>(&ev)
            .closest("button")
            .ok()
            .flatten()
        else {
            return;
        };
        if let Some(after) = AfterMore::of_click(&ev) {
            shown.update(|n| *n += PAGE);
            after.restore();
        } else if let Some(place) = button
            .get_attribute("data-change")
            .and_then(|p| p.parse::<usize>().ok())
        {
            let entry = state.plan.with_untracked(|p| p.history.get(place).cloned());
            if let Some(entry) = entry {
                state.bring_back(&entry);
            }
        }
    };
    view! {
        <h1 class="page-title">{tr(|t| t.history_title)}</h1>
        <div class="history" node_ref=host on:click=on_click></div>
    }
}

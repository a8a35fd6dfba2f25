//! The help page (its text one piece of HTML from [`crate::help`], worded
//! from the plan's settings), and the first visit's guide: shown on the
//! dashboard when the browser had no plan (the sample was just loaded),
//! until dismissed, which is remembered; the help page shows it again.

use super::html::{follow_link, search, set_html};
use super::state::use_state;
use crate::route::Route;
use crate::ui::widgets::{effect, tr};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the first visit's guide is shown; provided once for the page.
#[derive(Clone, Copy)]
pub struct GuideOpen(pub RwSignal<bool>);

/// Provide the guide's flag: open on a first visit (no plan stored yet)
/// unless it was dismissed before. Call once, before the app's state
/// stores the sample.
pub fn provide_guide() {
    let first = !crate::storage::has_plans() && !crate::storage::guide_dismissed();
    provide_context(GuideOpen(RwSignal::new(first)));
}

fn guide() -> RwSignal<bool> {
    expect_context::<GuideOpen>().0
}

#[component]
pub fn HelpView() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let Some(el) = host.get() else {
            return;
        };
        let t = state.t();
        let mut out = String::with_capacity(1 << 13);
        state
            .plan
            .with(|p| crate::help::help_html(&mut out, t, p, &search()));
        set_html(&el, &out);
    });
    let open = guide();
    let show_guide = move |_| {
        open.set(true);
        crate::ui::widgets::next_frame(|| {
            if let Some(el) = document().get_element_by_id("guide-h") {
                el.scroll_into_view();
            }
        });
    };
    let panel = super::keys::panel();
    view! {
        <h1 class="page-title">{tr(|t| t.help.nav)}</h1>
        <p class="hint">{tr(|t| t.help.intro)}</p>
        <Guide anywhere=true />
        <div class="help" node_ref=host on:click=move |ev| {
            follow_link(state, &ev);
        }></div>
        <div class="form-actions">
            <button type="button" aria-haspopup="dialog" on:click=move |_| panel.set(true)>
                {tr(|t| t.help.shortcuts_button)}
            </button>
            <button type="button" on:click=show_guide disabled=move || open.get()>
                {tr(|t| t.help.guide_show)}
            </button>
        </div>
    }
}

/// The first visit's guide: what the sample is, the supervision cycle in
/// four steps, where the files are; "Got it" dismisses it for good. On the
/// dashboard only while the sample is open; `anywhere`, on the help page.
#[component]
pub fn Guide(#[prop(optional)] anywhere: bool) -> impl IntoView {
    let state = use_state();
    let open = guide();
    move || {
        let shown =
            open.get() && (anywhere || state.plan.with(|p| crate::sample::is_sample_id(&p.id)));
        shown.then(|| {
            let h = state.t().help;
            let steps = h
                .guide_steps
                .iter()
                .map(|s| view! { <li>{*s}</li> })
                .collect_view();
            let dismiss = move |_| {
                open.set(false);
                let _ = crate::storage::dismiss_guide();
                if let Some(main) = document().get_element_by_id("main") {
                    let _ = main
                        .dyn_into::<web_sys::HtmlElement>()
                        .map(|m| m.focus());
                }
            };
            view! {
                <section class="card guide" aria-labelledby="guide-h">
                    <h2 id="guide-h">{h.guide_title}</h2>
                    <p>{h.guide_sample}</p>
                    <h3>{h.guide_cycle}</h3>
                    <ol>{steps}</ol>
                    <p>{h.guide_files}</p>
                    <p>{h.guide_more} " "
                        <super::nav::RouteLink route=Route::Help>{h.nav}</super::nav::RouteLink>
                    </p>
                    <button type="button" class="primary" on:click=dismiss>{h.guide_dismiss}</button>
                </section>
            }
        })
    }
}

//! The top of the dashboard for a plan not yet under way: on the sample
//! plan, a banner that says it is a sample and offers "Start your own plan";
//! on a plan still being set up, the setup checklist
//! ([`crate::checklist`]); on any other plan, nothing.

use super::html::{follow_link, search};
use super::plan_admin::new_plan_dialog;
use super::state::use_state;
use crate::checklist::{shown_for, Checklist};
use crate::html::{elem, link, text};
use crate::i18n::Catalog;
use crate::sample::is_sample_id;
use leptos::prelude::*;
use std::fmt::Write;

#[component]
pub fn GettingStarted() -> impl IntoView {
    let state = use_state();
    let open_dialog = new_plan_dialog();
    move || {
        let t = state.t();
        state.plan.with(|plan| {
            if is_sample_id(&plan.id) {
                sample_banner(t, open_dialog).into_any()
            } else if shown_for(plan) {
                checklist(t, &Checklist::of(plan)).into_any()
            } else {
                ().into_any()
            }
        })
    }
}

/// What the sample is, and the way to the user's own plan beside it.
fn sample_banner(t: &'static Catalog, open_dialog: RwSignal<bool>) -> impl IntoView {
    let o = t.onboarding;
    view! {
        <section class="sample-banner" aria-label=o.sample_label>
            <p>
                <strong>{o.sample_title}</strong>
                " "
                {o.sample_text}
            </p>
            <button type="button" class="primary start-own" aria-haspopup="dialog"
                on:click=move |_| open_dialog.set(true)>
                {o.start_own}
            </button>
        </section>
    }
}

/// The four steps, each ticked (and said in words) when done, each with
/// what to do and a link to where it is done: read-only but for its links,
/// so one string of escaped HTML, its links followed by one handler.
fn checklist(t: &'static Catalog, list: &Checklist) -> impl IntoView {
    let state = use_state();
    let o = t.onboarding;
    let next = list.next();
    let search = search();
    let mut out =
        String::from("<div class=\"checklist-head\"><h2 id=\"setup-checklist-h\" tabindex=\"-1\">");
    text(&mut out, o.checklist_title);
    out.push_str("</h2>");
    elem(
        &mut out,
        "p",
        "checklist-count",
        &(o.steps_done)(list.done(), list.steps.len()),
    );
    out.push_str("</div>");
    elem(&mut out, "p", "hint", o.checklist_intro);
    out.push_str("<ol class=\"checklist\">");
    for (i, &(step, done)) in list.steps.iter().enumerate() {
        let n = i + 1;
        let _ = write!(
            out,
            "<li class=\"step {}\"{} aria-labelledby=\"setup-step-{n}\">\
             <span class=\"step-mark\" aria-hidden=\"true\">{n}</span>\
             <div class=\"step-body\"><p class=\"step-head\"><strong id=\"setup-step-{n}\">",
            if done { "done" } else { "todo" },
            if next == Some(step) {
                " aria-current=\"step\""
            } else {
                ""
            },
        );
        text(&mut out, (o.step_name)(step));
        out.push_str("</strong> ");
        elem(
            &mut out,
            "span",
            "step-state",
            if done { o.done } else { o.to_do },
        );
        out.push_str("</p>");
        elem(&mut out, "p", "step-what", (o.step_what)(step));
        out.push_str("<p class=\"step-link\">");
        link(
            &mut out,
            &step.route().to_query(&search),
            (o.step_link)(step),
        );
        out.push_str("</p></div></li>");
    }
    out.push_str("</ol>");
    view! {
        <section class="card setup-checklist" aria-labelledby="setup-checklist-h" inner_html=out
            on:click=move |ev| {
                follow_link(state, &ev);
            }></section>
    }
}

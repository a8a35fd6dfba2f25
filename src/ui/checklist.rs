//! The top of the dashboard for a plan not yet under way: on the sample
//! plan, a banner that says it is a sample and offers "Start your own plan";
//! on a plan still being set up, the setup checklist
//! ([`crate::checklist`]); on any other plan, nothing.

use super::nav::RouteLink;
use super::plan_admin::new_plan_dialog;
use super::state::use_state;
use crate::checklist::{shown_for, Checklist};
use crate::i18n::Catalog;
use crate::sample::is_sample_id;
use leptos::prelude::*;

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
/// what to do and a link to where it is done.
fn checklist(t: &'static Catalog, list: &Checklist) -> impl IntoView {
    let o = t.onboarding;
    let next = list.next();
    let steps = list
        .steps
        .iter()
        .enumerate()
        .map(|(i, &(step, done))| {
            let class = if done { "step done" } else { "step todo" };
            let current = (next == Some(step)).then_some("step");
            let name_id = format!("setup-step-{}", i + 1);
            view! {
                <li class=class aria-current=current aria-labelledby=name_id.clone()>
                    <span class="step-mark" aria-hidden="true">{i + 1}</span>
                    <div class="step-body">
                        <p class="step-head">
                            <strong id=name_id.clone()>{(o.step_name)(step)}</strong>
                            " "
                            <span class="step-state">{if done { o.done } else { o.to_do }}</span>
                        </p>
                        <p class="step-what">{(o.step_what)(step)}</p>
                        <p class="step-link">
                            <RouteLink route=step.route()>{(o.step_link)(step)}</RouteLink>
                        </p>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card setup-checklist" aria-labelledby="setup-checklist-h">
            <div class="checklist-head">
                <h2 id="setup-checklist-h" tabindex="-1">{o.checklist_title}</h2>
                <p class="checklist-count">{(o.steps_done)(list.done(), list.steps.len())}</p>
            </div>
            <p class="hint">{o.checklist_intro}</p>
            <ol class="checklist">{steps}</ol>
        </section>
    }
}

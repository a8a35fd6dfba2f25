//! The first screen: how far the plan is, what is red, which unit is behind,
//! what falls due and what is not reported, and how the lights are set. The figures come from
//! [`crate::dashboard::Dashboard`]; each one is a link to the task table
//! filtered to exactly its tasks.
//!
//! Each part is one piece of escaped HTML written by [`crate::dashboard`]'s
//! writers (`header_html`, `red_html`, …) and set in its element; one click
//! handler per part follows its links and lists more of a long list.

use super::focus::AfterMore;
use super::html::{follow_link, search, set_html};
use super::state::use_state;
use super::supervision::BulkNotices;
use crate::dashboard::{
    breakthrough_html, due_html, groups_html, header_html, not_reported_html, red_html,
    summary_html, Dashboard as Figures, List, Shown, LIST_STEP, SHOWN_FIRST,
};
use crate::i18n::Catalog;
use crate::model::Plan;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Writes a part of the dashboard from the language, the plan, its figures
/// and the lengths of the long lists.
type Writer = fn(&mut String, &'static Catalog, &Plan, &Figures, &Shown, &str);

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = use_state();
    let figures = memo(move || {
        state
            .task_index
            .with(|index| state.plan.with(|plan| Figures::build(plan, index)))
    });
    // The lengths of the long lists, back to the first lines when the
    // figures change.
    let shown = RwSignal::new(SHOWN_FIRST);
    Effect::watch(
        move || figures.track(),
        move |_, _, _| shown.set(SHOWN_FIRST),
        false,
    );
    // Draws `write` into the element `get` finds, again when what it reads
    // changes.
    let draw = move |get: Box<dyn Fn() -> Option<web_sys::Element>>, write: Writer| {
        effect(move || {
            let Some(el) = get() else {
                return;
            };
            let t = state.t();
            let mut out = String::with_capacity(1 << 14);
            shown.with(|n| {
                figures.with(|d| {
                    state
                        .plan
                        .with(|plan| write(&mut out, t, plan, d, n, &search()))
                })
            });
            set_html(&el, &out);
        });
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let more = event_target::<web_sys::Element>(&ev)
            .closest("button[data-more]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-more"))
            .and_then(|k| List::from_key(&k));
        match more {
            Some(list) => {
                let after = AfterMore::of_click(&ev);
                shown.update(|n| n[list.index()] += LIST_STEP);
                if let Some(after) = after {
                    after.restore();
                }
            }
            None => {
                follow_link(state, &ev);
            }
        }
    };
    let header = part::<leptos::html::Header>(draw, |o, t, p, d, _, s| header_html(o, t, p, d, s));
    let summary = part::<leptos::html::Div>(draw, |o, t, p, d, _, s| summary_html(o, t, p, d, s));
    // The supervision loop's counts, when the plan records any step or notice.
    let supervision = part::<leptos::html::Section>(draw, |o, t, _, d, _, s| {
        if let Some(l) = &d.supervision {
            crate::bulletin::loop_html(o, t, l, s);
        }
    });
    // The red tasks, for notices issued to them all.
    let red_ids = memo(move || {
        figures.with(|d| d.red.tasks.iter().map(|l| l.id.clone()).collect::<Vec<_>>())
    });
    let red = part::<leptos::html::Section>(draw, |o, t, _, d, n, s| red_html(o, t, d, n, s));
    let due = part::<leptos::html::Section>(draw, |o, t, _, d, n, s| due_html(o, t, d, n, s));
    let stale = part::<leptos::html::Section>(draw, not_reported_html);
    let key =
        part::<leptos::html::Section>(draw, |o, t, _, d, n, s| breakthrough_html(o, t, d, n, s));
    let goals = part::<leptos::html::Section>(draw, |o, t, _, d, _, s| {
        let tx = t.dashboard;
        groups_html(
            o,
            t,
            "dash-goals",
            tx.goals_title,
            tx.goals_none,
            &d.goals,
            s,
        )
    });
    let areas = part::<leptos::html::Section>(draw, |o, t, _, d, _, s| {
        let tx = t.dashboard;
        groups_html(
            o,
            t,
            "dash-areas",
            tx.areas_title,
            tx.areas_none,
            &d.areas,
            s,
        )
    });
    view! {
        <div class="dashboard">
            <header class="plan-header dash-header" node_ref=header on:click=on_click></header>
            <super::checklist::GettingStarted />
            <div class="card dash-summary" node_ref=summary on:click=on_click></div>
            <super::help::Guide />
            <section class="card dash-loop" aria-labelledby="dash-loop"
                node_ref=supervision on:click=on_click></section>
            <div class="dash-pair">
                <div class="dash-red-col">
                    <section class="card dash-list dash-red" aria-labelledby="dash-red"
                        node_ref=red on:click=on_click></section>
                    <BulkNotices tasks=red_ids count=Signal::derive(move || red_ids.with(Vec::len)) />
                </div>
                <div class="dash-stack">
                    <section class="card dash-list dash-due" aria-labelledby="dash-due"
                        node_ref=due on:click=on_click></section>
                    <section class="card dash-list dash-stale" aria-labelledby="dash-stale"
                        node_ref=stale on:click=on_click></section>
                </div>
            </div>
            <section class="card dash-list dash-breakthrough" aria-labelledby="dash-breakthrough"
                node_ref=key on:click=on_click></section>
            <section class="card dash-groups" aria-labelledby="dash-goals"
                node_ref=goals on:click=on_click></section>
            <section class="card dash-groups" aria-labelledby="dash-areas"
                node_ref=areas on:click=on_click></section>
        </div>
    }
}

/// An element's reference, its content drawn by `write`.
fn part<E>(
    draw: impl Fn(Box<dyn Fn() -> Option<web_sys::Element>>, Writer),
    write: Writer,
) -> NodeRef<E>
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    let node = NodeRef::<E>::new();
    draw(
        Box::new(move || node.get().map(|el| el.unchecked_into())),
        write,
    );
    node
}

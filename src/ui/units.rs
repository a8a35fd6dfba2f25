//! Units: the scoreboard (考核排名) first — every unit's tasks, how they stand
//! and its score by the plan's evaluation rules, ranked, with the rules in
//! words ([`crate::scoreboard`] computes it all) — then the units themselves:
//! add, edit, reorder, delete.
//!
//! Deleting a unit that is still used opens a panel: its lead tasks and
//! projects go to another unit, it is dropped from co-operating lists and its
//! sub-units move up to its parent, all in ONE [`Command::Batch`].

use super::delete_panel::{DeletePanel, InUse};
use super::fields::{
    changed, choice_options, chosen, label, messages, shown, Messages, SelectField, TextField,
};
use super::form::put_entity;
use super::html::{follow_link, search, set_html};
use super::ids::new_id;
use super::item_list::{buttons_html, close, close_panel, on_item_button, Editing};
use super::nav::RouteLink;
use super::state::use_state;
use super::widgets::{tr, Shown};
use crate::cascade::remove_unit;
use crate::html::{cell, elem, text};
use crate::i18n::Catalog;
use crate::model::{Choice, Id, Plan, Unit, UnitKind};
use crate::route::Route;
use crate::scoreboard::{one_decimal, rows_html, scoreboard};
use crate::ui::widgets::dynamic;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::validate::{check_entity, Entity, Kind, Problem};
use leptos::prelude::*;
use rustc_hash::FxHashSet as HashSet;

/// The unit `id` and every unit under it, however deep.
fn self_and_descendants(plan: &Plan, id: &Id) -> HashSet<Id> {
    let mut out = HashSet::default();
    out.insert(id.clone());
    // Each pass adds the children of what is in; a plan's units form a tree.
    loop {
        let before = out.len();
        for u in &plan.units {
            if u.parent.as_ref().is_some_and(|p| out.contains(p)) {
                out.insert(u.id.clone());
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// A weight's share of all three, as written in the rules: "40%".
fn weight_share(weight: f64, total: f64) -> String {
    if total > 0.0 && total.is_finite() {
        format!("{}%", one_decimal(weight / total * 100.0))
    } else {
        "—".to_string()
    }
}

/// Units drawn at first in the scoreboard and in the list of units.
const ROWS_SHOWN: usize = 50;

/// Below a table drawn in part: how many rows, and a button for all.
fn more_rows(
    t: &'static Catalog,
    (shown, total): (usize, usize),
    all: RwSignal<bool>,
) -> impl IntoView {
    (shown < total).then(|| {
        view! {
            <p class="rows-more">
                <span>{(t.scoreboard.rows_shown)(shown, total)}</span> " "
                <button type="button" on:click=move |_| all.set(true)>{(t.scoreboard.rows_all)(total)}</button>
            </p>
        }
    })
}

/// The scoreboard (考核排名): ranked units, and the rules in words.
#[component]
fn ScoreboardSection() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let board = memo(move || {
        state
            .plan
            .with(|p| state.task_index.with(|index| scoreboard(p, index)))
    });
    // A province has hundreds of units: the first are drawn until asked.
    let all = RwSignal::new(false);
    let shown = move || {
        let total = board.with(|b| b.rows.len() + b.without_tasks.len());
        (
            if all.get() {
                total
            } else {
                total.min(ROWS_SHOWN)
            },
            total,
        )
    };
    // The rows are one piece of HTML (`rows_html`, escaped), drawn again
    // when the board, the language or the rows shown change; one handler
    // follows their links.
    let body = NodeRef::<leptos::html::Tbody>::new();
    effect(move || {
        let Some(el) = body.get() else {
            return;
        };
        let (t, (n, _)) = (t(), shown());
        let mut out = String::with_capacity(1 << 15);
        state.plan.with(|p| {
            board.with(|b| rows_html(&mut out, t, p, b, n, &search()));
        });
        set_html(&el, &out);
    });
    let on_rows_click = move |ev: leptos::ev::MouseEvent| {
        follow_link(state, &ev);
    };
    let rules = move || {
        let t = t();
        let sb = t.scoreboard;
        let (e, cadence, grace) = state
            .plan
            .with(|p| (p.evaluation.clone(), p.cadence, p.grace_days));
        let due = (t.report.period_name)(board.with(|b| b.due_period));
        let total = e.total_weight();
        let on_time = weight_share(e.on_time_weight, total);
        let progress = weight_share(e.progress_weight, total);
        let reporting = weight_share(e.reporting_weight, total);
        let replies = weight_share(e.notices_weight, total);
        // The fourth weight is said once the plan runs the loop.
        let four = board.with(|b| b.supervision);
        let formula = if four {
            (t.bulletin.formula)(&on_time, &progress, &reporting, &replies)
        } else {
            (sb.formula)(&on_time, &progress, &reporting)
        };
        view! {
            <p class="sb-formula">{formula}</p>
            <ol class="sb-rule-list">
                <li>{(sb.rule_on_time)(&on_time)}</li>
                <li>{(sb.rule_progress)(&progress)}</li>
                <li>{(sb.rule_reporting)(&reporting, (t.setup.cadence_name)(cadence), grace, &due)}</li>
                {four.then(|| view! { <li>{(t.bulletin.rule_replies)(&replies)}</li> })}
            </ol>
            <p>{sb.rule_not_applicable}</p>
            <p>{sb.rule_scope}</p>
            <p>{sb.rule_ranking}</p>
        }
    };
    let intro = move || (t().scoreboard.intro)(&state.today.get().to_string());
    view! {
        <section class="scoreboard" aria-labelledby="scoreboard-h">
            <h2 id="scoreboard-h" class="section-title">{tr(|t| t.scoreboard.title)}</h2>
            <p class="sb-intro">{dynamic(intro)}</p>
            <div class="card table-wrap sb-card">
                <table class="grid-table sb-table">
                    <caption class="visually-hidden">{tr(|t| t.scoreboard.caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">{tr(|t| t.scoreboard.col_rank)}</th>
                            <th scope="col">{tr(|t| t.scoreboard.col_unit)}</th>
                            <th scope="col" class="num">{tr(|t| t.scoreboard.col_led)}</th>
                            <th scope="col" class="num">{tr(|t| t.scoreboard.col_co)}</th>
                            <th scope="col" class="num">{tr(|t| t.scoreboard.col_completed)}</th>
                            <th scope="col" class="num">{tr(|t| t.scoreboard.col_on_time)}</th>
                            <th scope="col" class="num">{tr(|t| t.scoreboard.col_overdue)}</th>
                            <th scope="col">{tr(|t| t.scoreboard.col_progress)}</th>
                            <th scope="col" class="num">{tr(|t| t.scoreboard.col_stale)}</th>
                            {move || board.with(|b| b.supervision).then(|| {
                                let b = t().bulletin;
                                view! {
                                    <th scope="col">{b.col_notices}</th>
                                    <th scope="col" class="num">{b.col_days_to_sign}</th>
                                    <th scope="col" class="num">{b.col_returned}</th>
                                }
                            })}
                            <th scope="col">{tr(|t| t.scoreboard.col_score)}</th>
                        </tr>
                    </thead>
                    <tbody node_ref=body on:click=on_rows_click></tbody>
                </table>
            </div>
            {move || more_rows(t(), shown(), all)}
            <section class="sb-rules" aria-labelledby="sb-rules-h">
                <h3 id="sb-rules-h">{tr(|t| t.scoreboard.rules_title)}</h3>
                {dynamic(rules)}
                <p class="sb-edit">
                    <RouteLink route=Route::Setup>{tr(|t| t.scoreboard.edit_weights)}</RouteLink>
                </p>
            </section>
        </section>
    }
}

#[component]
pub fn UnitsView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = RwSignal::new(Editing::Closed);
    let deleting = RwSignal::new(None::<Id>);
    let all = RwSignal::new(false);
    let shown = move || {
        let total = state.plan.with(|p| p.units.len());
        (
            if all.get() {
                total
            } else {
                total.min(ROWS_SHOWN)
            },
            total,
        )
    };

    let rows = move || {
        let t = t();
        let s = t.setup;
        let (n, _) = shown();
        let search = search();
        let len = state.plan.with(|p| p.units.len());
        if len == 0 {
            return view! { <tr><td colspan="4" class="empty">{s.no_units}</td></tr> }.into_any();
        }
        let editing_now = editing.get();
        let deleting_now = deleting.get();
        state.plan.with(|p| {
            p.units
                .iter()
                .take(n)
                .enumerate()
                .map(|(i, u)| {
                    let id = u.id.clone();
                    if editing_now == Editing::Item(id.clone()) {
                        let u = u.clone();
                        return view! {
                            <tr class="form-row">
                                <td colspan="4">
                                    <UnitForm existing=Some(u) on_done=move || close(editing, id.clone()) />
                                </td>
                            </tr>
                        }
                        .into_any();
                    }
                    let parent = u.parent.as_ref().and_then(|id| p.unit(id));
                    let html = unit_row_html(t, u, parent, (i, len), &search);
                    if deleting_now.as_ref() != Some(&u.id) {
                        return view! { <tr inner_html=html></tr> }.into_any();
                    }
                    view! {
                        <tr inner_html=html></tr>
                        <tr class="form-row">
                            <td colspan="4">
                                <UnitDeletePanel id=id.clone() on_done=move || close_panel(deleting, id.clone()) />
                            </td>
                        </tr>
                    }
                    .into_any()
                })
                .collect_view()
                .into_any()
        })
    };
    let on_rows_click = move |ev: leptos::ev::MouseEvent| {
        if !on_item_button(state, Kind::Unit, editing, deleting, &ev) {
            follow_link(state, &ev);
        }
    };

    view! {
        <h1 class="page-title">{tr(|t| t.setup.units_title)}</h1>
        <p class="page-intro">{tr(|t| t.setup.units_intro)}</p>
        <ScoreboardSection />
        <div class="section-actions">
            <h2 class="section-title" id="units-list-h">{tr(|t| t.setup.units_list)}</h2>
            <button type="button" class="primary"
                aria-expanded=move || (editing.get() == Editing::Adding).to_string()
                on:click=move |_| {
                    deleting.set(None);
                    editing.update(|e| *e = if *e == Editing::Adding { Editing::Closed } else { Editing::Adding });
                }>
                {tr(|t| t.setup.add_unit)}
            </button>
        </div>
        <Shown when=move || editing.get() == Editing::Adding>
            <div class="card">
                <UnitForm existing=None on_done=move || {
                    editing.set(Editing::Closed);
                    // Back to the add button, ready for the next unit.
                    super::focus::focus_back(vec!["#units-list-h + button".to_string()], "units-list-h");
                    // The new unit is the last: list them all to show it.
                    all.set(true);
                } />
            </div>
        </Shown>
        <div class="card table-wrap units-card">
            <table class="grid-table units-table" aria-labelledby="units-list-h">
                <thead>
                    <tr>
                        <th scope="col">{tr(|t| t.setup.col_unit)}</th>
                        <th scope="col">{tr(|t| t.setup.col_kind)}</th>
                        <th scope="col">{tr(|t| t.setup.col_parent)}</th>
                        <th scope="col">{tr(|t| t.setup.col_actions)}</th>
                    </tr>
                </thead>
                <tbody on:click=on_rows_click>{dynamic(rows)}</tbody>
            </table>
            // Inside the card, which is laid out only once scrolled near
            // (style/scoreboard.css): nothing after it moves when it is.
            {move || more_rows(t(), shown(), all)}
        </div>
    }
}

/// A unit's row in the list of units, as escaped HTML: its name with a link
/// to its sheet in Report by unit, its kind, the unit it sits under, and
/// its buttons.
fn unit_row_html(
    t: &Catalog,
    u: &Unit,
    parent: Option<&Unit>,
    place: (usize, usize),
    search: &str,
) -> String {
    let s = t.setup;
    let mut out = String::from("<th scope=\"row\" class=\"title\">");
    elem(&mut out, "span", "unit-name", &u.name);
    out.push_str("<span class=\"unit-link\"><a href=\"");
    text(
        &mut out,
        &Route::BulkReport(Some(u.id.clone())).to_query(search),
    );
    out.push_str("\" aria-label=\"");
    text(&mut out, &(s.named)(s.report_for_unit, &u.name));
    out.push_str("\">");
    text(&mut out, s.report_for_unit);
    out.push_str("</a></span></th>");
    for (class, label, value) in [
        ("unit-kind", s.col_kind, (s.unit_kind_name)(u.kind)),
        (
            "unit-parent",
            s.col_parent,
            parent.map_or(s.none, |p| p.name.as_str()),
        ),
    ] {
        cell(&mut out, class, label, value);
    }
    out.push_str("<td class=\"unit-actions\">");
    buttons_html(&mut out, t, place, &u.id, &u.name);
    out.push_str("</td>");
    out
}

#[component]
fn UnitForm(
    existing: Option<Unit>,
    /// Called when the form is saved or cancelled (one type for every
    /// caller, so the form is compiled once).
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let is_new = existing.is_none();
    let opened = existing.clone().map(Entity::Unit);
    let id = existing
        .as_ref()
        .map(|u| u.id.clone())
        .unwrap_or_else(|| new_id("u"));
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_default(),
    );
    let base_kind = existing.as_ref().map_or(UnitKind::default(), |u| u.kind);
    let kind = RwSignal::new(base_kind.key().to_string());
    let parent = RwSignal::new(
        existing
            .and_then(|u| u.parent)
            .map(|p| p.to_string())
            .unwrap_or_default(),
    );
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let unit_id = id.clone();
    let checked = memo(move || {
        let p = parent.get();
        let unit = Unit {
            id: unit_id.clone(),
            name: name.get().trim().to_string(),
            kind: chosen(&kind.get(), base_kind),
            parent: (!p.is_empty()).then_some(Id(p)),
        };
        let problems = state
            .plan
            .with(|p| check_entity(p, &Entity::Unit(unit.clone())));
        let mut msgs = Messages::default();
        msgs.problems(problems);
        (msgs.is_empty().then_some(unit), msgs)
    });
    let msgs = messages(checked);
    let err =
        move |field: &'static str, value| shown(state, msgs, refused, field, changed(value), tried);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        refused.set(Vec::new());
        let entity = checked.get_untracked().0.map(Entity::Unit);
        let saved = state.t().setup.saved;
        put_entity(state, opened.clone(), entity, refused, saved, on_done);
    };
    let kinds = choice_options(state, |t, k: UnitKind| (t.setup.unit_kind_name)(k));
    // A unit cannot sit under itself or under one of its own sub-units.
    let parents = Signal::derive(move || {
        state.plan.with(|p| {
            let excluded = self_and_descendants(p, &id);
            p.units
                .iter()
                .filter(|u| !excluded.contains(&u.id))
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let heading = move || {
        if is_new {
            t().setup.new_unit
        } else {
            t().setup.edit_unit
        }
    };
    view! {
        <form data-opened="" class="inline-form" on:submit=on_submit novalidate aria-label=heading>
            <h3>{dynamic(heading)}</h3>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id="unit-name" label=label(|t| t.setup.field_unit_name) value=name
                    error=err("name", name) required=true />
                <SelectField id="unit-kind" label=label(|t| t.setup.field_unit_kind) value=kind options=kinds />
                <SelectField id="unit-parent" label=label(|t| t.setup.field_unit_parent) value=parent
                    options=parents placeholder=label(|t| t.setup.no_parent)
                    error=err("parent", parent) />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// A unit still used: its lead tasks and projects go to another unit, it
/// leaves every co-operating list, and its sub-units move up to its parent.
#[component]
fn UnitDeletePanel(id: Id, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let info = state.plan.with_untracked(|p| {
        let lead_tasks = p.tasks.iter().filter(|x| x.lead == id).count();
        let lead_projects = p.projects.iter().filter(|x| x.lead == id).count();
        let co_tasks = p.tasks.iter().filter(|x| x.co_units.contains(&id)).count();
        let children = p
            .units
            .iter()
            .filter(|u| u.parent.as_ref() == Some(&id))
            .count();
        InUse {
            kind: Kind::Unit,
            prefix: "unit-del",
            name: p.unit(&id).map(|u| u.name.clone()).unwrap_or_default(),
            used_by: (t.setup.unit_used_by)(lead_tasks, lead_projects, co_tasks, children),
            others: p
                .units
                .iter()
                .filter(|u| u.id != id)
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect(),
            needs_target: lead_tasks + lead_projects > 0,
            target_label: |t| t.setup.reassign_lead,
            detach: None,
            note: Some(|t| t.setup.unit_delete_effects),
            command: remove_unit,
        }
    });
    view! { <DeletePanel id info on_done /> }
}

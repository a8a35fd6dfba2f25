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
    choice_options, chosen, field_error, label, push_problems, Checked, SelectField, TextField,
};
use super::form::send;
use super::ids::new_id;
use super::nav::RouteLink;
use super::setup::{item_buttons, Editing};
use super::state::use_state;
use super::widgets::Shown;
use crate::cascade::remove_unit;
use crate::command::Command;
use crate::i18n::Catalog;
use crate::model::{Choice, Id, Plan, Unit, UnitKind};
use crate::query::{TaskFilter, TaskQuery};
use crate::route::Route;
use crate::scoreboard::{scoreboard, UnitScore};
use crate::validate::{check_entity, Entity, Kind, Problem};
use leptos::prelude::*;
use std::collections::HashSet;

/// The unit `id` and every unit under it, however deep.
fn self_and_descendants(plan: &Plan, id: &Id) -> HashSet<Id> {
    let mut out = HashSet::new();
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

/// A number with at most one decimal: 100, 94.7.
fn one_decimal(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// The task table showing `filter`.
fn tasks_route(filter: TaskFilter) -> Route {
    Route::Tasks(TaskQuery { filter, sort: None })
}

/// The tasks `unit` leads.
fn led_filter(unit: &Id) -> TaskFilter {
    TaskFilter {
        leads: vec![unit.clone()],
        ..TaskFilter::default()
    }
}

/// A count that links to its tasks when there are any.
fn count_link(count: usize, route: Route, label: String) -> AnyView {
    if count == 0 {
        return view! { "0" }.into_any();
    }
    view! { <RouteLink route=route attr:aria-label=label>{count.to_string()}</RouteLink> }
        .into_any()
}

/// One unit's line of the scoreboard.
fn score_row(t: &'static Catalog, name: String, row: UnitScore, tied: bool) -> impl IntoView {
    let sb = t.scoreboard;
    let rank = match row.rank {
        Some(r) if tied => view! { {(sb.tied_rank)(r)} }.into_any(),
        Some(r) => view! { {r.to_string()} }.into_any(),
        None => view! { <span aria-hidden="true">{sb.no_score}</span><span class="visually-hidden">{sb.not_scored}</span> }
            .into_any(),
    };
    let led = count_link(
        row.led,
        tasks_route(led_filter(&row.unit)),
        (sb.led_by)(&name, row.led),
    );
    let co = count_link(
        row.co_operated,
        tasks_route(TaskFilter {
            co_units: vec![row.unit.clone()],
            ..TaskFilter::default()
        }),
        (sb.co_by)(&name, row.co_operated),
    );
    let overdue = count_link(
        row.overdue,
        tasks_route(TaskFilter {
            overdue: true,
            ..led_filter(&row.unit)
        }),
        (sb.overdue_of)(&name, row.overdue),
    );
    let progress = match row.average_progress {
        Some(p) => {
            let width = format!("{:.1}%", p.clamp(0.0, 100.0));
            view! {
                <div class="sb-progress" role="img" aria-label=(sb.progress_of)(&name)>
                    <span class="sb-pct">{format!("{}%", one_decimal(p))}</span>
                    <span class="bar" aria-hidden="true"><span class="fill" style:width=width></span></span>
                </div>
            }
            .into_any()
        }
        None => view! { <span class="muted">{sb.no_score}</span> }.into_any(),
    };
    let mark = |name: &'static str, value: Option<f64>| {
        let na = value.is_none();
        let value = value.map_or_else(|| sb.mark_not_applicable.to_string(), one_decimal);
        view! { <span class="sb-mark" class:na=na>{name}" "{value}</span> }
    };
    let marks = row.components.map(|c| {
        view! {
            <span class="sb-marks">
                {mark(sb.mark_on_time, c.on_time)}
                " · "
                {mark(sb.mark_progress, c.progress)}
                " · "
                {mark(sb.mark_reporting, c.reporting)}
            </span>
        }
    });
    let score = match (row.score(), row.unscored) {
        (Some(score), _) => view! {
            <strong class="sb-score-value">{format!("{score:.1}")}</strong>
            {marks}
        }
        .into_any(),
        (None, why) => view! {
            <span aria-hidden="true">{sb.no_score}</span><span class="visually-hidden">{sb.not_scored}</span>
            {why.map(|w| view! { <span class="sb-why">{(sb.unscored_reason)(w)}</span> })}
            {marks}
        }
        .into_any(),
    };
    let unit_route = tasks_route(led_filter(&row.unit));
    let unit_title = (sb.tasks_of)(&name);
    let stale_class = if row.late > 0 {
        "num sb-stale has-stale"
    } else {
        "num sb-stale"
    };
    let overdue_class = if row.overdue > 0 {
        "num sb-overdue has-overdue"
    } else {
        "num sb-overdue"
    };
    view! {
        <tr class:unscored=row.rank.is_none()>
            <td class="num sb-rank">{rank}</td>
            <th scope="row" class="sb-unit">
                <RouteLink route=unit_route attr:title=unit_title>{name}</RouteLink>
            </th>
            <td class="num">{led}</td>
            <td class="num">{co}</td>
            <td class="num">{row.completed}</td>
            <td class="num">{row.on_time}</td>
            <td class=overdue_class>{overdue}</td>
            <td class="sb-progress-cell">{progress}</td>
            <td class=stale_class>{row.late}</td>
            <td class="sb-score">{score}</td>
        </tr>
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
    let board = Memo::new(move |_| {
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
    let rows = move || {
        let t = t();
        let mut b = board.get();
        if b.rows.is_empty() && b.without_tasks.is_empty() {
            return view! { <tr><td colspan="10" class="empty">{t.scoreboard.no_units}</td></tr> }
                .into_any();
        }
        let (n, _) = shown();
        // Ties are told among every ranked unit, drawn or not.
        let ranks: Vec<Option<usize>> = b.rows.iter().map(|r| r.rank).collect();
        b.rows.truncate(n);
        b.without_tasks.truncate(n - b.rows.len());
        let name_of = |id: &Id| {
            state
                .plan
                .with(|p| p.unit(id).map(|u| u.name.clone()).unwrap_or_default())
        };
        let names: Vec<String> = b.rows.iter().map(|r| name_of(&r.unit)).collect();
        let scored = b
            .rows
            .into_iter()
            .zip(names)
            .map(|(row, name)| {
                let tied =
                    row.rank.is_some() && ranks.iter().filter(|r| **r == row.rank).count() > 1;
                score_row(t, name, row, tied)
            })
            .collect_view();
        // Units with no task at all: listed, as such.
        let idle = b
            .without_tasks
            .iter()
            .map(|id| {
                let name = name_of(id);
                view! {
                    <tr class="unscored no-tasks">
                        <td class="num sb-rank"><span aria-hidden="true">{t.scoreboard.no_score}</span><span class="visually-hidden">{t.scoreboard.not_scored}</span></td>
                        <th scope="row" class="sb-unit">{name}</th>
                        <td colspan="8" class="muted">{t.scoreboard.no_tasks_yet}</td>
                    </tr>
                }
            })
            .collect_view();
        view! { {scored}{idle} }.into_any()
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
        view! {
            <p class="sb-formula">{(sb.formula)(&on_time, &progress, &reporting)}</p>
            <ol class="sb-rule-list">
                <li>{(sb.rule_on_time)(&on_time)}</li>
                <li>{(sb.rule_progress)(&progress)}</li>
                <li>{(sb.rule_reporting)(&reporting, (t.setup.cadence_name)(cadence), grace, &due)}</li>
            </ol>
            <p>{sb.rule_not_applicable}</p>
            <p>{sb.rule_scope}</p>
            <p>{sb.rule_ranking}</p>
        }
    };
    let intro = move || (t().scoreboard.intro)(&state.today.get().to_string());
    view! {
        <section class="scoreboard" aria-labelledby="scoreboard-h">
            <h2 id="scoreboard-h" class="section-title">{move || t().scoreboard.title}</h2>
            <p class="sb-intro">{intro}</p>
            <div class="card table-wrap sb-card">
                <table class="grid-table sb-table">
                    <caption class="visually-hidden">{move || t().scoreboard.caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">{move || t().scoreboard.col_rank}</th>
                            <th scope="col">{move || t().scoreboard.col_unit}</th>
                            <th scope="col" class="num">{move || t().scoreboard.col_led}</th>
                            <th scope="col" class="num">{move || t().scoreboard.col_co}</th>
                            <th scope="col" class="num">{move || t().scoreboard.col_completed}</th>
                            <th scope="col" class="num">{move || t().scoreboard.col_on_time}</th>
                            <th scope="col" class="num">{move || t().scoreboard.col_overdue}</th>
                            <th scope="col">{move || t().scoreboard.col_progress}</th>
                            <th scope="col" class="num">{move || t().scoreboard.col_stale}</th>
                            <th scope="col">{move || t().scoreboard.col_score}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {move || more_rows(t(), shown(), all)}
            <section class="sb-rules" aria-labelledby="sb-rules-h">
                <h3 id="sb-rules-h">{move || t().scoreboard.rules_title}</h3>
                {rules}
                <p class="sb-edit">
                    <RouteLink route=Route::Setup>{move || t().scoreboard.edit_weights}</RouteLink>
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
        let units: Vec<(Unit, Option<String>)> = state.plan.with(|p| {
            p.units
                .iter()
                .take(n)
                .map(|u| {
                    let parent = u
                        .parent
                        .as_ref()
                        .and_then(|id| p.unit(id))
                        .map(|x| x.name.clone());
                    (u.clone(), parent)
                })
                .collect()
        });
        if units.is_empty() {
            return view! { <tr><td colspan="4" class="empty">{s.no_units}</td></tr> }.into_any();
        }
        let len = state.plan.with(|p| p.units.len());
        units
            .into_iter()
            .enumerate()
            .map(|(i, (u, parent))| {
                if editing.get() == Editing::Item(u.id.clone()) {
                    return view! {
                        <tr class="form-row">
                            <td colspan="4">
                                <UnitForm existing=Some(u) on_done=move || editing.set(Editing::Closed) />
                            </td>
                        </tr>
                    }
                    .into_any();
                }
                let panel_open = deleting.get().as_ref() == Some(&u.id);
                let buttons = item_buttons(
                    state,
                    Kind::Unit,
                    u.id.clone(),
                    i,
                    len,
                    u.name.clone(),
                    editing,
                    deleting,
                );
                let report = Route::BulkReport(Some(u.id.clone()));
                view! {
                    <tr>
                        <th scope="row" class="title">
                            <span class="unit-name">{u.name.clone()}</span>
                            <span class="unit-link">
                                <RouteLink route=report attr:aria-label=(s.named)(s.report_for_unit, &u.name)>
                                    {s.report_for_unit}
                                </RouteLink>
                            </span>
                        </th>
                        <td class="unit-kind" data-label=s.col_kind>{(s.unit_kind_name)(u.kind)}</td>
                        <td class="unit-parent" data-label=s.col_parent>{parent.unwrap_or_else(|| s.none.to_string())}</td>
                        <td class="unit-actions">{buttons}</td>
                    </tr>
                    {panel_open.then(|| view! {
                        <tr class="form-row">
                            <td colspan="4">
                                <UnitDeletePanel id=u.id.clone() on_done=move || deleting.set(None) />
                            </td>
                        </tr>
                    })}
                }
                .into_any()
            })
            .collect_view()
            .into_any()
    };

    view! {
        <h1 class="page-title">{move || t().setup.units_title}</h1>
        <p class="page-intro">{move || t().setup.units_intro}</p>
        <ScoreboardSection />
        <div class="section-actions">
            <h2 class="section-title" id="units-list-h">{move || t().setup.units_list}</h2>
            <button type="button" class="primary"
                aria-expanded=move || (editing.get() == Editing::Adding).to_string()
                on:click=move |_| {
                    deleting.set(None);
                    editing.update(|e| *e = if *e == Editing::Adding { Editing::Closed } else { Editing::Adding });
                }>
                {move || t().setup.add_unit}
            </button>
        </div>
        <Shown when=move || editing.get() == Editing::Adding>
            <div class="card">
                <UnitForm existing=None on_done=move || {
                    editing.set(Editing::Closed);
                    // The new unit is the last: list them all to show it.
                    all.set(true);
                } />
            </div>
        </Shown>
        <div class="card table-wrap units-card">
            <table class="grid-table units-table" aria-labelledby="units-list-h">
                <thead>
                    <tr>
                        <th scope="col">{move || t().setup.col_unit}</th>
                        <th scope="col">{move || t().setup.col_kind}</th>
                        <th scope="col">{move || t().setup.col_parent}</th>
                        <th scope="col">{move || t().setup.col_actions}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {move || more_rows(t(), shown(), all)}
    }
}

#[component]
fn UnitForm(
    existing: Option<Unit>,
    /// Called when the form is saved or cancelled (one type for every
    /// caller, so the form is compiled once).
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let is_new = existing.is_none();
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
    let checked = Memo::new(move |_| {
        let t = state.t();
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
        let mut errors = Vec::new();
        push_problems(t, &mut errors, &problems, &["name", "parent"]);
        Checked {
            value: problems.is_empty().then_some(unit),
            errors,
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        refused.set(Vec::new());
        let Some(unit) = checked.get_untracked().value else {
            return;
        };
        if send(
            state,
            Command::Put {
                entity: Entity::Unit(unit),
                at: None,
            },
            Some(refused),
            state.t().setup.saved.to_string(),
        ) {
            on_done.run(());
        }
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
        <form class="inline-form" on:submit=on_submit novalidate aria-label=heading>
            <h3>{heading}</h3>
            <Shown when=move || tried.get() && checked.with(|c| !c.errors.is_empty())>
                <p class="form-error" role="alert">{move || t().form_has_errors}</p>
            </Shown>
            <div class="grid">
                <TextField id="unit-name" label=label(|t| t.setup.field_unit_name) value=name
                    error=field_error(state, checked, refused, "name", name, tried) required=true />
                <SelectField id="unit-kind" label=label(|t| t.setup.field_unit_kind) value=kind options=kinds />
                <SelectField id="unit-parent" label=label(|t| t.setup.field_unit_parent) value=parent
                    options=parents placeholder=label(|t| t.setup.no_parent)
                    error=field_error(state, checked, refused, "parent", parent, tried) />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{move || t().save}</button>
                <button type="button" on:click=move |_| on_done.run(())>{move || t().cancel}</button>
            </div>
        </form>
    }
}

/// A unit still used: its lead tasks and projects go to another unit, it
/// leaves every co-operating list, and its sub-units move up to its parent.
#[component]
fn UnitDeletePanel(id: Id, on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
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
    view! { <DeletePanel id info on_done=move |()| on_done() /> }
}

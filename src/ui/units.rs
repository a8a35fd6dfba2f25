//! Units: add, edit, reorder, delete; what each leads and co-operates on.
//!
//! Deleting a unit that is still used opens a panel: its lead tasks and
//! projects go to another unit, it is dropped from co-operating lists and its
//! sub-units move up to its parent, all in ONE [`Command::Batch`].

use super::nav::RouteLink;
use super::setup::{
    field_error, item_buttons, new_id, push_problems, send, text, Checked, Editing,
};
use super::use_state;
use super::widgets::{confirm, progress_bar, SelectField, TextField};
use crate::command::Command;
use crate::i18n::Catalog;
use crate::model::{Id, Plan, Unit, UnitKind};
use crate::route::Route;
use crate::status::{by_unit_co, by_unit_lead, Rollup};
use crate::validate::{check_entity, Entity, Kind, Problem};
use leptos::prelude::*;
use std::collections::HashSet;

const KINDS: [UnitKind; 5] = [
    UnitKind::City,
    UnitKind::Department,
    UnitKind::District,
    UnitKind::Town,
    UnitKind::Other,
];

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

/// A roll-up as words and a bar: how many tasks, how far, which lights.
fn rollup_cell(t: &'static Catalog, what: &str, r: &Rollup) -> impl IntoView {
    if r.tasks == 0 {
        return view! { <span class="muted">{t.setup.none}</span> }.into_any();
    }
    let c = r.counts;
    view! {
        <div class="rollup-cell">
            <span class="count">{(t.task_count)(r.tasks)}</span>
            {r.progress.map(|v| progress_bar(t, what, v))}
            <span class="lights-words">{(t.lights_summary)(c.completed, c.green, c.yellow, c.red, c.grey)}</span>
        </div>
    }
    .into_any()
}

#[component]
pub fn UnitsView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = RwSignal::new(Editing::Closed);
    let deleting = RwSignal::new(None::<Id>);

    let rows = move || {
        let t = t();
        let s = t.setup;
        let today = state.today.get();
        let units: Vec<(Unit, Option<String>, Rollup, Rollup)> = state.plan.with(|p| {
            let lead = by_unit_lead(p, today);
            let co = by_unit_co(p, today);
            p.units
                .iter()
                .zip(lead.into_iter().zip(co))
                .map(|(u, ((_, l), (_, c)))| {
                    let parent = u
                        .parent
                        .as_ref()
                        .and_then(|id| p.unit(id))
                        .map(|x| x.name.clone());
                    (u.clone(), parent, l, c)
                })
                .collect()
        });
        if units.is_empty() {
            return view! { <tr><td colspan="6" class="empty">{s.no_units}</td></tr> }.into_any();
        }
        let len = units.len();
        units
            .into_iter()
            .enumerate()
            .map(|(i, (u, parent, lead, co))| {
                if editing.get() == Editing::Item(u.id.clone()) {
                    return view! {
                        <tr class="form-row">
                            <td colspan="6">
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
                let lead_what = (s.named)(s.col_leads, &u.name);
                let co_what = (s.named)(s.col_co, &u.name);
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
                        <td class="unit-lead" data-label=s.col_leads>{rollup_cell(t, &lead_what, &lead)}</td>
                        <td class="unit-co" data-label=s.col_co>{rollup_cell(t, &co_what, &co)}</td>
                        <td class="unit-actions">{buttons}</td>
                    </tr>
                    {panel_open.then(|| view! {
                        <tr class="form-row">
                            <td colspan="6">
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
        <div class="section-actions">
            <h2 class="section-title">{move || t().setup.units_list}</h2>
            <button type="button" class="primary"
                aria-expanded=move || (editing.get() == Editing::Adding).to_string()
                on:click=move |_| {
                    deleting.set(None);
                    editing.update(|e| *e = if *e == Editing::Adding { Editing::Closed } else { Editing::Adding });
                }>
                {move || t().setup.add_unit}
            </button>
        </div>
        <Show when=move || editing.get() == Editing::Adding>
            <div class="card">
                <UnitForm existing=None on_done=move || editing.set(Editing::Closed) />
            </div>
        </Show>
        <div class="card table-wrap units-card">
            <table class="grid-table units-table">
                <thead>
                    <tr>
                        <th scope="col">{move || t().setup.col_unit}</th>
                        <th scope="col">{move || t().setup.col_kind}</th>
                        <th scope="col">{move || t().setup.col_parent}</th>
                        <th scope="col">{move || t().setup.col_leads}</th>
                        <th scope="col">{move || t().setup.col_co}</th>
                        <th scope="col">{move || t().setup.col_actions}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn UnitForm(
    existing: Option<Unit>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
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
    let kind = RwSignal::new(
        KINDS
            .iter()
            .position(|k| Some(*k) == existing.as_ref().map(|u| u.kind))
            .unwrap_or(1)
            .to_string(),
    );
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
            kind: KINDS[kind.get().parse::<usize>().unwrap_or(1).min(4)],
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
            on_done();
        }
    };
    let kinds = Signal::derive(move || {
        KINDS
            .iter()
            .enumerate()
            .map(|(i, k)| (i.to_string(), (t().setup.unit_kind_name)(*k).to_string()))
            .collect::<Vec<_>>()
    });
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
            <Show when=move || tried.get() && checked.with(|c| !c.errors.is_empty())>
                <p class="form-error" role="alert">{move || t().form_has_errors}</p>
            </Show>
            <div class="grid">
                <TextField id="unit-name" label=text(state, |t| t.setup.field_unit_name) value=name
                    error=field_error(state, checked, refused, "name", name, tried) required=true />
                <SelectField id="unit-kind" label=text(state, |t| t.setup.field_unit_kind) value=kind options=kinds />
                <SelectField id="unit-parent" label=text(state, |t| t.setup.field_unit_parent) value=parent
                    options=parents placeholder=text(state, |t| t.setup.no_parent)
                    error=field_error(state, checked, refused, "parent", parent, tried) />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{move || t().save}</button>
                <button type="button" on:click=move |_| on_done()>{move || t().cancel}</button>
            </div>
        </form>
    }
}

/// A unit still used: its lead tasks and projects go to another unit, it
/// leaves every co-operating list, and its sub-units move up to its parent.
#[component]
fn UnitDeletePanel(id: Id, on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_state();
    // The panel takes the focus when it opens, so keyboard and screen-reader users land on it.
    let focus_me = NodeRef::<leptos::html::H4>::new();
    Effect::new(move || {
        if let Some(h) = focus_me.get() {
            let _ = h.focus();
        }
    });
    let t = move || state.t();
    let (name, lead_tasks, lead_projects, co_tasks, children, others) =
        state.plan.with_untracked(|p| {
            let name = p.unit(&id).map(|u| u.name.clone()).unwrap_or_default();
            let lead_tasks = p.tasks.iter().filter(|x| x.lead == id).count();
            let lead_projects = p.projects.iter().filter(|x| x.lead == id).count();
            let co_tasks = p.tasks.iter().filter(|x| x.co_units.contains(&id)).count();
            let children = p
                .units
                .iter()
                .filter(|u| u.parent.as_ref() == Some(&id))
                .count();
            let others: Vec<(String, String)> = p
                .units
                .iter()
                .filter(|u| u.id != id)
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect();
            (name, lead_tasks, lead_projects, co_tasks, children, others)
        });
    let needs_target = lead_tasks + lead_projects > 0;
    let can_reassign = !needs_target || !others.is_empty();
    let target = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let target_error = Signal::derive(move || {
        (tried.get() && needs_target && target.with(String::is_empty))
            .then(|| t().setup.choose_target.to_string())
    });
    let name_for_confirm = name.clone();
    let unit_id = id.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let v = target.get_untracked();
        if needs_target && v.is_empty() {
            return;
        }
        let to = Id(v);
        let t = state.t();
        let kind = (t.kind_name)(Kind::Unit);
        if !confirm(&(t.setup.delete_confirm)(kind, &name_for_confirm)) {
            return;
        }
        let mut cmds: Vec<Command> = state.plan.with_untracked(|p| {
            let grandparent = p.unit(&unit_id).and_then(|u| u.parent.clone());
            let mut out = Vec::new();
            for task in &p.tasks {
                if task.lead != unit_id && !task.co_units.contains(&unit_id) {
                    continue;
                }
                let mut x = task.clone();
                if x.lead == unit_id {
                    x.lead = to.clone();
                }
                let lead = x.lead.clone();
                // Gone from co-operating lists; the new lead is not also its own co-operator.
                x.co_units.retain(|c| *c != unit_id && *c != lead);
                out.push(Entity::Task(x));
            }
            for project in p.projects.iter().filter(|x| x.lead == unit_id) {
                let mut x = project.clone();
                x.lead = to.clone();
                out.push(Entity::Project(x));
            }
            for child in p
                .units
                .iter()
                .filter(|u| u.parent.as_ref() == Some(&unit_id))
            {
                let mut x = child.clone();
                x.parent = grandparent.clone();
                out.push(Entity::Unit(x));
            }
            out.into_iter()
                .map(|entity| Command::Put { entity, at: None })
                .collect()
        });
        cmds.push(Command::Remove {
            kind: Kind::Unit,
            id: unit_id.clone(),
        });
        if send(
            state,
            Command::Batch(cmds),
            None,
            (t.setup.deleted)(kind, &name_for_confirm),
        ) {
            on_done();
        }
    };
    let options = Signal::derive(move || others.clone());
    view! {
        <form class="in-use-panel" aria-labelledby="unit-del-h" on:submit=on_submit novalidate>
            <h4 id="unit-del-h" tabindex="-1" node_ref=focus_me>{(t().setup.in_use_title)(&name)}</h4>
            <p>{(t().setup.unit_used_by)(lead_tasks, lead_projects, co_tasks, children)}</p>
            {match (needs_target, can_reassign) {
                (true, true) => view! {
                    <SelectField id="unit-del-target" label=text(state, |t| t.setup.reassign_lead)
                        value=target options=options placeholder=text(state, |t| t.choose) error=target_error />
                }
                .into_any(),
                (true, false) => view! {
                    <p class="form-error">{(t().setup.nothing_to_reassign_to)((t().kind_name)(Kind::Unit))}</p>
                }
                .into_any(),
                _ => ().into_any(),
            }}
            <p class="item-meta">{t().setup.unit_delete_effects}</p>
            <div class="form-actions">
                <button type="submit" class="danger" disabled=!can_reassign>{move || t().setup.reassign_and_delete}</button>
                <button type="button" on:click=move |_| on_done()>{move || t().cancel}</button>
            </div>
        </form>
    }
}

//! One key project: its fields and light, edit, move, delete, and its progress ledger.

use super::form::{send, send_then};
use super::ledger::Ledger;
use super::nav::RouteLink;
use super::projects::{fmt_num, share, unit_name, ProjectForm};
use super::state::use_state;
use super::widgets::{confirm, light_badge, progress_bar, Shown};
use crate::command::Command;
use crate::model::{Date, Id, Subject};
use crate::route::Route;
use crate::status::project_status;
use crate::validate::Kind;
use leptos::prelude::*;

#[component]
pub fn ProjectPage(id: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = RwSignal::new(false);
    let exists = {
        let id = id.clone();
        Memo::new(move |_| state.plan.with(|p| p.project(&id).is_some()))
    };

    let facts = {
        let id = id.clone();
        move || {
            let t = t();
            let f = t.figures;
            let today = state.today.get();
            state.plan.with(|p| {
                let Some(pr) = p.project(&id) else {
                    return ().into_any();
                };
                let status = project_status(p, pr, today);
                let area = pr
                    .area
                    .as_ref()
                    .and_then(|a| p.area(a))
                    .map(|a| a.title.clone())
                    .unwrap_or_else(|| f.not_set.to_string());
                let range = |a: Option<Date>, b: Option<Date>| match (a, b) {
                    (None, None) => f.not_set.to_string(),
                    (Some(a), None) => (f.date_since)(&a.to_string()),
                    (a, Some(b)) => {
                        let a = a.map_or_else(|| f.not_set.to_string(), |x| x.to_string());
                        (f.date_range)(&a, &b.to_string())
                    }
                };
                let batch = if pr.batch.is_empty() {
                    f.not_set.to_string()
                } else {
                    pr.batch.clone()
                };
                view! {
                    <h1 class="page-title">{pr.name.clone()}</h1>
                    <p class="project-light">{light_badge(t, status, false)}</p>
                    <section class="card" aria-labelledby="project-facts">
                        <h2 id="project-facts">{f.project_facts}</h2>
                        <dl class="facts figures-facts">
                            <div><dt>{f.col_area}</dt><dd>{area}</dd></div>
                            <div><dt>{f.col_lead}</dt><dd>{unit_name(t, p, &pr.lead)}</dd></div>
                            <div><dt>{f.col_batch}</dt><dd>{batch}</dd></div>
                            <div><dt>{f.col_phase}</dt><dd>{(f.phase_name)(pr.phase)}</dd></div>
                            <div><dt>{f.col_total}</dt><dd>{fmt_num(pr.total_investment)}</dd></div>
                            <div><dt>{f.col_year_target}</dt><dd>{fmt_num(pr.year_target)}</dd></div>
                            <div><dt>{f.col_completed}</dt><dd class="completed-investment">{fmt_num(pr.completed_investment)}</dd></div>
                            <div><dt>{f.planned_period}</dt><dd>{range(pr.planned_start, pr.planned_end)}</dd></div>
                            <div><dt>{f.actual_period}</dt><dd>{range(pr.actual_start, pr.actual_end)}</dd></div>
                        </dl>
                        {share(pr).map(|s| view! {
                            <div class="overall">
                                <span class="label">{f.col_share}</span>
                                {progress_bar(t, f.col_share, s)}
                            </div>
                        })}
                    </section>
                }
                .into_any()
            })
        }
    };

    let position = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .plan
                .with(|p| (p.projects.iter().position(|x| x.id == id), p.projects.len()))
        })
    };
    let move_to = {
        let id = id.clone();
        move |up: bool| {
            let (Some(i), n) = position.get_untracked() else {
                return;
            };
            let to = if up {
                i.checked_sub(1)
            } else {
                Some(i + 1).filter(|&j| j < n)
            };
            let Some(to) = to else { return };
            let cmd = Command::Move {
                kind: Kind::Project,
                id: id.clone(),
                to,
            };
            send(state, cmd, None, t().figures.moved);
        }
    };
    let move_up = move_to.clone();
    let move_down = move_to;

    let delete = {
        let id = id.clone();
        move |_| {
            let t = t();
            let name = state
                .plan
                .with_untracked(|p| p.project(&id).map(|p| p.name.clone()))
                .unwrap_or_default();
            if !confirm(&(t.figures.delete_project_confirm)(&name)) {
                return;
            }
            let cmd = Command::Remove {
                kind: Kind::Project,
                id: id.clone(),
            };
            // To the list first: moving on clears the notices.
            let to_list = || state.navigate(Route::Projects);
            send_then(
                state,
                cmd,
                None,
                t.figures.project_deleted.into(),
                Some(&to_list),
            );
        }
    };

    let form = {
        let id = id.clone();
        move || {
            let initial = state.plan.with_untracked(|p| p.project(&id).cloned());
            view! { <ProjectForm initial on_done=move || editing.set(false) /> }
        }
    };

    let ledger_subject = Subject::Project(id.clone());
    let found = move || {
        let form = form.clone();
        let move_up = move_up.clone();
        let move_down = move_down.clone();
        let delete = delete.clone();
        let subject = ledger_subject.clone();
        view! {
            {facts.clone()}
            <div class="figures-actions" role="group" aria-label=move || t().figures.actions>
                <button type="button" class="primary" aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.update(|e| *e = !*e)>{move || t().figures.edit}</button>
                <button type="button" disabled=move || position.get().0 == Some(0)
                    on:click=move |_| move_up(true)>{move || t().figures.move_up}</button>
                <button type="button" disabled=move || { let (i, n) = position.get(); i.map(|i| i + 1 >= n).unwrap_or(true) }
                    on:click=move |_| move_down(false)>{move || t().figures.move_down}</button>
                <button type="button" class="danger" on:click=delete>{move || t().figures.delete}</button>
            </div>
            <Shown when=move || editing.get()>{form.clone()}</Shown>
            <Ledger subject />
        }
    };

    view! {
        <p class="back"><RouteLink route=Route::Projects>{move || t().figures.back_to_projects}</RouteLink></p>
        <Shown when=move || exists.get()
            fallback=move || view! {
                <h1 class="page-title">{move || t().figures.projects_title}</h1>
                <p class="empty">{move || t().figures.project_missing}</p>
            }>
            {found.clone()}
        </Shown>
    }
}

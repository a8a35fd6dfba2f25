//! One key project: its fields and light, edit, move, delete, and its progress ledger.

use super::form::{send, send_then};
use super::html::set_html;
use super::ledger::Ledger;
use super::nav::RouteLink;
use super::projects::ProjectForm;
use super::state::use_state;
use super::widgets::{confirm, tr, Shown};
use crate::command::Command;
use crate::model::{Id, Subject};
use crate::project_page::project_html;
use crate::route::Route;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::validate::Kind;
use leptos::prelude::*;

#[component]
pub fn ProjectPage(id: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = RwSignal::new(false);
    let exists = {
        let id = id.clone();
        memo(move || state.plan.with(|p| p.project(&id).is_some()))
    };

    // The name, light and facts: one piece of escaped HTML, drawn again
    // when the plan, the language or the day changes.
    let facts_host = NodeRef::<leptos::html::Div>::new();
    {
        let id = id.clone();
        effect(move || {
            let Some(el) = facts_host.get() else {
                return;
            };
            let (t, today) = (t(), state.today.get());
            let mut out = String::with_capacity(4096);
            state.plan.with(|p| {
                if let Some(pr) = p.project(&id) {
                    project_html(&mut out, t, p, pr, today);
                }
            });
            set_html(&el, &out);
        });
    }

    let position = {
        let id = id.clone();
        memo(move || {
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
            <div class="project-facts" node_ref=facts_host></div>
            <div class="figures-actions" role="group" aria-label=tr(|t| t.figures.actions)>
                <button type="button" class="primary" aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.update(|e| *e = !*e)>{tr(|t| t.figures.edit)}</button>
                <button type="button" disabled=move || position.get().0 == Some(0)
                    on:click=move |_| move_up(true)>{tr(|t| t.figures.move_up)}</button>
                <button type="button" disabled=move || { let (i, n) = position.get(); i.map(|i| i + 1 >= n).unwrap_or(true) }
                    on:click=move |_| move_down(false)>{tr(|t| t.figures.move_down)}</button>
                <button type="button" class="danger" on:click=delete>{tr(|t| t.figures.delete)}</button>
            </div>
            <Shown when=move || editing.get()>{form.clone()}</Shown>
            <Ledger subject />
        }
    };

    view! {
        <p class="back"><RouteLink route=Route::Projects>{tr(|t| t.figures.back_to_projects)}</RouteLink></p>
        <Shown when=move || exists.get()
            fallback=move || view! {
                <h1 class="page-title">{tr(|t| t.figures.projects_title)}</h1>
                <p class="empty">{tr(|t| t.figures.project_missing)}</p>
            }>
            {found.clone()}
        </Shown>
    }
}

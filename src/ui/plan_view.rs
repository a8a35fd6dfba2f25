//! The first screen: the plan's header, and its key areas with their tasks.

use super::task_form::TaskForm;
use super::use_state;
use crate::i18n::Catalog;
use crate::model::{Plan, Subject, Task};
use leptos::prelude::*;

#[component]
pub fn PlanView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let adding = RwSignal::new(false);

    let header = move || {
        let t = t();
        state.plan.with(|p| {
            let overall = p.weighted_progress(&p.tasks).unwrap_or(0.0);
            view! {
                <header class="plan-header">
                    <h1>{p.title.clone()}</h1>
                    <dl class="facts">
                        <div><dt>{t.period}</dt><dd>{(t.period_range)(&p.start.to_string(), &p.end.to_string())}</dd></div>
                        <div><dt>{t.level}</dt><dd>{(t.level_name)(p.level)}</dd></div>
                        {(!p.issuer.is_empty()).then(|| view! { <div><dt>{t.issuer}</dt><dd>{p.issuer.clone()}</dd></div> })}
                        <div><dt>{t.tasks}</dt><dd>{p.tasks.len()}</dd></div>
                        <div><dt>{t.projects}</dt><dd>{p.projects.len()}</dd></div>
                        <div><dt>{t.indicators}</dt><dd>{p.indicators.len()}</dd></div>
                        <div><dt>{t.reports}</dt><dd>{p.updates.len()}</dd></div>
                    </dl>
                    {(!p.description.is_empty()).then(|| view! { <p class="description">{p.description.clone()}</p> })}
                    <div class="overall">
                        <span class="label">{t.overall_progress}</span>
                        {progress_bar(t, t.overall_progress, overall)}
                    </div>
                </header>
            }
        })
    };

    let areas = move || {
        let t = t();
        state.plan.with(|p| {
            if p.areas.is_empty() {
                return view! { <p class="empty">{t.no_areas}</p> }.into_any();
            }
            p.areas
                .iter()
                .map(|a| {
                    let tasks: Vec<&Task> = p.tasks_in_area(&a.id).collect();
                    let progress = p.weighted_progress(tasks.iter().copied());
                    let heading = format!("area-{}", a.id);
                    let labelled_by = heading.clone();
                    view! {
                        <section class="area" aria-labelledby=labelled_by>
                            <div class="area-head">
                                <h2 id=heading>{a.title.clone()}</h2>
                                <span class="count">{(t.task_count)(tasks.len())}</span>
                                {progress.map(|v| progress_bar(t, &a.title, v))}
                            </div>
                            {if tasks.is_empty() {
                                view! { <p class="empty">{t.no_tasks_in_area}</p> }.into_any()
                            } else {
                                task_table(t, p, &tasks).into_any()
                            }}
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        })
    };

    view! {
        {header}
        <div class="section-actions">
            <h2 class="section-title">{move || t().key_areas}</h2>
            <button type="button" class="primary" aria-expanded=move || adding.get().to_string()
                on:click=move |_| adding.update(|a| *a = !*a)>
                {move || t().add_task}
            </button>
        </div>
        <Show when=move || adding.get()>
            <TaskForm on_done=move || adding.set(false) />
        </Show>
        {areas}
    }
}

fn task_table(t: &'static Catalog, p: &Plan, tasks: &[&Task]) -> impl IntoView {
    let rows = tasks
        .iter()
        .map(|task| {
            let progress = p.progress_of(&Subject::Task(task.id.clone()));
            let lead = p
                .unit(&task.lead)
                .map(|u| u.name.clone())
                .unwrap_or_else(|| t.unknown_unit.to_string());
            let deadline = task
                .deadline
                .map(|d| d.to_string())
                .unwrap_or_else(|| t.no_deadline.to_string());
            view! {
                <tr>
                    <td class="code">{task.code.clone()}</td>
                    <th scope="row" class="title">{task.title.clone()}</th>
                    <td class="lead">{lead}</td>
                    <td class="tier-cell"><span class=format!("tier tier-{:?}", task.tier).to_lowercase()>{(t.tier_name)(task.tier)}</span></td>
                    <td class="date">{deadline}</td>
                    <td class="progress-cell">{progress_bar(t, &task.title, progress)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="tasks">
                <colgroup>
                    <col class="c-code" />
                    <col class="c-title" />
                    <col class="c-lead" />
                    <col class="c-tier" />
                    <col class="c-deadline" />
                    <col class="c-progress" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{t.col_code}</th>
                        <th scope="col">{t.col_task}</th>
                        <th scope="col">{t.col_lead}</th>
                        <th scope="col">{t.col_tier}</th>
                        <th scope="col">{t.col_deadline}</th>
                        <th scope="col">{t.col_progress}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A labelled progress bar that also shows its figure as text.
pub fn progress_bar(t: &'static Catalog, what: &str, percent: f64) -> impl IntoView {
    let p = percent.clamp(0.0, 100.0);
    view! {
        <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
            aria-valuenow=format!("{p:.0}") aria-label=(t.progress_of)(what, p)>
            <div class="bar"><div class="fill" style:width=format!("{p:.1}%")></div></div>
            <span class="pct">{format!("{p:.0}%")}</span>
        </div>
    }
}

//! The first screen: the plan's header, and its key areas with their tasks.

use super::nav::RouteLink;
use super::task_form::TaskForm;
use super::use_state;
use super::widgets::{light_badge, light_class, progress_bar};
use crate::i18n::Catalog;
use crate::model::{Date, Plan, Subject, Task};
use crate::route::Route;
use crate::status::{
    by_goal, by_tier, rollup, task_status, whole_plan, Light, LightCounts, Rollup,
};
use leptos::prelude::*;

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let adding = RwSignal::new(false);

    let header = move || {
        let t = t();
        let today = state.today.get();
        state.plan.with(|p| {
            let all = whole_plan(p, today);
            let overall = all.progress.unwrap_or(0.0);
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
                    {light_chips(t, &all.counts)}
                </header>
            }
        })
    };

    let areas = move || {
        let t = t();
        let today = state.today.get();
        state.plan.with(|p| {
            if p.areas.is_empty() {
                return view! { <p class="empty">{t.no_areas}</p> }.into_any();
            }
            p.areas
                .iter()
                .map(|a| {
                    let tasks: Vec<&Task> = p.tasks_in_area(&a.id).collect();
                    let summary = rollup(p, tasks.iter().copied(), today);
                    let heading = format!("area-{}", a.id);
                    let labelled_by = heading.clone();
                    view! {
                        <section class="area" aria-labelledby=labelled_by>
                            <div class="area-head">
                                <h2 id=heading>{a.title.clone()}</h2>
                                <span class="count">{(t.task_count)(tasks.len())}</span>
                                {summary.progress.map(|v| progress_bar(t, &a.title, v))}
                            </div>
                            {(!tasks.is_empty()).then(|| view! { <p class="area-lights">{counts_text(t, &summary.counts)}</p> })}
                            {if tasks.is_empty() {
                                view! { <p class="empty">{t.no_tasks_in_area}</p> }.into_any()
                            } else {
                                task_table(t, p, &tasks, today).into_any()
                            }}
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        })
    };

    let rollups = move || {
        let t = t();
        let today = state.today.get();
        state.plan.with(|p| {
            let goals: Vec<(String, Rollup)> = by_goal(p, today)
                .into_iter()
                .filter_map(|(id, r)| p.goal(&id).map(|g| (g.title.clone(), r)))
                .collect();
            let tiers: Vec<(String, Rollup)> = by_tier(p, today)
                .into_iter()
                .map(|(tier, r)| ((t.tier_name)(tier).to_string(), r))
                .collect();
            view! {
                <div class="rollups">
                    {(!goals.is_empty()).then(|| rollup_table(t, t.by_goal, goals))}
                    {rollup_table(t, t.by_tier, tiers)}
                </div>
            }
        })
    };

    view! {
        {header}
        {rollups}
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

fn task_table(t: &'static Catalog, p: &Plan, tasks: &[&Task], today: Date) -> impl IntoView {
    let rows = tasks
        .iter()
        .map(|task| {
            let progress = p.progress_of(&Subject::Task(task.id.clone()));
            let status = task_status(p, task, today);
            let route = Route::Task(task.id.clone());
            let title = task.title.clone();
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
                    <th scope="row" class="title">
                        <RouteLink route>{title}</RouteLink>
                    </th>
                    <td class="lead">{lead}</td>
                    <td class="tier-cell"><span class=format!("tier tier-{:?}", task.tier).to_lowercase()>{(t.tier_name)(task.tier)}</span></td>
                    <td class="date">{deadline}</td>
                    <td class="progress-cell">{progress_bar(t, &task.title, progress)}</td>
                    <td class="light-cell">{light_badge(t, status, true)}</td>
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
                    <col class="c-light" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{t.col_code}</th>
                        <th scope="col">{t.col_task}</th>
                        <th scope="col">{t.col_lead}</th>
                        <th scope="col">{t.col_tier}</th>
                        <th scope="col">{t.col_deadline}</th>
                        <th scope="col">{t.col_progress}</th>
                        <th scope="col">{t.col_light}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A small table of roll-ups: a name, its task count, progress and lights.
fn rollup_table(
    t: &'static Catalog,
    title: &'static str,
    rows: Vec<(String, Rollup)>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(name, r)| {
            view! {
                <tr>
                    <th scope="row" class="title">{name.clone()}</th>
                    <td class="num">{r.tasks}</td>
                    <td class="progress-cell">{r.progress.map(|p| progress_bar(t, &name, p))}</td>
                    <td class="counts">{counts_text(t, &r.counts)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card rollup">
            <h2>{title}</h2>
            <div class="table-wrap">
                <table class="grid-table">
                    <thead>
                        <tr>
                            <th scope="col">{t.col_item}</th>
                            <th scope="col">{t.col_tasks}</th>
                            <th scope="col">{t.col_progress}</th>
                            <th scope="col">{t.light_counts}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One chip per light with its word and count; a legend as much as a figure.
fn light_chips(t: &'static Catalog, counts: &LightCounts) -> impl IntoView {
    let chips = [
        Light::Red,
        Light::Yellow,
        Light::Grey,
        Light::Green,
        Light::Completed,
    ]
    .into_iter()
    .map(|l| {
        view! {
            <li class=format!("chip light light-{}", light_class(l))>
                <span class="dot" aria-hidden="true"></span>
                <span class="word">{(t.light_name)(l)}</span>
                <strong class="n">{counts.get(l)}</strong>
            </li>
        }
    })
    .collect_view();
    view! {
        <div class="light-summary">
            <h2 class="visually-hidden">{t.light_counts}</h2>
            <ul class="chips">{chips}</ul>
        </div>
    }
}

fn counts_text(t: &'static Catalog, c: &LightCounts) -> String {
    (t.lights_summary)(c.completed, c.green, c.yellow, c.red, c.grey)
}

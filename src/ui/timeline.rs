//! The timeline: tasks, milestones and projects on a time axis with a today line.
//!
//! The layout (axis, ticks, groups, bars) comes from [`crate::timeline`]; this
//! view only draws it. Rows are list items whose text says, in words, what
//! the bars show (dates, progress, light, milestones), so the chart is
//! readable without seeing it; the bars themselves are hidden from screen
//! readers. The chart scrolls sideways inside its wrapper on narrow screens,
//! with the label column kept in view.

use super::nav::RouteLink;
use super::state::use_state;
use super::task_filters::{FilterChips, FilterPanel};
use super::widgets::{light_badge, light_class};
use crate::i18n::timeline::TimelineText;
use crate::i18n::Catalog;
use crate::model::{Date, Id, Plan};
use crate::query::{Grouping, TaskQuery};
use crate::route::Route;
use crate::timeline::{
    filters_tasks_only, layout, Extent, Group, Layout, Place, ProjectBar, Row, Scale, TaskBar,
    Tick, FIRST_PAGE, PAGE,
};
use chrono::Datelike;
use leptos::prelude::*;

/// Reads its query and grouping from `state.route` (`Route::Timeline`).
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let tl = move || state.t().timeline;
    let current = Memo::new(move |_| match state.route.get() {
        Route::Timeline(query, grouping) => (query, grouping),
        _ => (TaskQuery::default(), Grouping::default()),
    });
    let query = Memo::new(move |_| current.get().0);
    let grouping = Memo::new(move |_| current.get().1);
    let limit = RwSignal::new(FIRST_PAGE);
    // A new filter or grouping starts again from the first page.
    Effect::watch(
        move || current.get(),
        move |_, _, _| limit.set(FIRST_PAGE),
        false,
    );
    let chart = Memo::new(move |_| {
        let (query, grouping) = current.get();
        let limit = limit.get();
        state.plan.with(|plan| {
            state
                .task_index
                .with(|index| layout(plan, index, &query, grouping, limit))
        })
    });

    let on_change = Callback::new(move |(query, typing): (TaskQuery, bool)| {
        let route = Route::Timeline(query, grouping.get_untracked());
        if typing {
            state.replace_route(route);
        } else {
            state.navigate(route);
        }
    });
    let group_link = move |g: Grouping, text: fn(&'static TimelineText) -> &'static str| {
        let route = move || Route::Timeline(query.get(), g);
        view! {
            <a href=move || state.href(&route())
                aria-current=move || (grouping.get() == g).then_some("true")
                class:current=move || grouping.get() == g
                on:click=move |ev| {
                    if super::nav::plain_click(&ev) {
                        ev.prevent_default();
                        state.navigate(route());
                    }
                }>{move || text(tl())}</a>
        }
    };

    view! {
        <div class="timeline-page">
            <h1 class="page-title">{move || tl().heading}</h1>
            <p class="intro">{move || tl().intro}</p>
            <FilterPanel query=Signal::derive(move || query.get()) on_change folded=true />
            <FilterChips query=Signal::derive(move || query.get()) on_change />
            <div class="tl-tools">
                <nav class="tl-grouping" aria-label=move || tl().group_by>
                    <span class="tl-grouping-label" aria-hidden="true">{move || tl().group_by}</span>
                    {group_link(Grouping::Area, |x| x.by_area)}
                    {group_link(Grouping::Unit, |x| x.by_unit)}
                </nav>
                <p class="tl-count" role="status">
                    {move || chart.with(|c| (tl().count)(c.tasks, c.projects))}
                </p>
            </div>
            {move || {
                let hidden = filters_tasks_only(&query.get().filter);
                hidden.then(|| view! { <p class="tl-note">{tl().projects_hidden}</p> })
            }}
            {move || (chart.with(|c| c.total()) > 0).then(|| legend(tl()))}
            {move || {
                let layout = chart.get();
                if layout.total() == 0 {
                    let all = Route::Timeline(TaskQuery::default(), grouping.get_untracked());
                    return view! {
                        <div class="tl-empty">
                            <p class="empty">{tl().empty}</p>
                            {(!query.get().filter.is_empty())
                                .then(|| view! { <RouteLink route=all>{tl().show_all}</RouteLink> })}
                        </div>
                    }
                    .into_any();
                }
                let today = state.today.get();
                state.plan.with(|plan| chart_view(t(), plan, &layout, today)).into_any()
            }}
            {move || {
                let c = chart.get();
                c.has_more().then(|| {
                    let next = (c.total() - c.shown).min(PAGE);
                    view! {
                        <div class="tl-more">
                            <p>{(tl().showing)(c.shown, c.total())}</p>
                            <button type="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                                {(tl().show_more)(next)}
                            </button>
                        </div>
                    }
                })
            }}
        </div>
    }
}

/// What the marks on the chart mean, in words.
fn legend(tl: &'static TimelineText) -> impl IntoView {
    view! {
        <ul class="tl-legend" aria-label=tl.legend>
            <li><span class="tl-key tl-key-task" aria-hidden="true"><span></span></span>{tl.legend_task}</li>
            <li><span class="tl-key tl-ms done" aria-hidden="true"></span>{tl.legend_milestone_done}</li>
            <li><span class="tl-key tl-ms open" aria-hidden="true"></span>{tl.legend_milestone_open}</li>
            <li><span class="tl-key tl-ms open late" aria-hidden="true"></span>{tl.legend_milestone_late}</li>
            <li><span class="tl-key tl-key-planned" aria-hidden="true"></span>{tl.legend_planned}</li>
            <li><span class="tl-key tl-key-actual" aria-hidden="true"></span>{tl.legend_actual}</li>
            <li><span class="tl-key tl-key-cut" aria-hidden="true"></span>{tl.legend_cut}</li>
        </ul>
    }
}

/// The scrolling chart: axis, grid and today line, then the groups of rows.
fn chart_view(t: &'static Catalog, plan: &Plan, layout: &Layout, today: Date) -> impl IntoView {
    let tl = t.timeline;
    let today_text = (tl.today)(&today.to_string());
    let ticks = layout
        .ticks
        .iter()
        .map(|tick| {
            let year = (tick.with_year && tick.scale != Scale::Year)
                .then(|| view! { <span class="tl-tick-year">{(tl.year)(tick.date.year())}</span> });
            view! {
                <span class="tl-tick" style:left=pct(tick.x)>
                    {year}
                    <span class="tl-tick-name">{tick_label(tl, tick)}</span>
                </span>
            }
        })
        .collect_view();
    let grid = layout
        .ticks
        .iter()
        .map(|tick| view! { <span class="tl-gridline" style:left=pct(tick.x)></span> })
        .collect_view();
    let (today_line, today_outside) = match layout.today {
        Place::At(x) => (
            Some(view! {
                <div class="tl-overlay">
                    <span class="tl-today" style:left=pct(x)>
                        <span class="tl-today-label">{today_text}</span>
                    </span>
                </div>
            }),
            None,
        ),
        _ => (
            None,
            Some(view! {
                <p class="tl-today-outside">{(tl.today_outside)(&today.to_string())}</p>
            }),
        ),
    };
    let groups = layout
        .groups
        .iter()
        .enumerate()
        .map(|(i, group)| group_view(t, plan, layout, group, i))
        .collect_view();
    view! {
        {today_outside}
        <div class="tl-scroll" role="region" aria-label=tl.chart tabindex="0">
            <div class="tl-chart">
                <div class="tl-grid" aria-hidden="true">{grid}</div>
                {today_line}
                <div class="tl-axis" aria-hidden="true">
                    <span class="tl-corner">{tl.items}</span>
                    <span class="tl-ticks">{ticks}</span>
                </div>
                {groups}
            </div>
        </div>
    }
}

/// A percentage for a `left` or `width` style.
fn pct(x: f64) -> String {
    format!("{x:.3}%")
}

fn tick_label(tl: &'static TimelineText, tick: &Tick) -> String {
    let month = tick.date.month();
    match tick.scale {
        Scale::Month => (tl.month)(month),
        Scale::Quarter => (tl.quarter)((month - 1) / 3 + 1),
        Scale::Year => (tl.year)(tick.date.year()),
    }
}

/// The heading's text: the area's title or the unit's name.
fn group_name(t: &'static Catalog, plan: &Plan, layout: &Layout, key: Option<&Id>) -> String {
    let Some(id) = key else {
        return t.timeline.no_area.to_string();
    };
    match layout.grouping {
        Grouping::Area => plan
            .area(id)
            .map_or_else(|| id.to_string(), |a| a.title.clone()),
        Grouping::Unit => plan
            .unit(id)
            .map_or_else(|| t.unknown_unit.to_string(), |u| u.name.clone()),
    }
}

fn group_view(
    t: &'static Catalog,
    plan: &Plan,
    layout: &Layout,
    group: &Group,
    i: usize,
) -> impl IntoView {
    let tl = t.timeline;
    let name = group_name(t, plan, layout, group.key.as_ref());
    let heading = if group.projects {
        (tl.projects_in)(&name)
    } else {
        name
    };
    let id = format!("tl-group-{i}");
    let labelled_by = id.clone();
    let rows = group
        .rows
        .iter()
        .map(|row| match row {
            Row::Task(bar) => task_row(t, plan, bar).into_any(),
            Row::Project(bar) => project_row(t, plan, bar).into_any(),
        })
        .collect_view();
    let class = if group.projects {
        "tl-group tl-projects"
    } else {
        "tl-group"
    };
    view! {
        <section class=class aria-labelledby=labelled_by>
            <div class="tl-group-head">
                <h2 id=id>{heading}</h2>
                <span class="tl-group-count">{(tl.group_count)(group.rows.len(), group.projects)}</span>
            </div>
            <ul class="tl-rows">{rows}</ul>
        </section>
    }
}

/// A bar's class, left and width, and the arrows that say it goes on
/// beyond the chart (`at` names the bar's height on the row, for the arrows).
fn bar_parts(
    e: &Extent,
    class: String,
    at: &'static str,
) -> (String, String, String, impl IntoView) {
    let arrows = view! {
        {e.cut_start.then(|| view! { <span class=format!("tl-cut tl-cut-start {at}")></span> })}
        {e.cut_end.then(|| view! { <span class=format!("tl-cut tl-cut-end {at}")></span> })}
    };
    (class, pct(e.left), pct(e.width), arrows)
}

fn task_row(t: &'static Catalog, plan: &Plan, bar: &TaskBar) -> impl IntoView {
    let tl = t.timeline;
    let task = &plan.tasks[bar.task];
    let from = format!(
        "{}{}",
        bar.span.from,
        if bar.span.own_from { "" } else { tl.plan_start }
    );
    let to = format!(
        "{}{}",
        bar.span.to,
        if bar.span.own_to { "" } else { tl.plan_end }
    );
    let summary = (tl.task_summary)(&from, &to, bar.progress);
    let milestones: Vec<String> = bar
        .milestones
        .iter()
        .map(|m| {
            let name = task
                .milestones
                .get(m.index)
                .map_or("", |ms| ms.name.as_str());
            (tl.milestone)(name, &m.due.to_string(), m.done, m.late)
        })
        .collect();
    let milestone_text = (!milestones.is_empty()).then(|| format!("; {}", milestones.join("; ")));
    let light = light_class(bar.status.light);
    let progress = bar.progress.clamp(0.0, 100.0);
    let drawn = bar.span.bar.map(|e| {
        let (class, left, width, arrows) = bar_parts(&e, format!("tl-bar tl-{light}"), "at-bar");
        view! {
            <span class=class style:left=left style:width=width>
                <span class="tl-fill" style:width=pct(progress)></span>
            </span>
            {arrows}
        }
    });
    let marks = bar
        .milestones
        .iter()
        .filter_map(|m| match m.place {
            Place::At(x) => Some((x, m)),
            _ => None,
        })
        .map(|(x, m)| {
            let class = match (m.done, m.late) {
                (true, _) => "tl-ms done",
                (false, true) => "tl-ms open late",
                (false, false) => "tl-ms open",
            };
            let title = milestones[m.index].clone();
            view! { <span class=class style:left=pct(x) title=title></span> }
        })
        .collect_view();
    let (code, title) = (task.code.clone(), task.title.clone());
    view! {
        <li class="tl-row">
            <div class="tl-label">
                <RouteLink route=Route::Task(task.id.clone())>
                    <span class="tl-code">{code}</span>
                    " "
                    {title}
                </RouteLink>
                <span class="visually-hidden">{summary}</span>
                <span class="tl-meta">
                    {light_badge(t, bar.status, true)}
                    <span class="tl-pct" aria-hidden="true">{format!("{progress:.0}%")}</span>
                </span>
                <span class="visually-hidden">{milestone_text}</span>
            </div>
            <div class="tl-track" aria-hidden="true">{drawn}{marks}</div>
        </li>
    }
}

fn project_row(t: &'static Catalog, plan: &Plan, bar: &ProjectBar) -> impl IntoView {
    let tl = t.timeline;
    let project = &plan.projects[bar.project];
    let planned_from = format!(
        "{}{}",
        bar.planned.from,
        if bar.planned.own_from {
            ""
        } else {
            tl.plan_start
        }
    );
    let planned_to = format!(
        "{}{}",
        bar.planned.to,
        if bar.planned.own_to { "" } else { tl.plan_end }
    );
    let mut summary = (tl.project_planned)(&planned_from, &planned_to);
    match &bar.actual {
        Some(actual) => {
            let end = actual.own_to.then(|| actual.to.to_string());
            summary.push_str(&(tl.project_actual)(
                &actual.from.to_string(),
                end.as_deref(),
            ));
        }
        None => summary.push_str(tl.project_not_started),
    }
    let light = light_class(bar.status.light);
    let planned = bar.planned.bar.map(|e| {
        let (class, left, width, arrows) =
            bar_parts(&e, format!("tl-planned tl-{light}"), "at-planned");
        view! { <span class=class style:left=left style:width=width></span>{arrows} }
    });
    let ongoing = bar.actual.as_ref().is_some_and(|a| !a.own_to);
    let actual = bar.actual.as_ref().and_then(|a| a.bar).map(|e| {
        let class = if ongoing {
            "tl-actual ongoing"
        } else {
            "tl-actual"
        };
        let (class, left, width, arrows) = bar_parts(&e, class.to_string(), "at-actual");
        view! { <span class=class style:left=left style:width=width></span>{arrows} }
    });
    let name = project.name.clone();
    view! {
        <li class="tl-row tl-project">
            <div class="tl-label">
                <RouteLink route=Route::Project(project.id.clone())>{name}</RouteLink>
                <span class="visually-hidden">{summary}</span>
                <span class="tl-meta">{light_badge(t, bar.status, true)}</span>
            </div>
            <div class="tl-track" aria-hidden="true">{planned}{actual}</div>
        </li>
    }
}

//! The timeline: tasks, milestones and projects on a time axis with a today line.
//!
//! The layout (axis, ticks, groups, bars) comes from [`crate::timeline`],
//! the chart itself is one piece of escaped HTML from [`chart_html`]; this
//! view sets it and follows its links. Rows are list items whose text says, in words, what
//! the bars show (dates, progress, light, milestones), so the chart is
//! readable without seeing it; the bars themselves are hidden from screen
//! readers. The chart scrolls sideways inside its wrapper on narrow screens,
//! with the label column kept in view.

use super::focus::AfterMore;
use super::html::{follow_link, search, set_html};
use super::nav::RouteLink;
use super::state::use_state;
use super::task_filters::{FilterChips, FilterPanel};
use crate::i18n::timeline::TimelineText;
use crate::query::{Grouping, TaskQuery};
use crate::route::Route;
use crate::timeline::{chart_html, filters_tasks_only, layout, legend_html, FIRST_PAGE, PAGE};
use crate::ui::widgets::dynamic;
use crate::ui::widgets::memo;
use crate::ui::widgets::{effect, tr};
use leptos::prelude::*;

/// Reads its query and grouping from `state.route` (`Route::Timeline`).
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let tl = move || state.t().timeline;
    let current = memo(move || match state.route.get() {
        Route::Timeline(query, grouping) => (query, grouping),
        _ => (TaskQuery::default(), Grouping::default()),
    });
    let query = memo(move || current.get().0);
    let grouping = memo(move || current.get().1);
    let limit = RwSignal::new(FIRST_PAGE);
    // A new filter or grouping starts again from the first page.
    Effect::watch(
        move || current.get(),
        move |_, _, _| limit.set(FIRST_PAGE),
        false,
    );
    let chart = memo(move || {
        let (query, grouping) = current.get();
        let limit = limit.get();
        state.plan.with(|plan| {
            state
                .task_index
                .with(|index| layout(plan, index, &query, grouping, limit))
        })
    });

    // The chart is one piece of HTML (`chart_html`, escaped), drawn again
    // when the layout, the language or the day changes; one handler follows
    // its links.
    let empty = memo(move || chart.with(|c| c.total() == 0));
    let host = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let Some(el) = host.get() else {
            return;
        };
        let (t, today) = (t(), state.today.get());
        let mut out = String::with_capacity(1 << 16);
        state.plan.with(|plan| {
            chart.with(|layout| chart_html(&mut out, t, plan, layout, today, &search()));
        });
        set_html(&el, &out);
    });
    let on_chart_click = move |ev: leptos::ev::MouseEvent| {
        follow_link(state, &ev);
    };
    // A page more shown, or the rest: the focus goes on to the first row
    // not shown before.
    let on_more = move |ev: leptos::ev::MouseEvent| {
        let Some(more) = event_target::<web_sys::Element>(&ev)
            .closest("button[data-more]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-more"))
        else {
            return;
        };
        let after = AfterMore::of_click(&ev);
        let rows = if more == "all" { usize::MAX } else { PAGE };
        limit.update(|l| *l = l.saturating_add(rows));
        if let Some(after) = after {
            after.restore();
        }
    };

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
        <div class="timeline-page" on:click=on_more>
            <h1 class="page-title">{tr(|t| t.timeline.heading)}</h1>
            <p class="intro">{tr(|t| t.timeline.intro)}</p>
            <FilterPanel query=Signal::from(query) on_change folded=true
                facets=Signal::derive(move || chart.with(|c| c.facets.clone())) />
            <FilterChips query=Signal::from(query) on_change />
            <div class="tl-tools">
                <nav class="tl-grouping" aria-label=tr(|t| t.timeline.group_by)>
                    <span class="tl-grouping-label" aria-hidden="true">{tr(|t| t.timeline.group_by)}</span>
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
            {dynamic(move || {
                if chart.with(|c| c.total()) > 0 {
                    legend(tl())
                } else {
                    ().into_any()
                }
            })}
            {move || {
                if !empty.get() {
                    return view! { <div class="tl-chart-host" node_ref=host on:click=on_chart_click></div> }
                        .into_any();
                }
                let all = Route::Timeline(TaskQuery::default(), grouping.get_untracked());
                view! {
                    <div class="tl-empty">
                        <p class="empty">{tl().empty}</p>
                        {(!query.get().filter.is_empty())
                            .then(|| view! { <RouteLink route=all>{tl().show_all}</RouteLink> })}
                    </div>
                }
                .into_any()
            }}
            {move || {
                let c = chart.get();
                c.has_more().then(|| {
                    let rest = c.total() - c.shown;
                    let next = rest.min(PAGE);
                    // More than a page left (a province's thousands): all
                    // of them at once too, rather than a click a page.
                    let all = (rest > PAGE).then(|| {
                        view! {
                            <button type="button" data-more="all">
                                {(tl().show_rest)(rest)}
                            </button>
                        }
                    });
                    view! {
                        <div class="tl-more">
                            <p>{(tl().showing)(c.shown, c.total())}</p>
                            <button type="button" data-more="page">
                                {(tl().show_more)(next)}
                            </button>
                            {all}
                        </div>
                    }
                })
            }}
        </div>
    }
}

/// What the marks on the chart mean, in words ([`legend_html`]).
fn legend(tl: &'static TimelineText) -> AnyView {
    view! { <ul class="tl-legend" aria-label=tl.legend inner_html=legend_html(tl)></ul> }.into_any()
}

//! The first screen: how far the plan is, what is red, which unit is behind,
//! what falls due and what is not reported, and how the lights are set. The figures come from
//! [`crate::dashboard::Dashboard`]; each one is a link to the task table
//! filtered to exactly its tasks.

use super::nav::plain_click;
use super::state::use_state;
use super::widgets::{light_class, progress_bar, task_light_badge};
use crate::dashboard::{
    Dashboard as Figures, Figure, GroupProgress, LightShare, TaskLine, TaskList, UnitRed,
    DUE_SOON_DAYS,
};
use crate::i18n::dashboard::LightRules;
use crate::i18n::Catalog;
use crate::model::Plan;
use crate::route::Route;
use leptos::prelude::*;

/// A link to `route` that navigates in the page on a plain click.
fn link(route: Route, class: &'static str, children: impl IntoView) -> AnyView {
    // The link itself is built once, whatever its children are.
    any_link(route, class, children.into_any())
}

fn any_link(route: Route, class: &'static str, children: AnyView) -> AnyView {
    let state = use_state();
    let href = state.href(&route);
    view! {
        <a href=href class=class on:click=move |ev| {
            if plain_click(&ev) {
                ev.prevent_default();
                state.navigate(route.clone());
            }
        }>{children}</a>
    }
    .into_any()
}

/// A figure as a link to the task table showing its tasks.
fn figure_link(figure: &Figure, class: &'static str, text: String) -> AnyView {
    link(Route::Tasks(figure.query.clone()), class, text)
}

/// Tasks a dashboard list shows at first, and how many more each "list
/// more" adds; the list's figure opens all of them in the task table.
pub const LIST_SHOWN: usize = 10;
const LIST_STEP: usize = 20;

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = use_state();
    let figures = Memo::new(move |_| {
        state
            .task_index
            .with(|index| state.plan.with(|plan| Figures::build(plan, index)))
    });
    move || {
        let t = state.t();
        figures.with(|d| {
            state.plan.with(|plan| {
                view! {
                    <div class="dashboard">
                        {header(t, plan, d)}
                        <super::checklist::GettingStarted />
                        {summary(t, plan, d)}
                        <div class="dash-pair">
                            {red_section(t, d, figures)}
                            <div class="dash-stack">
                                {due_section(t, &d.due_soon, figures)}
                                {not_reported_section(t, plan, &d.not_reported, figures)}
                            </div>
                        </div>
                        {breakthrough_section(t, &d.breakthrough, figures)}
                        {groups_section(t, "dash-goals", t.dashboard.goals_title, t.dashboard.goals_none, &d.goals)}
                        {groups_section(t, "dash-areas", t.dashboard.areas_title, t.dashboard.areas_none, &d.areas)}
                    </div>
                }
            })
        })
    }
}

/// The first lines of a long list (`lines` draws the first `n` lines of it
/// from the figures and says how many there are), and below it how many
/// are listed with a button that lists more. Only the lines shown are
/// drawn: a province's red list may hold thousands.
fn limited_lines(
    t: &'static Catalog,
    figures: Memo<Figures>,
    lines: fn(&'static Catalog, &Figures, usize) -> (Vec<AnyView>, usize),
) -> (impl IntoView, impl IntoView) {
    let limit = RwSignal::new(LIST_SHOWN);
    let drawn = move || figures.with(|d| lines(t, d, limit.get()).0);
    let more = move || {
        let total = figures.with(|d| lines(t, d, 0).1);
        let shown = limit.get().min(total);
        (shown < total).then(|| {
            let tx = t.dashboard;
            view! {
                <p class="list-more">
                    <span>{(tx.list_shown)(shown, total)}</span> " "
                    <button type="button" on:click=move |_| limit.update(|l| *l += LIST_STEP)>
                        {(tx.list_more)((total - shown).min(LIST_STEP))}
                    </button>
                </p>
            }
        })
    };
    (drawn, more)
}

/// The first `n` of `all`, each drawn by `item`, and how many there are.
fn first_lines<T>(
    t: &'static Catalog,
    all: &[T],
    n: usize,
    item: fn(&'static Catalog, &T) -> AnyView,
) -> (Vec<AnyView>, usize) {
    let shown = all[..n.min(all.len())].iter().map(|line| item(t, line));
    (shown.collect(), all.len())
}

/// Title, period, level, issuer and the plan's counts.
fn header(t: &'static Catalog, p: &Plan, d: &Figures) -> impl IntoView {
    let tasks = figure_link(&d.all, "", d.all.count.to_string());
    let projects = link(Route::Projects, "", p.projects.len().to_string());
    let indicators = link(Route::Indicators, "", p.indicators.len().to_string());
    view! {
        <header class="plan-header dash-header">
            <h1>{p.title.clone()}</h1>
            <dl class="facts">
                <div><dt>{t.period}</dt><dd>{(t.period_range)(&p.start.to_string(), &p.end.to_string())}</dd></div>
                <div><dt>{t.level}</dt><dd>{(t.level_name)(p.level)}</dd></div>
                {(!p.issuer.is_empty()).then(|| view! { <div><dt>{t.issuer}</dt><dd>{p.issuer.clone()}</dd></div> })}
                <div><dt>{t.tasks}</dt><dd>{tasks}</dd></div>
                <div><dt>{t.projects}</dt><dd>{projects}</dd></div>
                <div><dt>{t.indicators}</dt><dd>{indicators}</dd></div>
                <div><dt>{t.reports}</dt><dd>{p.updates.len()}</dd></div>
            </dl>
            {(!p.description.is_empty()).then(|| view! {
                <details class="about">
                    <summary>{t.dashboard.about_plan}</summary>
                    <p class="description">{p.description.clone()}</p>
                </details>
            })}
        </header>
    }
}

/// Overall progress, and the plan's tasks by light with how lights are set.
fn summary(t: &'static Catalog, plan: &Plan, d: &Figures) -> impl IntoView {
    let tx = t.dashboard;
    let overall = match d.progress {
        Some(p) => view! {
            <p class="big-figure">{format!("{p:.0}%")}</p>
            {progress_bar(t, t.overall_progress, p)}
            <p class="figure-note">{(tx.overall_note)(&d.today.to_string())}</p>
            <p class="figure-all">{figure_link(&d.all, "pill", (tx.all_tasks)(d.all.count))}</p>
        }
        .into_any(),
        None => view! { <p class="empty">{tx.no_tasks}</p> }.into_any(),
    };
    let c = |l| {
        d.lights
            .iter()
            .find(|s| s.light == l)
            .map_or(0, |s| s.figure.count)
    };
    use crate::status::Light::*;
    let bar_label = (t.lights_summary)(c(Completed), c(Green), c(Yellow), c(Red), c(Grey));
    let segments = d
        .lights
        .iter()
        .filter(|s| s.figure.count > 0)
        .map(|s| {
            view! {
                <span class=format!("seg seg-{}", light_class(s.light))
                    style:width=format!("{:.2}%", s.percent)></span>
            }
        })
        .collect_view();
    let shares = d.lights.iter().map(|s| share_item(t, s)).collect_view();
    view! {
        <div class="card dash-summary">
            <section class="dash-overall" aria-labelledby="dash-overall">
                <h2 id="dash-overall">{t.overall_progress}</h2>
                {overall}
            </section>
            <section class="dash-lights" aria-labelledby="dash-lights">
                <h2 id="dash-lights">{t.light_counts}</h2>
                <div class="stacked" role="img" aria-label=bar_label>{segments}</div>
                <ul class="shares">{shares}</ul>
                {lights_help(t, plan)}
            </section>
        </div>
    }
}

/// One light of the whole plan: its word, count and share, as a link.
fn share_item(t: &'static Catalog, s: &LightShare) -> impl IntoView {
    let word = (t.light_name)(s.light);
    let route = Route::Tasks(s.figure.query.clone());
    let body = view! {
        <span class="word"><span class="dot" aria-hidden="true"></span>{word}</span>
        " "
        <strong class="n">{s.figure.count}</strong>
        " "
        <span class="pct">{format!("{:.0}%", s.percent)}</span>
    };
    view! {
        <li class=format!("share light light-{}", light_class(s.light))>
            {link(route, "share-link", body)}
        </li>
    }
}

/// A section's heading with its figure as a link beside it.
fn section_head(id: &'static str, title: String, figure: &Figure, text: String) -> impl IntoView {
    view! {
        <div class="dash-head">
            <h2 id=id>{title}</h2>
            {figure_link(figure, "pill", text)}
        </div>
    }
}

/// A task's code and title, the title linking to its page.
fn task_name(line: &TaskLine) -> impl IntoView {
    view! {
        <span class="task-name">
            {(!line.code.is_empty()).then(|| view! { <span class="code">{line.code.clone()}</span> " " })}
            {link(Route::Task(line.id.clone()), "task-link", line.title.clone())}
        </span>
    }
}

fn lead(t: &'static Catalog, line: &TaskLine) -> impl IntoView {
    let name = if line.lead_name.is_empty() {
        t.unknown_unit
    } else {
        line.lead_name.as_str()
    };
    view! { <span class="lead">{(t.dashboard.lead_is)(name)}</span> }
}

/// A red task with its reason and lead unit.
fn red_line(t: &'static Catalog, line: &TaskLine) -> AnyView {
    view! {
        <li>
            {task_name(line)}
            <span class="meta">
                <span class="reason light light-red">
                    <span class="dot" aria-hidden="true"></span>
                    {t.task_reason(&line.status, line.claim)}
                </span>
                {lead(t, line)}
            </span>
        </li>
    }
    .into_any()
}

/// A unit leading red tasks: how many, as a link to them.
fn unit_line(t: &'static Catalog, u: &UnitRed) -> AnyView {
    let body = view! {
        {u.name.clone()} " " <strong>{(t.dashboard.unit_red)(u.red.count)}</strong>
    };
    view! { <li>{link(Route::Tasks(u.red.query.clone()), "unit-link", body)}</li> }.into_any()
}

/// The first red tasks with their reasons and lead units, and the units behind.
fn red_section(t: &'static Catalog, d: &Figures, figures: Memo<Figures>) -> impl IntoView {
    let tx = t.dashboard;
    let list = &d.red;
    let body = if list.tasks.is_empty() {
        view! { <p class="empty">{tx.red_none}</p> }.into_any()
    } else {
        let (items, more) = limited_lines(t, figures, |t, d, n| {
            first_lines(t, &d.red.tasks, n, red_line)
        });
        let (units, more_units) = limited_lines(t, figures, |t, d, n| {
            first_lines(t, &d.red_by_unit, n, unit_line)
        });
        view! {
            <ol class="task-lines">{items}</ol>
            {more}
            <h3 class="units-title">{tx.units_behind}</h3>
            <ul class="units-behind">{units}</ul>
            {more_units}
        }
        .into_any()
    };
    view! {
        <section class="card dash-list dash-red" aria-labelledby="dash-red">
            {section_head("dash-red", tx.red_title.to_string(), &list.figure, (tx.red_count)(list.figure.count))}
            {body}
        </section>
    }
}

/// An open task falling due soon: when, its light and lead unit.
fn due_line(t: &'static Catalog, line: &TaskLine) -> AnyView {
    let tx = t.dashboard;
    view! {
        <li>
            <span class="when">
                <time datetime=line.deadline.to_string()>{line.deadline.to_string()}</time>
                " " <span class="days">{(tx.due_in)(line.days_left)}</span>
            </span>
            {task_name(line)}
            <span class="meta">
                {task_light_badge(t, line.status, line.claim, true)}
                {lead(t, line)}
            </span>
        </li>
    }
    .into_any()
}

/// Open tasks falling due soon, soonest first.
fn due_section(t: &'static Catalog, list: &TaskList, figures: Memo<Figures>) -> impl IntoView {
    let tx = t.dashboard;
    let body = if list.tasks.is_empty() {
        view! { <p class="empty">{(tx.due_none)(DUE_SOON_DAYS)}</p> }.into_any()
    } else {
        let (items, more) = limited_lines(t, figures, |t, d, n| {
            first_lines(t, &d.due_soon.tasks, n, due_line)
        });
        view! { <ol class="task-lines">{items}</ol> {more} }.into_any()
    };
    view! {
        <section class="card dash-list dash-due" aria-labelledby="dash-due">
            {section_head("dash-due", (tx.due_title)(DUE_SOON_DAYS), &list.figure, (tx.due_count)(list.figure.count))}
            {body}
        </section>
    }
}

/// A key breakthrough task with its light and progress.
fn breakthrough_line(t: &'static Catalog, line: &TaskLine) -> AnyView {
    view! {
        <li>
            <span class="who">
                {task_name(line)}
                {lead(t, line)}
            </span>
            {task_light_badge(t, line.status, line.claim, true)}
            {progress_bar(t, &line.title, line.progress)}
        </li>
    }
    .into_any()
}

/// The key breakthrough tasks with their lights and progress.
fn breakthrough_section(
    t: &'static Catalog,
    list: &TaskList,
    figures: Memo<Figures>,
) -> impl IntoView {
    let tx = t.dashboard;
    let body = if list.tasks.is_empty() {
        view! { <p class="empty">{tx.breakthrough_none}</p> }.into_any()
    } else {
        let (items, more) = limited_lines(t, figures, |t, d, n| {
            first_lines(t, &d.breakthrough.tasks, n, breakthrough_line)
        });
        view! { <ul class="task-lines breakthrough-lines">{items}</ul> {more} }.into_any()
    };
    view! {
        <section class="card dash-list dash-breakthrough" aria-labelledby="dash-breakthrough">
            {section_head("dash-breakthrough", tx.breakthrough_title.to_string(), &list.figure, (tx.breakthrough_count)(list.figure.count))}
            {body}
        </section>
    }
}

/// A bar per goal or key area, with its task count and light counts as links.
fn groups_section(
    t: &'static Catalog,
    id: &'static str,
    title: &'static str,
    none: &'static str,
    groups: &[GroupProgress],
) -> impl IntoView {
    let body = if groups.is_empty() {
        view! { <p class="empty">{none}</p> }.into_any()
    } else {
        let items = groups.iter().map(|g| group_item(t, g)).collect_view();
        view! { <ul class="groups">{items}</ul> }.into_any()
    };
    view! {
        <section class="card dash-groups" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {body}
        </section>
    }
}

fn group_item(t: &'static Catalog, g: &GroupProgress) -> impl IntoView {
    let lights = g
        .lights
        .iter()
        .filter(|s| s.figure.count > 0)
        .map(|s| {
            let body = view! {
                <span class="dot" aria-hidden="true"></span>
                <span class="word">{(t.light_name)(s.light)}</span>
                " " <strong class="n">{s.figure.count}</strong>
            };
            view! {
                <li class=format!("light light-{}", light_class(s.light))>
                    {link(Route::Tasks(s.figure.query.clone()), "light-link", body)}
                </li>
            }
        })
        .collect_view();
    let title = link(
        Route::Tasks(g.tasks.query.clone()),
        "group-link",
        g.title.clone(),
    );
    view! {
        <li class="group">
            <div class="group-head">
                <span class="group-title">{title}</span>
                {figure_link(&g.tasks, "count", (t.task_count)(g.tasks.count))}
            </div>
            {g.progress.map(|p| progress_bar(t, &g.title, p))}
            {(g.tasks.count > 0).then(|| view! {
                <ul class="group-lights" aria-label=(t.dashboard.lights_of)(&g.title)>{lights}</ul>
            })}
        </li>
    }
}

/// The rules of the lights, worded from the plan's own settings, folded away.
fn lights_help(t: &'static Catalog, plan: &Plan) -> impl IntoView {
    let tx = t.dashboard;
    let th = &plan.thresholds;
    let first_due = crate::status::task_first_report_due(plan, plan.start, plan.end).to_string();
    let rules = LightRules {
        cadence: (t.setup.cadence_name)(plan.cadence),
        cadence_days: plan.cadence.days(),
        grace_days: plan.grace_days,
        at_risk_lag: th.at_risk_lag,
        lagging_lag: th.lagging_lag,
        warning_days: th.warning_days,
        plan_start: &plan.start.to_string(),
        first_due: &first_due,
    };
    let items = (tx.lights_help)(&rules)
        .into_iter()
        .map(|rule| view! { <li>{rule}</li> })
        .collect_view();
    view! {
        <details class="lights-help">
            <summary>{tx.lights_help_title}</summary>
            <ul>{items}</ul>
            <p>{tx.lights_help_settings} " " {link(Route::Setup, "", t.nav_setup)}</p>
        </details>
    }
}

/// A task not reported, with its reason and lead unit.
fn not_reported_line(t: &'static Catalog, line: &TaskLine) -> AnyView {
    view! {
        <li>
            {task_name(line)}
            <span class="meta">
                <span class="reason">{t.task_reason(&line.status, line.claim)}</span>
                {lead(t, line)}
            </span>
        </li>
    }
    .into_any()
}

/// The tasks not reported (grey), never reported first, each with its reason.
fn not_reported_section(
    t: &'static Catalog,
    plan: &Plan,
    list: &TaskList,
    figures: Memo<Figures>,
) -> impl IntoView {
    let tx = t.dashboard;
    let note = (tx.not_reported_note)(
        (t.setup.cadence_name)(plan.cadence),
        plan.cadence.days(),
        plan.grace_days,
    );
    let body = if list.tasks.is_empty() {
        view! { <p class="empty">{tx.not_reported_none}</p> }.into_any()
    } else {
        let (items, more) = limited_lines(t, figures, |t, d, n| {
            first_lines(t, &d.not_reported.tasks, n, not_reported_line)
        });
        view! { <ol class="task-lines">{items}</ol> {more} }.into_any()
    };
    view! {
        <section class="card dash-list dash-stale" aria-labelledby="dash-stale">
            {section_head("dash-stale", tx.not_reported_title.to_string(), &list.figure, (tx.not_reported_count)(list.figure.count))}
            <p class="section-note">{note}</p>
            {body}
        </section>
    }
}

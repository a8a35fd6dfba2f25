//! The printable report for a period, and its "save as HTML".
//!
//! The figures come from [`crate::period_report::build_indexed`]; this view only lays
//! them out. The period is in the URL (`?view=period-report&period=2023-Q3`);
//! the picker navigates. "Save as HTML" takes the rendered report's markup
//! (texts already escaped by the browser), drops its in-app links and wraps
//! it with the report's own style sheet into one self-contained page.

use super::nav::{plain_click, RouteLink};
use super::projects::fmt_num;
use super::state::use_state;
use super::state::AppState;
use super::widgets::{light_badge, light_class, progress_bar};
use crate::i18n::Catalog;
use crate::indicator_progress::ProgressClass;
use crate::model::{Aim, Target};
use crate::period::{Period, PeriodKind};
use crate::period_report::{
    build_indexed, file_name, html_document, picker_periods, GroupRow, IndicatorRow, PeriodReport,
    ProjectRow, RedTask, ReportGroup, ReportSubject,
};
use crate::route::Route;
use crate::status::{Light, LightCounts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The report's style sheet, inlined into the saved page.
const REPORT_CSS: &str = include_str!("../../style/report.css");

/// The URL-free key of a period kind, for the kind `<select>`.
fn kind_key(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => "month",
        PeriodKind::Quarter => "quarter",
        PeriodKind::Half => "half",
        PeriodKind::Year => "year",
    }
}

/// The CSS name of an indicator class.
fn class_key(class: ProgressClass) -> &'static str {
    match class {
        ProgressClass::Achieved => "achieved",
        ProgressClass::AchievedEarly => "early",
        ProgressClass::OnTrack => "on-track",
        ProgressClass::Lagging => "lagging",
        ProgressClass::NoData => "no-data",
        ProgressClass::NotQuantified => "words",
        ProgressClass::NoTarget => "no-target",
    }
}

/// Reads its period from `state.route` (`Route::PeriodReport`); `None` is
/// the quarter containing `state.today`.
#[component]
pub fn PeriodReport() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let period = Memo::new(move |_| match state.route.get() {
        Route::PeriodReport(Some(p)) => p,
        _ => Period::containing(PeriodKind::Quarter, state.today.get()),
    });
    // Long lists are drawn in part until asked; printing and saving draw
    // them whole first. Another period starts again in part.
    let whole = RwSignal::new(false);
    let report = Memo::new(move |_| {
        let groups = if whole.get() {
            usize::MAX
        } else {
            GROUPS_SHOWN
        };
        state.plan.with(|p| {
            state
                .task_index
                .with(|index| build_indexed(p, index, period.get(), groups))
        })
    });
    let article = NodeRef::<leptos::html::Article>::new();
    let go = move |p: Period| state.navigate(Route::PeriodReport(Some(p)));
    Effect::watch(move || period.get(), move |_, _, _| whole.set(false), false);
    let before_print = window_event_listener_untyped("beforeprint", move |_| whole.set(true));
    on_cleanup(move || before_print.remove());

    let on_kind = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let Some(kind) = PeriodKind::ALL.into_iter().find(|k| kind_key(*k) == value) else {
            return;
        };
        let current = period.get_untracked();
        let day = state
            .today
            .get_untracked()
            .clamp(current.start(), current.end());
        go(Period::containing(kind, day));
    };
    let on_period = move |ev: leptos::ev::Event| {
        if let Some(p) = Period::parse(&event_target_value(&ev)) {
            go(p);
        }
    };
    let kind_options = move || {
        let current = period.get().kind();
        PeriodKind::ALL
            .into_iter()
            .map(|k| {
                view! {
                    <option value=kind_key(k) selected=k == current>{(t().report.kind_name)(k)}</option>
                }
            })
            .collect_view()
    };
    let period_options = move || {
        let current = period.get();
        let name = t().report.period_name;
        state
            .plan
            .with(|p| picker_periods(p, current.kind(), current))
            .into_iter()
            .map(|p| view! { <option value=p.to_string() selected=p == current>{name(p)}</option> })
            .collect_view()
    };
    let step = move |forward: bool| {
        let target = move || {
            let p = period.get();
            if forward {
                p.next()
            } else {
                p.previous()
            }
        };
        view! {
            <a class=if forward { "rp-step rp-step-next" } else { "rp-step rp-step-prev" }
                href=move || state.href(&Route::PeriodReport(Some(target())))
                aria-label=move || {
                    let rt = t().report;
                    let name = (rt.period_name)(target());
                    if forward { (rt.next)(&name) } else { (rt.previous)(&name) }
                }
                on:click=move |ev| {
                    if plain_click(&ev) {
                        ev.prevent_default();
                        go(target());
                    }
                }>
                {move || if forward { t().report.next_short } else { t().report.previous_short }}
            </a>
        }
    };

    let save = move |_| when_whole(whole, move || save_html(state, report, article));
    let print = move |_| {
        when_whole(whole, || {
            let _ = window().print();
        })
    };

    view! {
        <div class="period-report-page">
            <div class="report-controls" role="group" aria-label=move || t().report.controls>
                <div class="report-picker">
                    <div class="picker-field">
                        <label for="report-kind">{move || t().report.kind_label}</label>
                        <select id="report-kind" on:change=on_kind>{kind_options}</select>
                    </div>
                    <div class="picker-field">
                        <label for="report-period">{move || t().report.period_label}</label>
                        <select id="report-period" on:change=on_period>{period_options}</select>
                    </div>
                    <div class="picker-steps">{step(false)}{step(true)}</div>
                </div>
                <div class="report-buttons">
                    <button type="button" title=move || t().report.print_hint
                        on:click=print>{move || t().report.print}</button>
                    <button type="button" class="primary" title=move || t().report.save_html_hint
                        on:click=save>{move || t().report.save_html}</button>
                </div>
            </div>
            <article class="period-report" node_ref=article>
                {move || report.with(|r| report_body(t(), r, whole))}
            </article>
        </div>
    }
}

/// Run `then` once the whole report is on screen: now, or after the frame
/// that draws the lists shown in part.
fn when_whole(whole: RwSignal<bool>, then: impl FnOnce() + 'static) {
    if whole.get_untracked() {
        then();
    } else {
        whole.set(true);
        request_animation_frame(then);
    }
}

/// Save the report on screen (drawn whole) as one HTML file.
fn save_html(state: AppState, report: Memo<PeriodReport>, article: NodeRef<leptos::html::Article>) {
    let t = state.t();
    let Some(markup) = article.get_untracked().and_then(|el| saved_markup(&el)) else {
        state.error(t.report.save_failed, Vec::new());
        return;
    };
    let (plan_title, p) = report.with_untracked(|r| (r.plan_title.clone(), r.period));
    let title = format!(
        "{} · {plan_title}",
        (t.report.title)(&(t.report.period_name)(p))
    );
    let lang = state.lang.get_untracked().tag();
    let page = html_document(lang, &title, REPORT_CSS, &markup);
    let name = file_name(&plan_title, p);
    match crate::files::download(&name, &page, "text/html;charset=utf-8") {
        Ok(()) => state.info((t.report.saved)(&name)),
        Err(e) => state.error(t.report.save_failed, vec![e]),
    }
}

/// Red tasks, and groups of progress reports, drawn at first on screen.
pub const RED_SHOWN: usize = 50;
pub const GROUPS_SHOWN: usize = 50;
/// Lead units drawn at first in their roll-up table.
pub const UNITS_SHOWN: usize = 50;

/// Under a list drawn in part: how much is shown, and a button for the rest.
fn shown_in_part(
    t: &'static Catalog,
    shown: usize,
    total: usize,
    whole: RwSignal<bool>,
) -> impl IntoView {
    (shown < total).then(|| {
        view! {
            <p class="report-more">
                <span>{(t.report.shown_of)(shown, total)}</span> " "
                <button type="button" on:click=move |_| whole.set(true)>{(t.report.show_all)(total)}</button>
            </p>
        }
    })
}

/// The report element's markup for the saved page, with the in-app links
/// made plain text (their `href`s would lead nowhere outside the app). Text
/// in the markup is escaped by the browser (a `<` in a text comes out as
/// `&lt;`), so no imported string can become markup.
fn saved_markup(el: &web_sys::Element) -> Option<String> {
    let copy: web_sys::Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    while let Ok(Some(link)) = copy.query_selector("a[href]") {
        link.remove_attribute("href").ok()?;
    }
    // Leptos marks dynamic spots with empty comments; the saved page needs none.
    Some(copy.outer_html().replace("<!---->", ""))
}

/// Every section of the report; the long lists in part unless `whole`.
fn report_body(t: &'static Catalog, r: &PeriodReport, whole: RwSignal<bool>) -> impl IntoView {
    let units = if whole.get() {
        &r.lead_units[..]
    } else {
        &r.lead_units[..r.lead_units.len().min(UNITS_SHOWN)]
    };
    view! {
        {title_block(t, r)}
        {overview(t, r)}
        {rollup_section(t, "rp-areas", t.report.by_area, t.report.col_area, &r.areas, t.report.no_areas)}
        {rollup_section(t, "rp-units", t.report.by_unit, t.report.col_unit, units, t.report.no_units)}
        {shown_in_part(t, units.len(), r.lead_units.len(), whole)}
        {red_list(t, &r.red_list, whole)}
        {indicators(t, &r.indicators)}
        {projects(t, r)}
        {reports(t, r, whole)}
    }
}

fn title_block(t: &'static Catalog, r: &PeriodReport) -> impl IntoView {
    let rt = t.report;
    let period_words = (rt.period_name)(r.period);
    let range = (t.period_range)(&(rt.date)(r.period.start()), &(rt.date)(r.period.end()));
    view! {
        <header class="rp-head">
            <p class="report-plan">{r.plan_title.clone()}</p>
            <h1>{(rt.title)(&period_words)}</h1>
            <dl class="report-facts">
                <div><dt>{rt.period_label_block}</dt><dd>{period_words} " " <span class="rp-range">{range}</span></dd></div>
                <div><dt>{rt.as_of_label}</dt><dd>{(rt.as_of_note)(&(rt.date)(r.as_of), r.basis)}</dd></div>
                {(!r.issuer.is_empty()).then(|| view! { <div><dt>{t.issuer}</dt><dd>{r.issuer.clone()}</dd></div> })}
            </dl>
        </header>
    }
}

/// A light's dot and word, so colour is never the only sign.
fn light_word(t: &'static Catalog, light: Light) -> impl IntoView {
    view! {
        <span class=format!("light light-{}", light_class(light))>
            <span class="dot" aria-hidden="true"></span>
            <span class="word">{(t.light_name)(light)}</span>
        </span>
    }
}

fn percent(t: &'static Catalog, value: Option<f64>) -> String {
    value.map_or_else(
        || t.report.not_applicable.to_string(),
        |v| format!("{v:.0}%"),
    )
}

fn overview(t: &'static Catalog, r: &PeriodReport) -> impl IntoView {
    let rt = t.report;
    let o = &r.overview;
    let counts: LightCounts = o.tasks.counts;
    let lights = Light::ALL
        .into_iter()
        .map(|l| {
            view! {
                <li>{light_word(t, l)} <span class="rp-n">{counts.get(l)}</span></li>
            }
        })
        .collect_view();
    view! {
        <section class="report-section" aria-labelledby="rp-overview">
            <h2 id="rp-overview">{rt.overview}</h2>
            <div class="report-overall">
                <span class="rp-label">{t.overall_progress}</span>
                {match o.tasks.progress {
                    Some(v) => progress_bar(t, t.overall_progress, v).into_any(),
                    None => view! { <span>{rt.not_applicable}</span> }.into_any(),
                }}
            </div>
            <dl class="report-figures">
                <div><dt>{t.tasks}</dt><dd>{o.tasks.tasks}</dd></div>
                <div><dt>{t.projects}</dt><dd>{o.projects}</dd></div>
                <div><dt>{t.indicators}</dt><dd>{o.indicators}</dd></div>
                <div>
                    <dt>{rt.reports_received}</dt>
                    <dd>{o.reports_in_period} " " <span class="rp-sub">{(rt.reports_about)(o.subjects_reported)}</span></dd>
                </div>
            </dl>
            <h3 id="rp-lights">{rt.lights_heading}</h3>
            <ul class="report-lights" aria-labelledby="rp-lights">{lights}</ul>
        </section>
    }
}

fn rollup_section(
    t: &'static Catalog,
    id: &'static str,
    heading: &'static str,
    name_col: &'static str,
    rows: &[GroupRow],
    empty: &'static str,
) -> impl IntoView {
    let body = if rows.is_empty() {
        view! { <p class="empty">{empty}</p> }.into_any()
    } else {
        let light_heads = Light::ALL
            .into_iter()
            .map(|l| view! { <th scope="col" class="num light-col">{light_word(t, l)}</th> })
            .collect_view();
        let rows = rows
            .iter()
            .map(|row| {
                let cells = Light::ALL
                    .into_iter()
                    .map(|l| {
                        let n = row.rollup.counts.get(l);
                        view! { <td class="num" class:rp-alert={l == Light::Red && n > 0}>{n}</td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{row.name.clone()}</th>
                        <td class="num">{row.rollup.tasks}</td>
                        <td class="progress-cell">
                            {row.rollup.progress.map(|v| progress_bar(t, &row.name, v))}
                        </td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="report-table rollup-table" aria-labelledby=id>
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{name_col}</th>
                            <th scope="col" rowspan="2" class="num">{t.col_tasks}</th>
                            <th scope="col" rowspan="2">{t.col_progress}</th>
                            <th scope="colgroup" colspan="5" class="rp-lights-group">{t.report.col_lights}</th>
                        </tr>
                        <tr>{light_heads}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {body}
        </section>
    }
}

fn red_list(t: &'static Catalog, red: &[RedTask], whole: RwSignal<bool>) -> impl IntoView {
    let rt = t.report;
    let body = if red.is_empty() {
        view! { <p class="empty">{rt.red_none}</p> }.into_any()
    } else {
        let shown = if whole.get() {
            red.len()
        } else {
            red.len().min(RED_SHOWN)
        };
        let rows = red[..shown]
            .iter()
            .map(|task| {
                let title = task.title.clone();
                view! {
                    <tr>
                        <td class="code">{task.code.clone()}</td>
                        <th scope="row" class="title">
                            <RouteLink route=Route::Task(task.id.clone())>{title}</RouteLink>
                        </th>
                        <td class="lead">{task.lead.clone().unwrap_or_else(|| t.unknown_unit.to_string())}</td>
                        <td class="num pct">{format!("{:.0}%", task.progress)}</td>
                        <td class="light-cell">{light_badge(t, task.status, false)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p class="report-note">{(rt.red_intro)(red.len())}</p>
            <div class="table-wrap">
                <table class="report-table red-table" aria-labelledby="rp-red">
                    <thead>
                        <tr>
                            <th scope="col">{t.col_code}</th>
                            <th scope="col">{t.col_task}</th>
                            <th scope="col">{t.col_lead}</th>
                            <th scope="col" class="num">{t.col_progress}</th>
                            <th scope="col">{rt.col_reason}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {shown_in_part(t, shown, red.len(), whole)}
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="rp-red">
            <h2 id="rp-red">{rt.red_list}</h2>
            {body}
        </section>
    }
}

fn target_text(t: &'static Catalog, target: &Target) -> String {
    let f = t.figures;
    let aim = match &target.aim {
        Aim::Value { value } => fmt_num(*value),
        Aim::AtLeast { value } => (f.aim_at_least)(&fmt_num(*value)),
        Aim::AtMost { value } => (f.aim_at_most)(&fmt_num(*value)),
        Aim::Words { text } => text.clone(),
    };
    (f.year_value)(target.year, &aim)
}

fn indicators(t: &'static Catalog, list: &[IndicatorRow]) -> impl IntoView {
    let rt = t.report;
    let f = t.figures;
    let body = if list.is_empty() {
        view! { <p class="empty">{rt.no_indicators}</p> }.into_any()
    } else {
        let rows = list
            .iter()
            .map(|i| {
                let baseline = i.baseline.as_ref().map_or_else(
                    || rt.not_applicable.to_string(),
                    |b| (f.year_value)(b.year, &fmt_num(b.value)),
                );
                let latest = i.latest.map_or_else(
                    || f.no_value.to_string(),
                    |l| (f.value_in)(&fmt_num(l.value), &(rt.period_name)(l.period)),
                );
                let target = i
                    .target
                    .as_ref()
                    .map_or_else(|| rt.not_applicable.to_string(), |x| target_text(t, x));
                view! {
                    <tr>
                        <th scope="row" class="title">{i.name.clone()}</th>
                        <td>{i.measure.clone()}</td>
                        <td>{(f.nature_name)(i.nature)}</td>
                        <td>{baseline}</td>
                        <td>{latest}</td>
                        <td>{target}</td>
                        <td><span class=format!("ind-class ind-{}", class_key(i.class))>{(rt.class_name)(i.class)}</span></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p class="report-note">{rt.indicators_note}</p>
            <div class="table-wrap">
                <table class="report-table indicators-report" aria-labelledby="rp-indicators">
                    <thead>
                        <tr>
                            <th scope="col">{f.col_indicator}</th>
                            <th scope="col">{f.col_measure}</th>
                            <th scope="col">{f.col_nature}</th>
                            <th scope="col">{f.col_baseline}</th>
                            <th scope="col">{f.col_latest}</th>
                            <th scope="col">{f.col_target}</th>
                            <th scope="col">{rt.col_class}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="rp-indicators">
            <h2 id="rp-indicators">{rt.indicators}</h2>
            {body}
        </section>
    }
}

fn project_row(t: &'static Catalog, p: &ProjectRow) -> impl IntoView {
    let name = p.name.clone();
    view! {
        <tr>
            <th scope="row" class="title">
                <RouteLink route=Route::Project(p.id.clone())>{name}</RouteLink>
            </th>
            <td class="lead">{p.lead.clone().unwrap_or_else(|| t.unknown_unit.to_string())}</td>
            <td class="phase">{(t.figures.phase_name)(p.phase)}</td>
            <td class="num">{fmt_num(p.year_target)}</td>
            <td class="num">{fmt_num(p.completed)}</td>
            <td class="num">{percent(t, p.share)}</td>
            <td class="light-cell">{light_badge(t, p.status, false)}</td>
        </tr>
    }
}

fn projects(t: &'static Catalog, r: &PeriodReport) -> impl IntoView {
    let rt = t.report;
    let f = t.figures;
    let body = if r.projects.is_empty() {
        view! { <p class="empty">{rt.no_projects}</p> }.into_any()
    } else {
        let rows = r.projects.iter().map(|p| project_row(t, p)).collect_view();
        let sum = r.investment;
        view! {
            <p class="report-note">{rt.projects_note}</p>
            <div class="table-wrap">
                <table class="report-table projects-report" aria-labelledby="rp-projects">
                    <thead>
                        <tr>
                            <th scope="col">{f.col_project}</th>
                            <th scope="col">{f.col_lead}</th>
                            <th scope="col">{f.col_phase}</th>
                            <th scope="col" class="num">{f.col_year_target}</th>
                            <th scope="col" class="num">{f.col_completed}</th>
                            <th scope="col" class="num">{f.col_share}</th>
                            <th scope="col">{t.col_light}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{rt.total}</th>
                            <td></td>
                            <td></td>
                            <td class="num">{fmt_num(sum.year_target)}</td>
                            <td class="num">{fmt_num(sum.completed)}</td>
                            <td class="num">{percent(t, sum.share())}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="rp-projects">
            <h2 id="rp-projects">{rt.projects}</h2>
            {body}
        </section>
    }
}

fn report_group(t: &'static Catalog, index: usize, g: &ReportGroup) -> impl IntoView {
    let rt = t.report;
    let id = format!("rp-group-{index}");
    let (kind, subject) = match &g.subject {
        ReportSubject::Task { id, code, title } => {
            let title = title.clone();
            (
                rt.task_label,
                view! {
                    <span class="code">{code.clone()}</span> " "
                    <RouteLink route=Route::Task(id.clone())>{title}</RouteLink>
                }
                .into_any(),
            )
        }
        ReportSubject::Project { id, name } => {
            let name = name.clone();
            (
                rt.project_label,
                view! { <RouteLink route=Route::Project(id.clone())>{name}</RouteLink> }.into_any(),
            )
        }
    };
    let rows = g
        .entries
        .iter()
        .map(|e| {
            let reporter = if e.reporter.trim().is_empty() {
                rt.no_reporter.to_string()
            } else {
                e.reporter.clone()
            };
            view! {
                <tr>
                    <td class="date">{e.date.to_string()}</td>
                    <td>{(rt.period_name)(e.answers)}</td>
                    <td>{reporter}</td>
                    <td class="num">{format!("{:.0}%", e.progress)}</td>
                    <td>{(t.ledger.reported_status)(e.status)}</td>
                    <td class="prose">
                        <p>{e.narrative.clone()}</p>
                        {(!e.problems.trim().is_empty()).then(|| view! {
                            <p class="problems"><strong>{rt.problems}</strong> " " {e.problems.clone()}</p>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let labelled = id.clone();
    let table_labelled = id.clone();
    view! {
        <section class="report-group" aria-labelledby=labelled>
            <h3 id=id>
                <span class="rp-kind">{kind}</span> " " {subject} " "
                <span class="rp-count">{(rt.report_count)(g.entries.len())}</span>
            </h3>
            <div class="table-wrap">
                <table class="report-table entries-table" aria-labelledby=table_labelled>
                    <thead>
                        <tr>
                            <th scope="col">{rt.col_date}</th>
                            <th scope="col">{rt.col_answers}</th>
                            <th scope="col">{rt.col_reporter}</th>
                            <th scope="col" class="num">{rt.col_progress}</th>
                            <th scope="col">{rt.col_status}</th>
                            <th scope="col">{rt.col_narrative}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

fn reports(t: &'static Catalog, r: &PeriodReport, whole: RwSignal<bool>) -> impl IntoView {
    let rt = t.report;
    let intro = (rt.reports_intro)(&(rt.period_name)(r.period), &(rt.date)(r.as_of));
    let body = if r.report_groups == 0 {
        view! { <p class="empty">{rt.no_reports}</p> }.into_any()
    } else {
        // `r` holds the groups to draw (all, once `whole`).
        let groups = r
            .reports
            .iter()
            .enumerate()
            .map(|(i, g)| report_group(t, i, g))
            .collect_view();
        view! { {groups} {shown_in_part(t, r.reports.len(), r.report_groups, whole)} }.into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="rp-reports">
            <h2 id="rp-reports">{rt.reports}</h2>
            <p class="report-note">{intro}</p>
            {body}
        </section>
    }
}

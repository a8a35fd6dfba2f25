//! The printable report for a period, and its "save as HTML".
//!
//! The figures come from [`crate::period_report::build_indexed`], the report
//! itself is one piece of escaped HTML from [`report_html`]; this view only
//! sets it and follows its links. The period is in the URL
//! (`?view=period-report&period=2023-Q3`); the picker navigates. "Save as HTML" takes the rendered report's markup
//! (texts already escaped by the browser), drops its in-app links and wraps
//! it with the report's own style sheet into one self-contained page.

use super::focus::AfterMore;
use super::html::{follow_link, save_page, search, set_html};
use super::nav::plain_click;
use super::state::use_state;
use super::state::AppState;
use crate::period::{reporting_period_of_kind, Period, PeriodKind};
use crate::period_report::{
    build_indexed, file_name, html_document, picker_periods, report_html, PeriodReport,
    ANNEX_UP_TO, GROUPS_SHOWN,
};
use crate::route::Route;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::ui::widgets::{dynamic, tr};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The URL-free key of a period kind, for the kind `<select>`.
fn kind_key(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => "month",
        PeriodKind::Quarter => "quarter",
        PeriodKind::Half => "half",
        PeriodKind::Year => "year",
    }
}

/// The period a report reads from the route (`pick`: the route's period,
/// if it names one); when it names none, the quarter being reported: the
/// one just ended while the plan's grace days run, else today's.
pub(super) fn routed_period(state: AppState, pick: fn(Route) -> Option<Period>) -> Memo<Period> {
    memo(move || {
        pick(state.route.get()).unwrap_or_else(|| {
            let grace = state.plan.with(|p| p.grace_days);
            reporting_period_of_kind(PeriodKind::Quarter, grace, state.today.get())
        })
    })
}

/// Reads its period from `state.route` (`Route::PeriodReport`); `None` is
/// the quarter containing `state.today`.
#[component]
pub fn PeriodReport() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let period = routed_period(state, |route| match route {
        Route::PeriodReport(p) => p,
        _ => None,
    });
    // Long lists are drawn in part until asked; printing and saving draw
    // them whole first. Another period starts again in part.
    let whole = RwSignal::new(false);
    // Whether the period's reports are listed: for a plan of up to a
    // thousand tasks and projects (a county's quarter lists a few hundred
    // reports; a province's, printed, ran to 1,500 pages), else when its
    // button is pressed.
    let annex = RwSignal::new(
        state
            .plan
            .with_untracked(|p| p.tasks.len() + p.projects.len() <= ANNEX_UP_TO),
    );
    let report = memo(move || {
        let groups = match (annex.get(), whole.get()) {
            (false, _) => 0,
            (true, true) => usize::MAX,
            (true, false) => GROUPS_SHOWN,
        };
        state.plan.with(|p| {
            state
                .task_index
                .with(|index| build_indexed(p, index, period.get(), groups))
        })
    });
    let article = NodeRef::<leptos::html::Article>::new();
    Effect::watch(move || period.get(), move |_, _, _| whole.set(false), false);
    let before_print = crate::ui::widgets::on_window("beforeprint", move |_| whole.set(true));
    on_cleanup(move || before_print.remove());

    // The report is one piece of HTML (`report_html`, escaped), drawn again
    // when the report, its language or its length changes.
    effect(move || {
        let Some(el) = article.get() else {
            return;
        };
        let (t, whole, annex) = (t(), whole.get(), annex.get());
        let mut out = String::with_capacity(1 << 16);
        report.with(|r| report_html(&mut out, t, r, &search(), (whole, annex)));
        set_html(&el, &out);
    });
    // Its links open in the page; its "show all" buttons draw it whole;
    // the button under the count of the period's reports lists them.
    let on_article_click = move |ev: leptos::ev::MouseEvent| match AfterMore::of_click(&ev) {
        None if event_target::<web_sys::Element>(&ev)
            .closest("button[data-annex]")
            .ok()
            .flatten()
            .is_some() =>
        {
            annex.set(true);
        }
        Some(after) => {
            whole.set(true);
            after.restore();
        }
        None => {
            follow_link(state, &ev);
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
            <div class="report-controls" role="group" aria-label=tr(|t| t.report.controls)>
                {period_picker(period, |p| Route::PeriodReport(Some(p)))}
                <div class="report-buttons">
                    <a class="button rp-bulletin-link" href=move || state.href(&Route::Bulletin(Some(period.get())))
                        on:click=move |ev| {
                            if plain_click(&ev) {
                                ev.prevent_default();
                                state.navigate(Route::Bulletin(Some(period.get_untracked())));
                            }
                        }>{tr(|t| t.bulletin.see_bulletin)}</a>
                    <button type="button" title=tr(|t| t.report.print_hint)
                        on:click=print>{tr(|t| t.report.print)}</button>
                    <button type="button" class="primary" title=tr(|t| t.report.save_html_hint)
                        on:click=save>{tr(|t| t.report.save_html)}</button>
                </div>
            </div>
            <article class="period-report" node_ref=article on:click=on_article_click></article>
        </div>
    }
}

/// The period picker (kind, period, previous and next) of a view whose
/// route `to_route` names its period; picking navigates.
pub(super) fn period_picker(period: Memo<Period>, to_route: fn(Period) -> Route) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let go = move |p: Period| state.navigate(to_route(p));
    let on_kind = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let Some(kind) = PeriodKind::ALL.into_iter().find(|k| kind_key(*k) == value) else {
            return;
        };
        let current = period.get_untracked();
        let today = state.today.get_untracked();
        let grace = state.plan.with_untracked(|p| p.grace_days);
        // From the period being reported, the one of the new kind being
        // reported (November on 4 December, not December); from another,
        // the one of the new kind in it nearest today.
        if current == reporting_period_of_kind(current.kind(), grace, today) {
            go(reporting_period_of_kind(kind, grace, today));
        } else {
            go(Period::containing(
                kind,
                today.clamp(current.start(), current.end()),
            ));
        }
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
                href=move || state.href(&to_route(target()))
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

    view! {
        <div class="report-picker">
            <div class="picker-field">
                <label for="report-kind">{tr(|t| t.report.kind_label)}</label>
                <select id="report-kind" on:change=on_kind>{dynamic(kind_options)}</select>
            </div>
            <div class="picker-field">
                <label for="report-period">{tr(|t| t.report.period_label)}</label>
                <select id="report-period" on:change=on_period>{dynamic(period_options)}</select>
            </div>
            <div class="picker-steps">{step(false)}{step(true)}</div>
        </div>
    }
}

/// Run `then` once the whole report is on screen: now, or after the frame
/// that draws the lists shown in part.
pub(super) fn when_whole(whole: RwSignal<bool>, then: impl FnOnce() + 'static) {
    if whole.get_untracked() {
        then();
    } else {
        whole.set(true);
        crate::ui::widgets::next_frame(then);
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
    let page = move |css: &str| {
        let name = file_name(&plan_title, p);
        Some((html_document(lang, &title, css, &markup), name))
    };
    save_page(state, crate::saved_sheets::REPORT, page, t.report.saved);
}

/// The report element's markup for the saved page, with the in-app links
/// made plain text (their `href`s would lead nowhere outside the app). Text
/// in the markup is escaped by the browser (a `<` in a text comes out as
/// `&lt;`), so no imported string can become markup.
fn saved_markup(el: &web_sys::Element) -> Option<String> {
    let copy: web_sys::Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    // Found at once, not one search from the top per link: a province's
    // report has tens of thousands.
    let links = copy.query_selector_all("a[href]").ok()?;
    for i in 0..links.length() {
        if let Some(link) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            link.remove_attribute("href").ok()?;
        }
    }
    // Nor buttons, which would do nothing there (the one that lists the
    // period's reports).
    let more = copy.query_selector_all("p.report-more").ok()?;
    for i in 0..more.length() {
        if let Some(p) = more
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            p.remove();
        }
    }
    // Leptos marks dynamic spots with empty comments; the saved page needs none.
    Some(copy.outer_html().replace("<!---->", ""))
}

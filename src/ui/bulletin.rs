//! The bulletin (情况通报) for a period: the period report's picker, print,
//! and save as one self-contained HTML file. The bulletin itself is one
//! piece of escaped HTML from [`crate::bulletin::bulletin_html`], its long
//! lists drawn in part until asked or printed; the saved file is
//! [`crate::bulletin::document`], written by the core whole, with no script.

use super::focus::AfterMore;
use super::html::{save_page, set_html};
use super::period_report::{period_picker, routed_period, when_whole};
use super::state::use_state;
use crate::bulletin::{build, bulletin_html, document, file_name};
use crate::route::Route;
use crate::ui::widgets::memo;
use crate::ui::widgets::{effect, tr};
use leptos::prelude::*;

/// Reads its period from the route (`Route::Bulletin`); `None` is the
/// quarter containing today.
#[component]
pub fn BulletinView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let period = routed_period(state, |route| match route {
        Route::Bulletin(p) => p,
        _ => None,
    });
    let bulletin = memo(move || {
        state
            .plan
            .with(|p| state.task_index.with(|index| build(p, index, period.get())))
    });
    // The long lists are drawn in part until the button under one is
    // pressed or the page is printed; another period starts again in part.
    let whole = RwSignal::new(false);
    Effect::watch(move || period.get(), move |_, _, _| whole.set(false), false);
    let before_print = crate::ui::widgets::on_window("beforeprint", move |_| whole.set(true));
    on_cleanup(move || before_print.remove());
    let article = NodeRef::<leptos::html::Article>::new();
    effect(move || {
        let Some(el) = article.get() else {
            return;
        };
        let mut out = String::with_capacity(1 << 14);
        let whole = whole.get();
        bulletin.with(|b| bulletin_html(&mut out, t(), b, whole));
        set_html(&el, &out);
    });
    let on_article_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(after) = AfterMore::of_click(&ev) {
            whole.set(true);
            after.restore();
        }
    };
    let print = move |_| {
        when_whole(whole, || {
            let _ = window().print();
        })
    };
    let save = move |_| {
        let t = state.t();
        let lang = state.lang.get_untracked().tag();
        let page = move |css: &str| {
            Some(bulletin.with_untracked(|b| {
                (
                    document(t, lang, b, css),
                    file_name(t, &b.plan_title, b.period),
                )
            }))
        };
        save_page(state, crate::saved_sheets::BULLETIN, page, t.bulletin.saved);
    };
    view! {
        <div class="bulletin-page">
            <div class="report-controls" role="group" aria-label=tr(|t| t.bulletin.controls)>
                {period_picker(period, |p| Route::Bulletin(Some(p)))}
                <div class="report-buttons">
                    <button type="button" title=tr(|t| t.report.print_hint)
                        on:click=print>{tr(|t| t.report.print)}</button>
                    <button type="button" class="primary" title=tr(|t| t.report.save_html_hint)
                        on:click=save>{tr(|t| t.report.save_html)}</button>
                </div>
            </div>
            <article class="bulletin" node_ref=article on:click=on_article_click></article>
        </div>
    }
}

//! The About panel in the header (the app's version, the build date, the
//! plan file format's version, the format doc and the licence) and the
//! notice that a new version of the site is ready.
//!
//! The new version is found by the service worker's registration script
//! (static/register-sw.js), which marks `<html data-update>` and sends the
//! window a `plan-tracker-update` event; the notice's button sends
//! `plan-tracker-reload` back, after the plan is saved.

use super::state::use_state;
use crate::ui::widgets::{dynamic, tr};
use leptos::prelude::*;

/// The app's version (Cargo.toml): the release package and the offline
/// copy's cache are named by it.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The day the site was built, which the build writes into the page
/// (`<meta name="build-date">`, scripts/offline.mjs).
fn build_date() -> String {
    document()
        .query_selector("meta[name=build-date]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default()
}

#[component]
pub fn About() -> impl IntoView {
    let state = use_state();
    // The panel is drawn while it is open only, in one piece: it is drawn
    // again when the language changes.
    let details = NodeRef::<leptos::html::Details>::new();
    let open = RwSignal::new(false);
    let on_toggle = move |_| open.set(details.get().is_some_and(|d| d.open()));
    let panel = move || {
        let t = state.t().about;
        open.get().then(|| {
            view! {
                <section class="about-panel" aria-labelledby="about-title">
                    <h2 id="about-title">{t.title}</h2>
                    <p>{t.summary}</p>
                    <dl>
                        <dt>{t.version}</dt>
                        <dd>{VERSION}</dd>
                        <dt>{t.build_date}</dt>
                        <dd>{build_date()}</dd>
                        <dt>{t.format_version}</dt>
                        <dd>{crate::format::VERSION}</dd>
                    </dl>
                    <ul>
                        <li><a href="plan-format.md" target="_blank" rel="noopener">{t.format_doc}</a></li>
                        <li><a href="LICENSE.txt" target="_blank" rel="noopener">{t.licence}</a></li>
                    </ul>
                </section>
            }
        })
    };
    view! {
        <details class="about" node_ref=details on:toggle=on_toggle>
            <summary>{tr(|t| t.about.about)}</summary>
            {dynamic(panel)}
        </details>
    }
}

/// "A new version is ready": shown once, when the service worker has
/// installed a newer site beside this one. It never reloads by itself; its
/// button saves the plan, then lets the new version take over and reloads.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = use_state();
    let marked = document()
        .document_element()
        .is_some_and(|e| e.has_attribute("data-update"));
    let ready = RwSignal::new(marked);
    let _found = crate::ui::widgets::on_window("plan-tracker-update", move |_| ready.set(true));
    let reload = move |_| {
        state.flush();
        if let Ok(ev) = web_sys::Event::new("plan-tracker-reload") {
            let _ = window().dispatch_event(&ev);
        }
    };
    // Like the other notices, the status is on the page only while it has
    // something to say.
    move || {
        let t = state.t().about;
        ready.get().then(|| {
            view! {
                <div class="notices">
                    <div class="notice info" role="status">
                        <p>{t.update_ready}</p>
                        <button type="button" class="primary" on:click=reload>{t.reload}</button>
                        <button type="button" class="quiet" on:click=move |_| ready.set(false)>{t.later}</button>
                    </div>
                </div>
            }
        })
    }
}

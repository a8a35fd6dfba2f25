//! Messages at the top of the page: results, errors with their details,
//! a storage failure, and stored plans that could not be read.

use super::state::Notice;
use super::use_state;
use crate::storage::SaveError;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();

    let notices = move || {
        state
            .notices
            .get()
            .into_iter()
            .map(|n| {
                let (class, role, text, details) = match n {
                    Notice::Info(text) => ("notice info", "status", text, Vec::new()),
                    Notice::Error { text, details } => ("notice error", "alert", text, details),
                };
                view! {
                    <div class=class role=role>
                        <p>{text}</p>
                        {(!details.is_empty())
                            .then(|| {
                                view! {
                                    <ul class="details">
                                        {details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                    </ul>
                                }
                            })}
                        <button type="button" class="quiet" on:click=move |_| state.notices.set(Vec::new())>
                            {t().dismiss}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };

    let save_warning = move || {
        state.save_error.get().map(|e| {
            let text = match e {
                SaveError::QuotaExceeded => t().storage_full,
                _ => t().storage_failed,
            };
            view! {
                <div class="notice warning" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| state.export_current()>{t().export_now}</button>
                </div>
            }
        })
    };

    let broken = move || {
        state
            .broken
            .get()
            .into_iter()
            .map(|b| {
                let key = b.key.clone();
                let raw = b.raw.clone();
                let reason = (t().import_error)(&b.error);
                let file = format!("{}.txt", key.replace('/', "_"));
                let key_for_delete = key.clone();
                view! {
                    <div class="notice error" role="alert">
                        <p>{(t().stored_plan_unreadable)(&key)}</p>
                        <p>{reason}</p>
                        <button type="button" on:click=move |_| {
                            let _ = crate::files::download(&file, &raw, "text/plain");
                        }>{t().download_raw}</button>
                        <button type="button" class="danger" on:click=move |_| {
                            if window().confirm_with_message(t().delete_raw_confirm).unwrap_or(false) {
                                state.delete_broken(&key_for_delete);
                            }
                        }>{t().delete_raw}</button>
                    </div>
                }
            })
            .collect_view()
    };

    view! { <div class="notices">{save_warning} {broken} {notices}</div> }
}

//! Messages at the top of the page: results, errors with their details,
//! a storage failure, and stored plans that could not be read.

use super::state::use_state;
use super::state::Notice;
use crate::storage::SaveError;
use crate::ui::widgets::dynamic;
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
                    Notice::EditedSample { was } => {
                        let st = t().sample;
                        return view! {
                            <div class="notice info" role="status">
                                <p>{(st.edited_stays)(was.name())}</p>
                                <button type="button" on:click=move |_| state.open_sample_beside()>
                                    {st.open_in_this_language}
                                </button>
                                <button type="button" class="quiet" on:click=move |_| state.dismiss_notices()>
                                    {t().dismiss}
                                </button>
                            </div>
                        }
                        .into_any();
                    }
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
                        <button type="button" class="quiet" on:click=move |_| state.dismiss_notices()>
                            {t().dismiss}
                        </button>
                    </div>
                }
                .into_any()
            })
            .collect_view()
    };

    // Stays until a save succeeds (`AppState::persist` clears it).
    let save_warning = move || {
        state.save_error.get().map(|e| {
            let st = t().storage;
            let (title, detail) = match e {
                SaveError::QuotaExceeded => (st.full_title, st.full_detail.to_string()),
                SaveError::NoRoom { needed, free } => (st.no_room_title, (st.no_room_detail)(needed, free)),
                // The browser's own reason beside what is safe.
                SaveError::Unavailable(ref why) => {
                    (st.failed_title, format!("{} {}", t().storage_failed, (st.browser_said)(why)))
                }
                SaveError::KeyLocked(_) => (st.failed_title, t().storage_failed.to_string()),
            };
            view! {
                <div class="notice warning" role="alert" aria-labelledby="save-warning-title">
                    <p><strong id="save-warning-title">{title}</strong>" "{detail}</p>
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
                let st = t().storage;
                let key = b.key.clone();
                let raw = b.raw.clone();
                let reason = (t().import_error)(&b.error);
                let file = format!("{}.txt", key.replace('/', "_"));
                let key_for_delete = key.clone();
                // A journal's plan is open already: no fresh start is offered.
                let journal = b.is_journal();
                let (title, said, confirm) = if journal {
                    let said = format!("{reason} {}", (st.journal_choices)(&key));
                    (st.journal_title, said, st.journal_delete_confirm)
                } else {
                    let unreadable = (t().stored_plan_unreadable)(&key);
                    let said = format!("{unreadable} {reason} {}", st.unreadable_choices);
                    (st.unreadable_title, said, st.delete_stored_confirm)
                };
                view! {
                    <div class="notice error" role="alert">
                        <p>
                            <strong>{title}</strong>
                            " "
                            {said}
                        </p>
                            <button type="button" on:click=move |_| {
                                let _ = crate::files::download(&file, &raw, "text/plain");
                            }>{t().download_raw}</button>
                            {(!journal).then(|| view! {
                                <button type="button" on:click=move |_| state.start_fresh()>{st.start_fresh}</button>
                            })}
                            <button type="button" class="danger" on:click=move |_| {
                                if window().confirm_with_message(confirm).unwrap_or(false) {
                                    state.delete_broken(&key_for_delete);
                                }
                            }>{st.delete_stored}</button>
                    </div>
                }
            })
            .collect_view()
    };

    view! { <div class="notices">{dynamic(save_warning)} {dynamic(broken)} {dynamic(notices)}</div> }
}

/// In the user's words, why the browser's storage refused a save or a
/// delete: the figures of a plan that would not fit, or the browser's own
/// reason.
pub(crate) fn save_error_detail(t: &'static crate::i18n::Catalog, e: &SaveError) -> String {
    let st = t.storage;
    match e {
        SaveError::QuotaExceeded => st.full_title.to_string(),
        SaveError::NoRoom { needed, free } => (st.no_room_detail)(*needed, *free),
        SaveError::KeyLocked(key) => format!("{} {key}", st.unreadable_title),
        SaveError::Unavailable(why) => (st.browser_said)(why),
    }
}

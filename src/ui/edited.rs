//! Forms the user has typed in, known by a mark on the form element: a
//! switch of language, which loads the page again, asks before they are
//! lost ([`super::state::AppState::set_lang`]).

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The attribute that marks a form the user has typed in.
const MARK: &str = "data-edited";

/// Marks the form around the target of each input event (a field's input
/// event reaches the window), and unmarks a form once it is sent and its
/// typing saved. A form sent but refused (a field marked invalid beside its
/// reason) keeps its mark: what was typed is still only in the form. A
/// form removed from the page takes its mark with it.
pub fn watch() -> [WindowListenerHandle; 2] {
    [
        window_event_listener_untyped("input", |ev| {
            if let Some(form) = form_of(&ev) {
                let _ = form.set_attribute(MARK, "");
            }
        }),
        window_event_listener_untyped("submit", |ev| {
            if let Some(form) = form_of(&ev) {
                // The form's own handler has run; what it shows (a reason
                // beside a field) is on the page after the updates it set off.
                set_timeout(
                    move || {
                        if !refused(&form) {
                            let _ = form.remove_attribute(MARK);
                        }
                    },
                    Duration::ZERO,
                );
            }
        }),
    ]
}

/// The form around `ev`'s target.
fn form_of(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("form").ok().flatten())
}

/// Whether `form` shows a field it refused (`aria-invalid`).
fn refused(form: &web_sys::Element) -> bool {
    form.query_selector("[aria-invalid='true']")
        .ok()
        .flatten()
        .is_some()
}

/// Whether a form the user has typed in is on the page.
pub fn any_open() -> bool {
    document()
        .query_selector(&format!("form[{MARK}]"))
        .ok()
        .flatten()
        .is_some()
}

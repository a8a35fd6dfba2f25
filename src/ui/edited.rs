//! Forms the user has typed in, known by a mark on the form element: a
//! switch of language, which loads the page again, asks before they are
//! lost ([`super::state::AppState::set_lang`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute that marks a form the user has typed in.
const MARK: &str = "data-edited";

/// Marks the form around the target of each input event (a field's input
/// event reaches the window), and unmarks a form when it is sent: what it
/// holds is then saved, or refused with the reason beside a field, which
/// [`any_open`] counts as typed in too. A form removed from the page takes
/// its mark with it.
pub fn watch() -> [WindowListenerHandle; 2] {
    [("input", true), ("submit", false)]
        .map(|(event, typed)| window_event_listener_untyped(event, move |ev| mark(&ev, typed)))
}

/// Marks (`typed`) or unmarks the form around `ev`'s target.
fn mark(ev: &web_sys::Event, typed: bool) {
    let form = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("form").ok().flatten());
    if let Some(form) = form {
        let _ = if typed {
            form.set_attribute(MARK, "")
        } else {
            form.remove_attribute(MARK)
        };
    }
}

/// Whether a form the user has typed in is on the page: marked, or sent
/// and refused (a field marked invalid beside its reason), whose typing is
/// still only in the form.
pub fn any_open() -> bool {
    document()
        .query_selector(&format!("form[{MARK}], form [aria-invalid='true']"))
        .ok()
        .flatten()
        .is_some()
}

//! Forms the user has typed in, known by a mark on the form element: going
//! to another view ([`super::state::AppState::navigate`], the browser's back
//! and forward), leaving or reloading the page, and a switch of language,
//! which loads the page again, ask before they are lost.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute that marks a form the user has typed in.
const MARK: &str = "data-edited";

thread_local! {
    /// Set once the user has agreed to lose what is typed, as the page
    /// goes (a switch of language): the page is not asked again.
    static RELEASED: Cell<bool> = const { Cell::new(false) };
}

/// Marks the form around the target of each input event (a field's input
/// event reaches the window), and unmarks a form when it is sent: what it
/// holds is then saved, or refused with the reason beside a field, which
/// [`any_open`] counts as typed in too. A form is unmarked before its own
/// handler runs (the window hears the event first, as it goes down), so a
/// form saved and left at once does not ask. A form removed from the page
/// takes its mark with it. Leaving the page while a form is typed in asks
/// the browser's own question.
pub fn watch() -> [WindowListenerHandle; 2] {
    // (FnMut, as the other listeners' closures: one kind of closure.)
    let sent =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|ev| mark(&ev, false));
    let _ = window().add_event_listener_with_callback_and_bool(
        "submit",
        sent.as_ref().unchecked_ref(),
        true,
    );
    sent.forget();
    [
        crate::ui::widgets::on_window("input", |ev| mark(&ev, true)),
        crate::ui::widgets::on_window("beforeunload", |ev| {
            if any_open() {
                ev.prevent_default();
            }
        }),
    ]
}

/// Marks (`typed`) or unmarks (sent) the form around `ev`'s target.
fn mark(ev: &web_sys::Event, typed: bool) {
    let form = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("form").ok().flatten());
    let Some(form) = form else {
        return;
    };
    if typed {
        let _ = form.set_attribute(MARK, "");
        return;
    }
    let _ = form.remove_attribute(MARK);
    // Sent and refused: once the reasons are shown, the keyboard goes to
    // the first field refused (not left on Save, the reasons out of view).
    crate::ui::widgets::next_frame(move || {
        if let Some(field) = form
            .query_selector("[aria-invalid='true']")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
        }
    });
}

/// Whether a form the user has typed in is on the page: marked, or sent
/// and refused (a field marked invalid beside its reason), whose typing is
/// still only in the form.
pub fn any_open() -> bool {
    !RELEASED.get()
        && document()
            .query_selector(&format!("form[{MARK}], form [aria-invalid='true']"))
            .ok()
            .flatten()
            .is_some()
}

/// Whether what is typed may be lost: nothing is, or the user, asked
/// `question`, agreed. Once agreed with `for_good`, the page does not ask
/// again (it is going).
pub fn may_lose(question: &str, for_good: bool) -> bool {
    let agreed = !any_open() || window().confirm_with_message(question).unwrap_or(false);
    if agreed && for_good {
        RELEASED.set(true);
    }
    agreed
}

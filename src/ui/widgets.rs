//! Small pieces every view uses: confirmation, a type-erased `Show`, shared
//! memos and effects, the catalog's texts (`tr`). Form fields are in
//! `fields.rs`; the traffic lights and progress bars are written as HTML
//! (`crate::html`).

use crate::i18n::Catalog;
use leptos::prelude::*;

/// Ask the user to confirm; `false` when the dialog cannot be shown.
pub fn confirm(text: &str) -> bool {
    window().confirm_with_message(text).unwrap_or(false)
}

/// Leptos' `Show` with its condition and children type-erased: `Show` is
/// generic over both, so each of its uses compiled its own copy of the memo,
/// the children and the switch between them; this one is compiled once.
/// The children are shown while `when` is true, else `fallback` (nothing by
/// default); `when` is memoised, so the children are built again only when
/// it changes.
#[component]
pub fn Shown(
    #[prop(into)] when: Signal<bool>,
    children: ChildrenFn,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    let when = Memo::new(move |_| when.get());
    move || {
        if when.get() {
            children()
        } else {
            fallback.run()
        }
    }
}

/// A text of the catalog in a view, `{tr(|t| t.help.nav)}` or an
/// attribute's `=tr(…)`. A build with one catalog (a release build) writes
/// it once, as static text: it cannot change. A build with both follows the
/// language, through one closure type for every text.
#[cfg(all(feature = "zh", feature = "en"))]
pub fn tr(
    f: fn(&'static Catalog) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = super::state::use_state();
    move || f(state.t())
}

/// A text of the catalog in a view (see above): this build carries one.
#[cfg(not(all(feature = "zh", feature = "en")))]
#[inline]
pub fn tr(f: fn(&'static Catalog) -> &'static str) -> &'static str {
    f(crate::i18n::BUILT)
}

/// A part of a view drawn again when what `f` reads changes, through one
/// closure type for the whole app: a closure kept in a variable and put in
/// a view (`{rows}`) is not type-erased by `view!`, so each would build its
/// own copy of the rendering code; `{dynamic(rows)}` builds it once.
pub fn dynamic<V: IntoView + 'static>(f: impl Fn() -> V + Send + Sync + 'static) -> impl IntoView {
    dynamic_view(std::sync::Arc::new(move || f().into_any()))
}

fn dynamic_view(f: std::sync::Arc<dyn Fn() -> AnyView + Send + Sync>) -> impl IntoView {
    move || f()
}

/// A memo of `f`, through one closure type per value type: each closure
/// given to `Memo::new` builds its own copy of the memo's code around it.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    shared_memo(std::sync::Arc::new(f))
}

fn shared_memo<T: PartialEq + Send + Sync + 'static>(
    f: std::sync::Arc<dyn Fn() -> T + Send + Sync>,
) -> Memo<T> {
    Memo::new(move |_| f())
}

/// An effect running `f` now and whenever what it reads changes, through
/// one closure type for the whole app (as [`memo`]).
pub fn effect(f: impl Fn() + 'static) -> Effect<LocalStorage> {
    shared_effect(Box::new(f))
}

fn shared_effect(f: Box<dyn Fn()>) -> Effect<LocalStorage> {
    Effect::new(move |_| f())
}

/// Runs `f` in the task after the next frame is painted: a task queued from
/// the frame's `requestAnimationFrame` runs after the paint. What a change
/// shows first is painted without waiting for what `f` draws.
pub fn after_paint(f: impl FnOnce() + 'static) {
    paint_then(Box::new(f));
}

fn paint_then(f: Box<dyn FnOnce()>) {
    next_frame(move || later(f, std::time::Duration::ZERO));
}

/// Runs `f` before the next frame is painted (`requestAnimationFrame`),
/// through one closure type for the whole app: each closure type handed to
/// the browser brings its own copy of the glue that calls it.
pub fn next_frame(f: impl FnOnce() + 'static) {
    frame_boxed(Box::new(f));
}

fn frame_boxed(f: Box<dyn FnOnce()>) {
    request_animation_frame(f);
}

/// Listens to `event` on the window, through one closure type for the
/// whole app (as [`next_frame`]); a handler that needs the event's own type
/// casts it.
pub fn on_window(event: &str, f: impl Fn(web_sys::Event) + 'static) -> WindowListenerHandle {
    on_window_boxed(event, Box::new(f))
}

fn on_window_boxed(event: &str, f: Box<dyn Fn(web_sys::Event)>) -> WindowListenerHandle {
    window_event_listener_untyped(event, f)
}

/// Runs `f` after `delay` (`setTimeout`), through one closure type for the
/// whole app (as [`next_frame`]).
pub fn later(f: impl FnOnce() + 'static, delay: std::time::Duration) {
    later_boxed(Box::new(f), delay);
}

fn later_boxed(f: Box<dyn FnOnce()>, delay: std::time::Duration) {
    set_timeout(f, delay);
}

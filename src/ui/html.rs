//! The shell of [`crate::html`]: a read-only part of a view written as one
//! piece of escaped HTML is set at once, then the lengths it asks for
//! (`data-w`, `data-l`, in percent) are set as styles, which the Content
//! Security Policy allows where inline styles in parsed HTML are not.

use super::nav::plain_click;
use super::state::AppState;
use crate::route::Route;
use wasm_bindgen::JsCast;

/// Save a page the app writes (the period report, a notice, the bulletin)
/// as one HTML file: its style sheet `sheet` is read from the site's files
/// ([`crate::saved_sheets`]) and minified, `page` writes the file's text
/// and name with it (`None`: nothing to save), and `saved` words the notice
/// that names the file. A sheet that cannot be read (offline without the
/// service worker) is said with the failure's detail, and nothing is saved.
pub fn save_page(
    state: AppState,
    sheet: &'static str,
    page: impl FnOnce(&str) -> Option<(String, String)> + 'static,
    saved: fn(&str) -> String,
) {
    save_page_with(state, sheet, Box::new(page), saved);
}

/// What writes a saved page's text and file name around its style sheet.
type PageWriter = Box<dyn FnOnce(&str) -> Option<(String, String)>>;

/// [`save_page`] through one future for every page saved.
fn save_page_with(
    state: AppState,
    sheet: &'static str,
    page: PageWriter,
    saved: fn(&str) -> String,
) {
    leptos::task::spawn_local(async move {
        let failed = state.t().report.save_failed;
        let css = match crate::files::site_text(sheet).await {
            Ok(css) => crate::saved_sheets::minify(&css),
            Err(e) => return state.error(failed, vec![e]),
        };
        let Some((text, name)) = page(&css) else {
            return;
        };
        match crate::files::download(&name, &text, "text/html;charset=utf-8") {
            Ok(()) => state.info(saved(&name)),
            Err(e) => state.error(failed, vec![e]),
        }
    });
}

/// Puts `html` in `el` and sets the lengths it asks for.
pub fn set_html(el: &web_sys::Element, html: &str) {
    el.set_inner_html(html);
    set_lengths(el);
}

/// Adds `html` at the end of `el` and sets the lengths it asks for.
pub fn append_html(el: &web_sys::Element, html: &str) {
    let _ = el.insert_adjacent_html("beforeend", html);
    // Only the new elements have no style yet.
    set_lengths_of(el, "[data-w]:not([style]),[data-l]:not([style])");
}

/// Puts each HTML text in place of its element (children of `parent`),
/// and sets the lengths the new elements ask for.
pub fn replace_html(parent: &web_sys::Element, rows: &[(web_sys::Element, &str)]) {
    for (old, html) in rows {
        old.set_outer_html(html);
    }
    set_lengths_of(parent, "[data-w]:not([style]),[data-l]:not([style])");
}

/// Sets the lengths the elements in `el` ask for.
pub fn set_lengths(el: &web_sys::Element) {
    set_lengths_of(el, "[data-w],[data-l]");
}

/// Sets the lengths of the elements of `el` that `selector` picks.
fn set_lengths_of(el: &web_sys::Element, selector: &str) {
    let Ok(list) = el.query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let style = el.style();
        for (attr, property) in [("data-w", "width"), ("data-l", "left")] {
            if let Some(v) = el.get_attribute(attr) {
                let _ = style.set_property(property, &format!("{v}%"));
            }
        }
    }
}

/// The address's query string, for the links a piece of HTML writes.
pub fn search() -> String {
    leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// One click handler for the links of a piece of HTML: a plain click on an
/// `<a href>` inside opens its route in the page, as `RouteLink` does; a
/// modified click is left to the browser. `true` when it navigated.
pub fn follow_link(state: AppState, ev: &leptos::ev::MouseEvent) -> bool {
    if !plain_click(ev) {
        return false;
    }
    let link = leptos::prelude::event_target::<web_sys::Element>(ev)
        .closest("a[href]")
        .ok()
        .flatten();
    match link.and_then(|a| a.get_attribute("href")) {
        Some(href) => {
            ev.prevent_default();
            state.navigate(Route::parse(&href));
            true
        }
        None => false,
    }
}

/// A button pressed in a piece of HTML: the nearest `button[data-act]`
/// around a click's target, and what it names: its action (`data-act`),
/// its item (`data-id`) and the item's place (`data-i`).
pub struct Pressed {
    pub button: web_sys::Element,
    pub act: String,
    pub id: String,
    pub place: usize,
}

/// The button `ev` pressed in a piece of HTML, if it pressed one.
pub fn pressed(ev: &leptos::ev::MouseEvent) -> Option<Pressed> {
    let button = leptos::prelude::event_target::<web_sys::Element>(ev)
        .closest("button[data-act]")
        .ok()
        .flatten()?;
    let attr = |name: &str| button.get_attribute(name);
    Some(Pressed {
        act: attr("data-act").unwrap_or_default(),
        id: attr("data-id").unwrap_or_default(),
        place: attr("data-i").and_then(|i| i.parse().ok()).unwrap_or(0),
        button,
    })
}

//! Where the focus goes when a list's row is deleted: to the row that took
//! its place (the next one), else the one before it (it was the last), else,
//! the list now empty, the list's heading. Read before the row goes
//! ([`AfterDelete::of`]), applied once the list is drawn again
//! ([`AfterDelete::restore`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A row about to be deleted: its list, its place and the list's heading.
pub struct AfterDelete {
    list: web_sys::Element,
    /// Where to find the list again when it is drawn anew: the section
    /// around it, and its tag and classes.
    anchor: Option<web_sys::Element>,
    selector: String,
    tag: String,
    index: u32,
    heading: Option<web_sys::HtmlElement>,
    /// The class of the control pressed: a delete button ("danger") is
    /// looked for in the row that takes the focus.
    control: Option<String>,
}

fn rows(list: &web_sys::Element, tag: &str) -> Vec<web_sys::Element> {
    let children = list.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|c| c.tag_name() == tag)
        .collect()
}

impl AfterDelete {
    /// The row (`li` or `tr`) holding `control`, the button that deletes it.
    /// A control in a form row under its row (`tr.form-row`, as a panel
    /// opened from a table's row) stands for the row above.
    pub fn of(control: &web_sys::Element) -> Option<AfterDelete> {
        let mut row = control.closest("li, tr").ok().flatten()?;
        if row.class_list().contains("form-row") {
            row = row.previous_element_sibling()?;
        }
        let list = row.parent_element()?;
        let tag = row.tag_name();
        let index = rows(&list, &tag).iter().position(|r| *r == row)? as u32;
        let anchor = list.closest("section, .card, main").ok().flatten();
        let heading = anchor
            .as_ref()
            .and_then(|s| s.query_selector("h1, h2, h3").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        let mut selector = list.tag_name().to_ascii_lowercase();
        for class in list.class_name().split_whitespace() {
            selector.push('.');
            selector.push_str(class);
        }
        Some(AfterDelete {
            anchor,
            selector,
            list,
            tag,
            index,
            heading,
            control: control.get_attribute("class"),
        })
    }

    /// The row holding the button `ev` clicked.
    pub fn of_click(ev: &leptos::ev::MouseEvent) -> Option<AfterDelete> {
        ev.current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|b| AfterDelete::of(&b))
    }

    /// The row deleted from a panel under it (the row's Delete opened it):
    /// the focus goes to the Delete of the row that takes its place.
    pub fn from_panel(control: &web_sys::Element) -> Option<AfterDelete> {
        AfterDelete::of(control).map(|a| AfterDelete {
            control: Some("danger".to_string()),
            ..a
        })
    }

    /// Focus the row in the deleted one's place, once the list is drawn again.
    pub fn restore(self) {
        request_animation_frame(move || self.focus());
    }

    fn focus(self) {
        let list = if self.list.is_connected() {
            Some(self.list.clone())
        } else {
            let within = self.anchor.as_ref().filter(|a| a.is_connected());
            match within {
                Some(a) => a.query_selector(&self.selector).ok().flatten(),
                None => document().query_selector(&self.selector).ok().flatten(),
            }
        };
        let rows = list.map(|l| rows(&l, &self.tag)).unwrap_or_default();
        let i = self.index as usize;
        let row = rows.get(i).or_else(|| rows.get(i.wrapping_sub(1)));
        let target = row.and_then(|row| {
            let same = self
                .control
                .as_deref()
                .filter(|c| c.split(' ').any(|c| c == "danger"))
                .and_then(|_| row.query_selector("button.danger").ok().flatten());
            same.or_else(|| {
                row.query_selector("a[href], button:not([disabled]), input, select")
                    .ok()
                    .flatten()
            })
        });
        match target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(el) => {
                let _ = el.focus();
            }
            None => {
                let heading = self.heading.filter(|h| h.is_connected()).or_else(|| {
                    document()
                        .get_element_by_id("main")
                        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
                });
                if let Some(h) = heading {
                    if !h.has_attribute("tabindex") {
                        let _ = h.set_attribute("tabindex", "-1");
                    }
                    let _ = h.focus();
                }
            }
        }
    }
}

/// Where the focus goes when a form closes (saved or cancelled): to the
/// first of `selectors` on the page once it is drawn again (the button
/// that opened the form, perhaps drawn anew, or another in its place), else
/// to the heading `fallback` (an id), never to the page's body.
pub fn focus_back(selectors: Vec<String>, fallback: &'static str) {
    request_animation_frame(move || {
        let found = selectors
            .iter()
            .find_map(|s| document().query_selector(s).ok().flatten())
            .or_else(|| document().get_element_by_id(fallback))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = found {
            if el.tag_name().starts_with('H') && !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
        }
    });
}

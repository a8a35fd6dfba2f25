//! Where the focus goes when a list's row is deleted: to the row that took
//! its place (the next one), else the one before it (it was the last), else,
//! the list now empty, the list's heading. Read before the row goes
//! ([`AfterDelete::of`]), applied once the list is drawn again
//! ([`AfterDelete::restore`]). And when a list shown in part is drawn
//! longer by its "show all" or "more" button, which goes away with the
//! redraw: to the first item not shown before ([`AfterMore`]). And
//! [`focus_id`], the focus given to an element by its id.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Gives the focus to the element of id `id`, if it is on the page.
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Called as a form marked `data-opened` is made (an inline form opened by
/// a button: edit, add, reply): once it is drawn, the keyboard goes to its
/// first field, not left on the button or dropped to the page.
pub fn into_opened_form() {
    crate::ui::widgets::next_frame(|| {
        let Ok(Some(form)) = document().query_selector("form[data-opened]") else {
            return;
        };
        let _ = form.remove_attribute("data-opened");
        // A shortcut may have put the keyboard in a field of its own choice.
        let inside = document()
            .active_element()
            .is_some_and(|el| form.contains(Some(&el)));
        if inside {
            return;
        }
        if let Some(field) = form
            .query_selector(
                "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea",
            )
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
        }
    });
}

/// After a "Move up" or "Move down" pressed (`ev`): once the list is drawn
/// again, the keyboard follows the item to its new place, on the same
/// button (its label names the item), or on the other one when that
/// button is now disabled (the item at the list's end).
pub fn follow_moved(ev: &web_sys::Event) {
    let Some(label) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|b| b.closest("button").ok().flatten())
        .and_then(|b| b.get_attribute("aria-label"))
    else {
        return;
    };
    crate::ui::widgets::next_frame(move || {
        let Some(button) = document()
            .document_element()
            .into_iter()
            .flat_map(|page| all(&page, "button[aria-label]"))
            .find(|b| b.get_attribute("aria-label").as_deref() == Some(label.as_str()))
        else {
            return;
        };
        if enabled(&button) {
            if let Ok(b) = button.dyn_into::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        } else {
            focus_beside(&button);
        }
    });
}

/// A button that can be pressed.
fn enabled(e: &web_sys::Element) -> bool {
    e.tag_name() == "BUTTON" && !e.has_attribute("disabled")
}

/// Focus the enabled button before `button`, or else the one after it.
fn focus_beside(button: &web_sys::Element) {
    let other = button
        .previous_element_sibling()
        .filter(enabled)
        .or_else(|| button.next_element_sibling().filter(enabled));
    if let Some(el) = other.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// After a button pressed (`ev`) that may now be disabled (Undo with
/// nothing left to undo): the keyboard goes to the enabled button beside
/// it (Redo), not to the page.
pub fn off_disabled(ev: &leptos::ev::MouseEvent) {
    let Some(button) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    crate::ui::widgets::next_frame(move || {
        if !enabled(&button) {
            focus_beside(&button);
        }
    });
}

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
        crate::ui::widgets::next_frame(move || self.focus());
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
    crate::ui::widgets::next_frame(move || {
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

/// A "show all" or "more" button pressed under a list shown in part (a
/// page drawn as one piece of HTML, drawn again longer, the button gone or
/// drawn anew): the focus goes to the first item not shown before (its
/// first link or button, else the item itself), so the keyboard and a
/// screen reader carry on where the list grew. Read before the redraw
/// ([`AfterMore::of_click`]), applied after it ([`AfterMore::restore`]).
pub struct AfterMore {
    /// The element the page is drawn into (it stays; its content changes).
    host: web_sys::Element,
    /// The list above the button, found again as the `nth` element of the
    /// host matching `selector` (its tag and classes).
    selector: String,
    nth: u32,
    /// How many items it had: the list grows by items added after them.
    items: u32,
}

fn all(within: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(found) = within.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn selector_of(e: &web_sys::Element) -> String {
    let mut selector = e.tag_name().to_ascii_lowercase();
    for class in e.class_name().split_whitespace() {
        selector.push('.');
        selector.push_str(class);
    }
    selector
}

/// The items of `list`: for a list of blocks (a report's groups, each a
/// section), the blocks like it beside it; else its entries (`li`, also in
/// a table's cells, as the bulletin's overdue items unit by unit); else
/// the rows of its table.
fn items_of(list: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    if list.tag_name() == "SECTION" {
        return list
            .parent_element()
            .map(|p| all(&p, &format!(":scope > {selector}")))
            .unwrap_or_default();
    }
    let entries = all(list, "li");
    if !entries.is_empty() {
        return entries;
    }
    all(list, "tbody > tr")
}

impl AfterMore {
    /// The list above the button `ev` pressed, if it pressed one with
    /// `data-more` in the element that handles the click.
    pub fn of_click(ev: &leptos::ev::MouseEvent) -> Option<AfterMore> {
        let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        let button = target.closest("button[data-more]").ok().flatten()?;
        let host = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
        let list = button.parent_element()?.previous_element_sibling()?;
        let selector = selector_of(&list);
        let nth = all(&host, &selector).iter().position(|e| *e == list)? as u32;
        Some(AfterMore {
            items: items_of(&list, &selector).len() as u32,
            host,
            selector,
            nth,
        })
    }

    /// Focus the first item not shown before, once the list is drawn again.
    pub fn restore(self) {
        crate::ui::widgets::next_frame(move || self.focus());
    }

    fn focus(self) {
        let list = all(&self.host, &self.selector)
            .into_iter()
            .nth(self.nth as usize);
        let Some(item) = list.and_then(|l| {
            items_of(&l, &self.selector)
                .into_iter()
                .nth(self.items as usize)
        }) else {
            return;
        };
        let target = item
            .query_selector("a[href], button:not([disabled])")
            .ok()
            .flatten()
            .or_else(|| match item.tag_name().as_str() {
                // A row without a link: its first cell, which names it.
                "TR" => item.first_element_child(),
                _ => Some(item),
            });
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            if el.tab_index() < 0 && !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
            // In a long list drawn only near the screen (`content-visibility`,
            // as the timeline's rows), `focus()` scrolls to where the rows
            // not drawn yet are guessed to end; drawn, they are taller, and
            // the item ends below the screen. Scrolled to again once the
            // rows around it are drawn, it stays at the top of the screen.
            crate::ui::widgets::next_frame(move || {
                el.scroll_into_view();
                crate::ui::widgets::next_frame(move || el.scroll_into_view());
            });
        }
    }
}

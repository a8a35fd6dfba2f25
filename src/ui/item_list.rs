//! The lists of a plan's goals, areas and units: each item's read-only part
//! and its buttons (edit, move up, move down, delete) are one string of
//! escaped HTML in the item's element, and one handler reads every button
//! from what it names. The item being edited shows its form instead, and
//! an item being deleted its panel under it, as views (the sections draw
//! those themselves). One writer and one handler are much smaller than a
//! view of each item per list.

use super::form::send;
use super::state::AppState;
use super::widgets::confirm;
use crate::command::{label_of, referrers, Command};
use crate::html::{item_button, ItemButton};
use crate::i18n::Catalog;
use crate::model::Id;
use crate::validate::Kind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which form of a list is open: none, adding, or editing one item.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Editing {
    Closed,
    Adding,
    Item(Id),
}

/// The buttons of item `index` of `len` (`id`, named `name` in their
/// labels), as escaped HTML: the handler is [`on_item_button`].
pub(super) fn buttons_html(
    out: &mut String,
    t: &Catalog,
    (index, len): (usize, usize),
    id: &Id,
    name: &str,
) {
    let s = t.setup;
    out.push_str("<div class=\"item-actions\">");
    for (act, class, word) in [
        ("edit", "", s.edit),
        ("up", "move-up", s.move_up),
        ("down", "move-down", s.move_down),
        ("del", "danger", s.delete),
    ] {
        item_button(
            out,
            ItemButton {
                act,
                class,
                place: (index, len),
                id: Some(id.as_str()),
                label: &(s.named)(word, name),
                word,
                expanded: None,
            },
        );
    }
    out.push_str("</div>");
}

/// The one handler of a list's item buttons ([`buttons_html`]): edit opens
/// the item's form; move up and down move it (the keyboard following it);
/// delete opens the panel that asks what to do with what still uses it,
/// or else confirms and removes. `false` when `ev` pressed no such button.
pub(super) fn on_item_button(
    state: AppState,
    kind: Kind,
    editing: RwSignal<Editing>,
    deleting: RwSignal<Option<Id>>,
    ev: &leptos::ev::MouseEvent,
) -> bool {
    let Some(super::html::Pressed {
        button,
        act,
        id,
        place: index,
    }) = super::html::pressed(ev)
    else {
        return false;
    };
    let id = Id(id);
    let t = state.t();
    let s = t.setup;
    match act.as_str() {
        "edit" => {
            deleting.set(None);
            editing.set(Editing::Item(id));
        }
        "up" | "down" => {
            super::focus::follow_moved(ev);
            let to = if act == "up" {
                index.saturating_sub(1)
            } else {
                index + 1
            };
            send(
                state,
                Command::Move { kind, id, to },
                None,
                s.saved.to_string(),
            );
        }
        "del" => {
            let after = super::focus::AfterDelete::of(&button);
            let (used, name) = state
                .plan
                .with_untracked(|p| (!referrers(p, kind, &id).is_empty(), label_of(p, kind, &id)));
            if used {
                editing.set(Editing::Closed);
                deleting.set(Some(id));
            } else if confirm(&(s.delete_confirm)((t.kind_name)(kind), &name))
                && send(
                    state,
                    Command::Remove { kind, id },
                    None,
                    (s.deleted)((t.kind_name)(kind), &name),
                )
            {
                if let Some(after) = after {
                    after.restore();
                }
            }
        }
        _ => return false,
    }
    true
}

/// As an item's form or panel closes: once the list is drawn again, the
/// keyboard goes back to that item's button `act` (the one that opened
/// it: `edit`, `del`, `values`), not to the page. An item gone (deleted)
/// has no button, and the focus is left to whoever moved it.
pub(super) fn back_to(act: &'static str, id: Id) {
    crate::ui::widgets::next_frame(move || {
        let Ok(buttons) = document().query_selector_all(&format!("button[data-act=\"{act}\"]"))
        else {
            return;
        };
        let button = (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .find(|b| b.get_attribute("data-id").as_deref() == Some(id.as_str()));
        if let Some(b) = button {
            let _ = b.focus();
        }
    });
}

/// Closes the form of item `id`, the keyboard back on its Edit.
pub(super) fn close(editing: RwSignal<Editing>, id: Id) {
    editing.set(Editing::Closed);
    back_to("edit", id);
}

/// Closes the delete panel of item `id`, the keyboard back on its Delete
/// (when it is still there).
pub(super) fn close_panel(deleting: RwSignal<Option<Id>>, id: Id) {
    deleting.set(None);
    back_to("del", id);
}

//! The header: the plan switcher, the views (from the page table, by
//! group), the as-of date, undo and redo, and the menu of plan files and
//! settings (the keyboard shortcuts are in `keys.rs`).
//!
//! On a wide screen it is one row: the daily views as tabs, the other groups
//! and the files-and-settings menu each behind a button that opens a list
//! under it. On a narrow one (a phone, or a page zoomed in) the row is one
//! compact bar (the plan, the menu button, undo and redo); the menu button
//! opens everything else, every group shown in turn. Each opener is a
//! disclosure: `aria-expanded` and `aria-controls`; Escape closes what is
//! open and gives the focus back to its button; a click elsewhere closes it.

use super::state::use_state;
use crate::pages::{Group, Page};
use crate::route::Route;
use crate::ui::widgets::memo;
use crate::ui::widgets::{dynamic, tr};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What is open in the header, if anything: a group's list, the
/// files-and-settings list, and (on a narrow screen) the whole menu.
#[derive(Clone, Copy, Default)]
struct Open {
    menu: RwSignal<bool>,
    list: RwSignal<Option<List>>,
}

/// One of the header's lists behind a button.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum List {
    Group(Group),
    More,
}

impl List {
    /// The id of the list (its button's `aria-controls`).
    fn id(self) -> &'static str {
        match self {
            List::Group(Group::Daily) => "nav-daily",
            List::Group(Group::Analysis) => "nav-analysis",
            List::Group(Group::Setup) => "nav-setup",
            List::More => "nav-more",
        }
    }

    fn button_id(self) -> String {
        format!("{}-button", self.id())
    }
}

const MENU_ID: &str = "site-menu";
const MENU_BUTTON_ID: &str = "site-menu-button";

use super::focus::focus_id;

/// Whether `target` is inside the element with `id`.
fn inside(target: Option<web_sys::EventTarget>, id: &str) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .zip(document().get_element_by_id(id))
        .is_some_and(|(node, el)| el.contains(Some(&node)))
}

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let open = Open::default();
    // Escape closes the innermost thing open and gives its button the focus.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        if let Some(list) = open.list.get_untracked() {
            // An open `<details>` inside the list (who is editing, About)
            // closes first, by the browser's own rules of focus.
            open.list.set(None);
            ev.prevent_default();
            focus_id(&list.button_id());
        } else if open.menu.get_untracked() {
            open.menu.set(false);
            ev.prevent_default();
            focus_id(MENU_BUTTON_ID);
        }
    };
    // A click elsewhere, or the focus moved elsewhere (Tab past the last
    // item), closes what is open; a dialog opened from it (the shortcuts,
    // a new plan) is not elsewhere: the focus comes back to the button that
    // opened the dialog, which must still be shown.
    let elsewhere = move |ev: web_sys::Event| {
        let in_dialog = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            // (or on what a dialog's button took away as it closed it)
            .is_some_and(|el| !el.is_connected() || el.closest("dialog").ok().flatten().is_some());
        if in_dialog {
            return;
        }
        if let Some(list) = open.list.get_untracked() {
            if !inside(ev.target(), &format!("{}-item", list.id())) {
                open.list.set(None);
            }
        }
        if open.menu.get_untracked() && !inside(ev.target(), "site-header") {
            open.menu.set(false);
        }
    };
    let _outside =
        ["click", "focusin"].map(|event| crate::ui::widgets::on_window(event, elsewhere));
    let toggle_menu = move |_| {
        let now = !open.menu.get_untracked();
        open.menu.set(now);
        open.list.set(None);
        if now {
            // Into the menu, on its first link, once it is shown (by a class,
            // set when the signal's effects run).
            crate::ui::widgets::next_frame(|| {
                if let Some(a) = document()
                    .query_selector(&format!("#{MENU_ID} a"))
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = a.focus();
                }
            });
        }
    };
    let groups = Group::ALL
        .iter()
        .map(|&group| view! { <GroupItem group open /> })
        .collect_view();
    view! {
        <header class="topbar" id="site-header" on:keydown=on_keydown>
            <span class="brand">
                <span class="brand-name">{tr(|t| t.app_name)}</span>
            </span>
            <super::toolbar::PlanSwitcher />
            <button type="button" class="menu-button" id=MENU_BUTTON_ID
                aria-expanded=move || if open.menu.get() { "true" } else { "false" }
                aria-controls=MENU_ID on:click=toggle_menu>
                <span class="menu-icon" aria-hidden="true"></span>
                {tr(|t| t.nav.menu)}
            </button>
            <div class="site-menu" id=MENU_ID class:open=move || open.menu.get()>
                <nav aria-label=tr(|t| t.nav_label)>
                    <ul class="tabs">{groups}</ul>
                </nav>
                <span class="as-of">{tr(|t| t.as_of)} " " <time>{move || state.today.get().to_string()}</time></span>
                <DropDown list=List::More open>
                    <super::toolbar::MoreItems />
                </DropDown>
            </div>
            <div class="undo-redo">
                <button type="button" title=tr(|t| t.undo_hint) aria-keyshortcuts="Control+Z"
                    disabled=move || !state.can_undo() on:click=move |ev| { state.undo(); super::focus::off_disabled(&ev); }>
                    <span class="icon" aria-hidden="true">"↶"</span>
                    <span class="label">{tr(|t| t.undo)}</span>
                </button>
                <button type="button" title=tr(|t| t.redo_hint) aria-keyshortcuts="Control+Shift+Z Control+Y"
                    disabled=move || !state.can_redo() on:click=move |ev| { state.redo(); super::focus::off_disabled(&ev); }>
                    <span class="icon" aria-hidden="true">"↷"</span>
                    <span class="label">{tr(|t| t.redo)}</span>
                </button>
            </div>
        </header>
    }
}

/// One group of views: the daily ones as tabs; the others behind their
/// group's button on a wide screen, under their group's name in the menu.
#[component]
fn GroupItem(group: Group, open: Open) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let links = Page::tabs_in(group)
        .filter_map(|page| Route::home(page).map(|route| (page, route)))
        .map(|(page, route)| view! { <TabLink page route open /> })
        .collect_view();
    if group == Group::Daily {
        let id = List::Group(group).id();
        return view! {
            <li class="nav-group daily">
                <span class="nav-group-label" id=format!("{id}-label")>{move || (t().nav.group)(group)}</span>
                <ul class="daily-list" aria-labelledby=format!("{id}-label")>{links}</ul>
            </li>
        }
        .into_any();
    }
    let current = memo(move || state.route.with(|r| r.page().group()) == group);
    view! {
        <li class="nav-group-item">
            <DropDown list=List::Group(group) open current>
                <ul>{links}</ul>
            </DropDown>
        </li>
    }
    .into_any()
}

/// A button and the list it opens under it (on a wide screen); in the
/// narrow screen's menu the list is shown under its name instead.
#[component]
fn DropDown(
    list: List,
    open: Open,
    #[prop(optional, into)] current: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let state = use_state();
    let name = move || {
        let t = state.t();
        match list {
            List::Group(g) => (t.nav.group)(g),
            List::More => t.nav.more,
        }
    };
    let id = list.id();
    let is_open = move || open.list.get() == Some(list);
    let current = move || current.is_some_and(|c| c.get());
    view! {
        <div class="nav-group" id=format!("{id}-item")>
            <button type="button" class="nav-group-button" id=list.button_id()
                class:current=current
                aria-expanded=move || if is_open() { "true" } else { "false" }
                aria-controls=id
                on:click=move |_| open.list.set(if is_open() { None } else { Some(list) })>
                {dynamic(name)}
            </button>
            <span class="nav-group-label" id=format!("{id}-label")>{dynamic(name)}</span>
            <div class="nav-group-list" id=id class:open=is_open role="group"
                aria-labelledby=format!("{id}-label")
                on:click=move |ev| {
                    // An action carried out (export, restore the sample): the
                    // list closes, as a menu does, and its button has the
                    // focus. A button that opens a dialog leaves it open under
                    // the dialog, whose focus comes back to that button; the
                    // identity's own panel keeps it open too.
                    let acted = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| el.closest("button").ok().flatten())
                        .is_some_and(|b| !b.has_attribute("aria-haspopup")
                            && b.closest("details").ok().flatten().is_none());
                    if acted && is_open() {
                        open.list.set(None);
                        focus_id(&list.button_id());
                    } else if acted && open.menu.get_untracked() {
                        // On a narrow screen the list is in the menu: it closes.
                        open.menu.set(false);
                        focus_id(MENU_BUTTON_ID);
                    }
                }
                on:change=move |ev| {
                    // A choice made (the language) or a file picked: the list
                    // closes so that what it brings is not under it.
                    let chosen = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| el.tag_name() == "SELECT" || el.get_attribute("type").as_deref() == Some("file"));
                    if chosen && is_open() {
                        open.list.set(None);
                        focus_id(&list.button_id());
                    }
                }>
                {children()}
            </div>
        </div>
    }
}

/// A view's link: the current one marked; a plain click navigates in the
/// page and closes the list or menu it was in, the focus going to the page.
#[component]
fn TabLink(page: Page, route: Route, open: Open) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let href_route = route.clone();
    let current = memo(move || state.route.with(|r| r.page().tab()) == page);
    view! {
        <li>
            <a href=move || state.href(&href_route)
                aria-current=move || current.get().then_some("page")
                class:current=move || current.get()
                on:click=move |ev| {
                    if plain_click(&ev) {
                        ev.prevent_default();
                        let hidden = open.list.get_untracked().is_some() || open.menu.get_untracked();
                        open.list.set(None);
                        open.menu.set(false);
                        state.navigate(route.clone());
                        if hidden {
                            // The link is hidden with its list: the page has the focus.
                            focus_id("main");
                        }
                    }
                }>{move || page.name(t())}</a>
        </li>
    }
}

/// A click with no modifier keys: handled in the page. Others (new tab) are left to the browser.
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// A link to `route` that navigates in the page on a plain click.
#[component]
pub fn RouteLink(route: Route, children: Children) -> impl IntoView {
    let state = use_state();
    let href = state.href(&route);
    view! {
        <a href=href on:click=move |ev| {
            if plain_click(&ev) {
                ev.prevent_default();
                state.navigate(route.clone());
            }
        }>{children()}</a>
    }
}

//! A plan file before anything is stored: what it holds, what the gate
//! repaired, how it differs from the plan of the same id here, and the
//! user's choice (replace, keep both, merge its reports; or open it, or
//! cancel). Also the page-wide drop target for files.

use super::state::use_state;
use super::state::{AppState, Pending};
use crate::format::packed::Packing;
use crate::format::Repair;
use crate::i18n::Catalog;
use crate::import_summary::summary_html;
use crate::merge::{preview, Contribution};
use crate::model::{Change, Id, Plan};
use crate::ui::widgets::effect;
use crate::ui::widgets::{after_paint, dynamic, on_window};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Every file in a picked or dropped list, in order.
pub(super) fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// True when a drag carries files (not text or a link from the page).
fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer()
        .is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
}

/// Listens for files dragged onto the page (showing a hint while they are
/// over it), and shows the preview while a plan file waits.
#[component]
pub fn ImportPreview() -> impl IntoView {
    let state = use_state();
    let dragging = RwSignal::new(false);
    let enter = on_window("dragenter", move |ev| {
        let ev: web_sys::DragEvent = ev.unchecked_into();
        if carries_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    let over = on_window("dragover", move |ev| {
        let ev: web_sys::DragEvent = ev.unchecked_into();
        if carries_files(&ev) {
            ev.prevent_default();
            if let Some(dt) = ev.data_transfer() {
                dt.set_drop_effect("copy");
            }
            dragging.set(true);
        }
    });
    // Leaving the window (no element to go to) or giving up the drag.
    let leave = on_window("dragleave", move |ev| {
        let ev: web_sys::DragEvent = ev.unchecked_into();
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let end = on_window("dragend", move |_| dragging.set(false));
    let drop = on_window("drop", move |ev| {
        let ev: web_sys::DragEvent = ev.unchecked_into();
        dragging.set(false);
        let files = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .map(|list| files_of(&list))
            .unwrap_or_default();
        if !files.is_empty() {
            // Keep the browser from opening the file in place of the app.
            ev.prevent_default();
            state.import_files(files);
        }
    });
    on_cleanup(move || {
        for handle in [enter, over, leave, end, drop] {
            handle.remove();
        }
    });

    let hint = move || {
        dragging.get().then(|| {
            view! {
                <div class="drop-hint">
                    <p>{state.t().import_preview.drop_hint}</p>
                </div>
            }
        })
    };
    let plan_preview = move || {
        let t = state.t();
        state.pending.with(|p| match p {
            Some(Pending::Plan {
                file, plan, repair, ..
            }) => Some(plan_preview(state, t, file.clone(), plan, *repair)),
            _ => None,
        })
    };
    view! {
        {dynamic(hint)}
        {dynamic(plan_preview)}
    }
}

/// The preview of one plan file, in `t`'s language.
fn plan_preview(
    state: AppState,
    t: &'static Catalog,
    file: String,
    plan: &Plan,
    repair: Option<Repair>,
) -> impl IntoView {
    let it = t.import_preview;
    let here = if state.plan.with_untracked(|p| p.id == plan.id) {
        Some(state.plan.get_untracked())
    } else if state
        .plans
        .with_untracked(|all| all.iter().any(|p| p.id == plan.id))
    {
        state.stored_plan(&plan.id)
    } else {
        None
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    // Take the keyboard (and a screen reader) to the preview when it opens.
    effect(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let repair_note = repair.map(|r| view! { <p class="import-repair">{(it.repaired)(r)}</p> });
    // Whether the plan fits in this browser's storage: found once the
    // preview is painted, the plan packed a slice at a time (a province's
    // plan takes a moment to compress), so that a plan that cannot be kept
    // is said so, with its figures, before it is opened.
    let id = plan.id.clone();
    after_paint(move || check_room(state, id));
    // What the file holds and how it differs: one piece of escaped HTML.
    let mut summary = String::with_capacity(4096);
    summary_html(&mut summary, t, plan, here.as_ref());
    let choices = match &here {
        Some(h) => same_id_choices(state, t, h, plan).into_any(),
        None => view! {
            <li class="choice">
                <button type="button" class="primary" aria-describedby="import-open-note"
                    on:click=move |_| state.import_open()
                >
                    {it.open}
                </button>
                <p id="import-open-note">{it.open_note}</p>
            </li>
        }
        .into_any(),
    };

    view! {
        <section class="import-preview" aria-labelledby="import-preview-title">
            <h2 id="import-preview-title" tabindex="-1" node_ref=heading>
                {(it.preview_title)(&file)}
            </h2>
            <p class="import-note">{it.preview_note}</p>
            {repair_note}
            <div class="import-body" inner_html=summary></div>
            <p id="import-room" class="import-room"></p>
            <section class="import-choices" aria-labelledby="import-choices-title">
                <h3 id="import-choices-title">{it.choices}</h3>
                <ul class="choice-list">{choices}</ul>
                <div class="form-actions">
                    <button type="button" on:click=move |_| state.import_cancel()>{it.cancel}</button>
                </div>
            </section>
        </section>
    }
}

/// Replace, keep both, or merge: for a file whose plan id is already here.
fn same_id_choices(
    state: AppState,
    t: &'static Catalog,
    here: &Plan,
    file: &Plan,
) -> impl IntoView {
    let it = t.import_preview;
    let merge = preview(here, &[Contribution::of_plan(file)]);
    let nothing_new =
        merge.new_updates.is_empty() && merge.new_values.is_empty() && merge.withdrawals.is_empty();
    let duplicates = merge.duplicate_updates + merge.duplicate_values;
    let mut merge_lines = Vec::new();
    if nothing_new {
        merge_lines.push(it.merge_nothing.to_string());
    } else {
        merge_lines.push((it.merge_new)(
            merge.new_updates.len(),
            merge.new_values.len(),
        ));
    }
    if !merge.withdrawals.is_empty() {
        merge_lines.push((t.exchange.withdrawn_count)(merge.withdrawals.len()));
    }
    if duplicates > 0 {
        merge_lines.push((it.merge_duplicates)(duplicates));
    }
    if !merge.conflicts.is_empty() {
        merge_lines.push((it.merge_conflicts)(merge.conflicts.len()));
    }
    if !merge.unmatched.is_empty() {
        merge_lines.push((it.merge_unmatched)(merge.unmatched.len()));
    }
    let here_title = here.title.clone();
    let copy_title = format!("{}{}", file.title, it.imported_suffix);
    let on_replace = move |_| {
        let ok = window()
            .confirm_with_message(&(it.replace_confirm)(&here_title))
            .unwrap_or(false);
        if ok {
            state.import_open();
        }
    };
    view! {
        <li class="choice">
            <button type="button" aria-describedby="import-merge-note" disabled=nothing_new
                on:click=move |_| state.import_merge()
            >
                {it.merge}
            </button>
            <div>
                <p id="import-merge-note">{it.merge_note}</p>
                <ul class="merge-figures">
                    {merge_lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            </div>
        </li>
        <li class="choice">
            <button type="button" aria-describedby="import-keep-note"
                on:click=move |_| state.import_keep_both()
            >
                {it.keep_both}
            </button>
            <p id="import-keep-note">{(it.keep_both_note)(&copy_title)}</p>
        </li>
        <li class="choice">
            <button type="button" class="danger" aria-describedby="import-replace-note" on:click=on_replace>
                {it.replace}
            </button>
            <p id="import-replace-note">{it.replace_note}</p>
        </li>
    }
}

/// Pack the plan waiting in the preview as "Open it" keeps it (with the
/// history entry saying it was read from the file), a slice at a time; the
/// text is kept with the plan, for "Open it" to write as it is, and the
/// room it takes checked against what this browser has left.
fn check_room(state: AppState, id: Id) {
    let mut begun = None;
    state.pending.update_untracked(|p| {
        if let Some(Pending::Plan {
            file, plan, read, ..
        }) = p
        {
            plan.history.push(state.created(plan, Some(file)));
            let packing = Packing::start(plan);
            let entry = plan.history.pop().expect("the entry just pushed");
            begun = Some((*read, entry, packing));
        }
    });
    if let Some((read, entry, packing)) = begun {
        let next = move || room_step(state, id, read, entry, packing);
        crate::ui::widgets::later(next, std::time::Duration::ZERO);
    }
}

/// One step of [`check_room`]'s packing, the next in a task of its own;
/// given up when the plan it began on no longer waits.
fn room_step(state: AppState, id: Id, read: u64, entry: Change, mut packing: Packing) {
    let mut waits = false;
    let mut made = None;
    state.pending.update_untracked(|p| {
        if let Some(Pending::Plan {
            plan,
            stored,
            read: r,
            ..
        }) = p
        {
            if *r != read {
                return;
            }
            waits = true;
            if let Some(text) = packing.step(&plan.updates) {
                made = Some(text.encode_utf16().count());
                *stored = Some(Box::new((entry.clone(), text)));
            }
        }
    });
    if !waits {
        return;
    }
    let Some(chars) = made else {
        let again = move || room_step(state, id, read, entry, packing);
        crate::ui::widgets::later(again, std::time::Duration::ZERO);
        return;
    };
    super::perf::mark("import-room-checked");
    let Some(line) = document().get_element_by_id("import-room") else {
        return;
    };
    if let Err(n) = crate::storage::would_fit(&id, chars) {
        let _ = line.set_attribute("role", "alert");
        let said = (state.t().storage.preview_no_room)(n.needed, n.free);
        line.set_text_content(Some(&said));
    }
}

//! Every plan in this browser: new, copy, rename, delete, open. "New" opens
//! the new-plan dialog ([`super::plan_admin::NewPlanDialog`]).
//!
//! Creating, copying and deleting whole plans are not `Command`s (a command
//! changes one plan and is undone within it); see [`super::plan_admin`].
//! Renaming is a `Command::SetHeader` on the plan, so it is undoable.

use super::fields::{changed, label, messages, read_date, required, shown, Messages, TextField};
use super::form::send;
use super::ids::new_id;
use super::plan_admin::{new_plan_dialog, DeletePlanError};
use super::state::use_state;
use super::widgets::{confirm, tr, Shown};
use crate::command::{Command, Header};
use crate::copy_plan::copy_plan;
use crate::html::{cell, cell_start, elem, item_button, ItemButton};
use crate::i18n::Num;
use crate::model::{Date, Id, Plan};
use crate::storage;
use crate::storage_room::StorageRoom;
use crate::ui::widgets::dynamic;
use crate::ui::widgets::memo;
use crate::validate::{validate, Problem};
use leptos::prelude::*;

/// Which form is open on the page.
#[derive(Clone, Debug, PartialEq)]
enum PlanForm {
    Closed,
    Duplicate(Id),
    Rename(Id),
}

#[component]
pub fn PlansView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let form = RwSignal::new(PlanForm::Closed);
    let new_plan = new_plan_dialog();

    // Measured again whenever a plan is saved (`plans` changes then).
    let usage = memo(move || {
        state.plans.track();
        storage::usage()
    });
    let room = move || StorageRoom::new(usage.with(|u| u.total), storage::QUOTA_CHARS);

    // The rows as one string of escaped HTML (read-only but for their
    // buttons, each naming its action and plan: one handler for all).
    let rows = move || {
        let t = t();
        let s = t.setup;
        let sizes = usage.get().plans;
        let open_id = state.plan.with(|p| p.id.clone());
        let mut out = String::new();
        state.plans.with(|all| {
            for p in all {
                let key = storage::plan_key(&p.id);
                let stored = sizes
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map_or(t.storage.not_stored.to_string(), |(_, n)| {
                        (t.storage.chars)(*n)
                    });
                let is_open = p.id == open_id;
                out.push_str(if is_open {
                    "<tr class=\"current-plan\">"
                } else {
                    "<tr>"
                });
                elem(&mut out, "th scope=\"row\"", "title", &p.title);
                let cells = [
                    (
                        t.period,
                        "date",
                        (t.period_range)(&p.start.to_string(), &p.end.to_string()),
                    ),
                    (t.tasks, "num", Num(p.tasks).to_string()),
                    (t.reports, "num", Num(p.reports).to_string()),
                    (t.storage.col_stored, "num", stored),
                ];
                for (label, class, value) in cells {
                    cell(&mut out, class, label, &value);
                }
                let button = |out: &mut String, act: &str, class: &str, word: &str| {
                    item_button(
                        out,
                        ItemButton {
                            act,
                            class,
                            place: (0, 1),
                            id: Some(p.id.as_str()),
                            label: &(s.named)(word, &p.title),
                            word,
                            expanded: None,
                        },
                    );
                };
                cell_start(&mut out, "", s.col_open);
                if is_open {
                    elem(&mut out, "strong", "open-badge", s.open_now);
                } else {
                    button(&mut out, "open", "", s.open);
                }
                out.push_str("</td><td><div class=\"plan-actions\">");
                button(&mut out, "rename", "", s.rename);
                button(&mut out, "dup", "", s.duplicate);
                button(&mut out, "del", "danger", s.delete);
                out.push_str("</div></td></tr>");
            }
        });
        out
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(pressed) = super::html::pressed(&ev) else {
            return;
        };
        let (button, id) = (pressed.button, Id(pressed.id));
        let s = state.t().setup;
        match pressed.act.as_str() {
            "open" if state.open_stored(&id) => {
                form.set(PlanForm::Closed);
                state.info(s.plan_opened);
            }
            "rename" => form.set(PlanForm::Rename(id)),
            "dup" => form.set(PlanForm::Duplicate(id)),
            "del" => {
                let after = super::focus::AfterDelete::of(&button);
                let title = state.plans.with_untracked(|all| {
                    all.iter()
                        .find(|p| p.id == id)
                        .map(|p| p.title.clone())
                        .unwrap_or_default()
                });
                if !confirm(&(s.delete_plan_confirm)(&title)) {
                    return;
                }
                match state.delete_stored(&id) {
                    Ok(()) => {
                        form.set(PlanForm::Closed);
                        state.info(s.plan_deleted);
                        if let Some(after) = after {
                            after.restore();
                        }
                    }
                    Err(DeletePlanError::LastPlan) => state.error(s.last_plan, Vec::new()),
                    Err(DeletePlanError::Storage(e)) => {
                        let t = state.t();
                        state.error(
                            t.storage.delete_failed,
                            vec![super::notices::save_error_detail(t, &e)],
                        )
                    }
                }
            }
            _ => {}
        }
    };

    let open_form = move || match form.get() {
        PlanForm::Closed => ().into_any(),
        PlanForm::Duplicate(id) => {
            view! { <DuplicateForm id on_done=move || form.set(PlanForm::Closed) /> }.into_any()
        }
        PlanForm::Rename(id) => {
            view! { <RenameForm id on_done=move || form.set(PlanForm::Closed) /> }.into_any()
        }
    };

    view! {
        <h1 class="page-title">{tr(|t| t.setup.plans_title)}</h1>
        <p class="page-intro">{tr(|t| t.setup.plans_intro)}</p>
        <div class="section-actions">
            <h2 class="section-title">{tr(|t| t.nav_plans)}</h2>
            <button type="button" class="primary" aria-haspopup="dialog"
                on:click=move |_| {
                    form.set(PlanForm::Closed);
                    new_plan.set(true);
                }>
                {tr(|t| t.setup.new_plan)}
            </button>
        </div>
        {dynamic(open_form)}
        <div class="card table-wrap plans-card">
            <table class="grid-table plans-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(|t| t.setup.col_plan)}</th>
                        <th scope="col">{tr(|t| t.period)}</th>
                        <th scope="col">{tr(|t| t.tasks)}</th>
                        <th scope="col">{tr(|t| t.reports)}</th>
                        <th scope="col">{tr(|t| t.storage.col_stored)}</th>
                        <th scope="col">{tr(|t| t.setup.col_open)}</th>
                        <th scope="col">{tr(|t| t.setup.col_actions)}</th>
                    </tr>
                </thead>
                <tbody inner_html=rows on:click=on_click></tbody>
            </table>
        </div>
        <section class="card storage-room" aria-labelledby="room-h">
            <h2 id="room-h" class="section-title">{tr(|t| t.storage.room_title)}</h2>
            <p id="room-figures">{move || (t().storage.room_summary)(&room())}</p>
            // The figures are in the text above; the bar shows the same share.
            <div class="progress room-bar" role="meter" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=move || room().percent_used()
                aria-label=tr(|t| t.storage.room_bar) aria-describedby="room-figures"
                style:max-width="32rem">
                <div class="bar">
                    <div class="fill" style:width=move || format!("{}%", room().percent_used().max(1))></div>
                </div>
                <span class="pct">{move || format!("{}%", room().percent_used())}</span>
            </div>
            <p class="hint">{tr(|t| t.storage.room_note)}</p>
        </section>
    }
}

/// Title and period of a plan, checked by the plan's own rules.
fn check_header(
    state: super::state::AppState,
    id: &Id,
    title: &str,
    start: &str,
    end: &str,
) -> (Option<(String, Date, Date)>, Messages) {
    let t = state.t();
    let mut msgs = Messages::default();
    let s = msgs.read(t, "start", required(read_date(start)).map(Some), None);
    let e = msgs.read(t, "end", required(read_date(end)).map(Some), None);
    let day = s.or(e).unwrap_or_default();
    let (s, e) = (s.unwrap_or(day), e.unwrap_or(day));
    let probe = Plan::new(id.clone(), title.trim(), s, e);
    msgs.problems_at(validate(&probe), &["title", "end"]);
    let value = msgs.is_empty().then(|| (title.trim().to_string(), s, e));
    (value, msgs)
}

#[component]
fn DuplicateForm(id: Id, on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let src_title = state.plans.with_untracked(|all| {
        all.iter()
            .find(|p| p.id == id)
            .map(|p| p.title.clone())
            .unwrap_or_default()
    });
    let title = RwSignal::new((t().setup.copy_of)(&src_title));
    let years = RwSignal::new(String::new());
    let drop_reports = RwSignal::new(false);
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let checked = memo(move || {
        let t = state.t();
        let mut msgs = Messages::default();
        let y = years.get();
        let n = if y.trim().is_empty() {
            Some(0)
        } else {
            y.trim().parse::<i32>().ok().filter(|n| n.abs() <= 100)
        };
        if n.is_none() {
            msgs.say("years", t.setup.not_whole_years);
        }
        let name = title.get().trim().to_string();
        if name.is_empty() {
            msgs.say(
                "title",
                (t.problem_kind)(&crate::validate::ProblemKind::Empty),
            );
        }
        (n.filter(|_| msgs.is_empty()).map(|n| (name, n)), msgs)
    });
    let msgs = messages(checked);
    let err =
        move |field: &'static str, value| shown(state, msgs, refused, field, changed(value), tried);
    let src = id.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Some((name, n)) = checked.get_untracked().0 else {
            return;
        };
        let plan = if state.plan.with_untracked(|p| p.id == src) {
            state.plan.get_untracked()
        } else {
            let Some(plan) = state.stored_plan(&src) else {
                return;
            };
            plan
        };
        let copy = copy_plan(&plan, new_id("plan"), name, n, drop_reports.get_untracked());
        state.add_plan(copy);
        state.said_if_saved(state.t().setup.plan_duplicated.to_string());
        on_done();
    };
    let heading = (t().setup.duplicate_title)(&src_title);
    super::focus::into_opened_form();
    view! {
        <form data-opened="" class="card" on:submit=on_submit novalidate aria-labelledby="dup-plan-h">
            <h2 id="dup-plan-h">{heading}</h2>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id="dp-title" label=label(|t| t.setup.field_copy_title) value=title
                    error=err("title", title) required=true />
                <TextField id="dp-years" label=label(|t| t.setup.field_shift_years) value=years kind="number"
                    error=err("years", years) />
            </div>
            <label class="choice">
                <input type="checkbox" prop:checked=move || drop_reports.get()
                    on:change=move |ev| drop_reports.set(event_target_checked(&ev)) />
                {tr(|t| t.setup.drop_reports)}
            </label>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done()>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// Renaming is a change to the plan itself: the plan is opened (if it is not
/// already) and `SetHeader` is dispatched, so it is recorded and undoable.
#[component]
fn RenameForm(id: Id, on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let old = state
        .plans
        .with_untracked(|all| all.iter().find(|p| p.id == id).cloned());
    let old_title = old.as_ref().map(|p| p.title.clone()).unwrap_or_default();
    let title = RwSignal::new(old_title.clone());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let (start, end) = old
        .as_ref()
        .map(|p| (p.start.to_string(), p.end.to_string()))
        .unwrap_or_default();
    let check_id = id.clone();
    let checked = memo(move || check_header(state, &check_id, &title.get(), &start, &end));
    let msgs = messages(checked);
    let err =
        move |field: &'static str, value| shown(state, msgs, refused, field, changed(value), tried);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        refused.set(Vec::new());
        let Some((name, _, _)) = checked.get_untracked().0 else {
            return;
        };
        let is_open = state.plan.with_untracked(|p| p.id == id);
        if !is_open && !state.open_stored(&id) {
            return;
        }
        let header = state.plan.with_untracked(|p| Header {
            title: name,
            ..Header::of(p)
        });
        if send(
            state,
            Command::SetHeader(header),
            Some(refused),
            state.t().setup.plan_renamed.to_string(),
        ) {
            on_done();
        }
    };
    let heading = (t().setup.rename_title)(&old_title);
    super::focus::into_opened_form();
    view! {
        <form data-opened="" class="card" on:submit=on_submit novalidate aria-labelledby="ren-plan-h">
            <h2 id="ren-plan-h">{heading}</h2>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <TextField id="rp-title" label=label(|t| t.setup.field_new_name) value=title
                error=err("title", title) required=true />
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done()>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

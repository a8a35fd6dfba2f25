//! One change to every task the table's filter matches (批量修改): a new
//! deadline, a new lead unit, a co-operating unit or a tag added. The rule
//! and the command are the core's ([`crate::bulk_edit`]); the form shows
//! how many tasks change and names those left out before anything is
//! changed, and the change is one batch that one undo takes back.

use super::fields::{label, plan_options, read_date, Messages, SelectField, TextField};
use super::form::send_then;
use super::projects::unit_options;
use super::state::use_state;
use super::widgets::{tr, Shown};
use crate::bulk_edit::{bulk_edit, TaskChange};
use crate::model::Id;
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// `tasks` are the matching tasks, read only once the form is open;
/// `count`, how many they are, is on the button.
#[component]
pub fn BulkEdit(tasks: Memo<Vec<Id>>, count: Signal<usize>) -> impl IntoView {
    let state = use_state();
    let tt = move || state.t().table;
    let open = RwSignal::new(false);
    let deadline = RwSignal::new(String::new());
    let lead = RwSignal::new(String::new());
    let co = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    // The change as typed, and what it would do; read while the form is open.
    let draft = memo(move || {
        if !open.get() {
            return None;
        }
        let t = state.t();
        let mut msgs = Messages::default();
        let unit = |s: String| (!s.is_empty()).then(|| Id::new(s));
        let change = TaskChange {
            deadline: msgs.read(t, "deadline", read_date(&deadline.get()), None),
            lead: unit(lead.get()),
            co_unit: unit(co.get()),
            tag: tag.get(),
        };
        let out = state
            .plan
            .with(|p| tasks.with(|ts| bulk_edit(p, ts, &change)));
        let refused: Vec<String> = out
            .refused
            .iter()
            .map(|(task, kind)| (t.table.bulk_refused)(task, &(t.problem_kind)(kind)))
            .collect();
        let reach = (out.edits.len(), out.unchanged, refused.len());
        Some((change, reach, refused, msgs))
    });
    let reach = move || draft.with(|d| d.as_ref().map_or((0, 0, 0), |d| d.1));
    let date_error = Signal::derive(move || {
        draft.with(|d| d.as_ref().and_then(|d| d.3.get(state.t(), "deadline")))
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((change, _, _, msgs)) = draft.get_untracked() else {
            return;
        };
        if !msgs.is_empty() {
            return;
        }
        let out = state
            .plan
            .with_untracked(|p| tasks.with_untracked(|ts| bulk_edit(p, ts, &change)));
        let n = out.edits.len();
        if let Some(cmd) = out.command() {
            send_then(
                state,
                cmd,
                None,
                (tt().bulk_done)(n),
                Some(&|| open.set(false)),
            );
        }
    };
    let units = plan_options(state, unit_options);
    let refused = move || {
        draft.with(|d| {
            d.iter()
                .flat_map(|d| d.2.iter())
                .map(|line| view! { <li>{line.clone()}</li> })
                .collect_view()
        })
    };
    view! {
        <div class="bulk-notices bulk-edit">
            <button type="button" aria-expanded=move || open.get().to_string()
                disabled=move || count.get() == 0 && !open.get()
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || (tt().bulk_open)(count.get())}
            </button>
            <Shown when=move || open.get()>
                <form class="card notice-form bulk-notice-form" on:submit=on_submit novalidate>
                    <h3>{tr(|t| t.table.bulk_title)}</h3>
                    <p class="hint">{tr(|t| t.table.bulk_intro)}</p>
                    <div class="grid">
                        <TextField id="be-deadline" label=label(|t| t.field_deadline) value=deadline
                            kind="date" error=date_error />
                        <SelectField id="be-lead" label=label(|t| t.field_lead) value=lead
                            options=units placeholder=label(|t| t.table.bulk_keep) />
                        <SelectField id="be-co" label=label(|t| t.table.bulk_co) value=co
                            options=units placeholder=label(|t| t.figures.none_option) />
                        <TextField id="be-tag" label=label(|t| t.table.bulk_tag) value=tag />
                    </div>
                    <p class="bulk-reach" aria-live="polite">
                        {move || { let (n, same, out) = reach(); (tt().bulk_reach)(n, same, out) }}
                    </p>
                    <div class="form-actions">
                        <button type="submit" class="primary" disabled=move || reach().0 == 0>
                            {move || (tt().bulk_apply)(reach().0)}
                        </button>
                        <button type="button" on:click=move |_| open.set(false)>{tr(|t| t.cancel)}</button>
                    </div>
                    // After the buttons: a province's change may leave out
                    // thousands, which would push them far down the page.
                    <ul class="bulk-skipped">{refused}</ul>
                </form>
            </Shown>
        </div>
    }
}

//! The CSV buttons other views mount: export the task list as shown (and
//! pick a CSV file to import), export the key projects, export the
//! indicators. The sheets themselves are built by `crate::format::csv`.

use super::state::use_state;
use super::state::AppState;
use crate::format::csv::{csv_file_name, export_indicators, export_projects, export_tasks, MIME};
use crate::ui::widgets::tr;
use leptos::prelude::*;

/// Which sheet an export button downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    Projects,
    Indicators,
}

/// Offer `text` as the file `name`; a failure is shown as a notice.
fn offer(state: AppState, name: &str, text: &str) {
    if let Err(e) = crate::files::download(name, text, MIME) {
        state.error(state.t().csv.export_failed, vec![e]);
    }
}

/// The task list's buttons: import a CSV file (it waits for the user in
/// the mapping step) and export the tasks at `positions` (filtered and
/// sorted, as shown).
#[component]
pub fn CsvTaskActions(#[prop(into)] positions: Signal<Vec<usize>>) -> impl IntoView {
    let state = use_state();
    let c = move || state.t().csv;
    let file_input = NodeRef::<leptos::html::Input>::new();
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            // Whatever its name, a file picked here is read as a sheet.
            state.import_sheet(file);
        }
        input.set_value("");
    };
    let export = move |_| {
        let t = state.t();
        let text = state.plan.with_untracked(|p| {
            state.task_index.with_untracked(|index| {
                positions.with_untracked(|pos| export_tasks(p, index, pos, &t.sheet()))
            })
        });
        let name = state
            .plan
            .with_untracked(|p| csv_file_name(p, t.csv.sheet_tasks));
        offer(state, &name, &text);
    };
    view! {
        <div class="csv-actions">
            <button type="button" title=tr(|t| t.csv.import_hint)
                on:click=move |_| {
                    if let Some(input) = file_input.get() {
                        input.click();
                    }
                }>
                {tr(|t| t.csv.import_button)}
            </button>
            <input node_ref=file_input class="visually-hidden" type="file" tabindex="-1"
                accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" aria-label=tr(|t| t.csv.import_hint) on:change=on_pick />
            <button type="button" on:click=export
                title=move || (c().export_tasks_hint)(positions.with(Vec::len))>
                {tr(|t| t.csv.export_button)}
            </button>
        </div>
    }
}

/// One button that downloads every key project or every indicator.
#[component]
pub fn CsvExport(sheet: Sheet) -> impl IntoView {
    let state = use_state();
    let c = move || state.t().csv;
    let export = move |_| {
        let t = state.t();
        let today = state.today.get_untracked();
        let (text, name) = state.plan.with_untracked(|p| match sheet {
            Sheet::Projects => (
                export_projects(p, today, &t.sheet()),
                csv_file_name(p, t.csv.sheet_projects),
            ),
            Sheet::Indicators => (
                export_indicators(p, today, &t.sheet()),
                csv_file_name(p, t.csv.sheet_indicators),
            ),
        });
        offer(state, &name, &text);
    };
    let hint = move || match sheet {
        Sheet::Projects => c().export_projects_hint,
        Sheet::Indicators => c().export_indicators_hint,
    };
    view! {
        <div class="csv-actions">
            <button type="button" title=hint on:click=export>{tr(|t| t.csv.export_button)}</button>
        </div>
    }
}

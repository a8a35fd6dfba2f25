//! The CSV import step, shown while `state.pending` holds a CSV file: match
//! the file's columns to a task's fields, check the preview (every problem
//! with its row and column), then confirm (one undoable change) or cancel
//! (nothing changes). The rules are in `crate::format::csv`.

use super::fields::{label, SelectField};
use super::form::send;
use super::ids::new_id;
use super::state::use_state;
use super::state::Pending;
use crate::format::csv::{
    find_header, guess_mapping, parse_table, prepare, CsvImport, CsvProblem, CsvTable, Field,
    Issue, WORDS,
};
use crate::format::encoding::Encoding;
use crate::model::Id;
use crate::route::Route;
use crate::ui::widgets::dynamic;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// Preview rows drawn at most; the rest are counted.
const PREVIEW_ROWS: usize = 100;
/// Problems listed at most in each list; the rest are counted.
const PROBLEMS_SHOWN: usize = 200;

/// Renders the step while a CSV file waits, nothing otherwise.
#[component]
pub fn CsvImport() -> impl IntoView {
    let state = use_state();
    // Borrowed, not `get()`: a pending plan file is not copied to learn
    // that it is not a CSV file.
    let pending = memo(move || {
        state.pending.with(|p| match p {
            Some(Pending::Csv {
                file,
                text,
                encoding,
            }) => Some((file.clone(), text.clone(), *encoding)),
            _ => None,
        })
    });
    move || {
        pending
            .get()
            .map(|(file, text, encoding)| view! { <CsvStep file text encoding /> })
    }
}

#[component]
fn CsvStep(file: String, text: String, encoding: Encoding) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let c = move || state.t().csv;
    let heading = NodeRef::<leptos::html::H2>::new();
    // Keyboard and screen reader users land on the step.
    effect(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let cancel = move |_| {
        state.pending.set(None);
        super::focus::focus_back(vec!["h1.page-title".into()], "main");
    };
    let title = move || (c().title)(&file);
    let body = match parse_table(&text).map(|table| find_header(table, &WORDS)) {
        Err(e) => view! {
            <p class="csv-error" role="alert">{move || (c().unreadable)(&e)}</p>
            <div class="csv-buttons">
                <button type="button" on:click=cancel>{move || t().cancel}</button>
            </div>
        }
        .into_any(),
        Ok(table) => view! { <CsvSteps table /> }.into_any(),
    };
    view! {
        <section class="csv-import" aria-labelledby="csv-import-title">
            <h2 id="csv-import-title" tabindex="-1" node_ref=heading>{dynamic(title)}</h2>
            <p class="csv-intro">{move || c().intro}</p>
            <p class="csv-encoding">{move || (c().read_as)(encoding)}</p>
            {body}
        </section>
    }
}

/// The mapping, the preview and the buttons, for a file that was read.
#[component]
fn CsvSteps(table: CsvTable) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let c = move || state.t().csv;
    let mapping = RwSignal::new(guess_mapping(&table.headers, &WORDS));
    // The key area of every row without an area column, and whether rows
    // numbered like a task of another title update it.
    let area_choice = RwSignal::new(String::new());
    let rename = RwSignal::new(false);
    let above = (table.header_row > 1).then(|| {
        let said = table.above.join(c().list_sep);
        let row = table.header_row;
        view! { <p class="csv-above">{move || (c().above_header)(row, &said)}</p> }
    });
    let table = StoredValue::new(table);
    let preview = memo(move || {
        let mut m = mapping.get();
        let area = area_choice.get();
        m.area = (!area.is_empty()).then_some(Id(area));
        m.rename_by_code = rename.get();
        let today = state.today.get();
        state.plan.with(|p| {
            table.with_value(|tb| {
                prepare(p, tb, &m, &WORDS, today, &mut |prefix: &str| new_id(prefix))
            })
        })
    });

    let mapping_rows = move || {
        let c = c();
        table.with_value(|tb| {
            Field::all()
                .into_iter()
                .enumerate()
                .map(|(slot, field)| {
                    let id = format!("csv-map-{slot}");
                    let label_for = id.clone();
                    let options = tb
                        .headers
                        .iter()
                        .enumerate()
                        .map(|(i, h)| {
                            view! { <option value=i.to_string()>{(c.column_option)(i + 1, h)}</option> }
                        })
                        .collect_view();
                    let first = tb.rows.first().cloned();
                    let example = move || {
                        let col = mapping.with(|m| m.get(field))?;
                        first.as_ref().map(|r| r.cell(col).to_string())
                    };
                    view! {
                        <tr>
                            <th scope="row">
                                <label for=label_for>{(c.field_name)(field)}</label>
                                {field.required().then(|| view! {
                                    " " <span class="csv-required">{c.required}</span>
                                })}
                            </th>
                            <td>
                                <select id=id
                                    prop:value=move || mapping.with(|m| m.get(field).map(|i| i.to_string()).unwrap_or_default())
                                    on:change=move |ev| {
                                        let column = event_target_value(&ev).parse::<usize>().ok();
                                        mapping.update(|m| m.set(field, column));
                                    }>
                                    <option value="">{c.not_in_file}</option>
                                    {options}
                                </select>
                            </td>
                            <td class="csv-example">{dynamic(example)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let unused = move || {
        let c = c();
        let cols = table.with_value(|tb| {
            mapping.with(|m| {
                m.unused(tb.headers.len())
                    .into_iter()
                    .map(|i| (c.column_option)(i + 1, &tb.headers[i]))
                    .collect::<Vec<_>>()
            })
        });
        (!cols.is_empty()).then(
            || view! { <p class="csv-unused">{(c.unused_columns)(&cols.join(c.list_sep))}</p> },
        )
    };

    // With no key area column, every row can go to one of the plan's areas
    // (the choice kept while a column is chosen, and used again without one).
    let no_area_column = memo(move || mapping.with(|m| m.get(Field::Area).is_none()));
    let areas = Signal::derive(move || {
        state.plan.with(|p| {
            p.areas
                .iter()
                .map(|a| (a.id.0.clone(), a.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    // Rows whose number is a task's of another title: added as new tasks,
    // unless the user says they update (and rename) those tasks.
    let numbers_taken = memo(move || {
        preview.with(|p| {
            p.problems
                .iter()
                .any(|x| matches!(x.issue, Issue::Renames { .. } | Issue::CodeTaken { .. }))
        })
    });

    let confirm = move |_| {
        let import = preview.get_untracked();
        let Some(cmd) = import.command() else {
            return;
        };
        if send(
            state,
            cmd,
            None,
            (c().done)(import.added(), import.updated()),
        ) {
            state.pending.set(None);
            if !matches!(state.route.get_untracked(), Route::Tasks(_)) {
                state.navigate(Route::Tasks(Default::default()));
            }
            // The step is gone with the button pressed (at the foot of a
            // long preview): the focus, and the page, go to the task list's
            // heading, the tasks added in view below it.
            super::focus::focus_back(vec!["h1.page-title".into()], "main");
        }
    };
    let nothing = memo(move || preview.with(|p| p.rows.is_empty()));
    let confirm_text = move || {
        preview.with(|p| {
            if p.rows.is_empty() {
                c().nothing_to_import.to_string()
            } else {
                (c().confirm)(p.added(), p.updated())
            }
        })
    };

    view! {
        <h3 id="csv-map-title">{move || c().map_title}</h3>
        <p class="csv-hint">{move || c().map_intro}</p>
        {above}
        <div class="table-wrap csv-map-wrap">
            <table class="csv-map" aria-labelledby="csv-map-title">
                <thead>
                    <tr>
                        <th scope="col">{move || c().col_field}</th>
                        <th scope="col">{move || c().col_column}</th>
                        <th scope="col">{move || c().col_example}</th>
                    </tr>
                </thead>
                <tbody>{dynamic(mapping_rows)}</tbody>
            </table>
        </div>
        {dynamic(unused)}
        <div class="csv-option" hidden=move || !no_area_column.get()>
            <SelectField id="csv-area" label=label(|t| t.csv.area_for_all) value=area_choice
                options=areas placeholder=label(|t| t.csv.area_choose) />
        </div>
        <p class="csv-option" hidden=move || !numbers_taken.get()>
            <input type="checkbox" id="csv-rename" on:change=move |ev| rename.set(event_target_checked(&ev)) />" "
            <label for="csv-rename">{move || c().rename_by_code}</label>
        </p>
        <h3>{move || c().preview_title}</h3>
        <Preview preview />
        <div class="csv-buttons">
            <button type="button" class="primary" disabled=move || nothing.get() on:click=confirm>
                {dynamic(confirm_text)}
            </button>
            <button type="button" on:click=move |_| {
                state.pending.set(None);
                super::focus::focus_back(vec!["h1.page-title".into()], "main");
            }>{move || t().cancel}</button>
        </div>
    }
}

/// What confirming would do: the counts, the rows, the problems.
#[component]
fn Preview(preview: Memo<CsvImport>) -> impl IntoView {
    let state = use_state();
    move || {
        let t = state.t();
        let c = t.csv;
        preview.with(|imp| {
            state.plan.with(|p| {
                let area = |id| {
                    p.area(id)
                        .or_else(|| imp.new_areas.iter().find(|a| &a.id == id))
                        .map(|a| a.title.clone())
                        .unwrap_or_default()
                };
                let unit = |id| {
                    p.unit(id)
                        .or_else(|| imp.new_units.iter().find(|u| &u.id == id))
                        .map(|u| u.name.clone())
                        .unwrap_or_default()
                };
                let rows = imp
                    .rows
                    .iter()
                    .take(PREVIEW_ROWS)
                    .map(|r| {
                        let task = &r.task;
                        let (action, class) = if r.update {
                            (c.action_update, "csv-action update")
                        } else {
                            (c.action_add, "csv-action add")
                        };
                        view! {
                            <tr>
                                <td class="num">{r.row}</td>
                                <td><span class=class>{action}</span></td>
                                <td>{task.code.clone()}</td>
                                <th scope="row">{task.title.clone()}</th>
                                <td>{area(&task.area)}</td>
                                <td>{unit(&task.lead)}</td>
                                <td class="date">{task.deadline.map(|d| d.to_string())}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let more = imp.rows.len().saturating_sub(PREVIEW_ROWS);
                // The summary and every list come from one outcome: each
                // count said is the length of the list shown under it.
                let outcome = imp.outcome();
                let say = |p: &CsvProblem, row: Option<usize>| {
                    (c.located)(row, p.column.as_deref(), &(c.issue)(&p.issue))
                };
                let list = |items: Vec<String>, class: &'static str| {
                    let extra = items.len().saturating_sub(PROBLEMS_SHOWN);
                    view! {
                        <ul class=class>
                            {items
                                .into_iter()
                                .take(PROBLEMS_SHOWN)
                                .map(|text| view! { <li>{text}</li> })
                                .collect_view()}
                            {(extra > 0).then(|| view! { <li>{(t.problem_more)(extra)}</li> })}
                        </ul>
                    }
                };
                let new_entities = (!imp.new_units.is_empty() || !imp.new_areas.is_empty()).then(
                    || view! { <p>{(c.new_entities)(imp.new_units.len(), imp.new_areas.len())}</p> },
                );
                let file_view = (!outcome.file.is_empty()).then(|| {
                    let items = outcome.file.iter().map(|p| say(p, p.row)).collect();
                    view! {
                        <h4>{(c.file_problems_title)(outcome.file.len())}</h4>
                        {list(items, "csv-problems file")}
                    }
                });
                // One item per row left out: its first problem says the
                // row, the others follow it.
                let left_out_view = (!outcome.left_out.is_empty()).then(|| {
                    let items = outcome
                        .left_out
                        .iter()
                        .map(|l| {
                            l.problems
                                .iter()
                                .enumerate()
                                .map(|(i, p)| say(p, (i == 0).then_some(l.row)))
                                .collect::<Vec<_>>()
                                .join(" ")
                        })
                        .collect();
                    view! {
                        <h4>{(c.left_out_title)(outcome.left_out.len())}</h4>
                        {list(items, "csv-problems left-out")}
                    }
                });
                let notes_view = (!outcome.notes.is_empty()).then(|| {
                    let items = outcome.notes.iter().map(|p| say(p, p.row)).collect();
                    view! {
                        <h4>{(c.notes_title)(outcome.notes.len())}</h4>
                        {list(items, "csv-problems notes")}
                    }
                });
                let no_problems = imp
                    .problems
                    .is_empty()
                    .then(|| view! { <p class="csv-ok">{c.no_problems}</p> });
                let summary = if outcome.blocked > 0 {
                    (c.blocked)(outcome.blocked)
                } else {
                    (c.summary)(
                        outcome.added,
                        outcome.updated,
                        outcome.unchanged,
                        outcome.left_out.len(),
                    )
                };
                let f = c.field_name;
                view! {
                    <div class="csv-preview">
                        <p class="csv-summary" aria-live="polite">{summary}</p>
                        {new_entities}
                        {(!imp.rows.is_empty()).then(|| view! {
                            <div class="table-wrap csv-rows-wrap">
                                <table class="csv-rows">
                                    <caption>{c.preview_caption}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{c.col_row}</th>
                                            <th scope="col">{c.col_action}</th>
                                            <th scope="col">{f(Field::Code)}</th>
                                            <th scope="col">{f(Field::Title)}</th>
                                            <th scope="col">{f(Field::Area)}</th>
                                            <th scope="col">{f(Field::Lead)}</th>
                                            <th scope="col">{f(Field::Deadline)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        })}
                        {(more > 0).then(|| view! { <p class="csv-more">{(c.more_rows)(more)}</p> })}
                        {file_view}
                        {left_out_view}
                        {notes_view}
                        {no_problems}
                    </div>
                }
            })
        })
    }
}
